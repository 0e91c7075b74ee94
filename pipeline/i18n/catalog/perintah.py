"""Commands: check, build, serve, new, schema, deploy, and the last-resort messages."""

CATALOG: dict[str, tuple[str, str]] = {
    "cli.berkas-tidak-ada": (
        "berkas tidak ditemukan: {berkas}",
        "file not found: {berkas}",
    ),
    "cli.bukan-konten": (
        "{berkas} tidak berada di bawah content/",
        "{berkas} is not under content/",
    ),
    "baru.dibuat": (
        "dibuat {berkas}",
        "created {berkas}",
    ),
    "baru.judul": (
        "judul wajib: ppid baru JENIS \"Judul Naskah\" (atau --rencana TAHUN-Qn/KODE)",
        "a title is required: ppid baru TYPE \"Item title\" (or --rencana YEAR-Qn/CODE)",
    ),
    "baru.jenis": (
        "jenis '{jenis}' tidak dikenal; pilih salah satu: {pilihan}",
        "unknown type '{jenis}'; choose one of: {pilihan}",
    ),
    "cek.ringkasan": (
        "{berkas} berkas diperiksa: {galat} galat, {peringatan} peringatan",
        "{berkas:file|files} checked: {galat:error|errors}, {peringatan:warning|warnings}",
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
        "indeks pencarian (Pagefind) gagal dibuat: {detail}; output/ yang sudah terbit tidak "
        "diubah",
        "the search index (Pagefind) could not be built: {detail}; the published output/ is "
        "unchanged",
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
        "{folder} belum ada; jalankan 'ppid bangun' dulu",
        "{folder} does not exist yet; run 'ppid bangun' first",
    ),
    "tarik.alasan": (
        "alasan penarikan wajib: ppid tarik BERKAS --alasan \"Jadwal dibatalkan PLN\"",
        "a reason is required: ppid tarik FILE --alasan \"Schedule cancelled\"",
    ),
    "tarik.bukan-terbit": (
        "{berkas} tidak dapat ditarik: hanya naskah berstatus terbit (bukan draf, bukan yang sudah "
        "ditarik, bukan rencana konten)",
        "{berkas} cannot be withdrawn: only a published item (not a draft, not already withdrawn, "
        "not a content plan)",
    ),
    "tarik.bukan-peran": (
        "{nama} tidak memegang peran yang boleh menarik naskah ini pada {tanggal} ({peran}); "
        "mintalah pejabat tersebut menariknya",
        "{nama} holds no role that may withdraw this item on {tanggal} ({peran}); ask such an "
        "official to withdraw it",
    ),
    "tarik.tercatat": (
        "{berkas} ditarik oleh {nama}, commit {commit}; halaman tetap ada dengan pemberitahuan "
        "penarikan",
        "{berkas} withdrawn by {nama}, commit {commit}; the page stays, with a withdrawal notice",
    ),
    "terbit.intranet": (
        "{folder} adalah salinan intranet (rincian penolakan dan rencana konten); salinan ini "
        "tidak boleh diterbitkan. Terbitkan hasil 'ppid bangun' tanpa --intranet",
        "{folder} is the intranet copy (rejections' reasons, content plan); it must not be "
        "published. Deploy the output of 'ppid bangun' without --intranet",
    ),
    "bangun.intranet": (
        "salinan intranet dibangun di {folder}: {halaman} halaman dalam {detik} detik; jangan "
        "diterbitkan ke internet",
        "intranet copy built in {folder}: {halaman} pages in {detik} s; do not publish it",
    ),
    "terbit.belum-lengkap": (
        "{folder} bukan hasil build yang lengkap; jalankan 'ppid bangun' sampai berhasil dulu",
        "{folder} is not a complete build; run 'ppid bangun' successfully first",
    ),
    "terbit.pilih-tujuan": (
        "pilih satu tujuan: {pilihan}",
        "choose one target: {pilihan}",
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
    "internal": (
        "kesalahan internal: {detail}; laporkan ke tim dengan perintah yang dijalankan "
        "(PPID_DEBUG=1 menampilkan rinciannya)",
        "internal error: {detail}; report it to the team with the command you ran "
        "(PPID_DEBUG=1 shows the details)",
    ),
    "git.gagal": (
        "git gagal: {detail}; periksa bahwa folder ini repositori git yang utuh dan git terpasang",
        "git failed: {detail}; check that this folder is a complete git repository and git is installed",
    ),
    "dibatalkan": (
        "dibatalkan",
        "interrupted",
    ),
    "sahkan.kotor": (
        "approvals/ punya perubahan yang belum di-commit; commit dulu, lalu sahkan yang sudah "
        "di-commit",
        "approvals/ has uncommitted changes; commit them first, then endorse what is committed",
    ),
    "sahkan.tanpa-riwayat": (
        "riwayat tidak memuat approvals/ yang dapat disahkan",
        "the history holds no approvals/ to endorse",
    ),
    "sahkan.sudah-berlaku": (
        "approvals/ di HEAD sudah berlaku (sejak commit {commit}); tidak ada yang perlu disahkan",
        "approvals/ at HEAD is already in force (since commit {commit}); nothing to endorse",
    ),
    "sahkan.bukan-pengelola": (
        "identitas git Anda ({email}) bukan pemegang peran pengelola approvals ({peran}) pada "
        "{tanggal} menurut approvals/ yang berlaku",
        "your git identity ({email}) holds no administrator role ({peran}) on {tanggal} by "
        "the approvals/ in force",
    ),
    "sahkan.kunci-salah": (
        "kunci tanda tangan Anda ({ada}) bukan kunci yang terdaftar untuk {email} di "
        "allowed_signers yang berlaku ({terdaftar}); atur 'git config user.signingkey' ke kunci "
        "itu",
        "your signing key ({ada}) is not the one listed for {email} in the allowed_signers in "
        "force ({terdaftar}); set 'git config user.signingkey' to that key",
    ),
    "sahkan.berlaku": (
        "pengesahan dicatat di commit {commit}: approvals/ {pohon} kini berlaku",
        "endorsement recorded in commit {commit}: approvals/ {pohon} is now in force",
    ),
    "sahkan.dicatat": (
        "pengesahan dicatat di commit {commit}; approvals/ {pohon} berlaku setelah pengelola "
        "lain ikut mengesahkan ('ppid periksa' menyebut berapa lagi)",
        "endorsement recorded in commit {commit}; approvals/ {pohon} comes into force once more "
        "administrators endorse it ('ppid periksa' says how many)",
    ),
}
