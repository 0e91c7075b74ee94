"""Archive classification and numbers, the agenda book, the SOP status view."""

CATALOG: dict[str, tuple[str, str]] = {
    "laporan.tanggal": (
        "tanggal --dari/--sampai tidak valid; tulis seperti 2026-07-01",
        "invalid --dari/--sampai date; write it like 2026-07-01",
    ),
    "laporan.periode": (
        "periode '{nilai}' tidak valid; tulis --bulan 2026-11, atau --periode 2026-S2 (semester) "
        "atau 2026-Q4 (triwulan)",
        "invalid period '{nilai}'; write --bulan 2026-11, or --periode 2026-S2 (half year) or "
        "2026-Q4 (quarter)",
    ),
    "laporan.format-tak-ada": (
        "laporan {jenis} tersedia sebagai {daftar}; {format} untuk laporan {lain}",
        "the {jenis} report is available as {daftar}; {format} is for the {lain} report",
    ),
    "laporan.format-tak-ada-sama-sekali": (
        "laporan {jenis} tersedia sebagai {daftar}; tidak ada laporan dalam format {format}",
        "the {jenis} report is available as {daftar}; no report comes as {format}",
    ),
    "laporan.ditulis": ("laporan ditulis ke {berkas}", "report written to {berkas}"),
    "laporan.per-langkah": (
        "Mutu baku per langkah (menit kerja)",
        "Standard time per step (working minutes)",
    ),
    "laporan.per-peran": ("Per peran", "Per role"),
    "laporan.terlama": ("Naskah terlama", "Slowest items"),
    "arsip.klasifikasi-pokok": (
        "kode klasifikasi '{kode}' tidak diawali kode pokok Permendagri 83/2022 (000 sampai "
        "900); '{pokok}' tidak dikenal",
        "classification '{kode}' does not start with a main code of Permendagri 83/2022 (000 "
        "to 900); '{pokok}' is unknown",
    ),
    "arsip.klasifikasi-tak-dikenal": (
        "kode klasifikasi '{kode}' tidak ada dalam subbagian {induk} Permendagri 83/2022; "
        "pilih kode yang ada, misalnya {contoh}",
        "classification '{kode}' is not in section {induk} of Permendagri 83/2022; choose an "
        "existing code, e.g. {contoh}",
    ),
    "arsip.klasifikasi-luar-tabel": (
        "kode klasifikasi '{kode}' tidak ada di tabel bawaan; bila benar, tambahkan ke "
        "approvals/klasifikasi.yaml",
        "classification '{kode}' is not in the shipped table; if it is right, add it to "
        "approvals/klasifikasi.yaml",
    ),
    "arsip.format": (
        "nomor arsip '{nomor}' tidak sesuai format {format} (contoh: {contoh}); jalankan "
        "'ppid nomori' untuk nomor yang benar",
        "archive number '{nomor}' does not match the format {format} (e.g. {contoh}); run "
        "'ppid nomori' for a correct one",
    ),
    "arsip.ganda": (
        "nomor arsip {nomor} juga dipakai oleh {lain}; satu nomor untuk satu naskah",
        "archive number {nomor} is also used by {lain}; one number per item",
    ),
    "arsip.dipakai": (
        "nomor arsip {nomor} sudah pernah dipakai untuk {berkas} (commit {commit}, "
        "{tanggal}); nomor arsip tidak boleh dipakai ulang, walau berkas itu dihapus atau "
        "dipindah; jalankan 'ppid nomori {ini}'",
        "archive number {nomor} was already used for {berkas} (commit {commit}, {tanggal}); "
        "archive numbers are never reused, even after that file was deleted or moved; run "
        "'ppid nomori {ini}'",
    ),
    "arsip.sudah-ada": (
        "{berkas} sudah bernomor arsip {nomor}",
        "{berkas} already has archive number {nomor}",
    ),
    "arsip.tanpa-klasifikasi": (
        "{berkas} belum punya klasifikasi yang sah; isi 'klasifikasi' dulu",
        "{berkas} has no valid classification; fill in 'klasifikasi' first",
    ),
    "arsip.tercatat": (
        "nomor arsip {nomor} dicatat di {berkas} oleh {nama}, commit {commit}",
        "archive number {nomor} recorded in {berkas} by {nama}, commit {commit}",
    ),
    "agenda.ditulis": (
        "Buku Agenda ditulis ke {berkas}: {jumlah} naskah",
        "agenda book written to {berkas}: {jumlah} items",
    ),
    "status.rev-salah": (
        "revisi '{rev}' tidak dikenal git ({detail}); di CI ambil riwayat penuh (fetch-depth:"
        " 0)",
        "git does not know revision '{rev}' ({detail}); in CI fetch the full history "
        "(fetch-depth: 0)",
    ),
    "status.semua-lengkap": (
        "semua naskah sudah lengkap parafnya",
        "every item has all its initials",
    ),
    "agenda.judul": ("Buku Agenda {tahun}", "Agenda Book {tahun}"),
    "agenda.subjudul": ("{ppid} — dibuat dari riwayat Git, {jumlah} naskah",
                        "{ppid} — made from Git history, {jumlah:item|items}"),
    "agenda.tautan": ("tautan", "link"),
    "status.ringkasan-judul": ("Status SOP", "SOP status"),
    "status.ringkasan-judul-berubah": ("Status SOP naskah yang berubah", "SOP status of changed items"),
    "status.tidak-berubah": ("Tidak ada naskah yang berubah.", "No item changed."),
    "status.kolom-langkah": ("Langkah", "Step"),
    "status.kolom-peran": ("Peran", "Role"),
    "status.kolom-keadaan": ("Keadaan", "State"),
    "status.kolom-oleh": ("Oleh", "By"),
    "status.kolom-waktu": ("Waktu", "Time"),
    "status.keadaan.selesai": ("selesai", "done"),
    "status.keadaan.berikutnya": ("menunggu (berikutnya)", "waiting (next)"),
    "status.keadaan.menunggu": ("menunggu", "waiting"),
    "status.keadaan.ditolak": ("ditolak", "rejected"),
    "status.keadaan.basi": ("basi: isi berubah sesudah diparaf", "stale: changed after initialling"),
}
