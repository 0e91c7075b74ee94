"""The report registry: a report registered in one place is offered and run by `ppid laporan`."""

from __future__ import annotations

import openpyxl
import pytest

from pipeline.reports import registered, registry  # noqa: F401 - the shipped reports
from pipeline.reports.registry import Report, Request

from ..conftest import PRESS_RELEASE


def _count(request: Request) -> int:
    return sum(1 for _ in (request.root / "content").rglob("*.md"))


@pytest.fixture
def throwaway():
    report = registry.register(Report(
        "hitung-berkas", _count,
        {"teks": lambda n, _r: [("Berkas", ["Jumlah"], [[n]])],
         "xlsx": lambda n, _r: [("Berkas", ["Jumlah"], [[n]])]},
        lambda n, fmt: f"hitung-{n}.{fmt}",
    ))
    yield report
    registry.unregister(report.name)


def test_registered_report_runs_through_the_cli(site, capsys, tmp_path, throwaway):
    site.write("content/siaran-pers/jembatan.md", PRESS_RELEASE)
    code, text = site.ppid("laporan", "hitung-berkas", capsys=capsys)
    assert code == 0 and "Jumlah" in text and "│ 1 " in text.replace("┃", "│")
    out = tmp_path / "hitung.xlsx"
    code, _ = site.ppid("laporan", "hitung-berkas", "--format", "xlsx", "--keluaran", str(out),
                        capsys=capsys)
    assert code == 0 and openpyxl.load_workbook(out)["Berkas"]["A2"].value == 1
    # a format the report does not present: exit 2 naming what it offers
    code, text = site.ppid("laporan", "hitung-berkas", "--format", "html", capsys=capsys)
    assert code == 2 and "teks, xlsx" in text and "evaluasi" in text


def test_unregistered_report_is_not_a_choice(site, capsys):
    code, _ = site.ppid("laporan", "hitung-berkas", capsys=capsys)
    assert code == 2  # argparse: invalid choice
    assert registry.names() == ["mutu-baku", "evaluasi"]


def test_register_refuses_duplicates_and_unknown_formats():
    with pytest.raises(ValueError):
        registry.register(Report("mutu-baku", _count, {}, lambda n, f: "x"))
    with pytest.raises(ValueError):
        registry.register(Report("lain", _count, {"pdf": lambda n, r: []}, lambda n, f: "x"))
    assert "lain" not in registry.names()
