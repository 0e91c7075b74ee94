"""The review notary (issue #12): forge API errors, `ppid notaris`, notarised initials' findings."""

_WHO = ("(commit {commit} oleh {penulis} <{email}>, {tanggal})",
        "(commit {commit} by {penulis} <{email}>, {tanggal})")

CATALOG: dict[str, tuple[str, str]] = {
    # -- the forge's API --------------------------------------------------------------------
    "forge.tidak-ada": ("forge menjawab 404 (tidak ada) untuk {alamat}",
                        "the forge answered 404 (not found) for {alamat}"),
    "forge.http": ("forge menjawab HTTP {kode} ({alasan}) untuk {alamat}; periksa token dan "
                   "'notaris.repo' di approvals/config.yaml",
                   "the forge answered HTTP {kode} ({alasan}) for {alamat}; check the token and "
                   "'notaris.repo' in approvals/config.yaml"),
    "forge.waktu-habis": ("forge tidak menjawab dalam {detik} detik ({alamat}); coba lagi nanti",
                          "the forge did not answer within {detik} seconds ({alamat}); try again "
                          "later"),
    "forge.gagal": ("forge tidak dapat dihubungi ({alamat}): {detail}",
                    "the forge cannot be reached ({alamat}): {detail}"),
    "forge.bukan-json": ("jawaban forge untuk {alamat} bukan JSON",
                         "the forge's answer for {alamat} is not JSON"),
    "forge.bentuk": ("jawaban forge untuk {alamat} tidak memuat isian '{isian}' yang diharapkan",
                     "the forge's answer for {alamat} lacks the expected field '{isian}'"),
    "forge.api-kosong": ("'notaris.api' di approvals/config.yaml wajib untuk Forgejo/Gitea, "
                         "mis. https://git.bantulkab.go.id/api/v1",
                         "'notaris.api' in approvals/config.yaml is required for Forgejo/Gitea, "
                         "e.g. https://git.bantulkab.go.id/api/v1"),
    "forge.tanpa-token": ("token forge tidak ada: isi variabel lingkungan {variabel} (di alur "
                          "kerja: secrets.GITHUB_TOKEN atau token Forgejo)",
                          "no forge token: set the environment variable {variabel} (in the "
                          "workflow: secrets.GITHUB_TOKEN or a Forgejo token)"),
    "forge.tak-dikenal": ("forge '{forge}' tidak dikenal; pilihan: {pilihan}",
                          "unknown forge '{forge}'; choices: {pilihan}"),
    # -- ppid notaris -----------------------------------------------------------------------
    "notaris.artefak-rusak": ("berkas ulasan {berkas} tidak dapat dibaca sebagai JSON: {detail}",
                              "review file {berkas} cannot be read as JSON: {detail}"),
    "notaris.artefak-isian": (
        "berkas ulasan {berkas} harus memuat review_id (bilangan), pull_request (bilangan) dan "
        "commit_id (40 digit heksadesimal)",
        "review file {berkas} must hold review_id (a number), pull_request (a number) and "
        "commit_id (40 hexadecimal digits)"),
    "notaris.belum-diatur": ("notaris belum diatur: tambahkan 'notaris: {{principal: …, forge: "
                             "github, repo: pemilik/nama}}' di approvals/config.yaml",
                             "no notary configured: add 'notaris: {{principal: …, forge: github, "
                             "repo: owner/name}}' to approvals/config.yaml"),
    "notaris.komentar": ("ulasan {id} hanya komentar: tidak ada paraf yang dicatat",
                         "review {id} is only a comment: no initial recorded"),
    "notaris.fork": ("pull request #{pr} berasal dari fork: notaris hanya mendorong ke cabang "
                     "repositori ini; ajukan dari cabang repositori kantor",
                     "pull request #{pr} comes from a fork: the notary pushes only to branches "
                     "of this repository; propose from a branch of the office's repository"),
    "notaris.akun-tak-dikenal": (
        "akun {forge} '{akun}' tidak tercatat pada pejabat mana pun di approvals/roster.yaml "
        "yang berlaku (isian 'akun'); ulasannya tidak dicatat sebagai paraf",
        "{forge} account '{akun}' is not listed for any official in the approvals/roster.yaml "
        "in force (field 'akun'); its review is not recorded as an initial"),
    "notaris.bukan-pejabat": ("{nama} tidak memegang peran apa pun pada {tanggal} (masa jabatan "
                              "berakhir atau belum mulai): ulasannya tidak dicatat",
                              "{nama} held no role on {tanggal} (term ended or not yet begun): "
                              "the review is not recorded"),
    "notaris.commit-hilang": ("commit yang diulas ({commit}) tidak ada lagi di cabang {cabang} "
                              "(ditimpa dengan force push?): ulas ulang versi terbaru",
                              "the reviewed commit ({commit}) is no longer on branch {cabang} "
                              "(force-pushed?): review the latest version again"),
    "notaris.digantikan": ("ulasan {id} bukan keputusan terakhir pengulas ini: ulasan {baru} lebih "
                           "baru; hanya keputusan terakhir yang dicatat (ulasan lama yang diputar "
                           "ulang tidak menggantikannya)",
                           "review {id} is not this reviewer's latest decision: review {baru} is "
                           "newer; only the latest decision is recorded (an older review played "
                           "again does not replace it)"),
    "notaris.tak-ada-giliran": ("tidak ada naskah di pull request #{pr} yang menunggu paraf "
                                "{nama}: tidak ada yang dicatat",
                                "no item in pull request #{pr} is waiting for {nama}'s initial: "
                                "nothing recorded"),
    "notaris.tanpa-kunci": ("tingkat 'tanda-tangan': notaris perlu kuncinya (--kunci BERKAS, "
                            "dari secret alur kerja)",
                            "level 'tanda-tangan': the notary needs its key (--kunci FILE, from "
                            "the workflow's secret)"),
    "notaris.tercatat": ("Ulasan {nama} dicatat sebagai paraf ({keputusan}) pada {jumlah} naskah "
                         "di commit {commit}, didorong ke {cabang}",
                         "{nama}'s review recorded as an initial ({keputusan}) on {jumlah} "
                         "item(s) in commit {commit}, pushed to {cabang}"),
    "notaris.dicabut": ("ulasan {id} sudah dicabut (dismissed) di forge: tidak dicatat",
                        "review {id} was dismissed on the forge: not recorded"),
    "notaris.status-ulasan": ("ulasan {id} berstatus '{status}', bukan Approve atau Request "
                              "changes: tidak dicatat",
                              "review {id} has state '{status}', not Approve or Request changes: "
                              "not recorded"),
    "notaris.artefak-beda": ("berkas ulasan menyebut ulasan {id} atas commit {commit}, tetapi "
                             "forge mengatakan commit {commit_forge}: tidak dicatat",
                             "the review file names review {id} on commit {commit}, but the "
                             "forge says commit {commit_forge}: not recorded"),
    "notaris.tanpa-waktu": ("ulasan {id} belum dikirim (tanpa submitted_at): tidak dicatat",
                            "review {id} was not submitted (no submitted_at): not recorded"),
    "notaris.isi-berubah": ("isi berubah sejak ulasan: {berkas} di commit yang diulas ({commit}) "
                            "berbeda dari kepala cabang ({kepala}); minta pejabat mengulas ulang "
                            "versi terbaru",
                            "content changed since the review: {berkas} at the reviewed commit "
                            "({commit}) differs from the branch head ({kepala}); ask the official "
                            "to review the latest version"),
    "notaris.tanpa-catatan": ("(tanpa catatan di ulasan)", "(no note in the review)"),
    "notaris.ambil-gagal": ("cabang {cabang} tidak dapat diambil: {detail}",
                            "branch {cabang} cannot be fetched: {detail}"),
    "notaris.tanda-tangan-gagal": ("commit notaris tidak dapat ditandatangani: {detail}",
                                   "the notary's commit cannot be signed: {detail}"),
    "notaris.dorong-gagal": ("commit notaris tidak dapat didorong ke {cabang} (cabang berubah "
                             "sementara itu?): {detail}",
                             "the notary's commit cannot be pushed to {cabang} (did the branch "
                             "change meanwhile?): {detail}"),
    "notaris.ringkasan": ("Notaris ulasan PPID", "PPID review notary"),
    "notaris.ringkasan-gagal": ("Ulasan tidak dicatat (tidak ada commit)",
                                "Review not recorded (no commit)"),
    "notaris.ringkasan-naskah": ("{berkas}: langkah {no} ({peran_nama})",
                                 "{berkas}: step {no} ({peran_nama})"),
    # -- findings on notarised initials -----------------------------------------------------
    "notaris.tanda-tangan-salah": (
        "tanda tangan notaris pada commit {commit} untuk paraf {peran_nama} ({nama}) tidak sah: "
        "{alasan}",
        "the notary's signature on commit {commit} for the initial of {peran_nama} ({nama}) is "
        "not valid: {alasan}"),
    "notaris.tanpa-tanda-tangan": (
        "paraf {peran_nama} ({nama}) dicatat notaris di commit {commit} tanpa tanda tangan; "
        "pada tingkat 'tanda-tangan' commit notaris wajib ditandatangani kunci notaris di "
        "allowed_signers",
        "the initial of {peran_nama} ({nama}) was recorded by the notary in commit {commit} "
        "without a signature; at level 'tanda-tangan' the notary's commit must be signed with "
        "its key in allowed_signers"),
    "notaris.bukan-notaris": (
        "paraf {peran_nama} ({nama}) mengaku dicatat dari ulasan, tetapi commit {commit} ditulis "
        "{penulis} <{email}>, bukan notaris yang ditetapkan approvals/config.yaml yang berlaku",
        "the initial of {peran_nama} ({nama}) claims to record a review, but commit {commit} was "
        "written by {penulis} <{email}>, not the notary named by the approvals/config.yaml in "
        "force"),
    "paraf.squash": (
        "commit {commit} oleh {penulis} <{email}> menulis {jumlah} paraf sekaligus ({peran}) "
        "tanpa catatan ulasan: tampaknya pull request digabung dengan squash, yang menulis "
        "ulang setiap paraf atas nama penggabung. Gunakan merge commit (panduan pengelola: "
        "perlindungan cabang) dan kembalikan commit paraf aslinya",
        "commit {commit} by {penulis} <{email}> writes {jumlah} initials at once ({peran}) "
        "without review trailers: the pull request seems squash-merged, which rewrites every "
        "initial as the merger's. Use merge commits (maintainers' guide: branch protection) and "
        "restore the original initial commits"),
    "notaris.trailer-kurang": (
        "commit notaris {commit} untuk paraf {peran_nama} ({nama}) tidak memuat {daftar}",
        "notary commit {commit} for the initial of {peran_nama} ({nama}) lacks {daftar}"),
    "notaris.akun-lain": (
        "commit notaris {commit} mencatat ulasan akun {forge} '{akun}', yang menurut roster yang "
        "berlaku bukan milik {nama}",
        "notary commit {commit} records a review by {forge} account '{akun}', which by the "
        "roster in force is not {nama}'s"),
    "notaris.bukan-pejabat-ulasan": (
        "ulasan akun '{akun}' yang dicatat di commit {commit} dibuat ketika {nama} tidak "
        "memegang peran {peran_nama}",
        "the review by account '{akun}' recorded in commit {commit} was made when {nama} did "
        "not hold the role {peran_nama}"),
    "notaris.ulasan-sesudah": (
        "paraf {peran_nama} ({nama}) bertanggal sesudah commit notaris {commit} yang mencatatnya",
        "the initial of {peran_nama} ({nama}) is dated after notary commit {commit} that "
        "records it"),
    "notaris.commit-asing": (
        "commit yang diulas ({ulasan}) untuk paraf {peran_nama} ({nama}) tidak ada di riwayat "
        "cabang ini; isi yang diulas tidak dapat dibuktikan",
        "the reviewed commit ({ulasan}) for the initial of {peran_nama} ({nama}) is not in "
        "this branch's history; the reviewed content cannot be proven"),
    "notaris.isi-beda": (
        "paraf {peran_nama} ({nama}) dicatat notaris di commit {commit}, tetapi isi naskah di "
        "commit yang diulas ({ulasan}) bukan isi yang diparaf (hash berbeda)",
        "the initial of {peran_nama} ({nama}) was recorded by the notary in commit {commit}, "
        "but the item at the reviewed commit ({ulasan}) is not the initialled content "
        "(hash differs)"),
    # -- ppid periksa --daring --------------------------------------------------------------
    "notaris.ulasan-hilang": (
        "ulasan {id} (pull request #{pr}) yang menjadi paraf {peran_nama} ({nama}) tidak ada "
        "lagi di forge",
        "review {id} (pull request #{pr}) behind the initial of {peran_nama} ({nama}) no longer "
        "exists on the forge"),
    "notaris.ulasan-dicabut": (
        "ulasan {id} (pull request #{pr}) yang menjadi paraf {peran_nama} ({nama}) sudah dicabut "
        "(dismissed) di forge: paraf tidak berlaku; minta pejabat mengulas ulang",
        "review {id} (pull request #{pr}) behind the initial of {peran_nama} ({nama}) was "
        "dismissed on the forge: the initial does not count; ask the official to review again"),
    "notaris.ulasan-beda": (
        "ulasan {id} di forge ({akun}, {status}, commit {ulasan}) tidak sama dengan yang dicatat "
        "untuk paraf {peran_nama} ({nama})",
        "review {id} on the forge ({akun}, {status}, commit {ulasan}) differs from what was "
        "recorded for the initial of {peran_nama} ({nama})"),
    "roster.akun-ganda": ("akun {forge} '{akun}' juga tercatat untuk {lain}: satu akun hanya "
                          "boleh milik satu pejabat",
                          "{forge} account '{akun}' is also listed for {lain}: an account may "
                          "belong to one official only"),
    # -- help ---------------------------------------------------------------------------------
    "bantuan.notaris": ("catat ulasan pull request (Approve/Request changes) sebagai paraf "
                        "(alur kerja notaris)",
                        "record a pull-request review (Approve/Request changes) as an initial "
                        "(the notary workflow)"),
    "bantuan.notaris.ulasan": ("berkas JSON dari alur kerja ulasan (review_id, pull_request, "
                               "commit_id)",
                               "JSON file from the review workflow (review_id, pull_request, "
                               "commit_id)"),
    "bantuan.notaris.token-env": ("variabel lingkungan yang memuat token forge (bawaan: {bawaan})",
                                  "environment variable holding the forge token (default: "
                                  "{bawaan})"),
    "bantuan.notaris.kunci": ("kunci SSH pribadi notaris (berkas 0600 dari secret)",
                              "the notary's private SSH key (a 0600 file from the secret)"),
    "bantuan.notaris.remote": ("remote tempat cabang pull request (bawaan: origin)",
                               "remote holding the pull request's branch (default: origin)"),
    "bantuan.notaris.tanpa-dorong": ("buat commit tetapi jangan dorong (uji)",
                                     "make the commit but do not push (testing)"),
    "bantuan.notaris.ringkasan": ("berkas Markdown ringkasan (bawaan: $GITHUB_STEP_SUMMARY)",
                                  "Markdown summary file (default: $GITHUB_STEP_SUMMARY)"),
    "bantuan.periksa.daring": ("ambil ulang setiap ulasan yang menjadi paraf dari forge (token "
                               "di PPID_FORGE_TOKEN); ulasan yang dicabut atau hilang adalah galat",
                               "re-fetch every review behind an initial from the forge (token "
                               "in PPID_FORGE_TOKEN); a dismissed or missing review is an error"),
}
