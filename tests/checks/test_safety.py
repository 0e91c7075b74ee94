"""Hostile markup refused and neutralised; exempt and draft text never reaches the output."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.model.markup import render

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
EXEMPT = "content/informasi/data-pribadi.md"
SECRET = "Register ini memuat identitas lengkap setiap pemohon informasi dan tidak diumumkan."
EXEMPT_ITEM = f"""---
title: Data Pribadi Pemohon Informasi
date: 2026-09-10
jenis: informasi-publik
status: terbit
unit: Diskominfo
ringkasan: Register pemohon.
kategori: dikecualikan
pejabat_penguasa: Diskominfo
penanggung_jawab: Kabid IKP
waktu_pembuatan: "2026"
tempat_pembuatan: Bantul
bentuk_informasi: softcopy
jangka_waktu_penyimpanan: 5 tahun
dasar_pengecualian: UU 14/2008 Pasal 17 huruf h
uji_konsekuensi: Penetapan 045/001/UK/2026
paraf: {{}}
---

{SECRET}
"""


def _approved(site, rel=REL, text=PRESS_RELEASE):
    site.write(rel, text)
    roles = [("sub-koordinator", "dewi", "2026-11-20T09:40:00+07:00")] if "informasi" in rel else \
        [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
         ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")]
    site.approve(rel, roles)


def _tree(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("snippet,what", [
    ("<script>alert('x')</script>", "<script>"),
    ('<img src="foto.jpg" onerror="alert(1)">', "onerror="),
    ('<a href="javascript:alert(1)">klik</a>', "href=javascript:"),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">klik</a>', "href=data:"),
    ('<iframe src="https://contoh.example/"></iframe>', "<iframe>"),
])
def test_dangerous_raw_html_is_refused_with_its_line(site, capsys, snippet, what):
    site.write(REL, PRESS_RELEASE.replace("sepanjang 60 meter.", f"sepanjang 60 meter.\n\n{snippet}"))
    code, out = site.ppid("check", REL, capsys=capsys)
    line = next(x for x in out.splitlines() if "[markup.berbahaya]" in x)
    assert code == 1 and line.startswith(f"{REL}:17: isi: galat: HTML {what}")


def test_sanitiser_keeps_content_and_drops_what_runs():
    html = render("**Tebal** dan [tautan](https://bantulkab.go.id).\n\n"
                  "<p onclick=\"x()\">teks</p><script>alert(1)</script>"
                  "<a href=\"javascript:alert(1)\">a</a><style>body{}</style>")
    assert "<strong>Tebal</strong>" in html and 'href="https://bantulkab.go.id"' in html
    assert "teks" in html
    for bad in ("<script", "onclick", "javascript:", "<style", "alert(1)"):
        assert bad not in html


def test_only_allowed_video_hosts_are_embedded(site, capsys):
    video = "!video[Peresmian Jembatan](https://www.youtube.com/watch?v=dQw4w9WgXcQ)"
    _approved(site, text=PRESS_RELEASE.replace("sepanjang 60 meter.", f"sepanjang 60 meter.\n\n{video}"))
    assert site.ppid("build", capsys=capsys)[0] == 0
    page = (site.root / "output/berita/2026/jembatan/index.html").read_text(encoding="utf-8")
    assert '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" ' \
           'title="Peresmian Jembatan"' in page
    other = "!video[Lain](https://video.contoh.example/123)"
    site.write(REL, PRESS_RELEASE.replace("sepanjang 60 meter.", f"sepanjang 60 meter.\n\n{other}"))
    code, out = site.ppid("check", REL, capsys=capsys)
    assert code == 1 and "[markup.video]" in out and "https://video.contoh.example/123" in out


def test_exempt_text_quoted_in_a_published_item_fails_the_build(site, capsys):
    _approved(site, EXEMPT, EXEMPT_ITEM)
    _approved(site)
    assert site.ppid("build", capsys=capsys)[0] == 0
    before = _tree(site.root / "output")
    for path in (site.root / "output").rglob("*"):
        if path.is_file():
            assert "identitas lengkap setiap pemohon" not in path.read_text("utf-8", "replace")
    # An editor pastes a sentence of the exempt register into a release; the officials initial it.
    _approved(site, text=PRESS_RELEASE.replace("sepanjang 60 meter.", f"sepanjang 60 meter. {SECRET}"))
    code, out = site.ppid("build", capsys=capsys)
    assert code == 1 and "[bocor.keluaran]" in out
    assert f"{EXEMPT}: galat: isi naskah ini (dikecualikan atau draf) muncul di keluaran " \
           "berita/2026/jembatan/index.html" in out
    assert _tree(site.root / "output") == before


def test_a_compressed_output_file_is_read_too(site, tmp_path):
    import gzip

    from pipeline.checks.leaks import scan
    from pipeline.model.document import parse_text

    doc = parse_text(tmp_path / EXEMPT, EXEMPT, EXEMPT_ITEM)
    out = tmp_path / "keluaran"
    out.mkdir()
    (out / "indeks.pf_fragment").write_bytes(gzip.compress(f'{{"content": "{SECRET}"}}'.encode()))
    (leak,) = scan(out, [doc])
    assert leak.output == "indeks.pf_fragment" and leak.source == EXEMPT


def test_exempt_text_inside_a_published_pdf_fails_the_build(site, capsys):
    from .test_privacy import make_pdf

    _approved(site, EXEMPT, EXEMPT_ITEM)
    _approved(site)
    assert site.ppid("build", capsys=capsys)[0] == 0
    before = _tree(site.root / "output")
    (site.root / "content/lampiran").mkdir(parents=True)
    (site.root / "content/lampiran/laporan.pdf").write_bytes(make_pdf(SECRET))
    _approved(site, text=PRESS_RELEASE.replace(
        "sepanjang 60 meter.", "sepanjang 60 meter. [Laporan](/lampiran/laporan.pdf)"))
    code, out = site.ppid("build", capsys=capsys)
    assert code == 1 and "[bocor.keluaran]" in out and "keluaran lampiran/laporan.pdf" in out
    assert _tree(site.root / "output") == before


def test_atom_summary_is_escaped_text(site, capsys):
    from xml.etree import ElementTree

    hostile = '<img src=x onerror=alert(1)> Jembatan & "jalan"'
    _approved(site, text=PRESS_RELEASE.replace(
        "ringkasan: Jembatan baru menghubungkan dua kapanewon.", f"ringkasan: '{hostile}'"))
    assert site.ppid("build", capsys=capsys)[0] == 0
    feed = site.root / "output/feeds/semua.atom.xml"
    summary = ElementTree.parse(feed).getroot().find(
        "{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}summary")
    assert summary.get("type") == "html"
    # Read as HTML (what type="html" means), the summary is the text, with no element in it.
    assert summary.text == "&lt;img src=x onerror=alert(1)&gt; Jembatan &amp; \"jalan\""
    assert "<img" not in summary.text
