"""actions/tarik: an official withdraws a published item in one commit; nobody else can."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.actions.tarik import record_withdrawal, withdrawn_text
from pipeline.model.dates import WIB
from pipeline.model.document import parse_text
from pipeline.model.errors import UsageError

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
WHEN = datetime(2026, 11, 21, 9, tzinfo=WIB)


def test_withdrawn_text_changes_status_and_adds_reason_and_date_only():
    text = PRESS_RELEASE.replace("status: terbit", "status: terbit  # komentar")
    out = withdrawn_text(text, 'Data "keliru"', WHEN)
    assert out == text.replace("status: terbit  # komentar",
                               'status: ditarik\nalasan_penarikan: "Data \\"keliru\\""\n'
                               "tanggal_penarikan: 2026-11-21T09:00:00+07:00")
    again = withdrawn_text(out, "Kedua", WHEN)  # an earlier withdrawal's lines are replaced
    assert again.count("alasan_penarikan") == 1 and '"Kedua"' in again
    before, after = (parse_text(None, REL, t) for t in (text, out))
    assert before.content_hash == after.content_hash  # initials stay current


@pytest.fixture
def repo(tmp_path, monkeypatch):
    site = make_site(tmp_path / "s", level="penulis")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-21T09:00:00+07:00")
    monkeypatch.chdir(site.root)
    return site


def _as(monkeypatch, who):
    name, email = who
    for part in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{part}_NAME", name)
        monkeypatch.setenv(f"GIT_{part}_EMAIL", email)


def test_a_withdrawer_commits_the_withdrawal_under_their_name(repo, monkeypatch):
    _as(monkeypatch, OFFICIALS["dewi"][:2])
    message = record_withdrawal(repo.root, repo.root / REL, "Data keliru")
    assert "Dewi Lestari" in message and REL in message
    assert repo.git("log", "-1", "--format=%an|%s").strip() == (
        "Dewi Lestari|Penarikan informasi: Bupati Resmikan Jembatan Kali Opak")
    assert "status: ditarik" in repo.read(REL) and repo.git("status", "--porcelain").strip() == ""
    with pytest.raises(UsageError, match="terbit"):  # already withdrawn
        record_withdrawal(repo.root, repo.root / REL, "Lagi")


def test_refused_for_the_editor_without_a_reason_or_for_a_draft(repo, monkeypatch):
    _as(monkeypatch, ("Tim Redaksi", "redaksi@bantulkab.go.id"))
    with pytest.raises(UsageError) as raised:
        record_withdrawal(repo.root, repo.root / REL, "Data keliru")
    assert raised.value.exit_code == 2 and "redaksi@bantulkab.go.id" in str(raised.value)
    _as(monkeypatch, OFFICIALS["hendro"][:2])  # an official, but not one who may withdraw
    with pytest.raises(UsageError, match="Hendro"):
        record_withdrawal(repo.root, repo.root / REL, "Data keliru")
    with pytest.raises(UsageError):
        record_withdrawal(repo.root, repo.root / REL, "   ")
    repo.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf"))
    repo.commit(REL)
    _as(monkeypatch, OFFICIALS["dewi"][:2])
    with pytest.raises(UsageError, match=REL):
        record_withdrawal(repo.root, repo.root / REL, "Data keliru")
    assert repo.git("log", "-1", "--format=%an").strip() == "Tim Redaksi"  # nothing committed
