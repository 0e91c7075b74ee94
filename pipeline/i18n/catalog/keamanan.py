"""Personal data, markup, attachments, leaks."""

CATALOG: dict[str, tuple[str, str]] = {
    "bagikan.tautan-salah": (
        "tautan {url} bukan tautan https {platform} (domain: {domain})",
        "{url} is not an https link of {platform} (domain: {domain})",
    ),
    "bagikan.belum-terbit": (
        "{berkas} belum terbit; tautan unggahan dicatat sesudah naskah terbit",
        "{berkas} is not published; posting links are recorded after publication",
    ),
    "bagikan.tercatat": (
        "tautan {platform} dicatat di {berkas} oleh {nama}, commit {commit}",
        "{platform} link recorded in {berkas} by {nama}, commit {commit}",
    ),
    "privasi.data-pribadi": (
        "{jenis} ({contoh}) tidak boleh diumumkan (UU 27/2022 tentang Pelindungan Data "
        "Pribadi); hapus atau samarkan, atau bila memang boleh diumumkan, catat di "
        "data_pribadi_diizinkan dengan jenis '{kode}', sha256 dari 'ppid hash-data {kode} "
        "NILAI', dan alasannya",
        "{jenis} ({contoh}) must not be published (Law 27/2022 on personal data protection); "
        "remove or mask it, or if it may be published, list it in data_pribadi_diizinkan with"
        " kind '{kode}', the sha256 from 'ppid hash-data {kode} VALUE', and the reason",
    ),
    "privasi.lampiran": (
        "{jenis} ({contoh}) ada di teks lampiran {berkas}; samarkan di dokumennya lalu unggah"
        " ulang, atau catat di data_pribadi_diizinkan (jenis '{kode}') bila memang boleh "
        "diumumkan",
        "{jenis} ({contoh}) is in the text of attachment {berkas}; mask it in the document "
        "and upload it again, or list it in data_pribadi_diizinkan (kind '{kode}') if it may "
        "be published",
    ),
    "privasi.lampiran-rusak": (
        "lampiran {berkas} tidak dapat dibaca (rusak atau bukan jenis yang disebut namanya), "
        "jadi tidak dapat diperiksa dari data pribadi; simpan ulang atau ekspor ulang "
        "berkasnya lalu unggah lagi",
        "attachment {berkas} cannot be read (corrupt, or not the type its name says), so it "
        "cannot be checked for personal data; save or export it again and upload it again",
    ),
    "privasi.lampiran-terkunci": (
        "lampiran {berkas} dikunci dengan kata sandi, jadi tidak dapat diperiksa dari data "
        "pribadi (dan warga tidak dapat membukanya); unggah versi tanpa kata sandi",
        "attachment {berkas} is password-protected, so it cannot be checked for personal data"
        " (and citizens cannot open it); upload a version without a password",
    ),
    "privasi.lampiran-terlalu-besar": (
        "lampiran {berkas} membuka menjadi lebih dari 64 MB per bagian (atau 256 MB "
        "seluruhnya), jadi tidak diperiksa; pecah atau perkecil berkasnya",
        "attachment {berkas} unpacks to more than 64 MB per part (or 256 MB in all), so it "
        "is not checked; split it or make it smaller",
    ),
    "privasi.lampiran-bersarang": (
        "arsip {berkas} berisi arsip di dalam arsip lebih dari dua tingkat; lampirkan "
        "berkas-berkasnya langsung",
        "archive {berkas} nests archives more than two levels deep; attach the files directly",
    ),
    "privasi.lampiran-aktif": (
        "arsip {berkas} berisi halaman HTML atau gambar SVG, yang tidak boleh diterbitkan; "
        "keluarkan berkas itu dari arsip",
        "archive {berkas} holds an HTML page or SVG image, which may not be published; take "
        "that file out of the archive",
    ),
    "markup.berbahaya": (
        "HTML {apa} pada <{tag}> tidak diizinkan: dapat menjalankan kode di peramban warga; "
        "hapus, atau tulis dengan Markdown biasa",
        "HTML {apa} on <{tag}> is not allowed: it could run code in citizens' browsers; "
        "remove it, or write plain Markdown",
    ),
    "markup.video": (
        "video {url} tidak berasal dari layanan yang diizinkan (penyedia_video di "
        "approvals/config.yaml); gunakan !video[Judul](https://www.youtube.com/watch?v=…)",
        "video {url} is not from an allowed service (penyedia_video in "
        "approvals/config.yaml); use !video[Title](https://www.youtube.com/watch?v=…)",
    ),
    "bocor.keluaran": (
        "isi naskah ini (dikecualikan atau draf) muncul di keluaran {keluaran}: \"{kutipan}…\";"
        " hapus kutipan itu dari naskah yang terbit",
        "text of this item (exempt or draft) appears in the output {keluaran}: \"{kutipan}…\"; "
        "remove the quote from the published item",
    ),
    "bocor.gagal": (
        "{jumlah} kebocoran isi dikecualikan atau draf di keluaran; tidak ada yang "
        "diterbitkan",
        "{jumlah} leaks of exempt or draft text in the output; nothing was published",
    ),
    "berkas.absolut": (
        "lampiran {berkas} memakai jalur mutlak; tulis jalur relatif dari content/, mis. "
        "lampiran/laporan.pdf",
        "attachment {berkas} uses an absolute path; write it relative to content/, e.g. "
        "lampiran/laporan.pdf",
    ),
    "berkas.naik": (
        "lampiran {berkas} keluar dari content/ dengan '..'; simpan berkasnya di dalam "
        "content/",
        "attachment {berkas} leaves content/ with '..'; keep the file inside content/",
    ),
    "berkas.tidak-ada": (
        "lampiran {berkas} tidak ditemukan di content/; periksa ejaan atau commit berkasnya",
        "attachment {berkas} is not in content/; check the spelling or commit the file",
    ),
    "berkas.symlink-keluar": (
        "{berkas} adalah tautan simbolik ke luar content/; situs akan menyalin isinya, jadi "
        "ganti dengan berkas sungguhan",
        "{berkas} is a symbolic link leaving content/; the site would copy what it points to,"
        " so replace it with a real file",
    ),
    "berkas.jenis": (
        "lampiran {berkas} berjenis '{jenis}' yang tidak diizinkan; jenis yang boleh: {boleh}",
        "attachment {berkas} is of type '{jenis}', which is not allowed; allowed: {boleh}",
    ),
    "berkas.ukuran": (
        "lampiran {berkas} berukuran {mb} MB, melebihi batas {maks} MB; perkecil berkasnya",
        "attachment {berkas} is {mb} MB, over the {maks} MB limit; make it smaller",
    ),
    "berkas.html": (
        "lampiran {berkas} adalah halaman HTML: di domain kantor ia dapat menjalankan skrip di "
        "peramban warga, jadi tidak pernah diterbitkan; tulis isinya sebagai naskah Markdown "
        "atau lampirkan sebagai PDF",
        "attachment {berkas} is an HTML page: on the office's domain it could run script in "
        "citizens' browsers, so it is never published; write it as a Markdown item or attach "
        "a PDF",
    ),
    "berkas.svg": (
        "lampiran {berkas} adalah gambar SVG, yang dapat memuat skrip (onload, <script>); "
        "ekspor gambarnya sebagai PNG atau JPG lalu rujuk berkas itu",
        "attachment {berkas} is an SVG image, which can carry script (onload, <script>); "
        "export the picture as PNG or JPG and reference that file",
    ),
    "berkas.tak-dirujuk": (
        "{berkas} tidak dirujuk naskah mana pun, jadi tidak pernah diterbitkan; rujuk dari "
        "naskah yang disetujui (berkas: di bukti atau lampiran, atau tautan di isi) atau hapus "
        "berkasnya dari content/",
        "{berkas} is referenced by no item, so it is never published; reference it from an "
        "approved item (berkas: under bukti or lampiran, or a link in the body) or remove it from "
        "content/",
    ),
    "berkas.gps": (
        "foto {berkas} menyimpan lokasi GPS; hapus dengan 'ppid hapus-gps {berkas}'",
        "photo {berkas} carries a GPS position; remove it with 'ppid hapus-gps {berkas}'",
    ),
    "gps.dihapus": (
        "lokasi GPS dihapus dari {berkas}",
        "GPS position removed from {berkas}",
    ),
    "gps.tidak-ada": (
        "{berkas} tidak menyimpan lokasi GPS",
        "{berkas} carries no GPS position",
    ),
    "manifest.gagal": (
        "{jumlah} berkas keluaran tidak cocok dengan persetujuannya: {rincian}; tidak ada "
        "yang diterbitkan dan output/ tidak diubah",
        "{jumlah} output files do not match their approval: {rincian}; nothing was published "
        "and output/ is unchanged",
    ),
    "manifest.lainnya": (
        " (dan {jumlah} lagi)",
        " (and {jumlah} more)",
    ),
    "manifest.tak-tercakup": (
        "{berkas} tidak berasal dari naskah yang disetujui, lampiran di dalam hash-nya, atau "
        "tema",
        "{berkas} comes from no approved item, attachment inside its hash, or the theme",
    ),
    "manifest.berubah": (
        "{berkas} berbeda dari yang disetujui (diubah sesudah pemeriksaan); bangun ulang",
        "{berkas} differs from what was approved (changed after the check); build again",
    ),
    "manifest.symlink": (
        "{berkas} adalah tautan simbolik; keluaran hanya memuat berkas sungguhan",
        "{berkas} is a symbolic link; the output holds real files only",
    ),
    "manifest.tambahan": (
        "{berkas} tidak tercantum di manifest",
        "{berkas} is not listed in the manifest",
    ),
    "manifest.hilang": (
        "{berkas} tercantum di manifest tetapi tidak ada",
        "{berkas} is listed in the manifest but missing",
    ),
    "manifest.tanpa-manifest": (
        "{berkas} tidak ada atau rusak",
        "{berkas} is missing or damaged",
    ),
    "terbit.manifest": (
        "{folder} tidak cocok dengan manifest build-nya ({rincian}); tidak diterbitkan. "
        "Jalankan 'ppid bangun' lagi",
        "{folder} does not match its build manifest ({rincian}); not deployed. Run "
        "'ppid bangun' again",
    ),
}
