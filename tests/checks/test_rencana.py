"""checks/rencana: a quarterly plan's own rules, the references items make to it, the reminder."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.checks.rencana import Quarter, check_calendar, check_corpus, quarter_of_file
from pipeline.model.dates import WIB
from pipeline.model.findings import Severity
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals

from ..conftest import PRESS_RELEASE, make_site
from ..reports.test_rencana import PLAN, PLAN_TEXT

ITEM = "content/berita/2026-11-20-jembatan.md"


@pytest.fixture
def repo(tmp_path):
    return make_site(tmp_path / "s", level="nama", plans=True)


def _found(repo):
    docs = load_corpus(repo.root)
    return [(f.path, f.code, f.field) for f in check_corpus(docs, docs)]


def test_quarter_arithmetic_across_the_year_end():
    q4 = Quarter.of(date(2026, 12, 31))
    assert q4.label == "2026-Q4" and q4.months == ("2026-10", "2026-11", "2026-12")
    assert q4.start == date(2026, 10, 1) and q4.end == date(2026, 12, 31)
    assert q4.next == Quarter(2027, 1) and Quarter(2027, 1).end == date(2027, 3, 31)
    assert q4.rel == "content/rencana/2026-Q4.yaml"
    assert quarter_of_file("content/rencana/2026-Q2.yaml") == Quarter(2026, 2)
    assert quarter_of_file("content/rencana/2026-Q5.yaml") is None
    assert quarter_of_file("content/rencana/triwulan-4.yaml") is None


def test_a_good_plan_and_a_good_reference_pass(repo):
    repo.write(PLAN, PLAN_TEXT)
    repo.write(ITEM, PRESS_RELEASE.replace("paraf: {}", "rencana: 2026-Q4/R01\nparaf: {}"))
    assert _found(repo) == []


def test_duplicate_codes_months_outside_the_quarter_and_misplaced_categories(repo):
    bad = (PLAN_TEXT.replace("kode: R02", "kode: R01").replace("bulan: 2026-12", "bulan: 2027-01")
           .replace("    penanggung_jawab: Kasie Informasi\npara", "    penanggung_jawab: Kasie "
                    "Informasi\n    kategori: berkala\npara"))
    repo.write(PLAN, bad)
    found = _found(repo)
    assert (PLAN, "rencana.kode-ganda", "konten[1].kode") in found
    assert (PLAN, "rencana.bulan-luar", "konten[3].bulan") in found
    assert (PLAN, "rencana.kategori", "konten[3].kategori") in found
    doc = next(d for d in load_corpus(repo.root) if d.rel == PLAN)
    duplicate = next(f for f in check_corpus([doc], [doc]) if f.code == "rencana.kode-ganda")
    assert duplicate.params["baris"] == doc.line_of("konten[0].kode") and duplicate.line > 8


def test_a_plan_needs_its_quarter_name_and_its_folder(repo):
    repo.write("content/rencana/triwulan-4.yaml", PLAN_TEXT)
    assert _found(repo) == [("content/rencana/triwulan-4.yaml", "rencana.nama-berkas", "")]


def test_references_to_unknown_plans_and_codes_suggest_the_nearest(repo):
    repo.write(PLAN, PLAN_TEXT)
    repo.write(ITEM, PRESS_RELEASE.replace("paraf: {}", "rencana: 2026-Q4/R1\nparaf: {}"))
    docs = load_corpus(repo.root)
    (wrong,) = check_corpus(docs, docs)
    assert wrong.code == "rencana.kode-tak-dikenal" and "2026-Q4/R01" in wrong.params["saran"]
    assert wrong.line == 12
    repo.write(ITEM, PRESS_RELEASE.replace("paraf: {}", "rencana: 2027-Q1/R01\nparaf: {}"))
    docs = load_corpus(repo.root)
    (missing,) = check_corpus(docs, docs)
    assert missing.code == "rencana.tak-dikenal"
    assert missing.params["berkas"] == "content/rencana/2027-Q1.yaml"
    repo.write(ITEM, PRESS_RELEASE.replace("paraf: {}", "rencana: 2026-Q4/R03\nparaf: {}"))
    docs = load_corpus(repo.root)
    (other_type,) = check_corpus(docs, docs)  # R03 is planned as informasi-publik
    assert other_type.code == "rencana.jenis-beda" and other_type.severity == Severity.WARNING


def test_calendar_reminds_without_blocking_and_is_silent_without_the_sop(repo, tmp_path):
    approvals = load_approvals(repo.root)
    when = datetime(2026, 11, 25, 10, tzinfo=WIB)
    (none,) = check_calendar([], approvals, when)
    assert (none.code, none.severity, none.path) == ("rencana.tidak-ada", Severity.WARNING, PLAN)
    repo.write(PLAN, PLAN_TEXT.replace("status: terbit", "status: draf"))
    (draft,) = check_calendar(load_corpus(repo.root), approvals, when)
    assert draft.code == "rencana.belum-ditetapkan" and draft.field == "status"
    repo.write(PLAN, PLAN_TEXT)
    assert check_calendar(load_corpus(repo.root), approvals, when) == []
    late = check_calendar(load_corpus(repo.root), approvals, datetime(2026, 12, 20, tzinfo=WIB))
    assert [(f.code, f.severity, f.params["batas"]) for f in late] == [
        ("rencana.berikutnya", Severity.INFO, "2026-12-31")]
    no_plans = make_site(tmp_path / "tanpa", level="nama")
    assert check_calendar([], load_approvals(no_plans.root), when) == []
