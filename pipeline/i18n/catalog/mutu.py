"""Working time and the mutu-baku/evaluation reports: messages, and the reports' new words."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "Langkah SOP dinilai": "SOP steps judged",
    "Langkah SOP tepat waktu (%)": "SOP steps within standard (%)",
    "Selesai di luar jam kerja": "Finished outside working hours",
    "Dinilai": "Judged", "Tepat waktu (%)": "Within standard (%)",
    "Mencakup langkah": "Steps covered", "Mulai": "Start", "Selesai": "End",
    "Menit kalender": "Calendar minutes", "Di luar jam kerja": "Outside working hours",
    "Cara hitung": "Measured as", "Rincian langkah": "Step details", "Metode": "Method",
    "Bukti": "Evidence", "Keterangan": "Note", "ya": "yes", "tidak": "no",
    "Penarikan": "Withdrawals", "Ditarik": "Withdrawn", "Tanggal ditarik": "Date withdrawn",
    "Naskah ditarik": "Items withdrawn", "Antrean": "Backlog", "Diterima": "Received",
    "Umur (hari kerja)": "Age (working days)", "Menunggu": "Waiting for",
    "Naskah dalam antrean": "Items in the backlog", "Aturan jam kerja": "Working-time rule",
    "Langkah digabung": "Steps merged", "Langkah diukur": "Steps measured",
    "Baku diukur (menit)": "Standard measured against (minutes)",
    "Rencana konten tepat waktu": "Content plan on time", "Keadaan periode": "Period status",
    "Laporan Mutu Baku": "Standard Time Report",
    "Sampai": "Until", "Dari": "From", "Jam kerja": "Working hours", "Hari libur": "Days off",
}

CATALOG: dict[str, tuple[str, str]] = {
    "jamkerja.jendela": (
        "jam kerja hari {hari} '{nilai}' tidak runtut: setiap rentang harus selesai sesudah "
        "mulainya dan rentang tidak boleh tumpang tindih (mis. 07:30-11:30, 13:00-16:30)",
        "working hours of {hari} '{nilai}' are out of order: each range must end after it starts "
        "and ranges may not overlap (e.g. 07:30-11:30, 13:00-16:30)",
    ),
    "laporan.aturan-jam-kerja": (
        "Menit baku SOP adalah jam kerja: waktu langkah hanya berjalan di dalam jam kerja "
        "(jam_kerja, libur nasional, cuti bersama dan hari_libur kantor di approvals/config.yaml). "
        "Langkah yang seluruhnya dikerjakan di luar jam kerja (Sabtu, hari libur, malam) dihitung "
        "dengan menit kalender. Setiap langkah yang selesai di luar jam kerja ditandai dan "
        "dihitung tersendiri.",
        "SOP standard minutes are working time: a step's clock runs only inside working hours "
        "(jam_kerja, national holidays, cuti bersama and the office's hari_libur in "
        "approvals/config.yaml). A step worked entirely outside working hours (Saturday, a "
        "holiday, an evening) counts its calendar minutes. Every step finished outside working "
        "hours is flagged and counted separately.",
    ),
    "laporan.digabung": (
        "{sop}: langkah {langkah} digabung: {menit} menit",
        "{sop}: steps {langkah} merged: {menit} minutes",
    ),
    "laporan.cara.jam-kerja": ("jam kerja", "working time"),
    "laporan.cara.kalender": ("menit kalender (seluruhnya di luar jam kerja)",
                              "calendar minutes (entirely outside working hours)"),
    "laporan.bukti.paraf": ("paraf {peran}", "initial of {peran}"),
    "laporan.bukti.arsip": ("nomor arsip", "archive number"),
    "laporan.bukti.awal": ("sebelum atau saat naskah diterima (commit pertama): tidak diukur",
                           "before or at receipt (first commit): not measured"),
    "laporan.bukti.catatan": (
        "catatan_langkah {kunci} (naskah bertanggal sejak {sejak}; yang lebih lama: diukur "
        "bersama langkah berikutnya yang berbukti)",
        "step record (catatan_langkah) {kunci} (items dated from {sejak}; older ones: measured "
        "with the next step that has evidence)",
    ),
    "laporan.bukti.distribusi": (
        "baris distribusi pertama (naskah bertanggal sejak {sejak})",
        "first distribution line (items dated from {sejak})",
    ),
    "laporan.bukti.gabung": ("tanpa bukti sendiri: diukur bersama langkah {ke}",
                             "no evidence of its own: measured with step {ke}"),
    "laporan.bukti.tidak": ("tanpa bukti sesudahnya: tidak diukur",
                            "no evidence after it: not measured"),
    "laporan.periode-belum-mulai": (
        "periode '{periode}' belum dimulai (hari ini {hari_ini}): evaluasi hanya untuk periode "
        "yang sudah berjalan atau berakhir",
        "period '{periode}' has not started (today is {hari_ini}): an evaluation covers a period "
        "that is running or over",
    ),
    "laporan.periode-berjalan": (
        "sementara: periode berakhir {akhir}, angka sampai {hari_ini}",
        "provisional: the period ends {akhir}, figures up to {hari_ini}",
    ),
    "laporan.periode-selesai": ("selesai", "over"),
}
