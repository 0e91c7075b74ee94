"""The browser CMS: `ppid cms`, its local server and the check of cms/config.yml."""

CATALOG: dict[str, tuple[str, str]] = {
    "pilihan.di-luar-daftar": (
        "{field} '{nilai}' tidak ada di daftar pilihan ({sumber}: {pilihan}); pilih salah satu, "
        "atau tambahkan nilai itu ke daftar bila memang baru",
        "{field} '{nilai}' is not in the list of choices ({sumber}: {pilihan}); pick one of them, "
        "or add the value to the list if it is really new",
    ),
    "cms.field-tak-dikenal": (
        "konfigurasi CMS menawarkan field '{field}' yang tidak dikenal skema; jalankan 'ppid cms' "
        "untuk menulis ulang konfigurasi (field yang dikenal: {kenal})",
        "the CMS configuration offers field '{field}', which the schema does not know; run "
        "'ppid cms' to write the configuration again (known fields: {kenal})",
    ),
    "cms.field-terlindung": (
        "konfigurasi CMS membuat '{field}' dapat disunting, padahal hanya ppid paraf, nomori, "
        "bagikan atau tarik yang menulisnya; hapus field itu atau jalankan 'ppid cms'",
        "the CMS configuration makes '{field}' editable, but only ppid paraf, nomori, bagikan or "
        "tarik write it; remove the field or run 'ppid cms'",
    ),
    "cms.jenis-tak-dikenal": (
        "koleksi CMS untuk jenis '{jenis}' yang tidak dikenal (pilihan: {pilihan}); jalankan "
        "'ppid cms'",
        "CMS collection for unknown type '{jenis}' (choices: {pilihan}); run 'ppid cms'",
    ),
    "cms.folder": (
        "koleksi CMS '{jenis}' menyimpan ke {folder}, padahal jenis itu tinggal di {harapan}; "
        "jalankan 'ppid cms'",
        "CMS collection '{jenis}' saves into {folder}, but that type lives in {harapan}; run "
        "'ppid cms'",
    ),
    "cms.yaml": (
        "konfigurasi CMS bukan YAML yang valid: {detail}; jalankan 'ppid cms'",
        "the CMS configuration is not valid YAML: {detail}; run 'ppid cms'",
    ),
    "cms.ditulis": (
        "Konfigurasi CMS ditulis ke {path} ({jumlah} koleksi, cabang {cabang}).",
        "CMS configuration written to {path} ({jumlah} collections, branch {cabang}).",
    ),
    "cms.mulai": (
        "CMS siap di http://127.0.0.1:{port}/admin/ (hanya komputer ini); proxy git Decap di "
        "port {proxy} atas {repo}. Tekan Ctrl+C untuk berhenti.",
        "CMS ready at http://127.0.0.1:{port}/admin/ (this computer only); Decap's git proxy on "
        "port {proxy} over {repo}. Press Ctrl+C to stop.",
    ),
    "cms.berhenti": (
        "CMS dan proxy git dihentikan.",
        "CMS and git proxy stopped.",
    ),
    "cms.tanpa-node": (
        "paket CMS belum terpasang ({path} tidak ada); jalankan 'npm ci' (atau 'make cms') "
        "di folder situs",
        "the CMS packages are not installed ({path} is missing); run 'npm ci' (or 'make cms') "
        "in the site folder",
    ),
    "cms.proxy-mati": (
        "proxy git CMS (decap-server) tidak berjalan di port {proxy}: {detail}. Jalankan "
        "'make cms' (atau 'ppid cms --sajikan') dan biarkan jendelanya terbuka",
        "the CMS git proxy (decap-server) is not running on port {proxy}: {detail}. Run "
        "'make cms' (or 'ppid cms --sajikan') and keep its window open",
    ),
    "cms.proxy-gagal": (
        "proxy git CMS (decap-server) berhenti saat dimulai (kode {kode}): {detail}",
        "the CMS git proxy (decap-server) stopped while starting (code {kode}): {detail}",
    ),
    "cms.terbit-lewat-pr": (
        "CMS tidak menerbitkan: naskah terbit lewat pull request sesudah paraf lengkap "
        "(ppid paraf); ubah status kartunya saja",
        "the CMS does not publish: an item goes live through its pull request once its initials "
        "are complete (ppid paraf); only move its card",
    ),
    "cms.kotor": (
        "{path} punya perubahan yang belum di-commit; commit atau simpan dulu, karena proxy CMS "
        "berpindah cabang dan meng-commit semua berkas di folder ini",
        "{path} has uncommitted changes; commit them first, because the CMS proxy switches "
        "branches and commits every file in this folder",
    ),
    "cms.bukan-repo": (
        "{path} bukan repositori git; CMS menyimpan naskah sebagai cabang git",
        "{path} is not a git repository; the CMS saves items as git branches",
    ),
    "bantuan.cms": (
        "tulis konfigurasi CMS peramban (cms/config.yml) dari jenis konten dan skema",
        "write the browser CMS configuration (cms/config.yml) from the content types and schema",
    ),
    "bantuan.cms.sajikan": (
        "jalankan CMS di komputer ini: proxy git Decap atas clone ini dan halaman admin di "
        "127.0.0.1",
        "run the CMS on this computer: Decap's git proxy over this clone and the admin page on "
        "127.0.0.1",
    ),
    "bantuan.cms.port": ("port halaman admin (bawaan 8080)", "admin page port (default 8080)"),
    "bantuan.cms.port-proxy": ("port proxy git Decap (bawaan 8081)",
                               "Decap git proxy port (default 8081)"),
    "bantuan.cms.cabang": ("cabang dasar naskah (bawaan: cabang yang sedang aktif)",
                           "base branch of items (default: the current branch)"),
}
