"""checks/periodic: SOP 004's periodic tasks as reminders, never errors (issue #15)."""

from __future__ import annotations

from datetime import date

from pipeline.checks.periodic import check_periodic, reminders, spans
from pipeline.model.dates import parse_datetime
from pipeline.model.findings import Severity
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals

from ..conftest import make_site

EVALUATION = """---
title: Evaluasi Bulanan Oktober
date: 2026-11-03 09:00
jenis: evaluasi-bulanan
status: terbit
unit: Diskominfo
periode: "2026-10"
---

Catatan rapat.
"""


def _found(repo, when: str):
    return check_periodic(load_corpus(repo.root), load_approvals(repo.root), parse_datetime(when))


def test_calendar_periods():
    assert [s.label for s in spans(1, "2026-10", date(2026, 11, 28))] == ["2026-10", "2026-11"]
    assert [s.label for s in spans(6, "2026-01", date(2026, 11, 28))] == ["2026-S1", "2026-S2"]
    assert spans(3, "2026-11", date(2026, 11, 28))[0].start == date(2026, 10, 1)


def test_an_evaluation_is_due_then_late_then_done_when_initialled(tmp_path):
    repo = make_site(tmp_path / "s", periodic=True)
    monthly = [f for f in _found(repo, "2026-11-05T09:00:00+07:00")
               if f.params["kode"] == "C.2"]
    (due,) = monthly
    assert due.code == "berkala.evaluasi" and due.severity is Severity.INFO
    assert due.params["periode"] == "2026-10" and due.params["batas"] == date(2026, 11, 10)
    assert due.params["pejabat"] == "Dr. Retno Widyastuti, M.T."
    late = [f for f in _found(repo, "2026-11-20T09:00:00+07:00") if f.params["kode"] == "C.2"]
    assert [f.severity for f in late] == [Severity.WARNING]
    repo.write("content/evaluasi/evaluasi-bulanan-2026-10.md", EVALUATION)
    waiting = [f for f in _found(repo, "2026-11-20T09:00:00+07:00") if f.params["kode"] == "C.2"]
    assert [f.code for f in waiting] == ["berkala.belum-lengkap"]
    repo.approve("content/evaluasi/evaluasi-bulanan-2026-10.md",
                 [("kepala-dinas", "retno", "2026-11-04T10:00:00+07:00")])
    done = [f for f in _found(repo, "2026-11-20T09:00:00+07:00") if f.params["kode"] == "C.2"]
    assert done == []


def test_months_without_uploads_and_reminders_for_the_dashboard(tmp_path):
    repo = make_site(tmp_path / "s", periodic=True)
    found = reminders(load_corpus(repo.root), load_approvals(repo.root),
                      parse_datetime("2026-11-05T09:00:00+07:00"))
    assert ("A.2", "2026-10", "berkala.tanpa-unggahan") in {(r.kode, r.periode, r.code)
                                                           for r in found}


def test_reminders_never_make_the_check_fail(tmp_path, capsys):
    repo = make_site(tmp_path / "s", periodic=True)
    code, out = repo.ppid("periksa", "--strict", capsys=capsys, when="2026-11-25T09:00:00+07:00")
    assert "berkala.evaluasi" in out and "peringatan" in out
    assert code == 0
