"""The preview in a real browser (Debian's Chromium, Playwright, axe-core): an item page waiting for
its second initial, at 360 and 1280 px. The screenshots go to test-artifacts/; docs/gambar/ holds
copies made once from them for the officials' guide (docs/panduan-pejabat.md)."""

from __future__ import annotations

import pytest

from pipeline.model.reader import load_document
from pipeline.model.urls import doc_url

from ..conftest import AXE, ROOT, serve_folder
from .test_pratinjau import PRIVATE, WAITING, proposal

ARTIFACTS = ROOT / "test-artifacts"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FACTS = """() => {
  const banner = document.querySelector('aside.ppid-pratinjau');
  const box = banner ? banner.getBoundingClientRect() : null;
  return {overflow: document.documentElement.scrollWidth - window.innerWidth,
          top: box ? box.top + window.scrollY : -1, height: box ? box.height : 0,
          headline: banner?.querySelector('.ppid-pratinjau-keadaan')?.innerText || '',
          robots: document.querySelector('meta[name=robots]')?.content || ''};
}"""


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    site = proposal(tmp_path_factory.mktemp("pratinjau-peramban") / "situs")
    assert site.ppid("bangun", "--pratinjau")[0] == 0
    pages = {rel: doc_url(load_document(site.root, site.root / rel)) for rel in (WAITING, PRIVATE)}
    for served in serve_folder(site.root / "output-pratinjau"):
        yield served, pages


def _axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))",
        AXE_TAGS)


@pytest.mark.parametrize("width", [360, 1280])
def test_preview_item_page_shows_its_banner_first_and_passes_axe(browser, preview, width):
    served, pages = preview
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="id-ID")
    page = context.new_page()
    page.goto(served + "/" + pages[WAITING])
    facts = page.evaluate(FACTS)
    assert facts["overflow"] <= 0 and facts["robots"] == "noindex, nofollow"
    assert facts["top"] < 60 and facts["height"] > 80  # at the top of the page, not hidden
    assert facts["headline"].startswith("PRATINJAU — belum disetujui: menunggu paraf Kepala Seksi")
    assert "Dewi Lestari, S.Sos." in facts["headline"]
    steps = page.locator("ol.ppid-pratinjau-langkah")
    assert not steps.is_visible()  # folded: the page itself stays in view on a phone
    if width == 1280:  # unfolded for the guide's second picture
        page.locator("details.ppid-pratinjau-rincian summary").click()
        assert steps.is_visible() and "selesai oleh Drs. Agus Prasetyo" in steps.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"pratinjau-spanduk-{width}.png"
    page.screenshot(path=str(shot))  # the viewport: what an official sees on opening the page
    assert shot.stat().st_size > 10_000
    assert _axe(page) == []
    context.close()


@pytest.mark.parametrize("path", ["home", PRIVATE])
def test_preview_home_and_privacy_banner_pass_axe(browser, preview, path):
    served, pages = preview
    context = browser.new_context(viewport={"width": 360, "height": 800}, locale="id-ID")
    page = context.new_page()
    page.goto(served + "/" + ("" if path == "home" else pages[path]))
    assert page.locator("aside.ppid-pratinjau").is_visible()
    if path == "home":
        assert page.get_by_role("heading", name="Naskah dalam pratinjau").is_visible()
        assert page.get_by_role("heading", name="Tidak dapat dibangun").is_visible()
    else:
        assert page.locator(".ppid-pratinjau-privasi").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert _axe(page) == []
    context.close()
