"""actions/sahkan: a second administrator endorses the approvals/ committed at HEAD."""

from __future__ import annotations

import pytest

from pipeline.actions.sahkan import endorse
from pipeline.git.log import ENDORSE_TRAILER
from pipeline.i18n.messages import t
from pipeline.model.errors import UsageError

from ..conftest import OFFICIALS, make_site

SIGNERS = "approvals/allowed_signers"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.delenv("PPID_AKAR_KEPERCAYAAN", raising=False)
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T10:00:00+07:00")
    return make_site(tmp_path / "s", level="penulis")


def _as(monkeypatch, who):
    name, email = OFFICIALS[who][:2] if who in OFFICIALS else who
    for part in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{part}_NAME", name)
        monkeypatch.setenv(f"GIT_{part}_EMAIL", email)


def test_a_key_change_needs_two_administrators(repo, monkeypatch):
    _as(monkeypatch, "retno")
    root = repo.git("rev-parse", "HEAD").strip()
    assert endorse(repo.root) == t("sahkan.sudah-berlaku", commit=root[:10])
    repo.write(SIGNERS, repo.read(SIGNERS) + "baru@x.id ssh-ed25519 AAAAbaru\n")
    repo.commit(SIGNERS, "Kunci baru", who=OFFICIALS["retno"][:2])
    tree = repo.git("rev-parse", "HEAD:approvals").strip()
    _as(monkeypatch, "agus")
    said = endorse(repo.root)
    assert said == t("sahkan.berlaku", commit=repo.git("rev-parse", "HEAD").strip()[:10],
                     pohon=tree[:12])
    assert repo.git("log", "-1", "--format=%an|%(trailers:key=Sahkan-Approvals,valueonly)").strip() \
        == f"Agus Prasetyo|{tree}"
    assert ENDORSE_TRAILER == "Sahkan-Approvals"
    # In force since the endorsement (the commit that completed it): nothing more to endorse.
    assert endorse(repo.root) == t("sahkan.sudah-berlaku", commit=repo.git(
        "rev-parse", "HEAD").strip()[:10])


def test_refused_for_non_administrators_and_uncommitted_approvals(repo, monkeypatch):
    repo.write(SIGNERS, repo.read(SIGNERS) + "baru@x.id ssh-ed25519 AAAAbaru\n")
    repo.commit(SIGNERS, "Kunci baru", who=OFFICIALS["retno"][:2])
    head = repo.git("rev-parse", "HEAD")
    _as(monkeypatch, "dewi")
    with pytest.raises(UsageError) as raised:
        endorse(repo.root)
    assert "dewi.lestari@bantulkab.go.id" in str(raised.value) and raised.value.exit_code == 2
    repo.write(SIGNERS, repo.read(SIGNERS) + "# belum di-commit\n")
    _as(monkeypatch, "agus")
    with pytest.raises(UsageError):
        endorse(repo.root)
    assert repo.git("rev-parse", "HEAD") == head
