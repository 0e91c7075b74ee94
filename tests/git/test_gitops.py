"""Commits ppid makes on a person's behalf: their identity, only the one file, nothing left half-done."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.git.gitops import commit_file, identity, open_repo, require_clean
from pipeline.model.dates import WIB
from pipeline.model.errors import UsageError

from .conftest import run

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=WIB)


@pytest.fixture
def committed(repo):
    (repo / "naskah.md").write_text("awal\n", encoding="utf-8")
    (repo / "lain.md").write_text("lain\n", encoding="utf-8")
    run(repo, "add", ".")
    run(repo, "commit", "-q", "-m", "Naskah masuk")
    return repo


def test_a_folder_that_is_no_repository_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="bukan repositori git"):
        open_repo(tmp_path / "tidak-ada")


def test_identity_honours_the_environment(repo, monkeypatch):
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Sri Handayani")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "sri.handayani@bantulkab.go.id")
    assert identity(open_repo(repo)) == ("Sri Handayani", "sri.handayani@bantulkab.go.id")


def test_require_clean_refuses_untracked_and_changed_files(committed):
    repo = open_repo(committed)
    require_clean(repo, "naskah.md")  # committed and unchanged: fine
    (committed / "baru.md").write_text("x\n", encoding="utf-8")
    with pytest.raises(UsageError, match="baru.md belum pernah di-commit"):
        require_clean(repo, "baru.md")
    (committed / "naskah.md").write_text("diubah\n", encoding="utf-8")
    with pytest.raises(UsageError, match="naskah.md punya perubahan"):
        require_clean(repo, "naskah.md")


def test_commit_file_commits_only_that_file_at_the_given_time(committed, monkeypatch):
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Agus Prasetyo")
    (committed / "lain.md").write_text("perubahan orang lain\n", encoding="utf-8")
    run(committed, "add", "lain.md")  # staged by someone else: must stay out of our commit
    sha = commit_file(open_repo(committed), committed / "naskah.md", "naskah.md", "paraf\n",
                      "Paraf", WHEN, sign=False)
    assert run(committed, "rev-parse", "--short=10", "HEAD").strip() == sha
    assert run(committed, "show", "--name-only", "--format=", "HEAD").split() == ["naskah.md"]
    assert run(committed, "log", "-1", "--format=%an|%aI|%cI").strip() == \
        "Agus Prasetyo|2026-11-20T09:30:00+07:00|2026-11-20T09:30:00+07:00"
    assert "lain.md" in run(committed, "diff", "--cached", "--name-only")


def test_a_refused_signature_restores_the_file_and_commits_nothing(committed, tmp_path):
    run(committed, "config", "gpg.format", "ssh")
    run(committed, "config", "user.signingkey", str(tmp_path / "kunci-hilang"))
    head = run(committed, "rev-parse", "HEAD")
    with pytest.raises(UsageError, match="harus ditandatangani"):
        commit_file(open_repo(committed), committed / "naskah.md", "naskah.md", "paraf\n",
                    "Paraf", WHEN, sign=True)
    assert (committed / "naskah.md").read_text(encoding="utf-8") == "awal\n"
    assert run(committed, "rev-parse", "HEAD") == head
