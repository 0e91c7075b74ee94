"""The built example site in a real browser: Debian's Chromium driven by Playwright, axe-core.

Without Chromium the tests skip with a reason on a developer's machine; under CI they must run.
Every built page is opened at 320, 360 and 1280 px; screenshots of every page type at 360 and
1280 px are kept in test-artifacts/ for people to look at.
"""

from __future__ import annotations

import re

import pytest

from ..conftest import AXE, ROOT, serve_folder

ARTIFACTS = ROOT / "test-artifacts"
SITE = "https://ppid.bantulkab.go.id"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
WITHDRAWN = "/berita/2026/jadwal-pemeliharaan-jaringan-listrik-di-kapanewon-sewon/"
PAGE_TYPES = {  # one page of every template, named for the screenshots
    "beranda": "/", "beranda-2": "/index2.html",
    "berita": "/berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/", "berita-ditarik": WITHDRAWN,
    "dip": "/informasi/", "dip-kategori": "/informasi/berkala/",
    "dikecualikan": "/informasi/dikecualikan/",
    "dip-butir": "/informasi/laporan-realisasi-anggaran-semester-i-tahun-2026/",
    "halaman": "/tata-cara-permohonan-informasi/", "sop-daftar": "/sop/",
    "sop": "/sop/000-distribusi-informasi-publik/", "agenda": "/agenda/", "cari": "/cari/",
    "dasbor": "/dasbor/", "layanan": "/layanan/", "formulir-permohonan": "/layanan/permohonan/",
    "formulir-keberatan": "/layanan/keberatan/", "formulir-kosong": "/layanan/permohonan/cetak/",
    "404": "/404.html",
}
PAGE_FACTS = """() => ({
  overflow: document.documentElement.scrollWidth - window.innerWidth,
  canonical: [...document.querySelectorAll('link[rel=canonical]')].map(l => l.getAttribute('href')),
  ogUrl: document.querySelector('meta[property="og:url"]')?.content,
  ogTitle: document.querySelector('meta[property="og:title"]')?.content,
  title: document.title,
  robots: document.querySelector('meta[name=robots]')?.content || '',
})"""


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    yield context.new_page()
    context.close()


def _axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))",
        AXE_TAGS)


def _pages(out) -> list[str]:
    """Every built page's address on the server: 'x/index.html' is served as 'x/'."""
    paths = []
    for file in sorted(out.rglob("*.html")):
        rel = file.relative_to(out).as_posix()
        paths.append("/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel))
    return paths


@pytest.mark.parametrize("width", [320, 360, 1280])
def test_every_page_fits_declares_itself_and_stays_on_this_server(browser, served, example, width):
    _, out, _ = example
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="id-ID")
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    canonicals, problems = {}, []
    shots = {path: name for name, path in PAGE_TYPES.items()}
    paths = _pages(out)
    assert set(PAGE_TYPES.values()) <= set(paths) and len(paths) > 50
    for path in paths:
        page.goto(served + path)
        facts = page.evaluate(PAGE_FACTS)
        if facts["overflow"] > 0:
            problems.append(f"{path}: {facts['overflow']} px ke samping pada {width} px")
        if "<" in facts["title"] or not facts["title"].strip():
            problems.append(f"{path}: judul berisi markup: {facts['title']!r}")
        if facts["ogTitle"] != facts["title"]:
            problems.append(f"{path}: og:title {facts['ogTitle']!r} bukan judul halaman")
        own = SITE + path.replace("index.html", "")
        if path == "/404.html":  # an error page is no address of its own
            if facts["canonical"] or "noindex" not in facts["robots"]:
                problems.append(f"{path}: halaman galat tanpa noindex atau dengan canonical")
        elif facts["canonical"] != [own] or facts["ogUrl"] != own:
            problems.append(f"{path}: canonical {facts['canonical']} og:url {facts['ogUrl']}")
        canonicals.setdefault(tuple(facts["canonical"]), []).append(path)
        if width in (360, 1280) and path in shots:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{shots[path]}-{width}.png"), full_page=True)
    context.close()
    twice = {c: p for c, p in canonicals.items() if c and len(p) > 1}
    assert not twice, twice
    assert not problems, "\n".join(problems[:30])
    outside = [u for u in requested if not u.startswith((served, "data:", "blob:"))]
    assert requested and not outside, outside[:10]


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_no_accessibility_violations_on_any_page_type(page, served, name):
    page.goto(served + PAGE_TYPES[name])
    if name == "cari":
        page.get_by_label("Kata kunci").fill("jembatan")
        page.locator(".hasil-cari a").first.wait_for(timeout=10000)
    if name == "agenda":
        page.get_by_label("Saring Buku Agenda").wait_for()
    assert _axe(page) == []


def test_home_page_weighs_under_150_kb_in_the_browser(browser, served):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    sizes = []
    context.on("response", lambda r: sizes.append(len(r.body())) if r.ok else None)
    page = context.new_page()
    page.goto(served + "/", wait_until="networkidle")
    context.close()
    assert 0 < sum(sizes) < 150 * 1024, sum(sizes)


def test_home_to_article_with_its_plain_language_trail(page, served):
    page.goto(served + "/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.get_by_role("link", name="Pasar Rakyat Niten Selesai Direvitalisasi").click()
    page.wait_for_url("**/pasar-rakyat-niten-selesai-direvitalisasi/")
    trail = page.locator("section.jejak")
    summary = trail.locator("p").first.inner_text()
    assert re.match(r"Disetujui Kepala Bidang .+ \(Drs\. Agus Prasetyo, M\.Si\.\) pada .+; "
                    r"Kepala Seksi ", summary)
    assert trail.get_by_text("Sempat dikembalikan oleh").is_visible()
    table = trail.get_by_role("table")
    assert not table.is_visible()  # commits and hashes are folded below the plain words
    trail.get_by_text("Rincian teknis").click()
    assert table.get_by_text("Ditolak: Lengkapi nilai anggaran").is_visible()
    assert table.get_by_role("row").count() == 4  # header, rejection, two approvals
    crumbs = page.get_by_role("navigation", name="Posisi halaman")
    assert crumbs.get_by_role("link").all_inner_texts() == ["Beranda", "Berita dan Pengumuman"]


def test_withdrawal_names_the_official_and_the_commit(page, served):
    page.goto(served + WITHDRAWN)
    assert page.get_by_role("note").get_by_text("Informasi ini telah ditarik").is_visible()
    by = re.compile(r"^Ditarik oleh Drs\. Agus Prasetyo, M\.Si\. \(Kepala Bidang")
    assert page.get_by_text(by).is_visible()
    page.get_by_text("Rincian teknis").click()
    row = page.locator("section.jejak tbody tr").last
    cells = row.locator("td").all_inner_texts()
    assert cells[1] == "Drs. Agus Prasetyo, M.Si." and cells[3].startswith("Ditarik")
    assert re.fullmatch(r"[0-9a-f]{10}", cells[4])


def test_menu_folds_without_javascript_and_marks_the_current_page(browser, served):
    for width, folded in ((360, True), (1280, False)):
        context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=False)
        page = context.new_page()
        page.goto(served + "/informasi/berkala/")
        menu = page.get_by_role("navigation", name="Menu utama")
        dip = menu.locator("a", has_text="Daftar Informasi Publik")  # folded: not in the a11y tree
        assert dip.get_attribute("aria-current") == "true"
        assert dip.is_visible() is not folded, width
        header = page.locator("header.kepala").bounding_box()
        assert header and header["height"] < (130 if folded else 90), header
        if folded:
            menu.get_by_text("Menu", exact=True).click()
            assert dip.is_visible()
        page.goto(served + "/sop/")
        assert menu.locator("a", has_text="SOP").get_attribute("aria-current") == "page"
        context.close()


def test_readable_measure_and_space_around_content(page, served):
    page.goto(served + "/berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/")
    measure = page.evaluate("""() => {
      const p = document.querySelector('.isi p');
      const probe = document.createElement('span');
      probe.textContent = '0'.repeat(10); p.appendChild(probe);
      const ch = probe.getBoundingClientRect().width / 10; probe.remove();
      return p.getBoundingClientRect().width / ch; }""")
    assert 55 <= measure <= 72, measure
    gap = page.evaluate("""() => document.querySelector('main h1').getBoundingClientRect().top -
                              document.querySelector('header').getBoundingClientRect().bottom""")
    assert gap >= 16, gap


def test_dip_table_filters_sorts_and_becomes_cards_on_a_phone(browser, page, served):
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
    assert page.locator("th", has=sort).get_attribute("aria-sort") == "ascending"
    titles = [r.locator("td").nth(1).inner_text().lower() for r in rows.all()]
    assert titles == sorted(titles)
    context = browser.new_context(viewport={"width": 360, "height": 800})
    phone = context.new_page()
    phone.goto(served + "/informasi/berkala/")
    cell = phone.locator("table.dip tbody tr").first.locator("td").nth(2)
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Pejabat/unit penguasa informasi"'
    assert cell.evaluate("td => getComputedStyle(td).display") == "grid"  # label beside value
    context.close()


def test_agenda_by_month_numbered_filterable_with_relative_links(page, served):
    page.goto(served + "/agenda/")
    months = page.locator("section.bulan h3").all_inner_texts()
    assert months and all(re.match(r"^[A-Z][a-z]+ 2026: \d+ naskah$", m) for m in months), months
    rows = page.locator("table.agenda tbody tr")
    numbers = [r.locator("td").first.inner_text().split()[0] for r in rows.all()]
    assert numbers == [str(i) for i in range(1, len(numbers) + 1)]  # every row, one year
    hrefs = page.locator("table.agenda a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert hrefs and not [h for h in hrefs if h.startswith(("http:", "https:", "/"))]
    exempt = rows.filter(has_text="Data Pribadi Pemohon Informasi Publik")
    assert exempt.locator("td").last.inner_text() == "Dikecualikan (hanya judul)"
    page.get_by_label("Saring Buku Agenda").fill("jembatan")
    shown = [r for r in rows.all() if r.is_visible()]
    assert len(shown) == 1 and "Jembatan" in shown[0].inner_text()
    assert page.locator("section.bulan:visible").count() == 1
    page.get_by_label("Saring Buku Agenda").fill("")
    page.get_by_label("Jenis").select_option("Pengumuman")
    kinds = {r.get_attribute("data-jenis") for r in rows.all() if r.is_visible()}
    assert kinds == {"Pengumuman"}


def test_dashboard_chart_is_readable_on_a_phone(browser, served):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(served + "/dasbor/")
    chart = page.locator("figure.grafik svg")
    label = chart.get_attribute("aria-label")
    assert re.search(r"Nov 2026: \d+", label) and not re.search(r"\d{4}-\d{2}", label.split(":", 1)[1])
    assert chart.locator("pattern").count() >= 2  # series told apart by pattern, not colour only
    smallest = chart.evaluate("""svg => Math.min(...[...svg.querySelectorAll('text')]
        .filter(t => t.textContent.trim()).map(t => t.getBoundingClientRect().height))""")
    assert smallest >= 10, smallest  # rendered text, after any scaling, at least 10 px
    types = page.locator("h2", has_text="Per jenis naskah").locator("xpath=following-sibling::ul[1]")
    assert "Kegiatan Pimpinan" not in types.inner_text()  # news categories listed on their own
    context.close()


def test_skip_link_and_visible_focus(page, served):
    page.goto(served + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Langsung ke isi")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box and box["x"] >= 0  # moved on screen when focused
    assert skip.evaluate("el => getComputedStyle(el).outlineStyle") != "none"


@pytest.fixture(scope="module")
def served_intranet(tmp_path_factory):
    """The example's intranet copy, built at a fixed time, served on this machine only."""
    from pipeline.cli.main import main

    out = tmp_path_factory.mktemp("intranet") / "intranet"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PPID_SEKARANG", "2026-11-30T10:00:00+07:00")
        assert main(["--akar", str(ROOT), "build", "--intranet", "--output", str(out)]) == 0
    yield from serve_folder(out)


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
