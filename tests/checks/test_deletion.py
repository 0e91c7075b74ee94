"""Deleting a published item is unpublishing it: only a role that may withdraw it may do that.

An outsider with push access could otherwise take a press release (or the notice that it was
withdrawn) off the site by deleting its file, with no initial, no signature and no trace on the
page. Each scenario runs in a real repository with real SSH keys (the `office` of test_chain).
"""

from __future__ import annotations

import pytest

from pipeline.checks.run import run_check

from .test_chain import OUTSIDER, REL, approved_release, office

__all__ = ["office"]


@pytest.fixture(autouse=True)
def _pinned(office, monkeypatch):
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", office.git("rev-parse", "HEAD").strip())


def _delete(repo, who=OUTSIDER, key=None):
    repo.git("rm", "-q", REL)
    sign = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.keys[key]}", "commit", "-S"] \
        if key else ["commit"]
    repo.git(*sign, "-qm", "Hapus", who=who)
    return repo.git("rev-parse", "--short=10", "HEAD").strip()


def _deletion_findings(repo):
    return [f for f in run_check(repo.root).errors if f.code.startswith("wewenang.hapus")]


def test_an_outsider_deleting_a_published_item_is_refused(office, capsys):
    approved_release(office, capsys)
    guilty = _delete(office)
    (finding,) = _deletion_findings(office)
    assert finding.code == "wewenang.hapus" and finding.path == REL
    message = finding.message()
    assert guilty in message and "Penyusup" in message and "git revert" in message
    assert "Kepala Bidang" in message  # the roles that may withdraw it are named


def test_restoring_the_file_settles_it(office, capsys):
    approved_release(office, capsys)
    guilty = _delete(office)
    office.git("revert", "--no-edit", guilty, who=OUTSIDER)
    assert _deletion_findings(office) == []
    assert run_check(office.root).errors == []


def test_an_entitled_official_may_delete_with_their_signature(office, capsys):
    approved_release(office, capsys)
    _delete(office, who=("Agus Prasetyo", "agus.prasetyo@bantulkab.go.id"), key="agus")
    assert _deletion_findings(office) == []


@pytest.mark.parametrize("key", [None, "penyusup"])
def test_an_entitled_name_without_their_key_is_refused(office, capsys, key):
    approved_release(office, capsys)
    _delete(office, who=("Agus Prasetyo", "agus.prasetyo@bantulkab.go.id"), key=key)
    (finding,) = _deletion_findings(office)
    expected = "wewenang.hapus-tanpa-tanda-tangan" if key is None else \
        "wewenang.hapus-tanda-tangan-salah"
    assert finding.code == expected and finding.path == REL


def test_a_withdrawn_item_cannot_be_deleted_by_an_outsider(office, capsys):
    approved_release(office, capsys)
    assert office.ppid("tarik", REL, "--alasan", "Keliru", who="agus", capsys=capsys,
                       signing_key=office.keys["agus"])[0] == 0
    _delete(office)
    (finding,) = _deletion_findings(office)
    assert "'ditarik'" in finding.message()


def test_deleting_a_draft_is_anyone_s_business(office):
    from ..conftest import PRESS_RELEASE
    office.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf"))
    office.commit(REL)
    _delete(office)
    assert _deletion_findings(office) == []


def test_moving_the_file_out_of_content_is_a_deletion(office, capsys):
    approved_release(office, capsys)
    office.git("mv", REL, "arsip-lama.md")
    office.git("commit", "-qm", "Rapikan", who=OUTSIDER)
    (finding,) = _deletion_findings(office)
    assert finding.code == "wewenang.hapus" and finding.path == REL


def test_moving_it_back_settles_it(office, capsys):
    approved_release(office, capsys)
    office.git("mv", REL, "content/berita/jembatan.txt")
    office.git("commit", "-qm", "Rapikan", who=OUTSIDER)
    assert _deletion_findings(office)
    office.git("mv", "content/berita/jembatan.txt", REL)
    office.git("commit", "-qm", "Kembalikan", who=OUTSIDER)
    assert _deletion_findings(office) == []


def test_another_file_at_the_same_path_does_not_hide_the_deletion(office, capsys):
    from ..conftest import PRESS_RELEASE
    approved_release(office, capsys)
    _delete(office)
    office.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf"))
    office.commit(REL, who=OUTSIDER)
    (finding,) = _deletion_findings(office)
    assert finding.code == "wewenang.hapus"
