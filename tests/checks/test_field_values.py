"""checks/field_values: the withdrawal notice (reason, date) is the withdrawer's words.

The attack itself (an outsider rewriting the reason) is in test_attacks_wave4; here the
legitimate routes: the withdrawing role may reword it (signed), a reverted edit is settled,
and an unsigned edit under an entitled name is refused at `tanda-tangan`.
"""

from __future__ import annotations

import pytest

from pipeline.checks import field_values
from pipeline.checks.run import run_check
from pipeline.git.log import load_history

from .test_chain import AGUS, OUTSIDER, REL, approved_release, office

__all__ = ["office"]
OLD, NEW = 'alasan_penarikan: "Data keliru"', 'alasan_penarikan: "Data keliru, diganti naskah baru"'


@pytest.fixture(autouse=True)
def _pinned(office, monkeypatch):
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", office.git("rev-parse", "HEAD").strip())


def _withdrawn(repo, capsys):
    approved_release(repo, capsys)
    assert repo.ppid("tarik", REL, "--alasan", "Data keliru", who="agus", capsys=capsys,
                     signing_key=repo.keys["agus"])[0] == 0


def _reword(repo, who, key=None):
    repo.write(REL, repo.read(REL).replace(OLD, NEW))
    repo.git("add", REL)
    sign = ("-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.keys[key]}", "commit", "-S") \
        if key else ("commit",)
    repo.git(*sign, "-qm", "Ubah alasan", who=who)
    return repo.git("rev-parse", "--short=10", "HEAD").strip()


def _notes(repo):
    return [f for f in run_check(repo.root).errors if f.code.startswith("penarikan.catatan")]


def test_the_withdrawing_role_may_reword_the_reason_signed(office, capsys):
    _withdrawn(office, capsys)
    _reword(office, AGUS, key="agus")
    assert _notes(office) == []
    assert run_check(office.root).errors == []


def test_an_unsigned_rewording_under_an_entitled_name_is_refused(office, capsys):
    _withdrawn(office, capsys)
    guilty = _reword(office, AGUS)
    (finding,) = _notes(office)
    assert finding.code == "penarikan.catatan-tanpa-tanda-tangan" and guilty in finding.message()
    assert finding.field == "alasan_penarikan" and finding.line is not None


def test_a_reverted_rewording_is_settled(office, capsys):
    _withdrawn(office, capsys)
    _reword(office, OUTSIDER)
    assert _notes(office)
    office.git("revert", "--no-edit", "HEAD", who=OUTSIDER)
    assert _notes(office) == []


def test_the_date_is_judged_too_and_named_in_both_languages(office, capsys):
    _withdrawn(office, capsys)
    text = office.read(REL)
    line = next(ln for ln in text.splitlines() if ln.startswith("tanggal_penarikan:"))
    office.write(REL, text.replace(line, "tanggal_penarikan: 2026-01-01T09:00:00+07:00"))
    office.commit(REL, "Rapikan", who=OUTSIDER)
    docs = run_check(office.root).documents
    found, signed = field_values.check_history(
        docs, run_check(office.root).approvals, load_history(office.root), office.root)
    (finding,) = found
    assert finding.field == "tanggal_penarikan" and "Penyusup" in finding.message()
    assert "withdrawn item" in finding.message("en")


def test_an_archive_number_in_another_form_is_judged_as_its_writers(office, capsys):
    """The archivist's own number written with a quoted key is hers (here unsigned: she has
    no key in this office, so the signature is what is missing, not the authority)."""
    approved_release(office, capsys)
    office.write(REL, office.read(REL).replace(
        "paraf:", '"nomor_arsip": "400.14.4.3/0001/Diskominfo/2026"\nparaf:', 1))
    office.git("add", REL)
    office.git("commit", "-qm", "Nomor arsip", who=("Rina Susanti", "rina.susanti@bantulkab.go.id"))
    errors = [f for f in run_check(office.root).errors if f.field == "nomor_arsip"]
    assert [f.code for f in errors] == ["wewenang.tanpa-tanda-tangan"]


def test_an_honest_history_reads_no_blob_for_archive_numbers(office, capsys, monkeypatch):
    approved_release(office, capsys)
    office.write(REL, office.read(REL).replace(
        "paraf:", 'nomor_arsip: "400.14.4.3/0001/Diskominfo/2026"\nparaf:', 1))
    office.git("add", REL)
    office.git("commit", "-qm", "Nomor arsip", who=("Rina Susanti", "rina.susanti@bantulkab.go.id"))
    asked: list[list[str]] = []
    monkeypatch.setattr(field_values, "blobs", lambda root, specs: asked.append(specs) or {})
    result = run_check(office.root)
    field_values.check_history(result.documents, result.approvals, load_history(office.root),
                               office.root)
    assert asked and all(specs == [] for specs in asked)
