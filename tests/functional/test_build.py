"""Functional builds: the example site's HTML, and builds that must not damage what is published."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.model.types import site_types
from pipeline.model.urls import doc_url

from ..conftest import PRESS_RELEASE, ROOT

REL = "content/berita/2026-11-20-jembatan.md"


def _html(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_every_published_item_has_its_page(example):
    result, out, report = example
    published = [d for d in result.documents if d.publishable and not d.exempt
                 and d.jenis in site_types()]
    assert len(published) == 33  # with issue #15's SOP 000, 001 and 003 items
    # The approved site revision is a record of the office, never a page of the site.
    records = [d for d in result.documents if d.jenis == "perubahan-situs"]
    assert records and not any(r.title in p.read_text(encoding="utf-8")
                               for r in records for p in out.rglob("*.html"))
    # The adopted content plan is initialled like an item but is no page of the site.
    (plan,) = [d for d in result.documents if d.is_plan]
    assert plan.publishable and not any(plan.title in p.read_text(encoding="utf-8")
                                        for p in out.rglob("*.html"))
    for doc in published:
        page = _html(out, doc_url(doc))
        assert page.count("<h1>") == 1 and '<html lang="id">' in page
        assert doc.title.replace("&", "&amp;") in page
    assert report.pages == len(list(out.rglob("*.html")))
    for url in ("", "informasi/", "informasi/berkala/", "informasi/serta-merta/",
                "informasi/setiap-saat/", "informasi/dikecualikan/", "sop/"):
        assert (out / url / "index.html").is_file(), url


def test_draft_and_exempt_body_never_reach_the_output(example):
    result, out, _ = example
    draft = next(d for d in result.documents if d.status == "draf")
    exempt = next(d for d in result.documents if d.exempt)
    assert not (out / doc_url(draft)).exists() and not (out / doc_url(exempt)).exists()
    for path in out.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", "replace")
            assert "KALIMAT-RAHASIA-DIKECUALIKAN" not in text, path
            assert "KALIMAT-DRAF-BELUM-TERBIT" not in text, path
            assert draft.title not in text, path
    listing = _html(out, "informasi/dikecualikan/")
    assert exempt.title in listing
    assert "UU 14/2008 Pasal 17 huruf h angka 5" in listing
    assert "Penetapan Uji Konsekuensi PPID Kabupaten Bantul Nomor 045/001/UK/2026" in listing


def test_article_shows_date_unit_archive_number_and_approval_trail(example):
    _, out, _ = example
    page = _html(out, "berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/")
    assert "Jumat, 13 November 2026 09.00 WIB" in page
    assert "Dinas Perdagangan" in page
    assert re.search(r"<dd>400\.14\.4\.3/0\d{3}/Diskominfo/2026</dd>", page)
    trail = page[page.index("Jejak persetujuan"):]
    kabid = trail.index("Drs. Agus Prasetyo, M.Si.")
    kasie = trail.index("Dewi Lestari, S.Sos.")
    assert kabid < kasie  # in the SOP's order
    assert "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik" in trail
    assert "Disetujui" in trail


def test_withdrawn_item_stays_with_a_notice(example):
    _, out, _ = example
    page = _html(out, "berita/2026/jadwal-pemeliharaan-jaringan-listrik-di-kapanewon-sewon/")
    assert "Informasi ini telah ditarik" in page
    assert "Jadwal pemeliharaan dibatalkan oleh penyelenggara" in page


def test_dip_tables_and_sop_pages(example):
    result, out, _ = example
    berkala = [d for d in result.documents if d.meta.get("kategori") == "berkala"]
    table = _html(out, "informasi/berkala/")
    assert table.count("<tr>") == len(berkala) + 1  # header row + one per item
    assert "Ringkasan isi informasi" in table and "Jangka waktu penyimpanan" in table
    sop = _html(out, "sop/000-distribusi-informasi-publik/")
    assert "waktu baku 390 menit" in sop
    assert sop.index("Kepala Dinas Komunikasi dan Informatika") < sop.index(
        "Kepala Seksi Pengelolaan Opini Publik")


def _approved_site(site, text=PRESS_RELEASE):
    site.write(REL, text)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])


def test_hostile_title_and_summary_are_escaped(site, capsys):
    hostile = PRESS_RELEASE.replace(
        "title: Bupati Resmikan Jembatan Kali Opak",
        "title: '<script>alert(\"x\")</script> Jembatan'").replace(
        "ringkasan: Jembatan baru menghubungkan dua kapanewon.",
        'ringkasan: "<img src=x onerror=alert(1)>"')
    _approved_site(site, hostile)
    assert site.ppid("build", capsys=capsys)[0] == 0
    page = (site.root / "output/berita/2026/jembatan/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Jembatan" in page


def test_failed_check_leaves_published_output_untouched(site, capsys):
    _approved_site(site)
    assert site.ppid("build", capsys=capsys)[0] == 0
    before = _tree(site.root / "output")
    site.write(REL, site.read(REL).replace("60 meter", "90 meter"))
    code, out = site.ppid("build", capsys=capsys)
    assert code == 1 and "[paraf.basi]" in out and "tidak ada yang diterbitkan" in out
    assert _tree(site.root / "output") == before


def test_pelican_failure_is_exit_3_and_leaves_output_untouched(site, capsys):
    _approved_site(site)
    assert site.ppid("build", capsys=capsys)[0] == 0
    before = _tree(site.root / "output")
    article = site.root / "theme/templates/article.html"
    article.write_text(article.read_text(encoding="utf-8") + "{% if %}", encoding="utf-8")
    code, out = site.ppid("build", capsys=capsys)
    assert code == 3 and "Pelican gagal membangun situs" in out
    assert "output/ yang sudah terbit tidak diubah" in out
    assert _tree(site.root / "output") == before
    assert sorted(p.name for p in site.root.iterdir() if p.name.startswith("output")) == ["output"]


def test_killed_build_leaves_output_complete_and_is_cleaned_up(site, capsys):
    for n in range(6):
        rel = f"content/berita/2026-11-{10 + n:02d}-berita-{n}.md"
        site.write(rel, PRESS_RELEASE.replace("nomor_urut: 12", f"nomor_urut: {n + 1}").replace(
            "2026-11-20 09:00", f"2026-11-{10 + n:02d} 09:00"))
        site.approve(rel, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                           ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    assert site.ppid("build", capsys=capsys)[0] == 0
    before = _tree(site.root / "output")
    # Make every article page slow to render, so the build can be killed half-way.
    conf = site.root / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nimport time\nJINJA_FILTERS['lambat'] = "
                    "lambda x: (time.sleep(0.4), x)[1]\n", encoding="utf-8")
    article = site.root / "theme/templates/article.html"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "<h1>{{ article.title }}</h1>", "<h1>{{ article.title|lambat }}</h1>"), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--akar", str(site.root),
                             "build"], cwd=site.root, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            start_new_session=True)
    deadline = time.monotonic() + 30
    staged = []
    while time.monotonic() < deadline and not staged:
        staged = [p for p in site.root.glob("output.*") if list(p.rglob("berita/*/*/index.html"))]
        time.sleep(0.05)
    assert staged, "the build never reached the writing stage"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _tree(site.root / "output") == before
    # The next build clears the leftover staging folder and publishes.
    conf.write_text(conf.read_text(encoding="utf-8").replace("time.sleep(0.4)", "0"),
                    encoding="utf-8")
    assert site.ppid("build", capsys=capsys)[0] == 0
    assert sorted(p.name for p in site.root.iterdir() if p.name.startswith("output")) == ["output"]


def test_footer_states_the_proof_in_force(site, capsys, example):
    """An office at `nama` (the default test site) says its initials are not proven; the
    example, at `tanda-tangan` by its chain of trust, says they were made by the officials."""
    _approved_site(site)
    assert site.ppid("build", capsys=capsys)[0] == 0
    home = (site.root / "output/index.html").read_text(encoding="utf-8")
    assert "belum dibuktikan dengan riwayat Git maupun tanda tangan digital" in home
    assert "diparaf pejabat yang berwenang" not in home
    _, out, _ = example
    assert "diparaf pejabat yang berwenang" in (out / "index.html").read_text(encoding="utf-8")
