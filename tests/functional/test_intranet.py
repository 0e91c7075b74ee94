"""The office's intranet copy: full dashboard, never indexed, never deployed; charts and plans."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.cli.main import main

from ..conftest import ROOT
from .test_html import _vnu

WHEN = "2026-11-30T10:00:00+07:00"  # the example's plan was signed on 27 November


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The example built twice at a fixed time: the public site and the intranet copy."""
    base = tmp_path_factory.mktemp("intranet")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PPID_SEKARANG", WHEN)
        assert main(["--akar", str(ROOT), "build", "--output", str(base / "publik")]) == 0
        assert main(["--akar", str(ROOT), "build", "--intranet", "--output",
                     str(base / "intranet")]) == 0
    return base / "publik", base / "intranet"


def _text(path) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


def test_intranet_dashboard_has_reasons_and_plan_public_has_totals(builds):
    public, intranet = builds
    inside = _text(intranet / "dasbor/index.html")
    assert "Penolakan bulan ini dan alasannya" in inside
    assert "Lengkapi nilai anggaran dan sumber dana revitalisasi." in inside
    assert "2026-Q4/R05 Laporan Layanan Informasi Publik Triwulan III Tahun 2026 2026-10 " \
           "tidak terbit" in inside
    assert "2026-Q4/R03 Bantul Raih Predikat Kabupaten Informatif dari Komisi Informasi DIY " \
           "2026-10 terlambat Senin, 2 November 2026 13.38 WIB" in inside
    outside = _text(public / "dasbor/index.html")
    # The plan was signed on 27 November: items before that are not "on time" (issue #15).
    assert "Rencana konten triwulan 2026-Q4 4 dari 6 butir terwujud (0 tepat waktu)" in outside
    # Planned titles of items not (yet) published never reach the public site, on any page.
    for page in public.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Triwulan III Tahun 2026" not in text and "Hasil Pemutakhiran" not in text


def test_every_intranet_page_is_labelled_and_not_indexed(builds):
    public, intranet = builds
    pages = list(intranet.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<meta name="robots" content="noindex, nofollow">' in html, page
        assert "Salinan intranet" in html, page
    assert "Disallow: /" in (intranet / "robots.txt").read_text(encoding="utf-8")
    assert json.loads((intranet / ".ppid-build.json").read_text())["intranet"] is True
    assert "noindex" not in (public / "index.html").read_text(encoding="utf-8")
    assert "Allow: /" in (public / "robots.txt").read_text(encoding="utf-8")


def test_deploy_refuses_the_intranet_copy(builds, tmp_path, capsys):
    public, intranet = builds
    code = main(["deploy", "--to", str(tmp_path / "srv"), "--output", str(intranet)])
    assert code == 2 and "salinan intranet" in capsys.readouterr().out
    assert not (tmp_path / "srv" / "current").exists()
    assert main(["deploy", "--to", str(tmp_path / "srv"), "--output", str(public)]) == 0


def test_intranet_keeps_the_dashboard_when_the_public_one_is_off(site, capsys):
    # A new office with no content/ yet: both builds still make the empty site.
    config = site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "dasbor: false\n", encoding="utf-8")
    site.git("commit", "-qam", "Dasbor tidak diumumkan", who=("Admin", "admin@bantulkab.go.id"))
    assert site.ppid("build", capsys=capsys, when=WHEN)[0] == 0
    assert not (site.root / "output/dasbor").exists()
    code, out = site.ppid("build", "--intranet", capsys=capsys, when=WHEN)
    assert code == 0 and "jangan diterbitkan" in out
    assert (site.root / "intranet/dasbor/index.html").is_file()


def test_intranet_dashboard_and_report_are_valid_html(builds, tmp_path):
    _, intranet = builds
    report = tmp_path / "laporan" / "evaluasi.html"
    report.parent.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PPID_SEKARANG", WHEN)
        assert main(["--akar", str(ROOT), "report", "evaluasi", "--periode", "2026-S2",
                     "--format", "html", "--keluaran", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    # matplotlib charts inline: text kept as text, numbers stated for screen readers.
    assert 'aria-label="Naskah terbit per bulan: 2026-07: 0, 2026-08: 0, 2026-09: 10, ' \
           '2026-10: 10, 2026-11: 14, 2026-12: 0"' in html
    assert 'aria-label="Rencana konten: terlambat: 1, tidak terbit: 1, belum jatuh tempo: 1, ' \
           'terbit sebelum rencana disahkan: 3"' in html
    assert "<metadata>" not in html and "<?xml" not in html and ">Siaran Pers<" in html
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))  # two charts on one page, no clashing ids
    (report.parent / "dasbor.html").write_text(
        (intranet / "dasbor/index.html").read_text(encoding="utf-8"), encoding="utf-8")
    messages = _vnu(report.parent)
    assert messages == [], "\n".join(f"{m.get('url')}: {m.get('message')}" for m in messages[:20])
