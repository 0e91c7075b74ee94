"""Every user-facing sentence, in Bahasa Indonesia (default) and English.

Findings carry a code and parameters, not text, so one run can be printed in either language.
"""

from __future__ import annotations

import os

LANGUAGES = ("id", "en")

# code: (Indonesian, English)
CATALOG: dict[str, tuple[str, str]] = {
    # loading
    "baca.encoding": (
        "berkas bukan teks UTF-8 (byte {posisi}); simpan ulang sebagai UTF-8",
        "file is not UTF-8 text (byte {posisi}); save it again as UTF-8",
    ),
    "baca.tanpa-front-matter": (
        "tidak ada front matter YAML; mulai berkas dengan baris '---', isi metadata, lalu '---'",
        "no YAML front matter; start the file with a '---' line, the metadata, then '---'",
    ),
    "baca.yaml": (
        "YAML tidak valid: {detail}; periksa indentasi dan tanda kutip",
        "invalid YAML: {detail}; check indentation and quoting",
    ),
    "baca.bukan-peta": (
        "front matter harus berupa pasangan 'kunci: nilai', bukan {tipe}",
        "front matter must be 'key: value' pairs, not {tipe}",
    ),
    "baca.gagal": ("berkas tidak dapat dibaca: {detail}", "file cannot be read: {detail}"),
    "baca.terlalu-besar": (
        "berkas {mb} MB terlalu besar untuk naskah (batas {maks} MB); simpan dokumen besar sebagai "
        "lampiran di content/lampiran/",
        "file of {mb} MB is too large for an item (limit {maks} MB); keep large documents as "
        "attachments in content/lampiran/",
    ),
    "baca.bersarang": (
        "front matter bersarang lebih dari {maks} tingkat; periksa kurung dan indentasi",
        "front matter is nested deeper than {maks} levels; check brackets and indentation",
    ),
    "baca.alias": (
        "front matter memakai anchor/alias YAML (& atau *); tulis setiap nilai apa adanya",
        "front matter uses YAML anchors/aliases (& or *); write each value out in full",
    ),
    # schema
    "skema.wajib": ("wajib diisi ({konteks})", "required ({konteks})"),
    "skema.konteks-jenis": ("jenis '{jenis}'", "type '{jenis}'"),
    "skema.semua-jenis": ("semua jenis konten", "every content type"),
    "skema.wajib-jika": (
        "wajib diisi bila {syarat}",
        "required when {syarat}",
    ),
    "skema.tipe": ("harus berupa {harapan}, bukan {tipe}", "must be {harapan}, not {tipe}"),
    "skema.pilihan": (
        "nilai '{nilai}' tidak dikenal; pilih salah satu: {pilihan}",
        "unknown value '{nilai}'; choose one of: {pilihan}",
    ),
    "skema.tanggal": (
        "tanggal '{nilai}' tidak valid; tulis seperti 2026-11-20 atau 2026-11-20 09:00 (WIB)",
        "invalid date '{nilai}'; write it like 2026-11-20 or 2026-11-20 09:00 (WIB)",
    ),
    "skema.pola": (
        "'{nilai}' tidak sesuai format {format}",
        "'{nilai}' does not match the format {format}",
    ),
    "skema.kosong": ("tidak boleh kosong", "must not be empty"),
    "skema.kunci-tak-dikenal": (
        "kunci tidak dikenal ({konteks}); salah ketik?{saran}",
        "unknown key ({konteks}); a typo?{saran}",
    ),
    "skema.saran": ("; mungkin maksudnya '{kunci}'", "; did you mean '{kunci}'"),
    "skema.jenis": (
        "jenis '{nilai}' tidak dikenal; pilih salah satu: {pilihan}",
        "unknown type '{nilai}'; choose one of: {pilihan}",
    ),
    "skema.minimal": ("harus bernilai paling kecil {min}", "must be at least {min}"),
    # policy resolution and initials
    "sop.tidak-ada": (
        "tidak ada SOP yang berlaku untuk jenis '{jenis}' dan unit '{unit}'; "
        "tambahkan aturan di approvals/config.yaml (penetapan_sop)",
        "no SOP applies to type '{jenis}' and unit '{unit}'; "
        "add a rule to approvals/config.yaml (penetapan_sop)",
    ),
    "paraf.kurang": (
        "belum ada paraf {peran_nama} (langkah {no} {sop}); minta {peran_nama} menjalankan "
        "'ppid paraf {berkas} --peran {peran}'",
        "missing initial of {peran_nama} (step {no} of {sop}); ask them to run "
        "'ppid paraf {berkas} --peran {peran}'",
    ),
    "paraf.ditolak": (
        "ditolak oleh {peran_nama} {nama} pada {tanggal}: {catatan}; perbaiki lalu minta paraf "
        "ulang dari langkah {kembali_ke}",
        "rejected by {peran_nama} {nama} on {tanggal}: {catatan}; fix it, then ask again for "
        "initials from step {kembali_ke}",
    ),
    "paraf.basi": (
        "paraf {peran_nama} ({nama}, {tanggal}) dibuat untuk isi yang lain: dokumen berubah "
        "setelah diparaf; minta {peran_nama} memeriksa dan memaraf ulang",
        "initial of {peran_nama} ({nama}, {tanggal}) was made for other content: the document "
        "changed after it was initialled; ask {peran_nama} to review and initial again",
    ),
    "paraf.bukan-pejabat": (
        "'{nama}' tidak tercatat sebagai {peran_nama} pada {tanggal} menurut approvals/roster.yaml"
        "{pejabat}",
        "'{nama}' is not listed as {peran_nama} on {tanggal} in approvals/roster.yaml{pejabat}",
    ),
    "paraf.pejabat-saat-itu": (
        "; pejabat saat itu: {nama}",
        "; the office holder then: {nama}",
    ),
    "paraf.urutan": (
        "paraf {peran_nama} ({tanggal}) lebih awal daripada paraf {sebelum_nama} "
        "({tanggal_sebelum}); SOP {sop} menetapkan urutan {urutan}",
        "initial of {peran_nama} ({tanggal}) is earlier than that of {sebelum_nama} "
        "({tanggal_sebelum}); SOP {sop} sets the order {urutan}",
    ),
    "paraf.masa-depan": (
        "tanggal paraf {tanggal} ada di masa depan",
        "initial date {tanggal} is in the future",
    ),
    "paraf.peran-lain": (
        "peran '{peran}' tidak ada dalam SOP {sop}; paraf ini diabaikan",
        "role '{peran}' is not part of SOP {sop}; this initial is ignored",
    ),
    "paraf.catatan-tolak": (
        "penolakan wajib disertai catatan alasan",
        "a rejection must carry a note (catatan) with the reason",
    ),
    "langkah.isian": (
        "langkah {no} ({aksi}, {peran_nama}) SOP {sop} memerlukan isian '{isian}'",
        "step {no} ({aksi}, {peran_nama}) of SOP {sop} needs the field '{isian}'",
    ),
    "situs.url-ganda": (
        "alamat {url} juga dipakai oleh {lain}; ubah 'slug'",
        "URL {url} is also used by {lain}; change 'slug'",
    ),
    "situs.nomor-urut-ganda": (
        "nomor urut {nomor} tahun {tahun} juga dipakai oleh {lain}",
        "sequence number {nomor} of {tahun} is also used by {lain}",
    ),
    # history (trust levels penulis and tanda-tangan)
    "riwayat.bukan-repo": (
        "tingkat kepercayaan '{tingkat}' memerlukan riwayat git, tetapi folder ini bukan repositori "
        "git atau belum punya commit",
        "trust level '{tingkat}' needs git history, but this folder is not a git repository or has "
        "no commit yet",
    ),
    "riwayat.dangkal": (
        "riwayat git tidak lengkap (shallow clone), sehingga paraf tidak dapat dibuktikan; ambil "
        "riwayat penuh dengan 'git fetch --unshallow' (GitHub Actions: actions/checkout dengan "
        "fetch-depth: 0)",
        "git history is incomplete (shallow clone), so initials cannot be proven; fetch the full "
        "history with 'git fetch --unshallow' (GitHub Actions: actions/checkout with fetch-depth: 0)",
    ),
    "paraf.format": (
        "paraf {peran_nama} harus satu baris seperti yang ditulis 'ppid paraf', agar dapat "
        "dilacak di riwayat git",
        "the initial of {peran_nama} must be one line as 'ppid paraf' writes it, so that git "
        "history can trace it",
    ),
    "paraf.tanpa-riwayat": (
        "paraf {peran_nama} ({nama}) belum ada di riwayat git (belum di-commit); paraf dicatat "
        "dengan 'ppid paraf', yang sekaligus membuat commit",
        "the initial of {peran_nama} ({nama}) is not in git history (not committed); initials are "
        "recorded with 'ppid paraf', which also commits them",
    ),
    "paraf.bukan-penulis": (
        "paraf {peran_nama} atas nama {nama} ditulis oleh {penulis} <{email}> di commit {commit} "
        "({tanggal}), bukan oleh {nama} <{email_pejabat}>; paraf hanya sah bila dibuat sendiri "
        "dengan 'ppid paraf'",
        "the initial of {peran_nama} in the name of {nama} was written by {penulis} <{email}> in "
        "commit {commit} ({tanggal}), not by {nama} <{email_pejabat}>; an initial counts only when "
        "made by its official with 'ppid paraf'",
    ),
    "paraf.ditulis-ulang": (
        "paraf {peran_nama} ({nama}) ditulis ulang oleh {penulis} <{email}> di commit {commit} "
        "({tanggal}); minta {peran_nama} memaraf ulang",
        "the initial of {peran_nama} ({nama}) was rewritten by {penulis} <{email}> in commit "
        "{commit} ({tanggal}); ask {peran_nama} to initial again",
    ),
    "paraf.commit-campur": (
        "commit {commit} oleh {penulis} ({tanggal}) menambahkan paraf {peran_nama} sekaligus "
        "mengubah isi naskah; isi dan paraf harus di-commit terpisah agar jelas apa yang disetujui",
        "commit {commit} by {penulis} ({tanggal}) adds the initial of {peran_nama} and also changes "
        "the content; content and initials must be committed separately so what was approved is "
        "clear",
    ),
    "paraf.sendiri": (
        "{nama} memaraf sebagai {peran_nama} naskah yang isinya ia tulis sendiri (commit {commit}, "
        "{tanggal}); SOP {sop} melarang paraf atas naskah sendiri",
        "{nama} initialled as {peran_nama} content they wrote themselves (commit {commit}, "
        "{tanggal}); SOP {sop} forbids initialling one's own content",
    ),
    "paraf.tanpa-tanda-tangan": (
        "commit {commit} yang mencatat paraf {peran_nama} ({nama}) tidak ditandatangani; tingkat "
        "'tanda-tangan' mewajibkan commit paraf ditandatangani dengan kunci SSH pejabat yang "
        "terdaftar di approvals/allowed_signers",
        "commit {commit} recording the initial of {peran_nama} ({nama}) is not signed; the "
        "'tanda-tangan' level requires initial commits signed with the official's SSH key listed "
        "in approvals/allowed_signers",
    ),
    "paraf.tanda-tangan-salah": (
        "tanda tangan commit {commit} untuk paraf {peran_nama} ({nama}) tidak sah: {alasan}",
        "the signature of commit {commit} for the initial of {peran_nama} ({nama}) is not valid: "
        "{alasan}",
    ),
    "sig.tak-terdaftar": (
        "kuncinya tidak terdaftar di approvals/allowed_signers",
        "its key is not listed in approvals/allowed_signers",
    ),
    "sig.kunci-lain": ("kuncinya milik {pemilik}", "its key belongs to {pemilik}"),
    "sig.rusak": ("tanda tangan rusak", "the signature is bad"),
    "sig.tak-terperiksa": ("tanda tangan tidak dapat diperiksa", "the signature cannot be checked"),
    "sig.kedaluwarsa": ("kuncinya kedaluwarsa", "its key has expired"),
    "sig.dicabut": ("kuncinya telah dicabut", "its key was revoked"),
    "sig.tidak-ada-berkas": (
        "tingkat 'tanda-tangan' memerlukan berkas approvals/allowed_signers berisi kunci publik SSH "
        "pejabat (satu baris per kunci: email namespaces=\"git\" ssh-ed25519 …)",
        "the 'tanda-tangan' level needs approvals/allowed_signers with the officials' public SSH "
        "keys (one line per key: email namespaces=\"git\" ssh-ed25519 …)",
    ),
    "paraf.perlu-kunci": (
        "tingkat 'tanda-tangan': commit paraf harus ditandatangani, tetapi git gagal menandatangani "
        "({detail}); atur 'git config gpg.format ssh' dan 'git config user.signingkey "
        "~/.ssh/id_ed25519.pub' dengan kunci yang terdaftar di approvals/allowed_signers",
        "level 'tanda-tangan': the initial commit must be signed, but git could not sign "
        "({detail}); set 'git config gpg.format ssh' and 'git config user.signingkey "
        "~/.ssh/id_ed25519.pub' to the key listed in approvals/allowed_signers",
    ),
    "approvals.tidak-sah": (
        "perubahan {berkas} di commit {commit} oleh {penulis} <{email}> ({tanggal}) tidak sah: "
        "menurut roster sebelum perubahan itu, ia bukan {peran}; minta pengelola approvals "
        "meninjau perubahan itu lalu memindahkan akar_kepercayaan ke commit sesudahnya",
        "the change to {berkas} in commit {commit} by {penulis} <{email}> ({tanggal}) is not "
        "authorised: by the roster before that change they are not {peran}; ask an administrator "
        "to review it, then move akar_kepercayaan to a later commit",
    ),
    "approvals.tanda-tangan": (
        "perubahan {berkas} di commit {commit} oleh {penulis} ({tanggal}) tidak ditandatangani "
        "dengan kuncinya yang terdaftar di approvals/allowed_signers sebelum perubahan itu",
        "the change to {berkas} in commit {commit} by {penulis} ({tanggal}) is not signed with "
        "their key listed in approvals/allowed_signers before that change",
    ),
    "approvals.tanpa-kunci": (
        "perubahan {berkas} di commit {commit} oleh {penulis} ({tanggal}) hanya dibuktikan dengan "
        "identitas penulis, karena kunci pengelola itu tidak terdaftar di approvals/allowed_signers",
        "the change to {berkas} in commit {commit} by {penulis} ({tanggal}) is proven by authorship "
        "only, because that administrator has no key in approvals/allowed_signers",
    ),
    "approvals.akar-tidak-ada": (
        "akar_kepercayaan '{akar}' tidak menunjuk tepat satu commit di riwayat",
        "akar_kepercayaan '{akar}' does not name exactly one commit in the history",
    ),
    # archive (SOP 001 step 5)
    "arsip.klasifikasi-pokok": (
        "kode klasifikasi '{kode}' tidak diawali kode pokok Permendagri 83/2022 (000 sampai 900); "
        "'{pokok}' tidak dikenal",
        "classification '{kode}' does not start with a main code of Permendagri 83/2022 (000 to "
        "900); '{pokok}' is unknown",
    ),
    "arsip.klasifikasi-tak-dikenal": (
        "kode klasifikasi '{kode}' tidak ada dalam subbagian {induk} Permendagri 83/2022; pilih "
        "kode yang ada, misalnya {contoh}",
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
        "'ppid number' untuk nomor yang benar",
        "archive number '{nomor}' does not match the format {format} (e.g. {contoh}); run "
        "'ppid number' for a correct one",
    ),
    "arsip.ganda": (
        "nomor arsip {nomor} juga dipakai oleh {lain}; satu nomor untuk satu naskah",
        "archive number {nomor} is also used by {lain}; one number per item",
    ),
    "arsip.dipakai": (
        "nomor arsip {nomor} sudah pernah dipakai untuk {berkas} (commit {commit}, {tanggal}); "
        "nomor arsip tidak boleh dipakai ulang, walau berkas itu dihapus atau dipindah; jalankan "
        "'ppid number {ini}'",
        "archive number {nomor} was already used for {berkas} (commit {commit}, {tanggal}); "
        "archive numbers are never reused, even after that file was deleted or moved; run "
        "'ppid number {ini}'",
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
    # privacy and safety
    "privasi.data-pribadi": (
        "{jenis} ({contoh}) tidak boleh diumumkan (UU 27/2022 tentang Pelindungan Data Pribadi); "
        "hapus atau samarkan, atau bila memang boleh diumumkan, catat di data_pribadi_diizinkan "
        "dengan jenis '{kode}', sha256 dari 'ppid hash-data {kode} NILAI', dan alasannya",
        "{jenis} ({contoh}) must not be published (Law 27/2022 on personal data protection); "
        "remove or mask it, or if it may be published, list it in data_pribadi_diizinkan with kind "
        "'{kode}', the sha256 from 'ppid hash-data {kode} VALUE', and the reason",
    ),
    "privasi.lampiran": (
        "{jenis} ({contoh}) ada di teks lampiran {berkas}; samarkan di dokumennya lalu unggah "
        "ulang, atau catat di data_pribadi_diizinkan (jenis '{kode}') bila memang boleh diumumkan",
        "{jenis} ({contoh}) is in the text of attachment {berkas}; mask it in the document and "
        "upload it again, or list it in data_pribadi_diizinkan (kind '{kode}') if it may be "
        "published",
    ),
    "markup.berbahaya": (
        "HTML {apa} pada <{tag}> tidak diizinkan: dapat menjalankan kode di peramban warga; "
        "hapus, atau tulis dengan Markdown biasa",
        "HTML {apa} on <{tag}> is not allowed: it could run code in citizens' browsers; remove "
        "it, or write plain Markdown",
    ),
    "markup.video": (
        "video {url} tidak berasal dari layanan yang diizinkan (penyedia_video di "
        "approvals/config.yaml); gunakan !video[Judul](https://www.youtube.com/watch?v=…)",
        "video {url} is not from an allowed service (penyedia_video in approvals/config.yaml); "
        "use !video[Title](https://www.youtube.com/watch?v=…)",
    ),
    "bocor.keluaran": (
        "isi naskah ini (dikecualikan atau draf) muncul di keluaran {keluaran}: \"{kutipan}…\"; "
        "hapus kutipan itu dari naskah yang terbit",
        "text of this item (exempt or draft) appears in the output {keluaran}: \"{kutipan}…\"; "
        "remove the quote from the published item",
    ),
    "bocor.gagal": (
        "{jumlah} kebocoran isi dikecualikan atau draf di keluaran; tidak ada yang diterbitkan",
        "{jumlah} leaks of exempt or draft text in the output; nothing was published",
    ),
    "berkas.absolut": (
        "lampiran {berkas} memakai jalur mutlak; tulis jalur relatif dari content/, mis. "
        "lampiran/laporan.pdf",
        "attachment {berkas} uses an absolute path; write it relative to content/, e.g. "
        "lampiran/laporan.pdf",
    ),
    "berkas.naik": (
        "lampiran {berkas} keluar dari content/ dengan '..'; simpan berkasnya di dalam content/",
        "attachment {berkas} leaves content/ with '..'; keep the file inside content/",
    ),
    "berkas.tidak-ada": (
        "lampiran {berkas} tidak ditemukan di content/; periksa ejaan atau commit berkasnya",
        "attachment {berkas} is not in content/; check the spelling or commit the file",
    ),
    "berkas.symlink-keluar": (
        "{berkas} adalah tautan simbolik ke luar content/; situs akan menyalin isinya, jadi "
        "ganti dengan berkas sungguhan",
        "{berkas} is a symbolic link leaving content/; the site would copy what it points to, so "
        "replace it with a real file",
    ),
    "berkas.jenis": (
        "lampiran {berkas} berjenis '{jenis}' yang tidak diizinkan; jenis yang boleh: {boleh}",
        "attachment {berkas} is of type '{jenis}', which is not allowed; allowed: {boleh}",
    ),
    "berkas.ukuran": (
        "lampiran {berkas} berukuran {mb} MB, melebihi batas {maks} MB; perkecil berkasnya",
        "attachment {berkas} is {mb} MB, over the {maks} MB limit; make it smaller",
    ),
    "berkas.gps": (
        "foto {berkas} menyimpan lokasi GPS; hapus dengan 'ppid hapus-gps {berkas}'",
        "photo {berkas} carries a GPS position; remove it with 'ppid hapus-gps {berkas}'",
    ),
    "gps.dihapus": ("lokasi GPS dihapus dari {berkas}", "GPS position removed from {berkas}"),
    "gps.tidak-ada": ("{berkas} tidak menyimpan lokasi GPS", "{berkas} carries no GPS position"),
    "jadwal.menunggu": (
        "terjadwal: tayang pada {waktu}; sampai saat itu tidak dibangun",
        "scheduled: goes live on {waktu}; not built until then",
    ),
    "darurat.tidak-diizinkan": (
        "SOP {sop} tidak mengatur penerbitan darurat; hapus blok 'darurat' atau tambahkan aturan "
        "darurat pada SOP itu",
        "SOP {sop} has no emergency publishing; remove the 'darurat' block or add an emergency "
        "rule to that SOP",
    ),
    "darurat.menunggu": (
        "diterbitkan darurat ({alasan}); paraf {peran} ditunggu paling lambat {batas}",
        "published as an emergency ({alasan}); initials of {peran} are due by {batas}",
    ),
    "darurat.lewat": (
        "penerbitan darurat melewati batas {batas}: paraf {peran} belum ada; lengkapi paraf atau "
        "tarik naskah",
        "emergency publication passed its deadline {batas}: initials of {peran} are missing; add "
        "them or withdraw the item",
    ),
    "darurat.oleh": (
        "'{nama}' yang memerintahkan penerbitan darurat bukan {peran} pada {tanggal}",
        "'{nama}', who ordered the emergency publication, was not {peran} on {tanggal}",
    ),
    # approvals/ files
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
        "this rule gives SOP {sop} {apa}, but that SOP only governs {lingkup} "
        "(berlaku_untuk in the SOP file); fix the rule or the SOP's scope",
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
        "{peran_nama}: masa jabatan {nama} ({periode}) tumpang tindih dengan {lain} ({periode_lain});"
        " peran ini hanya dipegang satu orang pada satu waktu",
        "{peran_nama}: the term of {nama} ({periode}) overlaps that of {lain} ({periode_lain});"
        " this role is held by one person at a time",
    ),
    "roster.email-ganda": (
        "email git {email} juga dipakai oleh {lain}",
        "git e-mail {email} is also used by {lain}",
    ),
    "roster.id-ganda": ("id '{id}' dipakai dua kali", "id '{id}' is used twice"),
    # commands
    "cli.berkas-tidak-ada": ("berkas tidak ditemukan: {berkas}", "file not found: {berkas}"),
    "cli.bukan-konten": (
        "{berkas} tidak berada di bawah content/",
        "{berkas} is not under content/",
    ),
    "paraf.identitas": (
        "identitas git Anda ({email}) tidak terdaftar di approvals/roster.yaml; "
        "atur 'git config user.email' ke email yang terdaftar",
        "your git identity ({email}) is not in approvals/roster.yaml; "
        "set 'git config user.email' to your registered e-mail",
    ),
    "paraf.bukan-peran": (
        "{nama} tidak memegang peran {peran_nama} pada {tanggal}",
        "{nama} does not hold the role {peran_nama} on {tanggal}",
    ),
    "paraf.peran-tak-perlu": (
        "SOP {sop} tidak meminta paraf dari peran '{peran}'; peran yang memaraf: {daftar}",
        "SOP {sop} asks no initial of role '{peran}'; roles that initial: {daftar}",
    ),
    "paraf.pakai-number": (
        "peran '{peran}' menjalankan langkah arsip, bukan paraf; beri nomor arsip dengan "
        "'ppid number BERKAS'",
        "role '{peran}' performs the archive step, not an initial; assign the archive number with "
        "'ppid number FILE'",
    ),
    "paraf.menunggu": (
        "belum giliran {peran_nama}: langkah {no} ({sebelum_nama}) belum selesai",
        "not yet {peran_nama}'s turn: step {no} ({sebelum_nama}) is not done",
    ),
    "paraf.kotor": (
        "{berkas} punya perubahan yang belum di-commit; commit isinya dulu agar paraf hanya "
        "memuat paraf",
        "{berkas} has uncommitted changes; commit the content first so that an initial commit "
        "holds only the initial",
    ),
    "paraf.belum-dilacak": (
        "{berkas} belum pernah di-commit; commit dulu sebagai naskah yang diterima",
        "{berkas} was never committed; commit it first as the received text",
    ),
    "paraf.tersimpan": (
        "paraf {peran_nama} ({keputusan}) oleh {nama} dicatat di {berkas}, commit {commit}",
        "initial of {peran_nama} ({keputusan}) by {nama} recorded in {berkas}, commit {commit}",
    ),
    "paraf.draf": (
        "{berkas} masih berstatus draf; ubah status menjadi 'terbit' sebelum meminta paraf",
        "{berkas} is still a draft; set status to 'terbit' before asking for initials",
    ),
    "paraf.catatan-wajib": (
        "--tolak memerlukan --catatan berisi alasan penolakan",
        "--tolak needs --catatan with the reason for the rejection",
    ),
    "paraf.bukan-repo": (
        "{akar} bukan repositori git; paraf dicatat sebagai commit",
        "{akar} is not a git repository; initials are recorded as commits",
    ),
    "paraf.blok-tak-dikenal": (
        "blok 'paraf' ditulis dalam bentuk yang tidak dapat disunting otomatis; tulis setiap peran "
        "pada barisnya sendiri di bawah 'paraf:'",
        "the 'paraf' block is written in a form that cannot be edited automatically; put each role "
        "on its own line under 'paraf:'",
    ),
    "paraf.gagal-sunting": (
        "penyuntingan paraf pada {berkas} tidak lolos verifikasi; berkas tidak diubah",
        "editing the initials of {berkas} failed verification; the file was not changed",
    ),
    "paraf.kata-setuju": ("setuju", "approved"),
    "paraf.kata-tolak": ("tolak", "rejected"),
    "baru.dibuat": ("dibuat {berkas}", "created {berkas}"),
    "baru.jenis": (
        "jenis '{jenis}' tidak dikenal; pilih salah satu: {pilihan}",
        "unknown type '{jenis}'; choose one of: {pilihan}",
    ),
    "skema.ditulis": (
        "{jumlah} JSON Schema ditulis ke {folder}",
        "{jumlah} JSON Schemas written to {folder}",
    ),
    "cek.ringkasan": (
        "{berkas} berkas diperiksa: {galat} galat, {peringatan} peringatan",
        "{berkas} files checked: {galat} errors, {peringatan} warnings",
    ),
    "cek.gagal": (
        "pemeriksaan gagal: {galat} galat; tidak ada yang diterbitkan",
        "check failed: {galat} errors; nothing was published",
    ),
    "bangun.gagal-pelican": (
        "Pelican gagal membangun situs: {detail}; output/ yang sudah terbit tidak diubah",
        "Pelican failed to build the site: {detail}; the published output/ is unchanged",
    ),
    "bangun.gagal-cari": (
        "indeks pencarian (Pagefind) gagal dibuat: {detail}; output/ yang sudah terbit tidak diubah",
        "the search index (Pagefind) could not be built: {detail}; the published output/ is unchanged",
    ),
    "bangun.terkunci": (
        "build lain untuk {folder} sedang berjalan; tunggu sampai selesai",
        "another build of {folder} is running; wait until it finishes",
    ),
    "bangun.selesai": (
        "situs dibangun di {folder}: {halaman} halaman dalam {detik} detik",
        "site built in {folder}: {halaman} pages in {detik} s",
    ),
    "sajikan.mulai": (
        "menyajikan {folder} di http://localhost:{port}/ (Ctrl+C untuk berhenti)",
        "serving {folder} at http://localhost:{port}/ (Ctrl+C to stop)",
    ),
    "sajikan.tidak-ada": (
        "{folder} belum ada; jalankan 'ppid build' dulu",
        "{folder} does not exist yet; run 'ppid build' first",
    ),
    "agenda.ditulis": (
        "Buku Agenda ditulis ke {berkas}: {jumlah} naskah",
        "agenda book written to {berkas}: {jumlah} items",
    ),
    "terbit.belum-lengkap": (
        "{folder} bukan hasil build yang lengkap; jalankan 'ppid build' sampai berhasil dulu",
        "{folder} is not a complete build; run 'ppid build' successfully first",
    ),
    "terbit.pilih-tujuan": (
        "pilih satu tujuan: --to FOLDER atau --to-branch CABANG",
        "choose one target: --to FOLDER or --to-branch BRANCH",
    ),
    "terbit.selesai": (
        "rilis {rilis} aktif di {folder}/current",
        "release {rilis} is live at {folder}/current",
    ),
    "terbit.kembali": (
        "situs dikembalikan ke rilis {rilis} di {folder}/current",
        "site rolled back to release {rilis} at {folder}/current",
    ),
    "terbit.tidak-ada-sebelumnya": (
        "tidak ada rilis sebelum yang aktif di {folder}",
        "there is no release before the live one in {folder}",
    ),
    "terbit.rilis-tidak-ada": (
        "rilis {rilis} tidak ada; yang tersedia: {daftar}",
        "release {rilis} does not exist; available: {daftar}",
    ),
    "terbit.cabang": (
        "hasil build di-commit ke cabang {cabang}: {commit}",
        "build committed to branch {cabang}: {commit}",
    ),
    "status.rev-salah": (
        "revisi '{rev}' tidak dikenal git ({detail}); di CI ambil riwayat penuh (fetch-depth: 0)",
        "git does not know revision '{rev}' ({detail}); in CI fetch the full history "
        "(fetch-depth: 0)",
    ),
    "status.semua-lengkap": (
        "semua naskah sudah lengkap parafnya",
        "every item has all its initials",
    ),
    "internal": (
        "kesalahan internal: {detail}; laporkan ke tim dengan perintah yang dijalankan "
        "(PPID_DEBUG=1 menampilkan rinciannya)",
        "internal error: {detail}; report it to the team with the command you ran "
        "(PPID_DEBUG=1 shows the details)",
    ),
    "dibatalkan": ("dibatalkan", "interrupted"),
}

_current = os.environ.get("PPID_LANG", "id") if os.environ.get("PPID_LANG") in LANGUAGES else "id"


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else "id"


def language() -> str:
    return _current


def t(code: str, lang: str | None = None, **params: object) -> str:
    """Render message `code` in `lang` (default: the current language)."""
    text_id, text_en = CATALOG[code]
    template = text_en if (lang or _current) == "en" else text_id
    return template.format(**params)
