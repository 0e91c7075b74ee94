"""The built example site in a real browser: Debian's Chromium driven by Playwright, axe-core.

Without Chromium the tests skip with a reason on a developer's machine; under CI they must run.
Screenshots at 360 and 1280 px are kept in test-artifacts/ for people to look at.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from .conftest import ROOT, require_tool

CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _serve(folder):
    """Serve a built site on this machine only, for as long as the generator lives."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def served(example):
    _, out, _ = example
    yield from _serve(out)


@pytest.fixture(scope="module")
def browser():
    require_tool(Path(CHROMIUM).exists() and shutil.which("node") is not None and AXE.is_file(),
                 "Chromium (apt: chromium) atau axe-core (npm ci) tidak tersedia")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    yield context.new_page()
    context.close()


def _axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))", WCAG)


def test_home_to_article_with_its_approval_trail(page, served):
    page.goto(served + "/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.get_by_role("link", name="Pasar Rakyat Niten Selesai Direvitalisasi").click()
    page.wait_for_url("**/pasar-rakyat-niten-selesai-direvitalisasi/")
    trail = page.locator("section.jejak")
    assert trail.get_by_text("Ditolak: Lengkapi nilai anggaran").is_visible()
    assert trail.get_by_role("row").count() == 4  # header, rejection, two approvals


def test_dip_table_filters_and_sorts_by_keyboard(page, served):
    page.goto(served + "/informasi/berkala/")
    rows = page.locator("table.dip tbody tr")
    total = rows.count()
    assert total >= 4
    page.get_by_label("Saring tabel").fill("laporan")
    visible = [r for r in rows.all() if r.is_visible()]
    assert 0 < len(visible) < total
    assert all("laporan" in r.inner_text().lower() for r in visible)
    assert page.get_by_role("status").inner_text().strip() == f"{len(visible)} dari {total} baris"
    page.get_by_label("Saring tabel").fill("")
    sort = page.get_by_role("button", name="Ringkasan isi informasi")
    sort.focus()
    page.keyboard.press("Enter")
    header = page.locator("th", has=sort)
    assert header.get_attribute("aria-sort") == "ascending"
    titles = [r.locator("td").nth(1).inner_text().lower() for r in rows.all()]
    assert titles == sorted(titles, key=lambda x: x)  # the collation of the id locale agrees here


def test_search_finds_an_item_without_a_server(page, served):
    page.goto(served + "/cari/")
    page.get_by_role("textbox", name="Ketik kata kunci").fill("jembatan")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=10000)
    assert "Jembatan" in result.inner_text()


def test_withdrawn_item_keeps_its_notice(page, served):
    page.goto(served + "/berita/2026/jadwal-pemeliharaan-jaringan-listrik-di-kapanewon-sewon/")
    assert page.get_by_role("note").get_by_text("Informasi ini telah ditarik").is_visible()


@pytest.mark.parametrize("path", ["/", "/berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/",
                                  "/informasi/berkala/", "/cari/", "/dasbor/"])
def test_no_accessibility_violations(page, served, path):
    page.goto(served + path)
    if path == "/cari/":
        page.get_by_role("textbox", name="Ketik kata kunci").fill("jembatan")
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10000)
    assert _axe(page) == []


def test_skip_link_and_visible_focus(page, served):
    page.goto(served + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Langsung ke isi")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box and box["x"] >= 0  # moved on screen when focused
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"


@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_and_no_horizontal_scroll(browser, served, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in (("beranda", "/"), ("dip", "/informasi/berkala/")):
        page.goto(served + path)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} at {width}px scrolls sideways by {overflow}px"
    context.close()


@pytest.fixture(scope="module")
def served_intranet(tmp_path_factory):
    """The example's intranet copy, built at a fixed time, served on this machine only."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("intranet") / "intranet"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PPID_SEKARANG", "2026-11-30T10:00:00+07:00")
        assert main(["--akar", str(ROOT), "build", "--intranet", "--output", str(out)]) == 0
    yield from _serve(out)


@pytest.mark.parametrize("width", [360, 1280])
def test_intranet_dashboard_is_accessible_and_fits_a_phone(browser, served_intranet, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="id-ID")
    page = context.new_page()
    page.goto(served_intranet + "/dasbor/")
    assert page.get_by_role("note").get_by_text("Salinan intranet").is_visible()
    plan = page.get_by_role("region", name="Rencana konten triwulan 2026-Q4, butir demi butir")
    assert plan.get_by_role("row").count() == 7  # header and six entries
    assert _axe(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"dasbor-intranet-{width}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"dasbor at {width}px scrolls sideways by {overflow}px"
    context.close()
