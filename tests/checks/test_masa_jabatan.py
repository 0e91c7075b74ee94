"""TermClosures: the roster change that closed a term, and which initials predate it."""

from __future__ import annotations

from pipeline.checks.chain import walk
from pipeline.checks.masa_jabatan import TermClosures
from pipeline.git.log import load_history

from ..conftest import OFFICIALS
from .test_attacks_wave4 import _leave_office
from .test_chain import office

__all__ = ["office"]
AGUS = OFFICIALS["agus"][1]


def _closures(repo) -> TermClosures:
    history = load_history(repo.root)
    return TermClosures(walk(repo.root, history), history)


def test_the_signed_roster_change_is_the_closure_and_only_for_that_role(office, monkeypatch):
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", office.git("rev-parse", "HEAD").strip())
    before = office.git("rev-parse", "HEAD").strip()
    _leave_office(office)
    closure = office.git("rev-parse", "HEAD").strip()
    closures = _closures(office)
    assert closures.closing(AGUS, "kabid") == [closure]
    assert closures.closing(AGUS.upper(), "kabid") == [closure]  # e-mails compare folded
    assert closures.closing(AGUS, "kasie-informasi") == []
    assert closures.made_after_closure(before, AGUS, "kabid") is None  # an ancestor of it


def test_a_commit_beside_the_closure_is_named(office, monkeypatch):
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", office.git("rev-parse", "HEAD").strip())
    fork = office.git("rev-parse", "HEAD").strip()
    _leave_office(office)
    closure = office.git("rev-parse", "HEAD").strip()
    office.git("checkout", "-qb", "samping", fork)
    office.write("theme/x.txt", "x\n")
    office.commit("theme/x.txt")
    beside = office.git("rev-parse", "HEAD").strip()
    office.git("checkout", "-q", "main")
    office.git("merge", "-q", "--no-ff", "-m", "Gabung", "samping")
    closures = _closures(office)
    assert closures.made_after_closure(beside, AGUS, "kabid") == closure
    assert closures.made_after_closure(beside, AGUS, "kasie-informasi") is None
