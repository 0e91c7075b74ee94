"""checks/run: the check phase shared by check, build and paraf, whole tree or named files."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.checks.run import run_check, run_offline
from pipeline.model.findings import Severity
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site
from ..reports.test_rencana import PLAN, PLAN_TEXT

REL = "content/berita/2026-11-20-jembatan.md"
OTHER = "content/berita/2026-11-21-lain.md"


def test_a_partial_check_reports_only_the_named_files_but_resolves_plans(tmp_path):
    repo = make_site(tmp_path / "s", level="nama", plans=True)
    repo.write(PLAN, PLAN_TEXT)
    repo.write(REL, PRESS_RELEASE.replace("paraf: {}", "rencana: 2026-Q4/R01\nparaf: {}"))
    repo.write(OTHER, PRESS_RELEASE.replace("title:", "judul:"))  # broken, not asked about
    result = run_check(repo.root, [repo.root / REL])
    assert {d.rel for d in result.documents} == {REL}
    assert {f.path for f in result.findings} <= {REL, PLAN}  # the plan only for its reminder
    assert not any(f.code.startswith("rencana.tak-dikenal") for f in result.findings)
    whole = run_check(repo.root)
    assert any(f.path == OTHER and f.severity == Severity.ERROR for f in whole.findings)
    assert {d.rel for d in whole.documents} == {REL, OTHER, PLAN}


def test_strict_turns_warnings_into_errors_and_result_lists_publishable_items(tmp_path):
    repo = make_site(tmp_path / "s", level="nama")
    repo.write(REL, PRESS_RELEASE.replace("paraf: {}", "warna: biru\nparaf: {}"))  # unknown key
    repo.commit(REL)
    loose = run_check(repo.root)
    unknown = [f for f in loose.findings if f.field == "warna"]
    assert unknown and unknown[0].severity == Severity.WARNING
    strict = run_check(repo.root, strict=True)
    assert [f.severity for f in strict.findings if f.field == "warna"] == [Severity.ERROR]
    assert [d.rel for d in loose.publishable] == [REL] and loose.history is not None


@pytest.mark.parametrize("written", ["2026-02-31 09:00", "2026-02-31", "2026-02-31T09:00:00"])
def test_an_impossible_date_is_a_finding_with_file_and_line_not_a_crash(tmp_path, written):
    # A bare date or a full timestamp is read by YAML itself (it used to raise ValueError and
    # end the run as an internal error, exit 3, naming no file).
    repo = make_site(tmp_path / "s", level="nama")
    repo.write(REL, PRESS_RELEASE.replace("date: 2026-11-20 09:00", f"date: {written}"))
    result = run_check(repo.root)
    dated = [f for f in result.errors if f.path == REL and f.field == "date"]
    assert dated and dated[0].line == 3


def test_run_offline_needs_no_repository(tmp_path):
    repo = make_site(tmp_path / "s", level="nama")
    repo.write(REL, PRESS_RELEASE)
    when = datetime(2026, 11, 28, tzinfo=timezone(timedelta(hours=7)))
    found = run_offline(load_corpus(repo.root), load_approvals(repo.root), when)
    assert {f.code for f in found if f.severity == Severity.ERROR} == {"paraf.kurang"}
    assert not any(f.code.startswith("riwayat.") for f in found)


def test_an_impossible_date_once_in_history_does_not_stop_every_later_check(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    repo.write(REL, PRESS_RELEASE.replace("paraf: {}", "paraf:\n  kabid: {nama: X, tanggal: "
                                          "2026-02-31, keputusan: tolak, catatan: a, sha256: b}"))
    repo.commit(REL, "Paraf", who=OFFICIALS["agus"][:2])
    repo.write(REL, PRESS_RELEASE)  # corrected at once; history keeps the line forever
    repo.commit(REL, "Perbaiki")
    result = run_check(repo.root)  # findings, whatever they are; no exception
    assert "paraf.kurang" in {f.code for f in result.errors}
