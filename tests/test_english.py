"""The interface in English (ppid build --bahasa en): content stays Indonesian, marked lang="id"."""

from __future__ import annotations

import pytest

from pipeline.build import build_site
from pipeline.run import run_check
from pipeline.ui import UI, translator

from .conftest import ROOT
from .test_html import _vnu

ARTICLE = "berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/index.html"


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    out = tmp_path_factory.mktemp("en") / "output"
    build_site(ROOT, run_check(ROOT), output=out, language="en")
    return out


def _read(out, rel):
    return (out / rel).read_text(encoding="utf-8")


def test_interface_is_english_and_content_indonesian(english):
    home = _read(english, "index.html")
    assert '<html lang="en">' in home
    for words in ("Skip to content", ">Home<", ">Public Information List<", ">Agenda Book<",
                  ">News and Announcements<", "Request information", "Every item on this site"):
        assert words in home, words
    assert '<ul class="daftar-berita" lang="id">' in home
    article = _read(english, ARTICLE)
    assert '<article class="naskah" data-pagefind-body lang="id">' in article
    assert "Friday, 13 November 2026 09:00 WIB" in article
    assert ">Approval trail<" in article and "Rejected: Lengkapi nilai anggaran" in article
    table = _read(english, "informasi/berkala/index.html")
    assert ">Summary of the information<" in table and 'data-label="Filter the table"' in table
    assert "Law 14/2008 Article 9" in table


def test_no_indonesian_interface_text_is_left(english):
    leftovers = {UI[key][0] for key in ("lompat", "jejak", "ringkasan-isi", "berita", "saring",
                                        "sop-pengantar", "agenda-pengantar", "kaki", "cari-pengantar")}
    for path in english.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not [w for w in leftovers if w in text], path


def test_every_key_has_both_languages():
    for key, pair in UI.items():
        assert len(pair) == 2 and all(pair), key
    assert translator("en")("halaman-dari", n=1, m=3) == "Page 1 of 3"
    assert translator("id")("halaman-dari", n=1, m=3) == "Halaman 1 dari 3"


def test_english_build_is_valid_html(english):
    assert _vnu(english) == []
