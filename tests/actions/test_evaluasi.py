"""actions/evaluasi: `ppid baru evaluasi --bulan/--semester` (SOP 004 C records, issue #15)."""

from __future__ import annotations

import pytest

from pipeline.actions.evaluasi import new_evaluation
from pipeline.model.dates import parse_datetime
from pipeline.model.errors import UsageError
from pipeline.model.reader import load_document

from ..conftest import make_site


def test_a_month_that_has_not_ended_is_refused_with_its_end(tmp_path, capsys):
    repo = make_site(tmp_path / "s")
    code, out = repo.ppid("baru", "evaluasi", "--bulan", "2026-11", capsys=capsys,
                          when="2026-11-28T10:00:00+07:00")
    assert code == 2
    assert "belum berakhir" in out and "2026-11-30" in out
    assert not (repo.root / "content" / "evaluasi").exists()


def test_bad_periods_are_named(tmp_path):
    root = make_site(tmp_path / "s").root
    when = parse_datetime("2026-11-28T10:00:00+07:00")
    with pytest.raises(UsageError, match="2026-13"):
        new_evaluation(root, bulan="2026-13", today=when)
    with pytest.raises(UsageError, match="--semester"):
        new_evaluation(root, semester="2026-S3", today=when)
    with pytest.raises(UsageError, match="pilih satu periode"):
        new_evaluation(root, bulan="2026-10", semester="2026-S1", today=when)


def test_an_ended_month_gets_the_report_figures_and_room_for_notes(tmp_path, capsys):
    repo = make_site(tmp_path / "s")
    code, out = repo.ppid("baru", "evaluasi", "--bulan", "2026-10", capsys=capsys,
                          when="2026-11-28T10:00:00+07:00")
    assert code == 0, out
    path = repo.root / "content/evaluasi/evaluasi-bulanan-2026-10.md"
    doc = load_document(repo.root, path)
    assert doc.loaded and doc.jenis == "evaluasi-bulanan" and doc.meta["periode"] == "2026-10"
    assert "| Naskah terbit |" in doc.body and "## Catatan kantor" in doc.body
    code, out = repo.ppid("baru", "evaluasi", "--bulan", "2026-10", capsys=capsys,
                          when="2026-11-28T10:00:00+07:00")
    assert code == 2 and "sudah ada" in out
    code, out = repo.ppid("baru", "evaluasi-semester", "2026-S1", capsys=capsys,
                          when="2026-11-28T10:00:00+07:00")
    assert code == 0 and (repo.root / "content/evaluasi/evaluasi-semester-2026-S1.md").is_file()
