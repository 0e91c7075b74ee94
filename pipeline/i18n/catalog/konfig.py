"""approvals/ files: config, policies, roster."""

CATALOG: dict[str, tuple[str, str]] = {
    "konfig.tidak-ada": (
        "berkas konfigurasi tidak ditemukan; jalankan ppid dari akar repositori situs",
        "configuration file not found; run ppid from the site repository's root",
    ),
    "konfig.peran": (
        "peran '{peran}' tidak dideklarasikan di approvals/config.yaml (peran)",
        "role '{peran}' is not declared in approvals/config.yaml (peran)",
    ),
    "konfig.sop": (
        "SOP '{sop}' tidak ada di approvals/sop/",
        "SOP '{sop}' does not exist in approvals/sop/",
    ),
    "konfig.kembali": (
        "jika_ditolak menunjuk langkah {ke}, padahal hanya ada langkah sebelumnya 1..{maks}",
        "jika_ditolak points to step {ke}, but only earlier steps 1..{maks} exist",
    ),
    "konfig.nomor-langkah": (
        "langkah harus bernomor urut 1, 2, 3…; ditemukan {no} di posisi {posisi}",
        "steps must be numbered 1, 2, 3…; found {no} at position {posisi}",
    ),
    "konfig.sop-id": (
        "id '{id}' tidak sama dengan nama berkas '{berkas}'",
        "id '{id}' differs from the file name '{berkas}'",
    ),
    "konfig.luar-lingkup": (
        "aturan ini memberi SOP {sop} {apa}, padahal SOP itu hanya berlaku untuk {lingkup} "
        "(berlaku_untuk di berkas SOP); perbaiki aturannya atau lingkup SOP",
        "this rule gives SOP {sop} {apa}, but that SOP only governs {lingkup} (berlaku_untuk "
        "in the SOP file); fix the rule or the SOP's scope",
    ),
    "konfig.darurat-peran": (
        "peran darurat '{peran}' bukan peran yang memaraf dalam SOP ini",
        "emergency role '{peran}' is not a role that initials in this SOP",
    ),
    "roster.periode": (
        "periode tidak valid: 'mulai' {mulai} sesudah 'sampai' {sampai}",
        "invalid period: 'mulai' {mulai} is after 'sampai' {sampai}",
    ),
    "roster.tumpang-tindih": (
        "{peran_nama}: masa jabatan {nama} ({periode}) tumpang tindih dengan {lain} "
        "({periode_lain}); peran ini hanya dipegang satu orang pada satu waktu",
        "{peran_nama}: the term of {nama} ({periode}) overlaps that of {lain} "
        "({periode_lain}); this role is held by one person at a time",
    ),
    "roster.email-ganda": (
        "email git {email} juga dipakai oleh {lain}",
        "git e-mail {email} is also used by {lain}",
    ),
    "roster.id-ganda": (
        "id '{id}' dipakai dua kali",
        "id '{id}' is used twice",
    ),
}
