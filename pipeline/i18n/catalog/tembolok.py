"""The build's caches (render cache, pages reused from the last build): issue #17."""

CATALOG: dict[str, tuple[str, str]] = {
    "cache.rusak": (
        "peringatan: tembolok render {berkas} tidak terbaca ({alasan}) dan diabaikan: semua "
        "halaman dirender ulang (hasilnya sama). Tembolok hanya mempercepat; hapus berkas itu "
        "bila peringatan ini berulang",
        "warning: the render cache {berkas} is unreadable ({alasan}) and ignored: every page is "
        "rendered again (same result). A cache only speeds things up; delete that file if this "
        "warning repeats",
    ),
    "cache.blob-rusak": (
        "peringatan: halaman tersimpan {berkas} di tembolok render tidak cocok dengan sidiknya "
        "dan diabaikan: halaman itu dirender ulang",
        "warning: the stored page {berkas} in the render cache does not match its digest and is "
        "ignored: that page is rendered again",
    ),
}
