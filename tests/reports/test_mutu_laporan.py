"""Unit tests of pipeline.reports.mutu_laporan: the mutu-baku tables from measured step times."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.model.errors import UsageError
from pipeline.office.policy import load_approvals
from pipeline.reports import mutu_laporan
from pipeline.reports.export import Percent
from pipeline.reports.mutu import StepTime
from pipeline.reports.registry import Request

from ..conftest import make_site

WIB = timezone(timedelta(hours=7))
AT = datetime(2026, 11, 20, 9, 0, tzinfo=WIB)


def _times() -> list[StepTime]:
    return [StepTime("a.md", "A", "SOP 001", 2, "Kabid", 30, 60, official="Agus", start=AT,
                     end=AT + timedelta(minutes=30)),
            StepTime("a.md", "A", "SOP 001", 4, "Kasie", 90, 60, steps="4–5", official="Dewi",
                     start=AT, end=AT + timedelta(minutes=90), outside=True),
            StepTime("b.md", "B", "SOP 001", 2, "Kabid", 50, None, official="Agus")]


@pytest.fixture(scope="module")
def approvals(tmp_path_factory):
    return load_approvals(make_site(tmp_path_factory.mktemp("mutu") / "situs").root)


def test_compute_refuses_an_unreadable_bound_and_measures_an_empty_site(approvals, tmp_path):
    site = make_site(tmp_path / "kosong")
    with pytest.raises(UsageError, match="--dari/--sampai tidak valid") as refused:
        mutu_laporan.compute(Request(site.root, approvals, dari="1 Juli 2026"))
    assert refused.value.exit_code == 2
    with pytest.raises(UsageError):
        mutu_laporan.compute(Request(site.root, approvals, sampai="2026-02-31"))
    assert mutu_laporan.compute(Request(site.root, approvals, dari="2026-07-01")) == []


def test_summary_counts_only_steps_with_a_standard(approvals):
    rows = dict((r[0], r[1]) for r in mutu_laporan.summary_rows(_times(), approvals))
    assert rows["Langkah diukur"] == 3 and rows["Langkah SOP dinilai"] == 2
    assert rows["Langkah SOP tepat waktu"] == 1 and rows["Langkah SOP tepat waktu (%)"] == Percent(0.5)
    assert rows["Selesai di luar jam kerja"] == 1
    assert "4–5" in rows["Langkah digabung"] and "60" in rows["Langkah digabung"]
    empty = dict((r[0], r[1]) for r in mutu_laporan.summary_rows([], approvals))
    assert empty["Langkah diukur"] == 0 and empty["Langkah SOP tepat waktu (%)"] is None


def test_tables_with_and_without_detail(approvals):
    names = [name for name, _, _ in mutu_laporan.tables(_times(), approvals)]
    assert names == ["Ringkasan", "Per langkah", "Per peran", "Terlama", "Rincian langkah", "Metode"]
    short = {name: (head, rows) for name, head, rows in mutu_laporan.tables(_times(), approvals,
                                                                              detail=False)}
    assert "Rincian langkah" not in short and "Mencakup langkah" not in short["Per langkah"][0]
    assert short["Terlama"][1] == [["a.md", "A", 120], ["b.md", "B", 50]]
    kabid = next(r for r in short["Per peran"][1] if r[0] == "Kabid")
    assert kabid[1:3] == [2, 40] and kabid[5] == 1  # two times, median 40, one judged
    detail = mutu_laporan.detail_rows(_times())[2]
    assert [r[9] for r in detail] == [30, 90, 50] and detail[1][4] == "4–5"


def test_method_lists_every_step_of_every_sop(approvals):
    _, head, rows = mutu_laporan.method_rows(approvals)
    assert len(head) == 7
    expected = sum(len(p.steps) for p in approvals.policies.values())
    assert len(rows) == expected > 0 and all(isinstance(r[6], str) and r[6] for r in rows)


def test_text_and_html_presentations(approvals, tmp_path):
    request = Request(tmp_path, approvals)
    titles = [name for name, _, _ in mutu_laporan.teks(_times(), request)]
    assert "Rincian langkah" not in titles and len(titles) == 5
    assert all(isinstance(v, str) or v is None or isinstance(v, int)
               for _, _, rows in mutu_laporan.teks(_times(), request) for row in rows for v in row)
    page = mutu_laporan.html(_times(), request)
    assert "Laporan Mutu Baku" in page and approvals.settings.instansi.nama in page
    assert "<script" not in page.lower()  # self-contained and printable: no code to run
