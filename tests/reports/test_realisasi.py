"""reports/realisasi: each planned item of an adopted plan, realised on time, late, or not."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pipeline.model.dates import WIB
from pipeline.model.document import parse_text
from pipeline.reports.agenda import AgendaRow
from pipeline.reports.realisasi import (
    BELUM,
    SEBELUM,
    TEPAT,
    TERLAMBAT,
    TIDAK_TERBIT,
    realise,
    signed_on,
    similarity,
    summary,
)

from ..conftest import PRESS_RELEASE
from .test_rencana import PLAN, PLAN_TEXT

SIGNED = "paraf:\n  koordinator: {nama: X, tanggal: 2026-09-25 10:00, keputusan: setuju, sha256: a}"


def _doc(rel: str, text: str):
    return parse_text(Path("/s") / rel, rel, text)


def _row(rel: str, when: datetime | None) -> AgendaRow:
    return AgendaRow(None, None, "", "", "", "", "", [], when, "Terbit", "", rel)


def _item(rel: str, title: str, ref: str = ""):
    extra = f"rencana: {ref}\n" if ref else ""
    return _doc(rel, PRESS_RELEASE.replace("Bupati Resmikan Jembatan Kali Opak", title)
                .replace("paraf: {}", extra + "paraf: {}"))


def test_outcomes_by_reference_by_title_and_by_calendar():
    plan = _doc(PLAN, PLAN_TEXT.replace("paraf: {}", SIGNED))
    cited = _item("content/berita/a.md", "Judul lain sama sekali", "2026-Q4/R01")
    titled = _item("content/berita/b.md", "Pasar Rakyat Bantul Dibuka Kembali Pekan Ini")
    rows = [_row(cited.rel, datetime(2026, 10, 20, tzinfo=WIB)),
            _row(titled.rel, datetime(2026, 11, 3, tzinfo=WIB))]
    out = {r.rujukan: r for r in realise([plan, cited, titled], rows,
                                         ["2026-10", "2026-11", "2026-12"], date(2026, 12, 5))}
    assert (out["2026-Q4/R01"].status, out["2026-Q4/R01"].cara) == (TEPAT, "rujukan")
    assert out["2026-Q4/R02"].status == TERLAMBAT and out["2026-Q4/R02"].berkas == titled.rel
    assert out["2026-Q4/R02"].cara.startswith("judul")
    assert out["2026-Q4/R03"].status == TIDAK_TERBIT  # November is over: not published
    assert out["2026-Q4/R04"].status == BELUM  # December is not over yet
    assert summary(list(out.values())) == (4, 2, 1)  # planned, realised, on time


def test_a_draft_plan_counts_nothing_and_early_publication_is_named():
    draft = _doc(PLAN, PLAN_TEXT.replace("status: terbit", "status: draf"))
    assert realise([draft], [], ["2026-10"], date(2026, 11, 1)) == []
    plan = _doc(PLAN, PLAN_TEXT.replace("paraf: {}", SIGNED))
    early = _item("content/berita/a.md", "x", "2026-Q4/R01")
    (first, *_) = realise([plan, early], [_row(early.rel, datetime(2026, 9, 1, tzinfo=WIB))],
                          ["2026-10"], date(2026, 11, 1))
    assert first.status == SEBELUM  # published before the plan was signed


def test_similarity_and_signing_time():
    assert similarity("Pasar Rakyat Dibuka", "pasar rakyat dibuka") == 1.0
    assert similarity("", "x") == 0.0 and 0 < similarity("Pasar Rakyat", "Pasar Ikan") < 1
    plan = _doc(PLAN, PLAN_TEXT.replace("paraf: {}", SIGNED))
    assert signed_on(plan) == datetime(2026, 9, 25, 10, tzinfo=WIB)
    assert signed_on(_doc(PLAN, PLAN_TEXT)) is None
