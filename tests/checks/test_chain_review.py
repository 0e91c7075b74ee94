"""Attacks found by an adversarial review of the chain of trust, kept as regressions.

Each one succeeded against the first version of the chain (exit 0, forged content publishable):
smuggling fake commit records through a NUL byte in a committed file, hiding changed lines from
the history reader with .gitattributes, a quoted file name under approvals/, a merge that takes
a stale side to undo a withdrawal, and a commit dated far in the future that blocked an office.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pipeline.checks.run import run_check

from ..conftest import PRESS_RELEASE
from .test_chain import CONFIG, EDITOR, OUTSIDER, REL, SIGNERS, approved_release, office, signed

__all__ = ["office"]  # the fixture, shared with test_chain
SOP = "approvals/sop/001-pemutakhiran-website.yaml"
FORGED = "content/berita/2026-11-21-palsu.md"


@pytest.fixture(autouse=True)
def _pinned(office, monkeypatch):
    """As CI has it: the root of trust pinned outside the repository."""
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", office.git("rev-parse", "HEAD").strip())


def _codes(repo) -> list[str]:
    return [f.code for f in run_check(repo.root).errors]


def _fake_record(repo, sha: str, parents: str | None = None) -> str:
    """The header `git log` would print for `sha`, as a forger would copy it."""
    fields = repo.git("log", "-1", "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI"
                      "%x1f%x1f%s", sha).rstrip("\n").split("\x1f")
    if parents is not None:
        fields[1] = parents
    return "\x1f".join(fields)


def _smuggle(repo, name: str, header: str) -> None:
    # Past git's 8000-byte binary sniffing the file is text, and its NUL is printed as is.
    repo.write(name, "x" * 9000 + "\x00" + header + "\n")


def test_replayed_signed_commit_records_cannot_carry_forged_initials(office, capsys):
    approved_release(office, capsys)
    signed_by = {who: office.git("log", "-1", "--format=%H", f"--author={who}").strip()
                 for who in ("agus", "dewi")}
    office.write(FORGED, PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 99").replace(
        "sepanjang 60 meter.", "ISI PALSU."))
    office.commit(FORGED, who=OUTSIDER)
    when = (datetime.now().astimezone() - timedelta(minutes=1)).isoformat(timespec="seconds")
    for name, (role, who) in zip(("aaa1.txt", "aaa2.txt"), (("kabid", "agus"),
                                                           ("kasie-informasi", "dewi")),
                                 strict=True):
        _smuggle(office, name, _fake_record(office, signed_by[who]))
        office.approve(FORGED, [(role, who, when)])
        office.git("add", "-A")
        office.git("commit", "-qm", "rapikan", who=OUTSIDER)
    errors = [f for f in run_check(office.root).errors if f.path == FORGED]
    assert {f.field for f in errors} >= {"paraf.kabid", "paraf.kasie-informasi"}
    assert all("Penyusup" in f.message() for f in errors if f.field.startswith("paraf."))


def test_a_fake_parentless_record_cannot_hide_head_from_the_chain(office, capsys):
    office.write("theme/a.txt", "a\n")
    office.commit("theme/a.txt", who=OUTSIDER)
    child = office.git("rev-parse", "HEAD").strip()
    text = office.read(SOP)  # the Kasie's step dropped, the later steps renumbered
    rest = text[text.index("  - nomor: 4\n"):].replace("  - nomor: 4\n", "  - nomor: 3\n")
    office.write(SOP, text[:text.index("  - nomor: 3\n")] + rest.replace("  - nomor: 5\n",
                                                                           "  - nomor: 4\n"))
    _smuggle(office, "aaa1.txt", _fake_record(office, child, parents="0" * 40))
    office.git("add", "-A")
    office.git("commit", "-qm", "rapikan", who=OUTSIDER)
    assert "approvals.tidak-sah" in _codes(office)


def test_gitattributes_cannot_hide_a_status_change(office, capsys):
    approved_release(office, capsys)
    assert office.ppid("tarik", REL, "--alasan", "Keliru", who="agus", capsys=capsys,
                       signing_key=office.keys["agus"])[0] == 0
    moved = REL.replace("jembatan", "jembatan-baru")
    text = office.read(REL).replace("status: ditarik", "status: terbit")
    office.git("mv", REL, moved)
    office.write(moved, text)
    office.write(".gitattributes", f"{moved} -diff\n")
    office.git("add", "-A")
    office.git("commit", "-qm", "Pindah", who=OUTSIDER)
    (finding,) = [f for f in run_check(office.root).errors if f.code == "wewenang.status"]
    assert "Penyusup" in finding.message()


@pytest.mark.parametrize("attributes", ["", 'approvals/sop/zz* -diff\n'])
def test_a_quoted_file_name_under_approvals_is_still_a_change(office, attributes):
    office.write('approvals/sop/zz"x.yaml', office.read(SOP).replace(
        "id: 001-pemutakhiran-website", 'id: zz"x'))
    if attributes:
        office.write(".gitattributes", attributes)
    office.git("add", "-A")
    office.git("commit", "-qm", "rapikan", who=OUTSIDER)
    assert "approvals.tidak-sah" in _codes(office)


def test_a_merge_taking_a_stale_side_cannot_undo_a_withdrawal(office, capsys):
    approved_release(office, capsys)
    before = office.git("rev-parse", "HEAD").strip()
    assert office.ppid("tarik", REL, "--alasan", "Keliru", who="agus", capsys=capsys,
                       signing_key=office.keys["agus"])[0] == 0
    office.git("checkout", "-qb", "cabang", before)
    office.write("theme/cabang.txt", "y\n")
    office.commit("theme/cabang.txt", who=OUTSIDER)
    office.git("checkout", "-q", "main")
    office.git("merge", "-q", "-s", "ours", "--no-commit", "cabang", who=OUTSIDER)
    office.git("checkout", "cabang", "--", REL)
    office.git("commit", "-qm", "Gabung", who=OUTSIDER)
    merge = office.git("rev-parse", "--short=10", "HEAD").strip()
    (finding,) = [f for f in run_check(office.root).errors if f.code == "wewenang.status"]
    assert merge in finding.message() and "Penyusup" in finding.message()


def test_old_approvals_merged_back_after_a_key_revocation_are_refused(office):
    old = office.git("rev-parse", "HEAD").strip()
    office.write(SIGNERS, "".join(line + "\n" for line in office.read(SIGNERS).splitlines()
                                  if "hendro" not in line))
    office.git("add", SIGNERS)
    signed(office, "retno", "retno", "commit", "-S", "-qm", "Cabut kunci Hendro")
    tree = office.git("rev-parse", "HEAD:approvals").strip()
    signed(office, "agus", "agus", "commit", "-S", "-q", "--allow-empty", "-m",
           f"Sah\n\nSahkan-Approvals: {tree}")
    assert _codes(office) == []
    office.git("checkout", "-qb", "cabang", old)
    office.write("theme/c.txt", "c\n")
    office.commit("theme/c.txt", who=OUTSIDER)
    office.git("checkout", "-q", "main")
    office.git("merge", "-q", "-s", "ours", "--no-commit", "cabang", who=OUTSIDER)
    office.git("checkout", "cabang", "--", "approvals")
    office.git("commit", "-qm", "Gabung", who=OUTSIDER)
    assert "approvals.tidak-sah" in _codes(office)


def test_a_commit_dated_in_the_future_is_reported_and_blocks_no_one(office, capsys):
    office.write("theme/x.txt", "x\n")
    office.git("add", "theme/x.txt")
    office.git("commit", "-qm", "x", who=OUTSIDER, when="2030-01-01T00:00:00+07:00")
    future = office.git("rev-parse", "--short=10", "HEAD").strip()
    office.write(REL, PRESS_RELEASE)
    office.git("add", REL)
    office.git("commit", "-qm", "Naskah", who=EDITOR, when="2026-11-20T08:00:00+07:00")
    for who, role, at in (("agus", "kabid", "2026-11-20T09:00:00+07:00"),
                          ("dewi", "kasie-informasi", "2026-11-20T09:10:00+07:00")):
        assert office.ppid("paraf", REL, "--peran", role, who=who, capsys=capsys, when=at,
                           signing_key=office.keys[who])[0] == 0
    result = run_check(office.root)
    assert result.errors == []
    (warning,) = [f for f in result.findings if f.code == "waktu.masa-depan"]
    assert future in warning.message()
    assert warning.path == CONFIG
