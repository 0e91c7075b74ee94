"""approvals/ as a chain of states from the root of trust, and commit signatures."""

CATALOG: dict[str, tuple[str, str]] = {
    "sig.tak-terdaftar": (
        "kuncinya tidak terdaftar di approvals/allowed_signers",
        "its key is not listed in approvals/allowed_signers",
    ),
    "sig.kunci-lain": (
        "kuncinya milik {pemilik}",
        "its key belongs to {pemilik}",
    ),
    "sig.rusak": (
        "tanda tangan rusak",
        "the signature is bad",
    ),
    "sig.tak-terperiksa": (
        "tanda tangan tidak dapat diperiksa",
        "the signature cannot be checked",
    ),
    "sig.kedaluwarsa": (
        "kuncinya kedaluwarsa",
        "its key has expired",
    ),
    "sig.dicabut": (
        "kuncinya telah dicabut",
        "its key was revoked",
    ),
    "sig.tidak-ada-berkas": (
        "tingkat 'tanda-tangan' memerlukan berkas approvals/allowed_signers berisi kunci "
        "publik SSH pejabat (satu baris per kunci: email namespaces=\"git\" ssh-ed25519 …)",
        "the 'tanda-tangan' level needs approvals/allowed_signers with the officials' public "
        "SSH keys (one line per key: email namespaces=\"git\" ssh-ed25519 …)",
    ),
    "approvals.tidak-sah": (
        "perubahan {berkas} di commit {commit} oleh {penulis} <{email}> ({tanggal}) tidak "
        "sah: menurut approvals/ yang berlaku sebelum perubahan itu (sejak commit {berlaku}), "
        "ia bukan {peran}; aturan lama tetap berlaku. Kembalikan perubahan itu, atau minta "
        "pengelola mengesahkannya dengan 'ppid sahkan' (commit bertanda tangan)",
        "the change to {berkas} in commit {commit} by {penulis} <{email}> ({tanggal}) is not "
        "authorised: by the approvals/ in force before it (since commit {berlaku}) they are not "
        "{peran}; the old rules stay in force. Revert it, or ask an administrator to endorse it "
        "with 'ppid sahkan' (a signed commit)",
    ),
    "approvals.tanda-tangan": (
        "perubahan {berkas} di commit {commit} oleh {penulis} ({tanggal}) tidak "
        "ditandatangani dengan kuncinya yang terdaftar di approvals/allowed_signers yang berlaku "
        "sebelum perubahan itu (tingkat '{tingkat}'); aturan lama tetap berlaku. Minta "
        "pengelola ({peran}) mengesahkannya dengan 'ppid sahkan' memakai kunci terdaftar",
        "the change to {berkas} in commit {commit} by {penulis} ({tanggal}) is not signed with "
        "their key listed in the approvals/allowed_signers in force before it (level "
        "'{tingkat}'); the old rules stay in force. Ask an administrator ({peran}) to endorse it "
        "with 'ppid sahkan' using a listed key",
    ),
    "approvals.tanggal-mundur": (
        "commit {commit} oleh {penulis} <{email}> yang mengubah {berkas} bertanggal {tanggal}, "
        "lebih awal daripada commit yang mendahuluinya di riwayat: tanggal dapat dipalsukan, "
        "urutan tidak; buat ulang commit itu dengan tanggal sekarang",
        "commit {commit} by {penulis} <{email}> changing {berkas} is dated {tanggal}, earlier "
        "than a commit it descends from: dates can be forged, order cannot; make the commit "
        "again with the current date",
    ),
    "approvals.menunggu": (
        "perubahan {berkas} di commit {commit} ({penulis}) baru disahkan {jumlah} dari {perlu} "
        "pengelola ({peran}) yang diwajibkan ambang_pengesahan; sampai lengkap, aturan lama "
        "berlaku. Pengelola lain mengesahkan dengan 'ppid sahkan'",
        "the change to {berkas} in commit {commit} ({penulis}) is endorsed by {jumlah} of the "
        "{perlu} administrators ({peran}) that ambang_pengesahan requires; until then the old "
        "rules stay in force. Other administrators endorse it with 'ppid sahkan'",
    ),
    "approvals.tidak-berlaku": (
        "isi approvals/ di HEAD bukan keadaan yang sah berlaku (yang berlaku: sejak commit "
        "{commit}); kembalikan approvals/ ke keadaan itu atau minta pengelola mengesahkan "
        "dengan 'ppid sahkan'",
        "approvals/ at HEAD is not the state legitimately in force (in force: since commit "
        "{commit}); restore approvals/ to that state or ask an administrator to endorse it with "
        "'ppid sahkan'",
    ),
    "approvals.belum-commit": (
        "berubah tetapi belum di-commit: pemeriksaan ini memakai isi folder kerja, sedangkan "
        "penerbitan hanya memakai approvals/ yang di-commit dan sah berlaku; commit dan minta "
        "pengelola mengesahkannya",
        "changed but not committed: this check uses the working folder, while publishing uses "
        "only the committed approvals/ legitimately in force; commit it and have it endorsed",
    ),
    "approvals.di-luar-akar": (
        "HEAD tidak terbaca sebagai turunan akar kepercayaan {akar}; riwayat tidak dapat dinilai "
        "sehingga tidak ada yang dipercaya (periksa riwayat dengan 'git log --graph')",
        "HEAD does not read as a descendant of the root of trust {akar}; the history cannot be "
        "judged, so nothing is trusted (inspect it with 'git log --graph')",
    ),
    "waktu.masa-depan": (
        "commit {commit} oleh {penulis} <{email}> bertanggal {tanggal}, di masa depan; tanggal "
        "itu tidak dipakai untuk menilai urutan waktu commit sesudahnya (dan {lainnya} commit "
        "lain seperti itu)",
        "commit {commit} by {penulis} <{email}> is dated {tanggal}, in the future; that date is "
        "not used to judge the time order of later commits (and {lainnya} more such commits)",
    ),
    "approvals.disahkan": (
        "perubahan approvals/ di commit {commit} ({penulis}) yang semula tidak sah sudah "
        "disahkan atau dikembalikan di commit {oleh}",
        "the approvals/ change in commit {commit} ({penulis}), not authorised at first, was "
        "endorsed or reverted in commit {oleh}",
    ),
    "approvals.akar-tak-dipatok": (
        "akar kepercayaan: commit {akar} (commit pertama yang memuat approvals/); patok akar "
        "di luar repositori (variabel PPID_AKAR_KEPERCAYAAN di pengaturan CI, atau 'git config "
        "ppid.akarKepercayaan HASH') agar riwayat yang ditulis ulang dari awal tidak lolos",
        "root of trust: commit {akar} (the first commit holding approvals/); pin the root "
        "outside the repository (variable PPID_AKAR_KEPERCAYAAN in the CI settings, or 'git "
        "config ppid.akarKepercayaan HASH') so that a history rewritten from the start fails",
    ),
    "approvals.akar-tidak-ada": (
        "akar kepercayaan '{akar}' ({env} atau git config ppid.akarKepercayaan) tidak "
        "menunjuk tepat satu commit di riwayat ini (tulis minimal 7 karakter hash); tanpa "
        "akar tidak ada yang dipercaya",
        "the root of trust '{akar}' ({env} or git config ppid.akarKepercayaan) does not name "
        "exactly one commit of this history (write at least 7 characters); without a root "
        "nothing is trusted",
    ),
    "approvals.akar-rusak": (
        "approvals/ pada akar kepercayaan {akar} tidak dapat dibaca; pilih akar yang memuat "
        "config.yaml dan roster.yaml yang sah",
        "approvals/ at the root of trust {akar} cannot be read; choose a root holding a valid "
        "config.yaml and roster.yaml",
    ),
    "approvals.akar-usang": (
        "akar_kepercayaan di config.yaml tidak dipakai lagi: isi approvals/ tidak dapat "
        "menetapkan akarnya sendiri. Hapus baris ini; patok akar di luar repositori "
        "(PPID_AKAR_KEPERCAYAAN di CI, atau 'git config ppid.akarKepercayaan HASH')",
        "akar_kepercayaan in config.yaml is no longer used: approvals/ cannot name its own "
        "root. Remove the line; pin the root outside the repository (PPID_AKAR_KEPERCAYAAN in "
        "CI, or 'git config ppid.akarKepercayaan HASH')",
    ),
    "approvals.tanpa-kunci-usang": (
        "tanpa_kunci tidak lagi memberi wewenang: pada tingkat 'tanda-tangan' setiap perubahan "
        "approvals/ ditandatangani pengelola; kantor yang memang tanpa kunci memakai tingkat "
        "'penulis'",
        "tanpa_kunci no longer grants anything: at 'tanda-tangan' every approvals/ change is "
        "signed by an administrator; an office that truly has no keys runs at 'penulis'",
    ),
    "approvals.ambang-mustahil": (
        "ambang_pengesahan.{kunci} = {ambang}, tetapi hanya {jumlah} orang memegang peran "
        "pengelola ({peran}) hari ini; perubahan semacam itu tidak akan pernah sah",
        "ambang_pengesahan.{kunci} = {ambang}, but only {jumlah} people hold an administrator "
        "role ({peran}) today; such a change could never come into force",
    ),
}
