"""The browser CMS for real: Decap's bundle from node_modules in Debian's Chromium, decap-server in
git mode on a temporary site repository, and our server in between (`ppid cms --sajikan`).

One repository per module: decap-server switches branches in its working tree, so the tests run
in order against the same proxy, as an editor's session would.
"""

from __future__ import annotations

import json
import socket
import threading

import pytest
from PIL import Image

from pipeline.cli.cms import start, stop_proxy
from pipeline.model.reader import parse_text

from ..conftest import AXE, OFFICIALS, PRESS_RELEASE, ROOT, make_site, require_tool

ARTIFACTS = ROOT / "test-artifacts"
EDITED = "content/berita/2026-11-20-jembatan.md"
BRANCH_PREFIX = "cms/siaran-pers/"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OURS = (".ppid-status", ".ppid-cms-galat")  # what our own scripts put on the page


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cms_site(tmp_path_factory):
    require_tool((ROOT / "node_modules" / ".bin" / "decap-server").exists(),
                 "decap-server (npm ci) tidak tersedia")
    site = make_site(tmp_path_factory.mktemp("cms") / "situs")
    site.write(EDITED, PRESS_RELEASE)
    site.approve(EDITED, [("kabid", "agus", "2026-11-20T09:13:00+07:00")])
    site.commit(EDITED)
    site.git("config", "user.name", "Rina Marlina")
    site.git("config", "user.email", "rina.marlina@bantulkab.go.id")
    httpd, proc = start(site.root, 0, _free_port())
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    stop_proxy(proc)


@pytest.fixture
def cms_page(browser, cms_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID",
                                  timezone_id="Asia/Jakarta")
    page = context.new_page()
    page.set_default_timeout(15000)
    outside: list[str] = []
    page.on("request", lambda r: r.url.startswith("http") and not r.url.startswith(cms_site[1])
            and outside.append(r.url))
    page.goto(cms_site[1] + "/admin/")
    page.get_by_role("button", name="Masuk").click()
    yield page
    context.close()
    assert outside == [], f"the CMS fetched from elsewhere: {outside[:3]}"


def _new_press_release(page, title: str, jenis_berita: str | None) -> None:
    page.get_by_text("Siaran Pers").first.click()
    page.get_by_role("link", name="Buat naskah Siaran Pers").click()
    page.get_by_label("Judul", exact=True).fill(title)
    page.get_by_role("button", name="Sekarang").first.click()
    page.get_by_label("Status", exact=True).fill("terbit")
    page.keyboard.press("Enter")
    page.get_by_label("Ringkasan singkat").fill("Seribu cemara udang ditanam di Pantai Samas.")
    page.get_by_label("Unit/OPD sumber informasi").fill("Dinas Lingkungan Hidup")
    page.get_by_label("Nomor urut agenda").fill("13")
    page.get_by_label("Kode klasifikasi arsip (Permendagri 83/2022)").fill("400.14.4.3")
    if jenis_berita:
        page.get_by_label("Jenis berita (disposisi)").fill(jenis_berita)  # a select: type, Enter
        page.keyboard.press("Enter")
    page.locator("[data-slate-editor]").click()
    page.keyboard.type("Bupati Bantul menanam seribu pohon cemara udang di Pantai Samas.")


def _branches(site) -> list[str]:
    return [b for b in site.git("branch", "--format=%(refname:short)").split()
            if b.startswith(BRANCH_PREFIX)]


def test_a_form_missing_a_required_field_is_refused_in_indonesian(cms_page, cms_site):
    site, _ = cms_site
    _new_press_release(cms_page, "Naskah Tanpa Jenis Berita", None)
    cms_page.get_by_role("button", name="Simpan", exact=True).click()
    assert cms_page.get_by_text("Ada isian wajib yang masih kosong").is_visible()
    assert cms_page.get_by_text("Jenis berita (disposisi) wajib diisi.").is_visible()
    assert _branches(site) == []


def test_a_press_release_with_a_photo_lands_on_a_branch_the_check_accepts(cms_page, cms_site,
                                                                            tmp_path, capsys):
    site, _ = cms_site
    photo = tmp_path / "samas.jpg"
    Image.new("RGB", (64, 48), (30, 120, 60)).save(photo)
    _new_press_release(cms_page, "Bupati Tanam Pohon di Pantai Samas", "Lingkungan")
    cms_page.get_by_role("button", name="Tambah bukti multimedia (foto, video, dokumen)").click()
    cms_page.get_by_role("button", name="Pilih gambar").click()
    cms_page.locator("input[type=file]").set_input_files(str(photo))
    cms_page.get_by_role("button", name="Pakai yang dipilih").click()
    cms_page.get_by_label("Keterangan / teks alternatif").fill("Bupati menanam cemara udang")
    cms_page.get_by_role("button", name="Simpan", exact=True).click()
    cms_page.get_by_text("Naskah tersimpan di cabangnya").wait_for()

    [branch] = _branches(site)
    files = site.git("diff", "--name-only", f"main...{branch}").split()
    assert "content/gambar/samas.jpg" in files
    [item] = [f for f in files if f.startswith("content/berita/")]
    site.git("checkout", "-q", branch)
    try:
        code, out = site.ppid("periksa", "--format", "json", capsys=capsys)
    finally:
        site.git("checkout", "-q", "main")
    # The office's periodic reminders (SOP 004 tasks, approvals/) are not about the item.
    findings = [f for f in json.loads(out) if f["berkas"].startswith("content/")]
    assert code == 1 and findings, out
    # Only what the SOP still waits for: the officials' initials and step records (errors) and
    # the archive number `ppid nomori` files after them (a reminder); everything the editor
    # wrote is accepted.
    errors = {f["aturan"] for f in findings if f["tingkat"] == "error"}
    assert "paraf.kurang" in errors and errors <= {"paraf.kurang", "catatan.kurang"}, out
    assert {f["isian"] for f in findings if f["tingkat"] != "error"} <= {"nomor_arsip"}, out
    assert {f["berkas"] for f in findings} == {item, EDITED}  # EDITED: its second initial


def test_editing_an_initialled_item_keeps_its_initial_lines_byte_identical(cms_page, cms_site):
    site, url = cms_site
    before = site.read(EDITED)
    cms_page.goto(f"{url}/admin/#/collections/siaran-pers/entries/2026-11-20-jembatan")
    preview = cms_page.frame_locator("iframe").first  # Decap renders the preview in a frame
    preview.get_by_text("Keadaan SOP (ppid status)").wait_for()  # ppid status's steps
    assert preview.get_by_role("cell", name="selesai", exact=True).count() == 1  # Kabid
    assert preview.get_by_role("cell", name="giliran berikutnya").count() == 1
    title = cms_page.get_by_label("Judul", exact=True)
    title.fill("Bupati Resmikan Jembatan Kali Opak di Imogiri")
    cms_page.get_by_role("button", name="Simpan", exact=True).click()
    cms_page.get_by_text("Naskah tersimpan di cabangnya").wait_for()

    branch = f"{BRANCH_PREFIX}2026-11-20-jembatan"
    after = site.git("show", f"{branch}:{EDITED}")
    assert "title: Bupati Resmikan Jembatan Kali Opak di Imogiri" in after
    old_paraf = [line for line in before.splitlines() if line.startswith(("paraf:", "  kabid:"))]
    assert len(old_paraf) == 2
    for line in old_paraf:
        assert line in after.splitlines(), line
    doc = parse_text(site.root / EDITED, EDITED, after)
    assert doc.paraf["kabid"]["nama"] == OFFICIALS["agus"][2]
    # main's copy is untouched: the change waits on its branch (read from git: decap-server may
    # still have the branch checked out in the working folder).
    assert site.git("show", f"main:{EDITED}") == before


def test_the_cms_refuses_to_merge_an_item_itself(cms_site):
    import urllib.error
    import urllib.request

    _, url = cms_site
    body = json.dumps({"action": "publishUnpublishedEntry", "params": {
        "branch": "main", "collection": "siaran-pers", "slug": "2026-11-20-jembatan"}}).encode()
    request = urllib.request.Request(url + "/api/v1", body, {"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 422
    assert "pull request" in json.loads(refused.value.read())["error"]


def test_entry_form_accessibility_at_1280(cms_page, cms_site):
    _, url = cms_site
    cms_page.goto(f"{url}/admin/#/collections/siaran-pers/new")
    cms_page.get_by_label("Judul", exact=True).wait_for()
    cms_page.add_script_tag(path=str(AXE))
    violations = cms_page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')),"
        " html: v.nodes.map(n => n.html.slice(0, 300))}))",
        AXE_TAGS)
    ours = [v for v in violations if any(sel in node for node in v["nodes"] for sel in OURS)]
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "cms-axe.json").write_text(json.dumps(
        {"ours": ours, "decap-bundle": violations}, indent=2, ensure_ascii=False), encoding="utf-8")
    assert ours == []
    # Decap's own markup too, with the repairs of cms-ppid.js (names, switch state, frame
    # title, toolbar menus); a new bundle version that breaks one shows up here by its rule id.
    assert violations == []


def test_the_toolbar_menus_still_open_by_mouse_and_keyboard(cms_page, cms_site):
    """The accessibility repairs (cms-ppid.js) leave Decap's toolbar menus working."""
    _, url = cms_site
    cms_page.goto(f"{url}/admin/#/collections/siaran-pers/new")
    menus = cms_page.locator('[role="button"][aria-haspopup="true"]')
    menus.first.wait_for()
    assert menus.count() >= 1
    menus.first.click()
    assert menus.first.get_attribute("aria-expanded") == "true"
    cms_page.keyboard.press("Escape")
    menus.first.focus()
    cms_page.keyboard.press("Enter")
    assert menus.first.get_attribute("aria-expanded") == "true"
