"""Unit tests of the preview's banners (site/spanduk.py): the wording of an item's SOP state and
what `mark` does to a built folder. The SOP state itself is reports/status.item_steps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pipeline.model.document import parse_text
from pipeline.model.findings import Finding, Severity
from pipeline.office.policy import load_approvals
from pipeline.site import spanduk

from ..conftest import PRESS_RELEASE

WHEN = datetime(2026, 11, 28, 9, 0, tzinfo=timezone(timedelta(hours=7)))
REL = "content/berita/2026-11-20-jembatan.md"


def _doc(site, text: str = PRESS_RELEASE):
    site.write(REL, text)
    return parse_text(site.root / REL, REL, site.read(REL))


def _state(site, text: str = PRESS_RELEASE, findings=(), lang: str = "id"):
    approvals = load_approvals(site.root)
    return spanduk.item_state(_doc(site, text), approvals, list(findings), WHEN, lang)


def test_waiting_item_names_the_next_role_and_its_holder(site):
    state = _state(site)
    assert state.headline.startswith("PRATINJAU — belum disetujui: menunggu paraf Kepala Bidang")
    assert "(Drs. Agus Prasetyo, M.Si.)" in state.headline
    assert state.next_people == ["Drs. Agus Prasetyo, M.Si."] and not state.approved
    english = _state(site, lang="en")
    assert english.headline.startswith("PREVIEW — not approved: waiting for the initial of the")


def test_second_step_rejected_and_fully_approved(site):
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    site.approve(REL, [("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")], keputusan="tolak")
    rejected = _state(site, site.read(REL))
    assert rejected.headline == ("PRATINJAU — ditolak oleh Kepala Seksi Pengelolaan Informasi dan "
                                 "Aspirasi Publik (Dewi Lestari, S.Sos.): Perbaiki judul.")
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    done = _state(site, site.read(REL))
    assert done.approved and done.headline.startswith("PRATINJAU — semua paraf SOP lengkap")
    draft = _state(site, site.read(REL).replace("status: terbit", "status: draf"))
    assert not draft.approved and "draf" in draft.headline


def test_stale_initial_asks_for_a_new_one(site):
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    edited = site.read(REL).replace("60 meter", "70 meter")
    state = _state(site, edited)
    assert "basi" in state.headline and "paraf ulang Kepala Bidang" in state.headline


def test_banner_puts_privacy_findings_first_and_opens_for_them(site):
    findings = [Finding(REL, "skema.kosong", {}, "ringkasan", 5, Severity.WARNING),
                Finding(REL, "privasi.data-pribadi", {"jenis": "NIK", "contoh": "3402…0001",
                                                      "kode": "nik"}, "", 9),
                Finding("content/lain.md", "privasi.data-pribadi", {"jenis": "NIK", "contoh": "x",
                                                                    "kode": "nik"})]
    state = _state(site, findings=findings)
    assert [f.code for f in state.findings] == ["privasi.data-pribadi", "skema.kosong"]
    html = spanduk.banner(state, "id", "../index.html")
    assert "<details" in html and " open>" in html and "NIK (3402…0001)" in html
    assert "termasuk 1 temuan privasi" in html and 'href="../index.html"' in html
    quiet = spanduk.banner(_state(site), "id", "index.html")
    assert " open>" not in quiet


def test_mark_adds_banner_after_skip_link_noindex_once_and_closes_indexing(tmp_path):
    folder = tmp_path / "keluaran"
    (folder / "berita/a").mkdir(parents=True)
    page = ('<html><head><meta charset="utf-8"><meta name="robots" content="index">'
            '</head><body><a class="lompat" href="#isi">Lewati</a><main id="isi">Isi</main>'
            '</body></html>')
    (folder / "index.html").write_text(page, encoding="utf-8")
    (folder / "berita/a/index.html").write_text(page, encoding="utf-8")
    (folder / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    (folder / "robots.txt").write_text("Sitemap: https://x/sitemap.xml\n", encoding="utf-8")
    assert spanduk.mark(folder, {}, "<section>DAFTAR</section>", "id") == 2
    home = (folder / "index.html").read_text(encoding="utf-8")
    assert home.count('name="robots"') == 1 and spanduk.NOINDEX in home
    assert home.index("Lewati</a>") < home.index('<aside class="ppid-pratinjau"')
    assert home.index("DAFTAR") < home.index("</main>")
    item = (folder / "berita/a/index.html").read_text(encoding="utf-8")
    assert "DAFTAR" not in item and 'href="../../index.html"' in item
    assert not (folder / "sitemap.xml").exists()
    assert (folder / "robots.txt").read_text(encoding="utf-8").endswith("Disallow: /\n")


def test_mark_never_writes_through_a_hard_link(tmp_path):
    published = tmp_path / "output" / "index.html"
    published.parent.mkdir()
    published.write_text("<html><head></head><body><main>Terbit</main></body></html>",
                         encoding="utf-8")
    staging = tmp_path / "pratinjau"
    staging.mkdir()
    (staging / "index.html").hardlink_to(published)
    spanduk.mark(staging, {}, "", "id")
    assert "ppid-pratinjau" in (staging / "index.html").read_text(encoding="utf-8")
    assert "ppid-pratinjau" not in published.read_text(encoding="utf-8")
