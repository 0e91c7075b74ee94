"""model/attachments: every file an item declares or links, resolved inside content/ only."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from pipeline.model.attachments import digest, ref_line, references, resolve, target_of
from pipeline.model.document import parse_text

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"


def _doc(body: str = "", front: str = "", root: Path = Path("/situs")):
    text = PRESS_RELEASE.replace("paraf: {}", front + "paraf: {}") + body
    return parse_text(root / REL, REL, text)


def test_every_reference_form_is_found_once_in_order():
    body = ("![a](gambar/a.png) [b](<lampiran/b c.pdf>) [c][1]\n\n[1]: lampiran/c.pdf\n"
            '<img src="gambar/d.png"> <video poster=\'gambar/e.jpg\'></video> '
            "[f]({static}/lampiran/f.pdf) [g](/lampiran/g%20h.pdf#hal-2) ![a](gambar/a.png)\n")
    front = "lampiran:\n  - {berkas: lampiran/depan.pdf, judul: D}\n"
    refs = references(_doc(body, front))
    assert refs[0] == ("lampiran", "lampiran/depan.pdf")
    # In document order (a reference definition where it stands), each file once.
    assert [written for _, written in refs[1:]] == [
        "gambar/a.png", "<lampiran/b c.pdf>", "lampiran/c.pdf", "gambar/d.png", "gambar/e.jpg",
        "{static}/lampiran/f.pdf", "/lampiran/g%20h.pdf#hal-2"]
    assert target_of("isi", "/lampiran/g%20h.pdf#hal-2") == "lampiran/g h.pdf"
    assert target_of("isi", "{static}/lampiran/f.pdf") == "lampiran/f.pdf"
    assert target_of("lampiran", "lampiran/x%20y.pdf") == "lampiran/x%20y.pdf"  # as written


@pytest.mark.parametrize("link", ["https://bantulkab.go.id/a.pdf", "mailto:ppid@x.id", "#bagian",
                                  "//cdn.example/a.png", "berita/2026/lain/", "feeds/semua.atom.xml",
                                  "lain.md", "halaman.html"])
def test_pages_feeds_and_other_sites_are_not_attachments(link):
    assert references(_doc(f"[x]({link})\n")) == []


def test_resolve_keeps_everything_inside_content(tmp_path):
    content = tmp_path / "content"
    (content / "lampiran").mkdir(parents=True)
    (content / "lampiran" / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "rahasia.txt").write_text("x")
    os.symlink(tmp_path / "rahasia.txt", content / "lampiran" / "tautan.pdf")
    assert resolve(tmp_path, "lampiran/a.pdf") == ((content / "lampiran" / "a.pdf").resolve(), None)
    assert resolve(tmp_path, "/etc/passwd") == (None, "berkas.absolut")
    assert resolve(tmp_path, "C:/x.pdf") == (None, "berkas.absolut")
    assert resolve(tmp_path, "lampiran/../../rahasia.txt") == (None, "berkas.naik")
    assert resolve(tmp_path, "lampiran\\..\\..\\rahasia.txt") == (None, "berkas.naik")
    assert resolve(tmp_path, "lampiran/tautan.pdf") == (None, "berkas.symlink-keluar")
    assert resolve(tmp_path, "lampiran/tidak.pdf") == (None, "berkas.tidak-ada")
    assert resolve(tmp_path, "lampiran") == (None, "berkas.tidak-ada")  # a folder is no file
    assert digest(content / "lampiran" / "a.pdf") == hashlib.sha256(b"%PDF").hexdigest()


def test_ref_line_points_at_the_key_or_the_body_line():
    doc = _doc("\nteks\n\n![a](gambar/a.png)\n", "lampiran:\n  - {berkas: lampiran/x.pdf}\n")
    assert ref_line(doc, "lampiran", "lampiran/x.pdf") == 12
    lines = PRESS_RELEASE.replace("paraf: {}", "lampiran:\n  - {berkas: lampiran/x.pdf}\nparaf: {}")
    body_at = ref_line(doc, "isi", "gambar/a.png")
    full = (lines + "\nteks\n\n![a](gambar/a.png)\n").splitlines()
    assert "gambar/a.png" in full[body_at - 1]
