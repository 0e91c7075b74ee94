"""checks/leaks: eight words of an exempt or draft item anywhere in a built folder are a leak."""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone

from pipeline.checks.leaks import WINDOW, scan, secrets
from pipeline.model.reader import load_document

from ..conftest import PRESS_RELEASE
from .test_privacy import make_pdf
from .test_safety import EXEMPT, EXEMPT_ITEM, SECRET

DRAFT = "content/berita/2026-11-21-draf.md"
DRAFT_BODY = "Rencana pembangunan pasar baru di kapanewon Sewon belum diputuskan oleh bupati."


def _docs(site, draft_body=DRAFT_BODY, published_extra=""):
    site.write(EXEMPT, EXEMPT_ITEM)
    site.write(DRAFT, PRESS_RELEASE.replace("status: terbit", "status: draf")
               .replace("Bupati meresmikan jembatan sepanjang 60 meter.", draft_body))
    site.write("content/berita/2026-11-20-jembatan.md", PRESS_RELEASE + published_extra)
    return [load_document(site.root, site.root / rel) for rel in
            (EXEMPT, DRAFT, "content/berita/2026-11-20-jembatan.md")]


def test_secrets_are_word_runs_of_exempt_and_draft_items_only(site):
    hidden = secrets(_docs(site))
    assert {rel for rel in hidden.values()} == {EXEMPT, DRAFT}
    assert all(len(run) == WINDOW for run in hidden)
    assert ("register", "ini", "memuat", "identitas", "lengkap", "setiap", "pemohon",
            "informasi") in hidden
    assert not any("jembatan" in run and "sepanjang" in run for run in hidden)


def test_a_drafts_words_a_published_item_already_says_are_public(site):
    hidden = secrets(_docs(site, published_extra="\n" + DRAFT_BODY + "\n"))
    assert DRAFT not in hidden.values() and EXEMPT in hidden.values()


def test_a_scheduled_item_is_a_draft_until_its_time(site):
    text = PRESS_RELEASE.replace("paraf: {}", "tayang_mulai: 2026-12-01 08:00\nparaf: {}") + \
        DRAFT_BODY + "\n"
    site.write("content/berita/2026-11-22-nanti.md", text)
    doc = load_document(site.root, site.root / "content/berita/2026-11-22-nanti.md")
    before = datetime(2026, 11, 28, tzinfo=timezone(timedelta(hours=7)))
    assert secrets([doc], before) and not secrets([doc], before + timedelta(days=5))
    assert secrets([doc]) == {}  # no clock given: judged as published


def test_scan_finds_words_across_markup_gzip_and_pdf_and_names_file_and_source(site, tmp_path):
    docs = _docs(site)
    out = tmp_path / "output"
    (out / "a").mkdir(parents=True)
    words = SECRET.split()
    (out / "a" / "index.html").write_text(
        "<p>" + " <b>".join(words[:4]) + "</b> " + " ".join(words[4:]) + "</p>", encoding="utf-8")
    (out / "sitemap.xml.gz").write_bytes(gzip.compress(DRAFT_BODY.encode()))
    (out / "lampiran.pdf").write_bytes(make_pdf(SECRET))
    (out / "gambar.png").write_bytes(SECRET.encode())  # not text: not read
    (out / "bersih.html").write_text("<p>Bupati meresmikan jembatan.</p>", encoding="utf-8")
    leaks = scan(out, docs)
    assert sorted((leak.output, leak.source) for leak in leaks) == [
        ("a/index.html", EXEMPT), ("lampiran.pdf", EXEMPT), ("sitemap.xml.gz", DRAFT)]
    assert all(len(leak.excerpt.split()) == WINDOW for leak in leaks)


def test_nothing_hidden_nothing_read(tmp_path):
    assert scan(tmp_path / "tidak-ada", []) == []
