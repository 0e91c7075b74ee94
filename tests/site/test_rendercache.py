"""The render cache (issue #17): each kind of input changes exactly the pages that show it.

A real site repository, real Pelican builds through the CLI. After each change the item pages
whose bytes changed are exactly the expected ones; every other item page is the very same file
(inode) as in the previous output, i.e. reused and never rewritten; and the whole output equals a
cold build of the same commit without any cache, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from pipeline.model.reader import load_document
from pipeline.model.urls import doc_url
from pipeline.site import rendercache

from ..conftest import PRESS_RELEASE

NEWS = {  # name -> (file, title, date, number)
    "a": ("content/berita/2026-11-20-jembatan.md", "Bupati Resmikan Jembatan Kali Opak",
          "2026-11-20 09:00", 12),
    "b": ("content/berita/2026-11-20-pasar.md", "Pasar Bantul Dibuka Kembali", "2026-11-20 10:00",
          13),
    "c": ("content/berita/2026-11-20-sekolah.md", "Sekolah Baru di Kapanewon Sewon",
          "2026-11-20 11:00", 14),
}
PAGE = "content/halaman/profil.md"
NEWS_ROLES = [("kabid", "agus", "2026-11-20T11:40:00+07:00"),
              ("kasie-informasi", "dewi", "2026-11-20T11:52:00+07:00")]
PAGE_ROLES = [("sub-koordinator", "dewi", "2026-11-20T11:40:00+07:00")]
SKIP = {".ppid-build.json", ".ppid-manifest.json"}  # the marker holds the build's own time
# Rendered afresh by every build and different between two cold builds of one tree in one
# process: an empty feed's <updated> is the build's time, and the dashboard chart's SVG ids
# count the charts matplotlib drew in the process. Never from the cache (asserted below).
VOLATILE = {"feeds/serta-merta.atom.xml", "dasbor/index.html"}


def _news(title: str, date: str, number: int) -> str:
    return (PRESS_RELEASE.replace("Bupati Resmikan Jembatan Kali Opak", title)
            .replace("date: 2026-11-20 09:00", f"date: {date}")
            .replace("nomor_urut: 12", f"nomor_urut: {number}"))


def _page() -> str:
    return (PRESS_RELEASE.replace("jenis: siaran-pers", "jenis: halaman")
            .replace("title: Bupati Resmikan Jembatan Kali Opak", "title: Profil PPID")
            .replace("jenis_berita: Kegiatan Pimpinan\nnomor_urut: 12\nklasifikasi: \"400.14.4.3\"\n",
                     "slug: profil\n"))


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                               p.stat().st_ino)
            for p in folder.rglob("*") if p.is_file() and p.name not in SKIP}


def _bytes(folder: Path) -> dict[str, str]:
    return {k: v[0] for k, v in _snapshot(folder).items() if k not in VOLATILE}


class Built:
    """The site under test: its item pages, builds and the render log."""

    def __init__(self, site, capsys) -> None:
        self.site, self.capsys = site, capsys
        self.output = site.root / "output"

    def build(self, output: Path | None = None) -> str:
        args = ["build"] + (["--output", str(output)] if output else [])
        code, out = self.site.ppid(*args, capsys=self.capsys)
        assert code == 0, out
        return out

    def page(self, rel: str) -> str:
        doc = load_document(self.site.root, self.site.root / rel)
        return f"{doc_url(doc)}index.html"

    @property
    def items(self) -> dict[str, str]:
        return {name: self.page(rel) for name, (rel, *_) in NEWS.items()} | {"p": self.page(PAGE)}

    def log(self) -> dict:
        return json.loads((rendercache.store_dir(self.site.root) / rendercache.LOG).read_text())

    def changed_items(self, before: dict, after: dict) -> set[str]:
        """Item pages whose bytes changed; the others must be the same file, not a rewrite."""
        changed = set()
        for name, rel in self.items.items():
            if rel not in before or before[rel][0] != after[rel][0]:
                changed.add(name)
            else:
                assert before[rel][1] == after[rel][1], f"{rel} rewritten with the same bytes"
        return changed

    def same_as_cold(self) -> None:
        """The incremental output equals a cold build of the same tree without any cache."""
        store = rendercache.store_dir(self.site.root)
        kept = store.with_name("render-simpan")
        shutil.copytree(store, kept)
        shutil.rmtree(store)
        cold = self.site.root.parent / "dingin"
        shutil.rmtree(cold, ignore_errors=True)
        self.build(cold)
        assert self.log()["dipakai_ulang"] == []
        shutil.rmtree(store)
        kept.rename(store)
        assert _bytes(cold) == _bytes(self.output)


@pytest.fixture
def built(site, capsys, monkeypatch):
    # Other work may change the package's files while the tests run: pin the code's key.
    monkeypatch.setattr(rendercache, "code_key", lambda: "uji-kode")
    for rel, title, date, number in NEWS.values():
        site.write(rel, _news(title, date, number))
        site.approve(rel, NEWS_ROLES)
    site.write(PAGE, _page())
    site.approve(PAGE, PAGE_ROLES)
    site.git("add", "-A")
    site.git("commit", "-q", "-m", "Naskah diterima dan diparaf")
    b = Built(site, capsys)
    b.build()
    b.build()  # the second build reuses every item page
    log = b.log()
    assert log["awal"] == "ada" and log["ditautkan"] >= 4
    assert set(b.items.values()) <= set(log["dipakai_ulang"])
    assert not set(b.items.values()) & set(log["dirender"])
    assert not VOLATILE & set(log["dipakai_ulang"])
    return b


def _edit(site, rel: str, old: str, new: str) -> None:
    text = site.read(rel)
    assert old in text
    site.write(rel, text.replace(old, new))


def test_body_change_renders_only_that_item(built):
    site, before = built.site, _snapshot(built.output)
    rel = NEWS["a"][0]
    _edit(site, rel, "sepanjang 60 meter.", "sepanjang 65 meter.")
    site.approve(rel, NEWS_ROLES)  # the new text is initialled again
    built.build()
    assert built.changed_items(before, _snapshot(built.output)) == {"a"}
    assert built.page(rel) in built.log()["dirender"]
    built.same_as_cold()


def test_template_change_renders_the_pages_that_use_it(built):
    site, before = built.site, _snapshot(built.output)
    _edit(site, "theme/templates/article.html", '<article class="naskah"',
          '<article class="naskah baru"')
    built.build()
    assert built.changed_items(before, _snapshot(built.output)) == {"a", "b", "c"}
    built.same_as_cold()


def test_config_change_renders_every_page_showing_it(built):
    site, before = built.site, _snapshot(built.output)
    _edit(site, "approvals/config.yaml", "telepon: (0274) 367509", "telepon: (0274) 367510")
    built.build()
    after = _snapshot(built.output)
    assert built.changed_items(before, after) == {"a", "b", "c", "p"}
    assert "(0274) 367510" in (built.output / built.items["b"]).read_text(encoding="utf-8")
    built.same_as_cold()


def test_title_shown_elsewhere(built):
    """An article's title is on its page and in lists; a page's title is in every footer."""
    site, before = built.site, _snapshot(built.output)
    rel = NEWS["b"][0]
    _edit(site, rel, "title: Pasar Bantul Dibuka Kembali", "title: Pasar Bantul Dibuka Lagi")
    site.approve(rel, NEWS_ROLES)
    built.build()
    middle = _snapshot(built.output)
    assert built.changed_items(before, middle) == {"b"}
    assert "Pasar Bantul Dibuka Lagi" in (built.output / "index.html").read_text(encoding="utf-8")
    _edit(site, PAGE, "title: Profil PPID", "title: Profil Kami")
    site.approve(PAGE, PAGE_ROLES)
    built.build()
    assert built.changed_items(middle, _snapshot(built.output)) == {"a", "b", "c", "p"}
    built.same_as_cold()


def test_new_initial_in_history_renders_the_trail_that_shows_it(built):
    site = built.site
    rel = NEWS["c"][0]
    # Another review round of item c: a new initial of the Kabid, written and committed.
    _edit(site, rel, "2026-11-20T11:40:00+07:00", "2026-11-20T11:45:00+07:00")
    before = _snapshot(built.output)
    site.git("commit", "-q", "-am", "Paraf Kabid diperbarui")
    built.build()
    assert built.changed_items(before, _snapshot(built.output)) == {"c"}
    built.same_as_cold()


def test_withdrawal_renders_the_withdrawn_item(built):
    site, before = built.site, _snapshot(built.output)
    rel = NEWS["a"][0]
    _edit(site, rel, "status: terbit", "status: ditarik\nalasan_penarikan: Data keliru\n"
          "tanggal_penarikan: 2026-11-21")
    built.build()
    after = _snapshot(built.output)
    assert built.changed_items(before, after) == {"a"}
    assert "Data keliru" in (built.output / built.items["a"]).read_text(encoding="utf-8")
    built.same_as_cold()


def test_corrupted_store_is_ignored_with_a_warning(built):
    before = _snapshot(built.output)
    index = rendercache.index_path(built.site.root, built.output)
    index.write_bytes(b"\x80\x05bukan pickle")
    out = built.build()
    assert "tembolok render" in out and "diabaikan" in out
    assert built.log()["awal"] == "rusak" and built.log()["dipakai_ulang"] == []
    assert _bytes(built.output) == {k: v[0] for k, v in before.items() if k not in VOLATILE}


def test_corrupted_page_in_store_is_rendered_again(built):
    before = _snapshot(built.output)
    store = rendercache.store_dir(built.site.root) / "blob"
    page = built.output / built.items["b"]
    blob = store / before[built.items["b"]][0][:2] / before[built.items["b"]][0]
    blob.write_bytes(b"<p>dirusak</p>")
    shutil.rmtree(built.output)  # no previous output to link from: the blob is all there is
    out = built.build()
    assert "tidak cocok dengan sidiknya" in out
    assert built.items["b"] in built.log()["dirender"]
    assert "dirusak" not in page.read_text(encoding="utf-8")
    assert _bytes(built.output) == {k: v[0] for k, v in before.items() if k not in VOLATILE}


def test_store_of_another_code_version_is_ignored(built, monkeypatch):
    before = _snapshot(built.output)
    monkeypatch.setattr(rendercache, "code_key", lambda: "kode-lain")
    built.build()
    log = built.log()
    assert log["awal"] == "versi-lain" and log["dipakai_ulang"] == []
    assert set(built.items.values()) <= set(log["dirender"])
    assert _bytes(built.output) == {k: v[0] for k, v in before.items() if k not in VOLATILE}


def test_another_output_folder_never_evicts_this_ones_pages(built):
    before = _snapshot(built.output)
    built.build(built.site.root / "salinan")  # e.g. the intranet copy or a preview
    built.build()
    assert set(built.items.values()) <= set(built.log()["dipakai_ulang"])
    assert built.changed_items(before, _snapshot(built.output)) == set()
