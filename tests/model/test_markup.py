"""model/markup: Markdown made safe to publish, dangerous markup named with its line, video."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model.document import parse_text
from pipeline.model.markup import check_document, render

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
APPENDED = PRESS_RELEASE.count("\n") + 1  # the file line where the text a test appends starts
VIDEO = "!video[Peresmian](https://www.youtube.com/watch?v=dQw4w9WgXcQ)"


def _doc(body: str, front: str = ""):
    text = PRESS_RELEASE.replace("paraf: {}", front + "paraf: {}") + body
    return parse_text(Path("/situs") / REL, REL, text)


def test_render_removes_script_handlers_and_bad_schemes_and_keeps_text():
    html = render('Halo <script>alert(1)</script> <a href="javascript:x()" onclick="y()">tautan</a>'
                  ' <img src="data:image/png;base64,AA" alt="a"> **tebal**')
    assert "<script" not in html and "onclick" not in html and "javascript:" not in html
    assert "data:" not in html and "<strong>tebal</strong>" in html and "tautan" in html
    link = render("[PPID](https://ppid.bantulkab.go.id)")
    assert 'rel="noopener noreferrer"' in link and 'href="https://ppid.bantulkab.go.id"' in link


def test_a_youtube_line_becomes_an_embed_and_other_hosts_stay_text():
    html = render(VIDEO + "\n")
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "Peresmian" in html and "<p>PPIDVIDEO" not in html
    other = render("!video[x](https://vimeo.com/1)\n")
    assert "<iframe" not in other


@pytest.mark.parametrize(("body", "what"), [
    ("\n\nTeks.\n<script>alert(1)</script>\n", "<script>"),
    ("\n\nTeks.\n<img src=x onerror=alert(1)>\n", "onerror="),
    ("\n\nTeks.\n[klik](javascript:alert(1))\n", "href=javascript:"),
    ("\n\nTeks.\n<iframe src=https://x.example></iframe>\n", "<iframe>"),
])
def test_dangerous_markup_is_named_on_its_own_line(body, what):
    (finding,) = check_document(_doc(body))
    assert finding.code == "markup.berbahaya" and finding.params["apa"] == what
    assert finding.field == "isi" and finding.line == APPENDED + 3


def test_a_video_from_a_host_the_office_did_not_allow():
    doc = _doc("\n" + VIDEO + "\n")
    assert check_document(doc) == [] and check_document(doc, ["YouTube"]) == []
    # An office that lists only a provider we do not know, or none at all, allows no YouTube.
    for hosts in (["vimeo"], []):
        (refused,) = check_document(doc, hosts)
        assert refused.code == "markup.video" and refused.line == APPENDED + 1
        assert "<iframe" not in render(VIDEO + "\n", hosts)


def test_plain_text_and_exempt_items_are_not_scanned():
    assert check_document(_doc("\nBiasa saja, 3 < 4.\n")) == []
    assert check_document(_doc("<script>x</script>", "kategori: dikecualikan\n")) == []
