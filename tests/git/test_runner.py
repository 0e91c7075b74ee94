"""The one way ppid runs git: failures become GitError, blobs come back in one batch, intact."""

from __future__ import annotations

import pytest

from pipeline.git.runner import blobs, git
from pipeline.model.errors import GitError

from .conftest import run


def test_a_failing_command_raises_git_error_with_gits_own_message(repo):
    with pytest.raises(GitError, match="^fatal: .*tidak-ada"):
        git(repo, "show", "tidak-ada")


def test_a_silent_failure_still_names_the_command(repo):
    (repo / "a.md").write_text("satu\n", encoding="utf-8")
    run(repo, "add", ".")
    run(repo, "commit", "-q", "-m", "awal")
    (repo / "a.md").write_text("dua\n", encoding="utf-8")
    with pytest.raises(GitError, match="^git diff gagal$"):  # exit 1, nothing on stderr
        git(repo, "diff", "--quiet")


def test_a_failure_outside_any_repository_is_a_git_error(tmp_path):
    with pytest.raises(GitError, match="not a git repository"):
        git(tmp_path, "rev-parse", "HEAD")


def test_non_ascii_paths_are_printed_as_they_are(repo):
    (repo / "berita-ünal.md").write_text("x\n", encoding="utf-8")
    run(repo, "add", ".")
    assert git(repo, "ls-files").strip() == "berita-ünal.md"  # not "berita-\303\274nal.md"


def test_blobs_returns_each_spec_and_none_for_what_is_missing(repo):
    (repo / "a.md").write_text("satu\ndua\n", encoding="utf-8")
    (repo / "kosong.md").write_text("", encoding="utf-8")
    (repo / "b.md").write_bytes(b"tiga\n\n" + b"\xff rusak\n")
    run(repo, "add", ".")
    run(repo, "commit", "-q", "-m", "awal")
    (repo / "a.md").write_text("berubah\n", encoding="utf-8")
    run(repo, "commit", "-q", "-am", "ubah")
    got = blobs(repo, ["HEAD~1:a.md", "HEAD:a.md", "HEAD:kosong.md", "HEAD:hilang.md",
                       "HEAD:b.md", "HEAD~1:a.md"])
    assert got["HEAD~1:a.md"] == "satu\ndua\n"
    assert got["HEAD:a.md"] == "berubah\n"
    assert got["HEAD:kosong.md"] == ""
    assert got["HEAD:hilang.md"] is None
    assert got["HEAD:b.md"] == "tiga\n\n\ufffd rusak\n"  # undecodable bytes replaced, not fatal


def test_blobs_of_nothing_runs_nothing(tmp_path):
    assert blobs(tmp_path, []) == {}  # not a repository: would fail if git were run
