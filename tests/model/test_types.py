"""One record per content type: a new type is registered in one place and Pelican builds it."""

from __future__ import annotations

from pipeline.model import types
from pipeline.model.fields import COMMON
from pipeline.model.types import CONTENT_TYPES, ContentType, pelican_paths, register, site_types

KEGIATAN = """---
title: Jadwal Kegiatan Desember
date: 2026-11-01 09:00
jenis: agenda-kegiatan
status: terbit
paraf: {}
---

Jadwal kegiatan PPID bulan Desember.
"""


def test_pelican_paths_come_from_the_records():
    assert pelican_paths() == {"ARTICLE_PATHS": ["berita"], "PAGE_PATHS": ["halaman", "informasi"]}
    assert site_types() == ("siaran-pers", "pengumuman", "informasi-publik", "halaman")
    assert not CONTENT_TYPES["rencana"].page and not CONTENT_TYPES["perubahan-situs"].agenda


def test_a_registered_type_is_checked_and_built_without_touching_pelicanconf(site, capsys):
    conf = site.read("pelicanconf.py")
    register(ContentType("agenda-kegiatan", "Agenda Kegiatan", "kegiatan", COMMON,
                         template="page", url="kegiatan/{slug}/", agenda=True))
    try:
        assert "kegiatan" in pelican_paths()["PAGE_PATHS"]
        for name in ("config.yaml", "sop/004-pengelolaan-web-ppid.yaml"):  # the office's SOP covers it
            path = site.root / "approvals" / name
            path.write_text(path.read_text(encoding="utf-8").replace(
                "jenis: [informasi-publik, halaman]", "jenis: [informasi-publik, halaman, agenda-kegiatan]"),
                encoding="utf-8")
        site.git("commit", "-qam", "SOP 004 juga untuk agenda kegiatan")
        rel = "content/kegiatan/jadwal-kegiatan-desember.md"
        site.write(rel, KEGIATAN)
        site.commit(rel)
        site.approve(rel, [("sub-koordinator", "dewi", "2026-11-20T09:00:00+07:00")])
        site.git("commit", "-qam", "Paraf")
        code, out = site.ppid("build", capsys=capsys, when="2026-11-21T09:00:00+07:00")
        assert code == 0, out
        page = site.root / "output/kegiatan/jadwal-kegiatan-desember/index.html"
        assert "Jadwal kegiatan PPID bulan Desember." in page.read_text(encoding="utf-8")
        assert site.read("pelicanconf.py") == conf
    finally:
        types.unregister("agenda-kegiatan")
    assert "agenda-kegiatan" not in CONTENT_TYPES
