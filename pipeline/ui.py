"""The site's interface text in Indonesian and English (`ppid build --bahasa en`).

Content is written in Indonesian and stays so (marked lang="id"); only the interface around it
changes. Templates call t("key"); unknown keys fail loudly in the tests rather than showing a key.
"""

from __future__ import annotations

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
    "dasbor-per-jenis": ("Per jenis", "By type"),
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
}

PLATFORM = {"instagram": "Instagram", "facebook": "Facebook", "x": "X", "youtube": "YouTube",
            "tiktok": "TikTok", "website": "Website"}

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


def translator(lang: str):
    index = 1 if lang == "en" else 0

    def t(key: str, **params) -> str:
        return UI[key][index].format(**params)

    return t


def labels(table: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in table.items()}
