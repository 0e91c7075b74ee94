"""site/demo: every built page of a demo copy says it is a demo, whatever the theme."""

from __future__ import annotations

from pipeline.i18n.messages import t
from pipeline.site.demo import DEMO_KEYS, is_demo, mark_pages


def test_a_demo_is_known_by_its_key_folder(tmp_path):
    assert not is_demo(tmp_path)
    (tmp_path / DEMO_KEYS).mkdir()
    assert is_demo(tmp_path)
    (tmp_path / "lain").write_text("")
    assert not is_demo(tmp_path / "lain")


def test_the_notice_follows_body_on_every_html_page_only(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_bytes(b'<html><BODY class="x">\n<h1>Beranda</h1></body></html>')
    (tmp_path / "a" / "index.html").write_bytes("<body><p>ñ</p></body>".encode())
    (tmp_path / "potongan.html").write_bytes(b"<p>tanpa body</p>")
    (tmp_path / "feed.xml").write_bytes(b"<body>bukan halaman</body>")
    assert mark_pages(tmp_path) == 2
    notice = t("kantor.demo-label")
    home = (tmp_path / "index.html").read_text()
    assert home.startswith(f'<html><BODY class="x"><p class="intranet" role="note" '
                           f'data-pagefind-ignore>{notice}</p>\n<h1>')
    assert notice in (tmp_path / "a" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "potongan.html").read_bytes() == b"<p>tanpa body</p>"
    assert (tmp_path / "feed.xml").read_bytes() == b"<body>bukan halaman</body>"
