"""The interface in English (ppid build --bahasa en): content stays Indonesian, marked lang="id".

WCAG 3.1.2 both ways: no English interface text inside an element marked lang="id", and no
Indonesian interface text left where the page says it is English.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from pipeline.checks.run import run_check
from pipeline.i18n.messages import translator
from pipeline.i18n.ui import KATEGORI, UI
from pipeline.site.build import build_site

from ..conftest import ROOT
from .test_html import _vnu

ARTICLE = "berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/index.html"
WITHDRAWN = "berita/2026/jadwal-pemeliharaan-jaringan-listrik-di-kapanewon-sewon/index.html"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    out = tmp_path_factory.mktemp("en") / "output"
    build_site(ROOT, run_check(ROOT), output=out, language="en")
    return out


def _read(out, rel):
    return (out / rel).read_text(encoding="utf-8")


class _Texts(HTMLParser):
    """Every visible text node with the language it is in (the nearest lang attribute)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.texts: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        lang = dict(attrs).get("lang") or (self.stack[-1][1] if self.stack else "")
        self.stack.append((tag, lang))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        inside = {t for t, _ in self.stack}
        if data.strip() and not inside & {"script", "style", "title", "svg"}:
            self.texts.append((self.stack[-1][1] if self.stack else "", " ".join(data.split())))


def _texts(html: str) -> list[tuple[str, str]]:
    parser = _Texts()
    parser.feed(html)
    return parser.texts


def _phrases(index: int, minimum: int) -> set[str]:
    """Interface phrases of one language that differ from the other's (placeholders cut off)."""
    table = list(UI.values()) + list(KATEGORI.values())
    out = set()
    for pair in table:
        if pair[0] != pair[1]:
            text = re.split(r"\{", pair[index])[0].strip(" :«»")
            if len(text) >= minimum:
                out.add(text)
    return out


def test_interface_is_english_and_content_indonesian(english):
    home = _read(english, "index.html")
    assert '<html lang="en">' in home
    for words in ("Skip to content", ">Home<", ">Public Information List<", ">Agenda Book<",
                  ">News and Announcements<", "Request information", "Every item on this site",
                  ">Press release<", ">Announcement<"):
        assert words in home, words
    assert ">Siaran Pers<" not in home and ">Pengumuman<" not in home
    assert re.search(r'<h2 lang="id"><a href="[^"]+">Pasar Rakyat Niten', home)
    article = _read(english, ARTICLE)
    assert '<h1 lang="id">Pasar Rakyat Niten Selesai Direvitalisasi</h1>' in article
    assert "Friday, 13 November 2026 09:00 WIB" in article
    assert ">Approval trail<" in article and 'Rejected: <span lang="id">Lengkapi nilai anggaran' in article
    assert "Approved by Head of" not in article  # role names are the office's own (Indonesian)
    table = _read(english, "informasi/berkala/index.html")
    assert ">Summary of the information<" in table and 'data-label="Filter the table"' in table
    assert "Law 14/2008 Article 9" in table
    withdrawn = _read(english, WITHDRAWN)
    assert "Withdrawn by Drs. Agus Prasetyo" in withdrawn and "Penarikan" not in withdrawn


def test_no_indonesian_interface_text_is_left(english):
    indonesian = _phrases(0, 8)
    for path in english.rglob("*.html"):
        left = [(text, p) for lang, text in _texts(path.read_text(encoding="utf-8")) if lang == "en"
                for p in indonesian if p in text]
        assert not left, (path, left[:5])


def test_english_interface_text_is_never_marked_indonesian(english):
    words = _phrases(1, 8)
    for path in english.rglob("*.html"):
        wrong = [(text, w) for lang, text in _texts(path.read_text(encoding="utf-8")) if lang == "id"
                 for w in words if w in text]
        assert not wrong, (path, wrong[:5])


def test_every_key_has_both_languages():
    for key, pair in UI.items():
        assert len(pair) == 2 and all(pair), key
    assert translator("en")("halaman-dari", n=1, m=3) == "Page 1 of 3"
    assert translator("id")("halaman-dari", n=1, m=3) == "Halaman 1 dari 3"


def test_english_build_is_valid_html(english):
    assert _vnu(english) == []
