"""`ppid init` and `ppid demo`: a new office's repository, a demo copy, taking over a copy."""

CATALOG: dict[str, tuple[str, str]] = {
    "kantor.roster-tanggal": (
        "approvals/roster.yaml: jabatan pejabat '{id}' perlu tanggal mulai (dan sampai, bila ada) "
        "berbentuk TAHUN-BULAN-HARI, bukan mulai={mulai}, sampai={sampai}; perbaiki baris itu",
        "approvals/roster.yaml: the term of official '{id}' needs a start date (and an end, if "
        "any) written YEAR-MONTH-DAY, not start={mulai}, end={sampai}; fix that line",
    ),
    "kantor.tanya.instansi": ("Nama badan publik", "Name of the public body"),
    "kantor.tanya.ppid": ("Nama PPID (tampil sebagai nama situs)", "PPID name (shown as the site's name)"),
    "kantor.tanya.situs": ("Alamat situs (https://…)", "Site address (https://…)"),
    "kantor.tanya.email": ("E-mail layanan informasi", "Information service e-mail"),
    "kantor.tanya.telepon": ("Telepon", "Telephone"),
    "kantor.tanya.alamat": ("Alamat kantor", "Office address"),
    "kantor.tanya.atasan": ("Atasan PPID", "The PPID's superior"),
    "kantor.tanya.kepala": ("Nama pejabat pengelola pertama (seperti ditulis di paraf)",
                            "Name of the first administrator (as written in initials)"),
    "kantor.tanya.kepala-email": ("E-mail git pejabat itu", "That official's git e-mail"),
    "kantor.tanya.kunci": ("Berkas kunci publik SSH pejabat itu (.pub)",
                           "That official's SSH public key file (.pub)"),
    "kantor.tanya.sop": ("SOP (kode dipisah koma; pilihan: {pilihan})",
                         "SOPs (codes separated by commas; choices: {pilihan})"),
    "kantor.tanya.tingkat": ("Tingkat kepercayaan (penulis atau tanda-tangan)",
                             "Trust level (penulis or tanda-tangan)"),
    "kantor.tanya.peran": ("Peran {peran} ({kode}): siapa pemegangnya?",
                           "Role {peran} ({kode}): who holds it?"),
    "kantor.tanya.pejabat-nama": (
        "  Nama (seperti ditulis di paraf; nama yang sudah disebut: orang yang sama)",
        "  Name (as written in initials; a name given already: the same person)"),
    "kantor.tanya.pejabat-email": ("  E-mail git", "  Git e-mail"),
    "kantor.tanya.pejabat-akun": (
        "  Akun forge untuk ulasan pull request (login GitHub, atau forgejo:login; boleh kosong)",
        "  Forge account for pull-request reviews (GitHub login, or forgejo:login; may be empty)"),
    "kantor.tanya.pejabat-kunci": ("  Berkas kunci publik SSH (.pub)", "  SSH public key file (.pub)"),
    "kantor.akun-salah": (
        "'{nilai}' bukan akun forge: tulis login GitHub (mis. budi-santoso) atau forgejo:login",
        "'{nilai}' is not a forge account: write a GitHub login (e.g. budi-santoso) or forgejo:login"),
    "tema.lambang-hilang": (
        "lambang '{lambang}' tidak ada: simpan berkasnya di {berkas} (folder theme/static/ kantor) "
        "dan commit, atau hapus instansi.lambang agar lambang bawaan paket dipakai",
        "emblem '{lambang}' does not exist: put the file at {berkas} (the office's theme/static/ "
        "folder) and commit it, or remove instansi.lambang to use the package's default emblem",
    ),
    "kantor.masukan-habis": (
        "masukan berakhir sebelum '{apa}' dijawab; tidak ada yang ditulis. Jalankan lagi, atau "
        "beri semua jawaban sebagai opsi dengan --ya",
        "input ended before '{apa}' was answered; nothing was written. Run again, or give every "
        "answer as an option with --ya"),
    "kantor.kosong": ("{apa} wajib diisi; coba lagi.", "{apa} is required; try again."),
    "kantor.url-salah": (
        "'{nilai}' bukan alamat situs: tulis lengkap dengan https://, misalnya https://ppid.desa.id",
        "'{nilai}' is not a site address: write it in full with https://, e.g. https://ppid.desa.id",
    ),
    "kantor.email-salah": ("'{nilai}' bukan alamat e-mail (nama@domain)",
                           "'{nilai}' is not an e-mail address (name@domain)"),
    "kantor.sop-salah": ("SOP '{kode}' tidak dikenal; pilihan: {pilihan}",
                         "unknown SOP '{kode}'; choices: {pilihan}"),
    "kantor.tingkat-salah": ("tingkat '{nilai}' tidak dikenal; pilih penulis atau tanda-tangan",
                             "unknown level '{nilai}'; choose penulis or tanda-tangan"),
    "kantor.kunci-salah": (
        "{berkas}: bukan kunci publik SSH (baris 'ssh-ed25519 AAAA…'); buat dengan ssh-keygen -t ed25519",
        "{berkas}: not an SSH public key (a line 'ssh-ed25519 AAAA…'); make one with ssh-keygen -t ed25519",
    ),
    "kantor.kunci-wajib": (
        "tingkat tanda-tangan butuh kunci publik pejabat pengelola pertama (--kunci BERKAS.pub): "
        "tanpa kunci ia tidak dapat menandatangani paraf maupun perubahan approvals/. Buat kunci "
        "di komputernya sendiri (ssh-keygen -t ed25519 -f ~/.ssh/ppid_ed25519) lalu ulangi dengan "
        "--kunci ~/.ssh/ppid_ed25519.pub; kunci pribadi tidak pernah masuk repositori",
        "the tanda-tangan level needs the first administrator's public key (--kunci FILE.pub): "
        "without one they can sign neither initials nor approvals/ changes. Make a key on their "
        "own computer (ssh-keygen -t ed25519 -f ~/.ssh/ppid_ed25519) and run again with "
        "--kunci ~/.ssh/ppid_ed25519.pub; a private key never goes into the repository",
    ),
    "kantor.tidak-kosong": (
        "{folder} tidak kosong; ppid init hanya menulis ke folder kosong (atau pakai --paksa: "
        "berkas yang sudah ada tidak pernah ditimpa)",
        "{folder} is not empty; ppid init only writes into an empty folder (or use --paksa: "
        "existing files are never overwritten)",
    ),
    "kantor.demo-sudah-repo": (
        "{folder} sudah repositori git; demo selalu salinan baru: pilih folder yang belum ada "
        "(mis. 'ppid demo /tmp/demo-ppid')",
        "{folder} is already a git repository; a demo is always a fresh copy: choose a folder "
        "that does not exist yet (e.g. 'ppid demo /tmp/demo-ppid')",
    ),
    "kantor.sudah-repo": (
        "{folder} sudah repositori git; untuk mengambil alih salinan contoh pakai --ambil-alih",
        "{folder} is already a git repository; to take over a copy of the example use --ambil-alih",
    ),
    "kantor.ada": ("{berkas} sudah ada; ppid init tidak menimpanya",
                   "{berkas} already exists; ppid init does not overwrite it"),
    "kantor.wajib-opsi": ("{opsi} wajib dengan --ya (tanpa pertanyaan)",
                          "{opsi} is required with --ya (no questions asked)"),
    "kantor.selesai": (
        "Repositori {ppid} dibuat di {folder}. Akar kepercayaan: {akar} (dipatok di git config "
        "ppid.akarKepercayaan). Pasang variabel CI PPID_AKAR_KEPERCAYAAN={akar}. Halaman wajib "
        "masih draf: ubah status menjadi terbit, commit, lalu paraf sesuai SOP halaman.",
        "{ppid}'s repository was made in {folder}. Root of trust: {akar} (pinned in git config "
        "ppid.akarKepercayaan). Set the CI variable PPID_AKAR_KEPERCAYAAN={akar}. The required "
        "pages are drafts: set status to terbit, commit, then initial them per the pages SOP.",
    ),
    "kantor.ambil-alih-selesai": (
        "{ppid} mengambil alih salinan ini: akar kepercayaan baru {akar} (git config "
        "ppid.akarKepercayaan; pasang juga variabel CI PPID_AKAR_KEPERCAYAAN). Riwayat lama tetap ada.",
        "{ppid} took over this copy: new root of trust {akar} (git config ppid.akarKepercayaan; "
        "also set the CI variable PPID_AKAR_KEPERCAYAAN). The old history is kept.",
    ),
    "kantor.bukan-salinan": (
        "{folder} bukan salinan situs ppid (tidak ada approvals/config.yaml di repositori git)",
        "{folder} is not a copy of a ppid site (no approvals/config.yaml in a git repository)",
    ),
    "kantor.git-gagal": ("git gagal: {detail}", "git failed: {detail}"),
    "kantor.demo-label": (
        "DEMO — salinan latihan, bukan situs resmi; semua kunci dibuat untuk demo ini.",
        "DEMO — a practice copy, not the official site; every key was made for this demo.",
    ),
    "kantor.demo-selesai": (
        "Demo dibuat di {folder}: {jumlah} pejabat dengan kunci baru di {kunci} (diabaikan git), "
        "akar kepercayaan {akar}. Mainkan satu peran: cd {folder} && ppid demo --sebagai PERAN",
        "Demo made in {folder}: {jumlah} officials with new keys in {kunci} (ignored by git), root "
        "of trust {akar}. Play a role: cd {folder} && ppid demo --sebagai ROLE",
    ),
    "kantor.sebagai": (
        "Sekarang Anda {nama} ({peran}); commit ditandatangani dengan {kunci}.",
        "You are now {nama} ({peran}); commits are signed with {kunci}.",
    ),
    "kantor.bukan-demo": (
        "{folder} bukan salinan demo (tidak ada {kunci}); buat dulu dengan ppid demo FOLDER",
        "{folder} is not a demo copy (no {kunci}); make one first with ppid demo FOLDER",
    ),
    "kantor.peran-kosong": (
        "tidak ada pemegang peran '{peran}' hari ini di approvals/roster.yaml; peran: {pilihan}",
        "nobody holds the role '{peran}' today in approvals/roster.yaml; roles: {pilihan}",
    ),
    "kantor.demo-folder": ("ppid demo butuh FOLDER (atau --sebagai PERAN di dalam salinan demo)",
                           "ppid demo needs FOLDER (or --sebagai ROLE inside a demo copy)"),
    "kantor.pejabat-salah": (
        "--pejabat '{nilai}': tulis 'Nama|email|peran,peran' (kunci publik opsional: '|berkas.pub')",
        "--pejabat '{nilai}': write 'Name|email|role,role' (public key optional: '|file.pub')",
    ),
    # argparse help of `ppid init` and `ppid demo`
    "bantuan.init": ("buat repositori situs kantor baru (pertanyaan dengan bawaan; --ya tanpa tanya)",
                     "make a new office's site repository (questions with defaults; --ya asks none)"),
    "bantuan.init.paket": (
        "patokan pip paket ini di pyproject.toml kantor, mis. 'ppid-pipeline @ git+https://…@v0.1.0' "
        "(bawaan: dari mana ppid ini dipasang)",
        "the pip pin of this package in the office's pyproject.toml, e.g. "
        "'ppid-pipeline @ git+https://…@v0.1.0' (default: where this ppid was installed from)"),
    "kantor.paket-salah": (
        "--paket '{nilai}' bukan patokan ppid-pipeline; tulis mis. 'ppid-pipeline @ "
        "git+https://git.contoh.go.id/ppid/ppid-pipeline@v0.1.0' atau 'ppid-pipeline==0.1.0'",
        "--paket '{nilai}' is not a ppid-pipeline pin; write e.g. 'ppid-pipeline @ "
        "git+https://git.example.go.id/ppid/ppid-pipeline@v0.1.0' or 'ppid-pipeline==0.1.0'"),
    "bantuan.init.folder": ("folder repositori baru (kosong)", "the new repository's (empty) folder"),
    "bantuan.init.instansi": ("nama badan publik", "name of the public body"),
    "bantuan.init.situs": ("alamat situs, https://…", "site address, https://…"),
    "bantuan.init.ppid": ("nama PPID (nama situs); bawaan: 'PPID' + nama badan publik",
                          "PPID name (site name); default: 'PPID' + the body's name"),
    "bantuan.init.email": ("e-mail layanan informasi", "information service e-mail"),
    "bantuan.init.telepon": ("telepon kantor", "office telephone"),
    "bantuan.init.alamat": ("alamat kantor", "office address"),
    "bantuan.init.atasan": ("Atasan PPID", "the PPID's superior"),
    "bantuan.init.kepala": ("nama pejabat pengelola pertama (kepala-ppid)",
                            "name of the first administrator (kepala-ppid)"),
    "bantuan.init.kepala-email": ("e-mail git pejabat pengelola pertama",
                                  "the first administrator's git e-mail"),
    "bantuan.init.kunci": ("kunci publik SSH pejabat pengelola pertama (tingkat tanda-tangan)",
                           "the first administrator's SSH public key (tanda-tangan level)"),
    "bantuan.init.sop": ("SOP dari templat proyek ini (mis. 003 atau 001 004)",
                         "SOPs from this project's templates (e.g. 003 or 001 004)"),
    "bantuan.init.tingkat": ("penulis atau tanda-tangan", "penulis or tanda-tangan"),
    "bantuan.init.pejabat": ("pejabat lain: 'Nama|email|peran,peran[|kunci.pub]' (boleh berulang)",
                             "another official: 'Name|email|role,role[|key.pub]' (repeatable)"),
    "bantuan.init.ya": ("tanpa pertanyaan: pakai bawaan, opsi wajib harus diberikan",
                        "ask nothing: take defaults; required options must be given"),
    "bantuan.init.paksa": ("tulis juga ke folder yang tidak kosong (berkas yang ada tidak ditimpa)",
                           "write into a non-empty folder too (existing files are not overwritten)"),
    "bantuan.init.ambil-alih": (
        "ambil alih salinan contoh di FOLDER: pejabat sendiri, akar kepercayaan baru, riwayat lama tetap",
        "take over a copy of the example in FOLDER: own officials, a new root of trust, old history kept",
    ),
    "bantuan.demo": ("salinan demo contoh dengan kunci baru tiap pejabat; --sebagai PERAN memainkan peran",
                     "a demo copy of the example with new keys for every official; --sebagai ROLE plays one"),
    "bantuan.demo.folder": ("folder salinan demo (baru)", "the demo copy's (new) folder"),
    "bantuan.demo.sebagai": ("ganti identitas git dan kunci ke pemegang peran ini (di dalam demo)",
                             "switch git identity and key to this role's holder (inside a demo)"),
    "bantuan.demo.dari": ("repositori sumber (bawaan: contoh proyek ini)",
                          "source repository (default: this project's example)"),
}
