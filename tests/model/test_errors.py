"""Errors: git failing has its own exit code; an impossible date is a finding, never a crash."""

from __future__ import annotations

from pipeline.model.errors import GitError, PpidError

from ..conftest import PRESS_RELEASE


def test_git_error_is_a_ppid_error_with_its_own_exit_code():
    error = GitError("fatal: not a git repository")
    assert isinstance(error, PpidError) and error.exit_code == 4
    assert "git gagal: fatal: not a git repository" in error.message
    assert str(error) == "fatal: not a git repository"  # callers quote git's own words


def test_a_failing_git_exits_4_not_3(site, capsys):
    (site.root / ".git" / "HEAD").write_text("ref: refs/heads/\n", encoding="utf-8")  # broken repo
    code, out = site.ppid("sahkan", capsys=capsys)
    assert code in (2, 4) and "kesalahan internal" not in out


def test_an_impossible_date_in_a_draft_is_a_finding_with_file_and_line(site, capsys):
    rel = "content/berita/2026-11-21-draf.md"
    site.write(rel, PRESS_RELEASE.replace("status: terbit", "status: draf")
               .replace("date: 2026-11-20 09:00", "date: 2026-02-31 09:00", 1))
    code, out = site.ppid("check", capsys=capsys)
    assert code == 1, out
    assert "kesalahan internal" not in out and rel in out
