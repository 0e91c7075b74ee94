"""Words of the reports (sheet names, column headers, labels): Indonesian with their English.

Data cells (titles, units, reasons, file names) are never translated: they are the record.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "Ringkasan": "Summary", "Ukuran": "Measure", "Nilai": "Value", "Periode": "Period",
    "Naskah terbit": "Items published", "Langkah SOP tepat waktu": "SOP steps within standard",
    "Penolakan": "Rejections", "DIP berkala belum diperbarui 6 bulan":
        "Periodic DIP items not updated for 6 months",
    "Halaman usang": "Stale pages", "Bulan tanpa unggahan": "Months without uploads",
    "Rencana konten terwujud": "Content plan realised", "Per bulan": "Per month",
    "Per jenis": "Per type", "Per unit": "Per unit", "Per kategori DIP": "Per DIP category",
    "Bulan": "Month", "Terbit": "Published", "Jenis": "Type", "Unit": "Unit",
    "Kategori": "Category", "Tanggal": "Date", "Judul": "Title", "Peran": "Role",
    "Pejabat": "Official", "Alasan": "Reason", "DIP berkala usang": "Stale periodic DIP items",
    "Berkas": "File", "Terakhir diperbarui": "Last updated", "Hari": "Days",
    "Rencana dan realisasi": "Plan and realisation", "Rencana": "Plan entry",
    "Judul rencana": "Planned title", "Bulan target": "Target month",
    "Penanggung jawab": "Responsible", "Keadaan": "Status", "Dicocokkan": "Matched by",
    "Media sosial": "Social media", "Platform": "Platform", "Naskah dibagikan": "Items shared",
    "Median jam sejak terbit": "Median hours after publication",
    "Naskah terbit per bulan": "Items published per month", "Rencana konten": "Content plan",
    "Laporan Evaluasi": "Evaluation Report", "tidak ada": "none",
    "tepat waktu": "on time", "terlambat": "late", "tidak terbit": "not published",
    "belum jatuh tempo": "not due yet", "rujukan": "reference", "judul": "title",
    "SOP": "SOP", "Langkah": "Step", "Baku (menit)": "Standard (minutes)", "Jumlah": "Count",
    "Median": "Median", "P90": "P90", "Tepat waktu": "Within standard",
    "Menit kerja": "Working minutes", "Per langkah": "Per step", "Per peran": "Per role",
    "Terlama": "Slowest",
    # Buku Agenda
    "No.": "No.", "Nomor urut": "Sequence no.", "Tanggal diterima": "Date received",
    "Jenis berita": "Kind of item", "Unit/OPD": "Unit/agency", "Klasifikasi": "Classification",
    "Nomor arsip": "Archive number", "Paraf": "Initials", "Tanggal terbit": "Date published",
    "Status": "Status", "Alamat": "Address", "setuju": "approved", "ditolak": "rejected",
    "ditarik": "withdrawn",
}

CATALOG: dict[str, tuple[str, str]] = {
    "laporan.rencana-angka": (
        "{terwujud} dari {rencana} ({tepat} tepat waktu)",
        "{terwujud} of {rencana} ({tepat} on time)",
    ),
}
