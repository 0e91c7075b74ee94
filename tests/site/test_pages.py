"""site/pages: the agenda page's grouping (years newest first, months in order, rows numbered)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.model.dates import WIB
from pipeline.reports.agenda import AgendaRow
from pipeline.site.pages import FORMS, agenda_by_month


def _row(when: datetime | None, rel: str) -> AgendaRow:
    return AgendaRow(None, when, "", rel, "", "", "", [], None, "Terbit", "", rel)


def test_rows_grouped_by_wib_month_and_numbered_within_the_year():
    rows = [_row(datetime(2025, 12, 31, 18, tzinfo=UTC), "a"),  # 1 Jan 2026 in Bantul
            _row(datetime(2026, 2, 3, 9, tzinfo=WIB), "b"),
            _row(datetime(2026, 1, 5, 9, tzinfo=WIB), "c"),
            _row(datetime(2025, 12, 1, 9, tzinfo=WIB), "d"),
            _row(None, "tanpa-tanggal")]
    grouped = agenda_by_month(rows, "id")
    assert [year for year, _ in grouped] == [2026, 2025]
    months_2026 = grouped[0][1]
    assert [m["kunci"] for m in months_2026] == ["2026-01", "2026-02"]
    assert months_2026[0]["label"].lower() == "januari 2026"
    assert [(n, r.berkas) for m in months_2026 for n, r in m["baris"]] == [(1, "a"), (2, "c"),
                                                                          (3, "b")]
    assert [(n, r.berkas) for n, r in grouped[1][1][0]["baris"]] == [(1, "d")]
    assert agenda_by_month(rows, "en")[0][1][0]["label"] == "January 2026"
    assert agenda_by_month([], "id") == []
    assert FORMS == ("permohonan", "keberatan")
