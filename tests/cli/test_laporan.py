"""cli/laporan: `ppid laporan` only dispatches to the registered report and writes its result."""

from __future__ import annotations

import argparse

import pytest

from pipeline.cli.laporan import _no_format, cmd_report
from pipeline.model.errors import UsageError
from pipeline.reports import registry
from pipeline.reports.registry import Report

from ..conftest import make_site


def _args(root, **given) -> argparse.Namespace:
    values = {"akar": str(root), "jenis": "uji-cli", "format": "teks", "periode": None,
              "bulan": "2026-11", "dari": None, "sampai": None, "keluaran": None, **given}
    return argparse.Namespace(**values)


@pytest.fixture
def report():
    seen = []

    def compute(request):
        seen.append(request)
        return 7

    made = registry.register(Report(
        "uji-cli", compute,
        {"teks": lambda n, r: [("Uji", ["Jumlah"], [[n], [None]])],
         "html": lambda n, r: f"<p>{n}</p>"},
        lambda n, fmt: f"uji-{n}.{fmt}"))
    try:
        yield made, seen
    finally:
        registry.unregister("uji-cli")


def test_teks_prints_a_table_and_passes_the_period_options(tmp_path, report, capsys):
    repo = make_site(tmp_path / "s")
    assert cmd_report(_args(repo.root)) == 0
    out = capsys.readouterr().out
    assert "Jumlah" in out and "7" in out and "-" in out  # None shown as '-'
    (request,) = report[1]
    assert request.bulan == "2026-11" and request.root == repo.root.resolve()
    assert request.approvals.settings.instansi.nama  # loaded once, by the CLI


def test_html_is_written_to_the_chosen_or_the_default_file(tmp_path, report, monkeypatch):
    repo = make_site(tmp_path / "s")
    out = tmp_path / "laporan.html"
    assert cmd_report(_args(repo.root, format="html", keluaran=str(out))) == 0
    assert out.read_text() == "<p>7</p>"
    monkeypatch.chdir(tmp_path)
    assert cmd_report(_args(repo.root, format="html")) == 0
    assert (tmp_path / "uji-7.html").read_text() == "<p>7</p>"


def test_a_missing_format_names_what_this_and_other_reports_offer(tmp_path, report):
    repo = make_site(tmp_path / "s")
    with pytest.raises(UsageError) as raised:
        cmd_report(_args(repo.root, format="xlsx"))
    message = str(raised.value)
    assert "teks, html" in message and "mutu-baku" in message and raised.value.exit_code == 2
    assert _no_format(report[0], "xlsx") == message
