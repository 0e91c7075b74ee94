"""Initials and their proof in history, withdrawal, schedules, emergencies, field authority."""

CATALOG: dict[str, tuple[str, str]] = {
    "paraf.kurang": (
        "belum ada paraf {peran_nama} (langkah {no} {sop}); minta {peran_nama} menjalankan "
        "'ppid paraf {berkas} --peran {peran}'",
        "missing initial of {peran_nama} (step {no} of {sop}); ask them to run 'ppid paraf "
        "{berkas} --peran {peran}'",
    ),
    "paraf.ditolak": (
        "ditolak oleh {peran_nama} {nama} pada {tanggal}: {catatan}; perbaiki lalu minta "
        "paraf ulang dari langkah {kembali_ke}",
        "rejected by {peran_nama} {nama} on {tanggal}: {catatan}; fix it, then ask again for "
        "initials from step {kembali_ke}",
    ),
    "paraf.basi": (
        "paraf {peran_nama} ({nama}, {tanggal}) dibuat untuk isi yang lain: dokumen berubah "
        "setelah diparaf; minta {peran_nama} memeriksa dan memaraf ulang",
        "initial of {peran_nama} ({nama}, {tanggal}) was made for other content: the document"
        " changed after it was initialled; ask {peran_nama} to review and initial again",
    ),
    "paraf.bukan-pejabat": (
        "'{nama}' tidak tercatat sebagai {peran_nama} pada {tanggal} menurut "
        "approvals/roster.yaml{pejabat}",
        "'{nama}' is not listed as {peran_nama} on {tanggal} in "
        "approvals/roster.yaml{pejabat}",
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
    "riwayat.bukan-repo": (
        "tingkat kepercayaan '{tingkat}' memerlukan riwayat git, tetapi folder ini bukan "
        "repositori git atau belum punya commit",
        "trust level '{tingkat}' needs git history, but this folder is not a git repository "
        "or has no commit yet",
    ),
    "riwayat.dangkal": (
        "riwayat git tidak lengkap (shallow clone), sehingga paraf tidak dapat dibuktikan; "
        "ambil riwayat penuh dengan 'git fetch --unshallow' (GitHub Actions: actions/checkout"
        " dengan fetch-depth: 0)",
        "git history is incomplete (shallow clone), so initials cannot be proven; fetch the "
        "full history with 'git fetch --unshallow' (GitHub Actions: actions/checkout with "
        "fetch-depth: 0)",
    ),
    "paraf.format": (
        "paraf {peran_nama} harus satu baris seperti yang ditulis 'ppid paraf', agar dapat "
        "dilacak di riwayat git",
        "the initial of {peran_nama} must be one line as 'ppid paraf' writes it, so that git "
        "history can trace it",
    ),
    "paraf.tanpa-riwayat": (
        "paraf {peran_nama} ({nama}) belum ada di riwayat git (belum di-commit); paraf "
        "dicatat dengan 'ppid paraf', yang sekaligus membuat commit",
        "the initial of {peran_nama} ({nama}) is not in git history (not committed); initials"
        " are recorded with 'ppid paraf', which also commits them",
    ),
    "paraf.bukan-penulis": (
        "paraf {peran_nama} atas nama {nama} ditulis oleh {penulis} <{email}> di commit "
        "{commit} ({tanggal}), bukan oleh {nama} <{email_pejabat}>; paraf hanya sah bila "
        "dibuat sendiri dengan 'ppid paraf'",
        "the initial of {peran_nama} in the name of {nama} was written by {penulis} <{email}>"
        " in commit {commit} ({tanggal}), not by {nama} <{email_pejabat}>; an initial counts "
        "only when made by its official with 'ppid paraf'",
    ),
    "paraf.ditulis-ulang": (
        "paraf {peran_nama} ({nama}) ditulis ulang oleh {penulis} <{email}> di commit "
        "{commit} ({tanggal}); minta {peran_nama} memaraf ulang",
        "the initial of {peran_nama} ({nama}) was rewritten by {penulis} <{email}> in commit "
        "{commit} ({tanggal}); ask {peran_nama} to initial again",
    ),
    "paraf.commit-campur": (
        "commit {commit} oleh {penulis} ({tanggal}) menambahkan paraf {peran_nama} sekaligus "
        "mengubah isi naskah; isi dan paraf harus di-commit terpisah agar jelas apa yang "
        "disetujui",
        "commit {commit} by {penulis} ({tanggal}) adds the initial of {peran_nama} and also "
        "changes the content; content and initials must be committed separately so what was "
        "approved is clear",
    ),
    "paraf.sendiri": (
        "{nama} memaraf sebagai {peran_nama} naskah yang isinya ia tulis sendiri (commit "
        "{commit}, {tanggal}); SOP {sop} melarang paraf atas naskah sendiri",
        "{nama} initialled as {peran_nama} content they wrote themselves (commit {commit}, "
        "{tanggal}); SOP {sop} forbids initialling one's own content",
    ),
    "paraf.tanpa-tanda-tangan": (
        "commit {commit} yang mencatat paraf {peran_nama} ({nama}) tidak ditandatangani; "
        "tingkat 'tanda-tangan' mewajibkan commit paraf ditandatangani dengan kunci SSH "
        "pejabat yang terdaftar di approvals/allowed_signers",
        "commit {commit} recording the initial of {peran_nama} ({nama}) is not signed; the "
        "'tanda-tangan' level requires initial commits signed with the official's SSH key "
        "listed in approvals/allowed_signers",
    ),
    "penarikan.bukan-pejabat": (
        "penarikan naskah ini ditulis commit {commit} oleh {penulis} <{email}> pada {tanggal}, "
        "yang bukan pemegang peran yang boleh menarik ({peran}); minta pejabat itu menarik "
        "dengan 'ppid tarik BERKAS --alasan \"…\"'",
        "this item was withdrawn by commit {commit} of {penulis} <{email}> on {tanggal}, who holds "
        "no role that may withdraw it ({peran}); ask such an official to run 'ppid tarik FILE "
        "--alasan \"…\"'",
    ),
    "penarikan.tanpa-tanda-tangan": (
        "commit {commit} yang menarik naskah ini ({penulis}) tidak ditandatangani; tingkat "
        "'tanda-tangan' mewajibkan penarikan ditandatangani kunci SSH pejabat",
        "commit {commit} withdrawing this item ({penulis}) is not signed; the 'tanda-tangan' level "
        "requires the official's SSH signature",
    ),
    "penarikan.tanda-tangan-salah": (
        "tanda tangan commit {commit} yang menarik naskah ini ({penulis}) tidak sah: {alasan}",
        "the signature of commit {commit} withdrawing this item ({penulis}) is not valid: {alasan}",
    ),
    "paraf.tanda-tangan-salah": (
        "tanda tangan commit {commit} untuk paraf {peran_nama} ({nama}) tidak sah: {alasan}",
        "the signature of commit {commit} for the initial of {peran_nama} ({nama}) is not "
        "valid: {alasan}",
    ),
    "paraf.perlu-kunci": (
        "tingkat 'tanda-tangan': commit paraf harus ditandatangani, tetapi git gagal "
        "menandatangani ({detail}); atur 'git config gpg.format ssh' dan 'git config "
        "user.signingkey ~/.ssh/id_ed25519.pub' dengan kunci yang terdaftar di "
        "approvals/allowed_signers",
        "level 'tanda-tangan': the initial commit must be signed, but git could not sign "
        "({detail}); set 'git config gpg.format ssh' and 'git config user.signingkey "
        "~/.ssh/id_ed25519.pub' to the key listed in approvals/allowed_signers",
    ),
    "waktu.mundur": (
        "commit {commit} ({apa}) oleh {penulis} <{email}> bertanggal {tanggal}, lebih awal "
        "daripada commit yang mendahuluinya di riwayat: tanggal dapat dipalsukan, urutan "
        "tidak; buat ulang commit itu dengan tanggal sekarang",
        "commit {commit} ({apa}) by {penulis} <{email}> is dated {tanggal}, earlier than a "
        "commit it descends from: dates can be forged, order cannot; make it again with the "
        "current date",
    ),
    "paraf.bukan-pejabat-saat-commit": (
        "{nama} tidak memegang peran {peran_nama} saat commit paraf {commit} dibuat "
        "({tanggal}) menurut approvals/roster.yaml; tanggal di paraf tidak dapat memundurkan "
        "masa jabatan",
        "{nama} did not hold the role {peran_nama} when the initial commit {commit} was made "
        "({tanggal}) per approvals/roster.yaml; the date written in the initial cannot move a "
        "term back",
    ),
    "paraf.sebelum-isi": (
        "paraf {peran_nama} ({nama}, commit {commit} oleh {penulis}) bertanggal {tanggal}, "
        "sebelum isi yang diparafnya di-commit (commit {isi}, {tanggal_isi}); paraf tidak "
        "dapat mendahului naskahnya",
        "the initial of {peran_nama} ({nama}, commit {commit} by {penulis}) is dated "
        "{tanggal}, before the content it approves was committed (commit {isi}, "
        "{tanggal_isi}); an initial cannot predate its text",
    ),
    "wewenang.status": (
        "status diubah dari '{dari}' menjadi '{ke}' di commit {commit} oleh {penulis} <{email}> "
        "({tanggal}), yang bukan pemegang peran yang boleh ({peran}); kembalikan status, atau "
        "minta pejabat itu mengubahnya",
        "the status was changed from '{dari}' to '{ke}' in commit {commit} by {penulis} "
        "<{email}> ({tanggal}), who holds none of the entitled roles ({peran}); restore the "
        "status, or ask such an official to change it",
    ),
    "wewenang.nomor-arsip": (
        "nomor_arsip ditulis di commit {commit} oleh {penulis} <{email}> ({tanggal}), yang "
        "bukan pemegang peran langkah arsip ({peran}); minta petugas itu menjalankan 'ppid "
        "number BERKAS'",
        "nomor_arsip was written in commit {commit} by {penulis} <{email}> ({tanggal}), who "
        "does not hold the archive step's role ({peran}); ask that officer to run 'ppid nomori "
        "FILE'",
    ),
    "wewenang.distribusi": (
        "tautan distribusi ditulis di commit {commit} oleh {penulis} <{email}> ({tanggal}), "
        "yang bukan pemegang peran yang mencatatnya ({peran}); minta petugas itu menjalankan "
        "'ppid bagikan BERKAS --tautan …'",
        "a distribution link was written in commit {commit} by {penulis} <{email}> "
        "({tanggal}), who does not hold a role that records them ({peran}); ask that officer "
        "to run 'ppid bagikan FILE --tautan …'",
    ),
    "wewenang.distribusi-tanpa-riwayat": (
        "tautan distribusi '{baris}' belum di-commit atau ditulis dalam bentuk lain; catat "
        "dengan 'ppid bagikan BERKAS --tautan PLATFORM URL'",
        "distribution link '{baris}' is not committed or written in another form; record it "
        "with 'ppid bagikan FILE --tautan PLATFORM URL'",
    ),
    "paraf.sesudah-masa-jabatan": (
        "paraf {peran_nama} ({nama}, commit {commit} oleh {penulis}, bertanggal {tanggal}) "
        "tidak ada dalam riwayat ketika masa jabatannya ditutup (commit {penutup}, "
        "{tanggal_penutup}): cabangnya bercabang sebelum penutupan dan digabung sesudahnya, "
        "jadi tanggalnya tidak terbukti. Minta pejabat pengganti memaraf ulang (gabungkan "
        "cabang yang berisi paraf pejabat sebelum mencatat akhir masa jabatannya)",
        "the initial of {peran_nama} ({nama}, commit {commit} by {penulis}, dated {tanggal}) "
        "was not in the history when their term was closed (commit {penutup}, "
        "{tanggal_penutup}): its branch forked before the closure and was merged after it, so "
        "its date is not proven. Ask the successor to initial again (merge branches holding "
        "an official's initials before recording the end of their term)",
    ),
    "wewenang.hapus": (
        "naskah berstatus '{status}' dihapus di commit {commit} oleh {penulis} <{email}> "
        "({tanggal}), yang bukan pemegang peran yang boleh menarik naskah ({peran}); menghapus "
        "berkas menurunkan halamannya dari situs tanpa wewenang. Pulihkan berkas ('git revert "
        "{commit}' atau 'git checkout {commit}^ -- BERKAS'), lalu bila perlu minta pejabat itu "
        "menariknya dengan 'ppid tarik'",
        "an item with status '{status}' was deleted in commit {commit} by {penulis} <{email}> "
        "({tanggal}), who holds none of the roles that may withdraw it ({peran}); deleting the "
        "file takes its page off the site without authority. Restore the file ('git revert "
        "{commit}' or 'git checkout {commit}^ -- FILE'), then, if needed, ask such an official "
        "to withdraw it with 'ppid tarik'",
    ),
    "wewenang.hapus-tanpa-tanda-tangan": (
        "commit {commit} yang menghapus naskah berstatus '{status}' ({penulis}) tidak "
        "ditandatangani; tingkat 'tanda-tangan' mewajibkan kunci SSH pejabat yang terdaftar",
        "commit {commit} deleting an item with status '{status}' ({penulis}) is not signed; "
        "the 'tanda-tangan' level requires the official's listed SSH key",
    ),
    "wewenang.hapus-tanda-tangan-salah": (
        "tanda tangan commit {commit} yang menghapus naskah berstatus '{status}' ({penulis}) "
        "tidak sah: {alasan}",
        "the signature of commit {commit} deleting an item with status '{status}' ({penulis}) "
        "is not valid: {alasan}",
    ),
    "wewenang.tanpa-tanda-tangan": (
        "commit {commit} yang mengubah {isian} ({penulis}) tidak ditandatangani; tingkat "
        "'tanda-tangan' mewajibkan kunci SSH pejabat yang terdaftar",
        "commit {commit} changing {isian} ({penulis}) is not signed; the 'tanda-tangan' level "
        "requires the official's listed SSH key",
    ),
    "wewenang.tanda-tangan-salah": (
        "tanda tangan commit {commit} yang mengubah {isian} ({penulis}) tidak sah: {alasan}",
        "the signature of commit {commit} changing {isian} ({penulis}) is not valid: {alasan}",
    ),
    "jadwal.menunggu": (
        "terjadwal: tayang pada {waktu}; sampai saat itu tidak dibangun",
        "scheduled: goes live on {waktu}; not built until then",
    ),
    "darurat.tidak-diizinkan": (
        "SOP {sop} tidak mengatur penerbitan darurat; hapus blok 'darurat' atau tambahkan "
        "aturan darurat pada SOP itu",
        "SOP {sop} has no emergency publishing; remove the 'darurat' block or add an "
        "emergency rule to that SOP",
    ),
    "darurat.menunggu": (
        "diterbitkan darurat ({alasan}); paraf {peran} ditunggu paling lambat {batas}",
        "published as an emergency ({alasan}); initials of {peran} are due by {batas}",
    ),
    "darurat.lewat": (
        "penerbitan darurat melewati batas {batas}: paraf {peran} belum ada; lengkapi paraf "
        "atau tarik naskah",
        "emergency publication passed its deadline {batas}: initials of {peran} are missing; "
        "add them or withdraw the item",
    ),
    "darurat.oleh": (
        "'{nama}' yang memerintahkan penerbitan darurat bukan {peran} pada {tanggal}",
        "'{nama}', who ordered the emergency publication, was not {peran} on {tanggal}",
    ),
    "paraf.identitas": (
        "identitas git Anda ({email}) tidak terdaftar di approvals/roster.yaml; atur 'git "
        "config user.email' ke email yang terdaftar",
        "your git identity ({email}) is not in approvals/roster.yaml; set 'git config "
        "user.email' to your registered e-mail",
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
        "'ppid nomori BERKAS'",
        "role '{peran}' performs the archive step, not an initial; assign the archive number "
        "with 'ppid nomori FILE'",
    ),
    "paraf.menunggu": (
        "belum giliran {peran_nama}: langkah {no} ({sebelum_nama}) belum selesai",
        "not yet {peran_nama}'s turn: step {no} ({sebelum_nama}) is not done",
    ),
    "paraf.kotor": (
        "{berkas} punya perubahan yang belum di-commit; commit isinya dulu agar paraf hanya "
        "memuat paraf",
        "{berkas} has uncommitted changes; commit the content first so that an initial commit"
        " holds only the initial",
    ),
    "paraf.belum-dilacak": (
        "{berkas} belum pernah di-commit; commit dulu sebagai naskah yang diterima",
        "{berkas} was never committed; commit it first as the received text",
    ),
    "paraf.tersimpan": (
        "paraf {peran_nama} ({keputusan}) oleh {nama} dicatat di {berkas}, commit {commit}",
        "initial of {peran_nama} ({keputusan}) by {nama} recorded in {berkas}, commit "
        "{commit}",
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
        "blok 'paraf' ditulis dalam bentuk yang tidak dapat disunting otomatis; tulis setiap "
        "peran pada barisnya sendiri di bawah 'paraf:'",
        "the 'paraf' block is written in a form that cannot be edited automatically; put each"
        " role on its own line under 'paraf:'",
    ),
    "paraf.gagal-sunting": (
        "penyuntingan paraf pada {berkas} tidak lolos verifikasi; berkas tidak diubah",
        "editing the initials of {berkas} failed verification; the file was not changed",
    ),
    "paraf.kata-setuju": (
        "setuju",
        "approved",
    ),
    "paraf.kata-tolak": (
        "tolak",
        "rejected",
    ),
}
