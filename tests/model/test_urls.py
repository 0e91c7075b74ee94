"""model/urls: one rule for where an item is published, shared by the checks and the reader."""

from __future__ import annotations

from pathlib import Path

from pipeline.model.document import parse_text
from pipeline.model.urls import doc_slug, doc_url, slugify

from ..conftest import PRESS_RELEASE


def _doc(rel: str, text: str = PRESS_RELEASE):
    return parse_text(Path("/situs") / rel, rel, text)


def test_slugify_keeps_ascii_words_and_never_returns_empty():
    assert slugify("Bupati Resmikan Jembatan Kali Opak!") == "bupati-resmikan-jembatan-kali-opak"
    assert slugify("Jembatan Ñandú — Édisi 2") == "jembatan-nandu-edisi-2"
    assert slugify("!!!") == "tanpa-judul" and slugify("丹") == "tanpa-judul"
    long = slugify("kata " * 40)
    assert len(long) <= 80 and not long.endswith("-")


def test_slug_from_the_file_name_without_its_date_or_as_given():
    assert doc_slug(_doc("content/berita/2026-11-20-jembatan-kali-opak.md")) == "jembatan-kali-opak"
    given = _doc("content/berita/2026-11-20-x.md",
                 PRESS_RELEASE.replace("paraf: {}", "slug: jembatan\nparaf: {}"))
    assert doc_slug(given) == "jembatan"


def test_url_by_content_type_with_the_year():
    assert doc_url(_doc("content/berita/2026-11-20-jembatan.md")) == "berita/2026/jembatan/"
    public = _doc("content/informasi/laporan.md", PRESS_RELEASE.replace(
        "jenis: siaran-pers", "jenis: informasi-publik"))
    assert doc_url(public) == "informasi/laporan/"
    unknown = _doc("content/lain/x.md", PRESS_RELEASE.replace("jenis: siaran-pers", "jenis: brosur"))
    assert doc_url(unknown) == "x/"
    undated = _doc("content/berita/tanpa.md", PRESS_RELEASE.replace("date: 2026-11-20 09:00\n", ""))
    assert doc_url(undated) == "berita/tanpa-tanggal/tanpa/"
