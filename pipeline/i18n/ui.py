"""The site's interface text in Indonesian and English (`ppid build --bahasa en`).

Content is written in Indonesian and stays so (marked lang="id"); only the interface around it
changes. Templates call t("key"); unknown keys fail loudly in the tests rather than showing a key.
"""

from __future__ import annotations

from pipeline.i18n.catalog.sop import SITE as _SOP_SITE

UI: dict[str, tuple[str, str]] = {
    "lompat": ("Langsung ke isi", "Skip to content"),
    "menu": ("Menu utama", "Main menu"),
    "beranda": ("Beranda", "Home"),
    "dip": ("Daftar Informasi Publik", "Public Information List"),
    "sop": ("SOP", "SOPs"),
    "agenda": ("Buku Agenda", "Agenda Book"),
    "cari": ("Cari", "Search"),
    "kaki": ("Setiap naskah di situs ini telah melalui SOP dan diparaf pejabat yang berwenang.",
             "Every item on this site went through its SOP and was initialled by the officials "
             "responsible."),
    "kaki-penulis": ("Setiap naskah di situs ini telah melalui SOP; paraf pejabat dibuktikan dengan "
                     "identitas penulis di riwayat Git, belum dengan tanda tangan digital.",
                     "Every item on this site went through its SOP; officials' initials are proven "
                     "by the author identity in Git history, not yet by digital signatures."),
    "kaki-nama": ("Naskah di situs ini mencantumkan paraf sesuai SOP; paraf itu belum dibuktikan "
                  "dengan riwayat Git maupun tanda tangan digital.",
                  "Items on this site carry initials as their SOP requires; those initials are not "
                  "proven by Git history or digital signatures."),
    "telepon": ("Telepon", "Telephone"),
    "berita": ("Berita dan Pengumuman", "News and Announcements"),
    "berita-pengantar": ("Siaran pers dan pengumuman", "Press releases and announcements of"),
    "lihat-juga": ("Lihat juga", "See also"),
    "lebih-baru": ("« Lebih baru", "« Newer"),
    "lebih-lama": ("Lebih lama »", "Older »"),
    "halaman-dari": ("Halaman {n} dari {m}", "Page {n} of {m}"),
    "halaman-berita": ("Halaman berita", "News pages"),
    "ditarik": ("Ditarik", "Withdrawn"),
    "serta-merta": ("Informasi serta-merta", "Immediate information"),
    "layanan": ("Layanan informasi", "Information services"),
    "ajukan-permohonan": ("Ajukan permohonan informasi", "Request information"),
    "ajukan-keberatan": ("Ajukan keberatan", "File an objection"),
    "cari-informasi": ("Cari informasi", "Search information"),
    "bukti": ("Bukti multimedia", "Multimedia evidence"),
    "berkas": ("berkas", "file"),
    "tag": ("Tag", "Tags"),
    "berita-lain": ("Berita lain", "Other news"),
    "jejak": ("Jejak persetujuan", "Approval trail"),
    "jejak-keterangan": ("Paraf pejabat dan penarikan, berurutan menurut riwayat",
                         "Officials' initials and withdrawal, in the order of the history"),
    "peran": ("Peran", "Role"),
    "nama": ("Nama", "Name"),
    "waktu": ("Waktu", "Time"),
    "keputusan": ("Keputusan", "Decision"),
    "commit": ("Commit", "Commit"),
    "setuju": ("Disetujui", "Approved"),
    "tolak": ("Ditolak", "Rejected"),
    "ditarik-keputusan": ("Ditarik", "Withdrawn"),
    "ditarik-judul": ("Informasi ini telah ditarik", "This information has been withdrawn"),
    "pada": ("pada", "on"),
    "alasan": ("Alasan", "Reason"),
    "darurat-judul": ("Diterbitkan segera dalam keadaan darurat", "Published at once as an emergency"),
    "darurat-atas": ("atas perintah", "on the order of"),
    "darurat-lanjut": ("Paraf pejabat lainnya sedang dilengkapi.",
                       "The other officials' initials are being completed."),
    "koreksi": ("Koreksi", "Corrections"),
    "klasifikasi": ("Klasifikasi arsip", "Archive classification"),
    "nomor-arsip": ("Nomor arsip", "Archive number"),
    "ringkasan-isi": ("Ringkasan isi informasi", "Summary of the information"),
    "pejabat-penguasa": ("Pejabat/unit penguasa informasi", "Official/unit holding the information"),
    "penanggung-jawab": ("Penanggung jawab pembuatan informasi", "Responsible for producing it"),
    "penanggung-jawab-singkat": ("Penanggung jawab", "Responsible"),
    "waktu-tempat": ("Waktu dan tempat pembuatan", "Time and place of production"),
    "bentuk": ("Bentuk informasi", "Form of the information"),
    "jangka": ("Jangka waktu penyimpanan", "Retention period"),
    "media": ("Jenis media", "Media"),
    "dip-pengantar": ("Daftar Informasi Publik (DIP) {nama} menurut Undang-Undang Nomor 14 Tahun 2008 "
                      "tentang Keterbukaan Informasi Publik.",
                      "Public Information List of {nama} under Law 14 of 2008 on Public "
                      "Information Disclosure."),
    "jumlah-informasi": ("{n} informasi", "{n} items"),
    "kosong": ("Belum ada informasi pada kategori ini.", "There is no information in this category yet."),
    "semua-kategori": ("« Semua kategori", "« All categories"),
    "no": ("No.", "No."),
    "judul-informasi": ("Judul informasi", "Title"),
    "unit": ("Unit", "Unit"),
    "dasar-pengecualian": ("Dasar pengecualian", "Legal basis for the exemption"),
    "uji-konsekuensi": ("Penetapan uji konsekuensi", "Consequence test decision"),
    "dikecualikan-jumlah": ("Informasi yang dikecualikan: {n}", "Exempt information: {n}"),
    "tidak-ada-kecuali": ("Tidak ada informasi yang dikecualikan.", "No information is exempt."),
    "saring": ("Saring tabel", "Filter the table"),
    "saring-contoh": ("mis. laporan, 2026", "e.g. laporan, 2026"),
    "dari": ("dari", "of"),
    "baris": ("baris", "rows"),
    "sop-judul": ("Standar Operasional Prosedur", "Standard Operating Procedures"),
    "sop-pengantar": ("Setiap naskah yang terbit di situs ini melalui salah satu SOP berikut. Pemeriksaan "
                      "otomatis memastikan setiap langkah dan paraf telah dipenuhi sebelum naskah "
                      "diterbitkan.",
                      "Every item published on this site went through one of these SOPs. Automatic "
                      "checks make sure every step and initial was done before publication."),
    "langkah-n": ("{n} langkah", "{n} steps"),
    "waktu-baku": ("waktu baku {n} menit", "standard time {n} minutes"),
    "instansi": ("Instansi", "Office"),
    "nomor-sop": ("Nomor SOP", "SOP number"),
    "tanggal-revisi": ("Tanggal revisi", "Revised"),
    "disahkan": ("Disahkan oleh", "Approved by"),
    "langkah-prosedur": ("Langkah prosedur", "Procedure"),
    "uraian": ("Uraian prosedur", "Step"),
    "pelaksana": ("Pelaksana", "Actor"),
    "kelengkapan": ("Kelengkapan", "Requirements"),
    "menit": ("Waktu (menit)", "Time (minutes)"),
    "output": ("Output", "Output"),
    "paraf-kata": ("paraf", "initial"),
    "kembali-ke": ("Bila tidak disetujui: kembali ke langkah {n}.", "If not approved: back to step {n}."),
    "sesuai-jadwal": ("sesuai jadwal", "as scheduled"),
    "dasar-hukum": ("Dasar hukum", "Legal basis"),
    "kualifikasi": ("Kualifikasi pelaksana", "Staff qualifications"),
    "keterkaitan": ("Keterkaitan", "Related SOPs"),
    "peralatan": ("Peralatan/perlengkapan", "Equipment"),
    "peringatan": ("Peringatan", "Warning"),
    "pencatatan": ("Pencatatan dan pendataan", "Records"),
    "catatan": ("Catatan", "Notes"),
    "agenda-pengantar": ("Setiap naskah yang diterima, dengan nomor urut, klasifikasi, nomor arsip dan "
                         "paraf pejabat, disusun dari riwayat Git repositori situs ini (SOP Pemutakhiran "
                         "Website: pencatatan Buku Agenda).",
                         "Every item received, with its sequence number, classification, archive "
                         "number and officials' initials, compiled from this site's Git history."),
    "tahun": ("Tahun {n}", "Year {n}"),
    "agenda-judul": ("Buku Agenda {n}: {m} naskah", "Agenda Book {n}: {m} items"),
    "diterima": ("Diterima", "Received"),
    "jenis": ("Jenis", "Type"),
    "judul": ("Judul", "Title"),
    "klasifikasi-nomor": ("Klasifikasi / nomor arsip", "Classification / archive number"),
    "paraf": ("Paraf", "Initials"),
    "status": ("Status", "Status"),
    "cari-judul": ("Cari informasi", "Search"),
    "cari-pengantar": ("Cari di semua berita, pengumuman, Daftar Informasi Publik dan halaman. Pencarian "
                       "berjalan di peramban Anda tanpa server.",
                       "Search all news, announcements, the Public Information List and pages. The "
                       "search runs in your browser, without a server."),
    "cari-contoh": ("Ketik kata kunci, mis. jembatan", "Type a word, e.g. jembatan"),
    "tanpa-js": ("Pencarian memerlukan JavaScript. Telusuri", "Search needs JavaScript. Browse the"),
    "atau": ("atau", "or"),
    "berita-terbaru": ("berita terbaru", "latest news"),
    "berita-feed": ("Berita", "News"),
    "juga-di": ("Juga dibagikan di", "Also shared on"),
    "dasbor": ("Dasbor", "Dashboard"),
    "dasbor-pengantar": ("Angka pengelolaan informasi bulan {bulan}, dihitung dari riwayat "
                         "persetujuan setiap naskah.",
                         "Information management figures for {bulan}, computed from every item's "
                         "approval history."),
    "dasbor-terbit": ("Naskah terbit", "Items published"),
    "dasbor-tepat": ("Langkah SOP tepat waktu", "SOP steps within standard time"),
    "dasbor-penolakan": ("Penolakan", "Rejections"),
    "dasbor-grafik": ("Naskah terbit per bulan, semester {s}", "Items published per month, {s}"),
    "dasbor-per-jenis": ("Per jenis naskah", "By content type"),
    "dasbor-per-berita": ("Siaran pers per jenis berita", "Press releases by news category"),
    "dasbor-per-unit": ("Per unit", "By unit"),
    "dasbor-usang": ("Informasi berkala yang lebih dari 6 bulan belum diperbarui",
                     "Periodic information not updated for over 6 months"),
    "dasbor-tanpa": ("Bulan tanpa unggahan", "Months without uploads"),
    "intranet-label": ("Salinan intranet — hanya untuk kantor, jangan diterbitkan",
                       "Intranet copy — for the office only, do not publish"),
    "dasbor-rincian-penolakan": ("Penolakan bulan ini dan alasannya", "This month's rejections and reasons"),
    "dasbor-rincian-rencana": ("Rencana konten triwulan {q}, butir demi butir",
                               "Content plan, quarter {q}, entry by entry"),
    "kolom-waktu": ("Waktu", "Time"), "kolom-judul": ("Judul", "Title"),
    "kolom-pejabat": ("Pejabat", "Official"), "kolom-alasan": ("Alasan", "Reason"),
    "kolom-rencana": ("Rencana", "Plan"), "kolom-bulan": ("Bulan target", "Target month"),
    "kolom-keadaan": ("Keadaan", "Status"), "kolom-terbit": ("Terbit", "Published"),
    "dasbor-halaman-usang": ("Halaman yang lama tidak diperbarui", "Pages not updated for long"),
    "dasbor-rencana": ("Rencana konten triwulan {q}", "Content plan, quarter {q}"),
    "dasbor-rencana-angka": ("{terwujud} dari {rencana} butir terwujud ({tepat} tepat waktu)",
                             "{terwujud} of {rencana} entries published ({tepat} on time)"),
    "dasbor-rencana-belum": ("Belum ada rencana konten yang ditetapkan untuk triwulan ini.",
                             "No content plan has been adopted for this quarter."),
    "dasbor-medsos": ("Dibagikan di media sosial", "Shared on social media"),
    "dasbor-diperbarui": ("terakhir diperbarui {tanggal}, {hari} hari",
                          "last updated {tanggal}, {hari} days"),
    "tidak-ada": ("Tidak ada", "None"),
    # header, footer, navigation
    "menu-tombol": ("Menu", "Menu"),
    "layanan-menu": ("Layanan", "Services"),
    "remah": ("Posisi halaman", "Breadcrumb"),
    "halaman-lain": ("Halaman", "Pages"),
    "kontak": ("Kontak", "Contact"),
    "alamat": ("Alamat", "Address"),
    "email": ("E-mail", "E-mail"),
    "jam-layanan": ("Jam layanan", "Opening hours"),
    "jam-tanya": ("Tanyakan jam layanan lewat telepon atau e-mail.",
                  "Ask for the opening hours by telephone or e-mail."),
    "feed-serta-merta": ("Informasi serta-merta", "Immediate information"),
    # content types, as labels
    "jenis-siaran-pers": ("Siaran Pers", "Press release"),
    "jenis-pengumuman": ("Pengumuman", "Announcement"),
    "jenis-informasi-publik": ("Informasi Publik", "Public information"),
    "jenis-halaman": ("Halaman", "Page"),
    # approval trail in plain words
    "jejak-disetujui": ("Disetujui", "Approved by"),
    "jejak-pada": ("{peran} ({nama}) pada {tanggal}", "{peran} ({nama}) on {tanggal}"),
    "jejak-ditolak": ("Sempat dikembalikan oleh {peran} ({nama}) pada {tanggal}: {catatan}",
                      "Returned by {peran} ({nama}) on {tanggal}: {catatan}"),
    "jejak-ditarik": ("Ditarik oleh {nama} ({peran}) pada {tanggal}",
                      "Withdrawn by {nama} ({peran}) on {tanggal}"),
    "jejak-rincian": ("Rincian teknis: setiap paraf dengan commit Git-nya",
                      "Technical details: every initial with its Git commit"),
    "penarikan": ("Penarikan", "Withdrawal"),
    # DIP item documents
    "lampiran": ("Dokumen", "Documents"),
    "unduh": ("Unduh", "Download"),
    # agenda
    "agenda-bulan-nav": ("Bulan dalam Buku Agenda", "Months in the Agenda Book"),
    "agenda-bulan-judul": ("{bulan}: {n} naskah", "{bulan}: {n} items"),
    "agenda-saring": ("Saring Buku Agenda", "Filter the Agenda Book"),
    "agenda-saring-contoh": ("mis. jembatan, Diskominfo, 400.14", "e.g. jembatan, Diskominfo, 400.14"),
    "agenda-jenis-semua": ("Semua jenis", "All types"),
    "agenda-tampil": ("naskah ditampilkan", "items shown"),
    "no-urut": ("no. urut agenda {n}", "agenda no. {n}"),
    "n-paraf": ("{n} paraf", "{n} initials"),
    "status-terbit": ("Terbit", "Published"),
    "status-draf": ("Draf", "Draft"),
    "status-ditarik": ("Ditarik", "Withdrawn"),
    "status-dikecualikan": ("Dikecualikan (hanya judul)", "Exempt (title only)"),
    # search
    "cari-label": ("Kata kunci", "Search words"),
    "cari-tombol": ("Cari", "Search"),
    "cari-hasil": ("{n} hasil", "{n} results"),
    "cari-nihil": ("Tidak ada hasil. Coba kata lain, atau ajukan permohonan informasi.",
                   "No results. Try other words, or request the information."),
    # services: request and objection (Perki 1/2021)
    "layanan-judul": ("Layanan Informasi Publik", "Public Information Services"),
    "layanan-pengantar": ("Setiap orang berhak memperoleh informasi publik (UU 14/2008). Ajukan "
                          "permohonan lewat formulir di situs ini, lewat e-mail, telepon, atau "
                          "datang ke kantor PPID.",
                          "Everyone has the right to public information (Law 14/2008). Make a "
                          "request with the form on this site, by e-mail, by telephone or at the "
                          "PPID office."),
    "standar-layanan": ("Standar layanan", "Service standard"),
    "standar-jawab": ("PPID menjawab permohonan paling lambat {n} hari kerja sejak diterima dan dapat "
                      "memperpanjangnya paling lama {m} hari kerja dengan pemberitahuan tertulis.",
                      "The PPID answers within {n} working days of receiving a request and may "
                      "extend this once by at most {m} working days, in writing."),
    "standar-keberatan": ("Keberatan diajukan kepada atasan PPID{atasan} paling lambat {n} hari "
                          "kerja sejak alasan keberatan diketahui; atasan PPID menanggapinya paling "
                          "lambat {m} hari kerja.",
                          "An objection goes to the PPID's superior{atasan} within {n} working days "
                          "of learning its reason; the superior answers within {m} working days."),
    "standar-biaya": ("Layanan informasi tidak dipungut biaya; biaya penggandaan, bila ada, sesuai "
                      "ketentuan.", "The service is free of charge; copies may cost what the rules "
                      "allow."),
    "formulir-permohonan": ("Formulir permohonan informasi", "Information request form"),
    "formulir-keberatan": ("Formulir pengajuan keberatan", "Objection form"),
    "formulir-pengantar-permohonan": (
        "Isi formulir ini untuk meminta informasi publik. Isian bertanda wajib harus diisi.",
        "Fill in this form to request public information. Fields marked required must be filled."),
    "formulir-pengantar-keberatan": (
        "Ajukan keberatan bila permohonan Anda ditolak, tidak ditanggapi, atau dijawab tidak "
        "sebagaimana mestinya. Isian bertanda wajib harus diisi.",
        "Object if your request was refused, not answered or not answered as it should be. "
        "Fields marked required must be filled."),
    "formulir-isi": ("Yang akan ditanyakan", "What you will be asked"),
    "wajib": ("wajib", "required"),
    "boleh-kosong": ("boleh dikosongkan", "optional"),
    "kirim-email": ("Susun e-mail ke PPID", "Compose an e-mail to the PPID"),
    "kirim-catatan": ("Tombol ini membuka aplikasi e-mail Anda berisi isian formulir; situs ini "
                      "tidak mengirim atau menyimpan data apa pun.",
                      "This button opens your e-mail program with the form's answers; this site "
                      "sends and stores nothing."),
    "cetak": ("Cetak formulir", "Print the form"),
    "cetak-petunjuk": ("Untuk formulir kertas: isi lalu cetak halaman ini (menu Cetak peramban), "
                       "atau cetak formulir kosong dan isi dengan tangan, lalu serahkan ke kantor "
                       "PPID.",
                       "For a paper form: fill it in and print this page (the browser's Print "
                       "menu), or print the blank form and fill it in by hand, then hand it in at "
                       "the PPID office."),
    "formulir-kosong": ("Formulir kosong untuk dicetak", "Blank form to print"),
    "email-sendiri": ("Tulis e-mail sendiri berisi butir formulir",
                      "Write your own e-mail with the form's lines"),
    "ttd-pemohon": ("Pemohon", "Applicant"),
    "ttd-petugas": ("Petugas pelayanan informasi", "Information service officer"),
    "diisi-petugas": ("Diisi petugas: nomor pendaftaran, tanggal diterima", "For the officer: "
                      "registration number, date received"),
    "tempat-tanggal": ("Tempat, tanggal", "Place, date"),
    "nama-ttd": ("(nama dan tanda tangan)", "(name and signature)"),
    "kembali-formulir": ("Kembali ke formulir yang dapat diisi", "Back to the form to fill in"),
    # error page
    "404-judul": ("Halaman tidak ditemukan", "Page not found"),
    "404-isi": ("Alamat yang Anda buka tidak ada atau telah berubah. Informasi yang pernah terbit "
                "tidak dihapus; coba cari, atau mulai dari",
                "The address you opened does not exist or has changed. Information once published is "
                "never removed; try the search, or start from"),
}
UI.update(_SOP_SITE)  # the SOP pages' and reminders' words (issue #15)

# The one list of platforms (model/fields.PLATFORMS is its keys, in this order).
PLATFORM = {"website": "Website", "instagram": "Instagram", "facebook": "Facebook", "x": "X",
            "youtube": "YouTube", "tiktok": "TikTok", "videotron": "Videotron"}

KATEGORI = {
    "berkala": ("Informasi Berkala", "Periodic Information"),
    "serta-merta": ("Informasi Serta Merta", "Immediate Information"),
    "setiap-saat": ("Informasi Tersedia Setiap Saat", "Information Available at All Times"),
    "dikecualikan": ("Informasi yang Dikecualikan", "Exempt Information"),
}
KATEGORI_DASAR = {
    "berkala": ("UU 14/2008 Pasal 9: diumumkan secara berkala, paling singkat 6 bulan sekali.",
                "Law 14/2008 Article 9: published periodically, at least every 6 months."),
    "serta-merta": ("UU 14/2008 Pasal 10: diumumkan serta-merta karena mengancam hajat hidup orang "
                    "banyak dan ketertiban umum.",
                    "Law 14/2008 Article 10: announced immediately because it threatens people's "
                    "lives or public order."),
    "setiap-saat": ("UU 14/2008 Pasal 11: wajib tersedia setiap saat dan dapat diminta.",
                    "Law 14/2008 Article 11: available at all times on request."),
    "dikecualikan": ("UU 14/2008 Pasal 17: dikecualikan berdasarkan uji konsekuensi; hanya judul dan "
                     "dasar pengecualiannya yang diumumkan.",
                     "Law 14/2008 Article 17: exempt after a consequence test; only the title and "
                     "legal basis are published."),
}


def labels(table: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in table.items()}
