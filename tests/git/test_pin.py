"""The pinned root of trust: the environment first, then git config, never the repository's files."""

from __future__ import annotations

from pipeline.git.pin import PIN_ENV, PIN_GIT_CONFIG, pinned_root

from .conftest import run


def test_nothing_pinned_is_none(repo, monkeypatch):
    monkeypatch.delenv(PIN_ENV, raising=False)
    assert pinned_root(repo) is None


def test_git_config_pins_and_the_environment_overrides_it(repo, monkeypatch):
    monkeypatch.delenv(PIN_ENV, raising=False)
    run(repo, "config", PIN_GIT_CONFIG, "  abc123  ")
    assert pinned_root(repo) == "abc123"
    monkeypatch.setenv(PIN_ENV, " def456\n")
    assert pinned_root(repo) == "def456"


def test_a_blank_environment_value_falls_back_to_git_config(repo, monkeypatch):
    run(repo, "config", PIN_GIT_CONFIG, "abc123")
    monkeypatch.setenv(PIN_ENV, "   ")
    assert pinned_root(repo) == "abc123"


def test_outside_a_repository_nothing_is_pinned_and_nothing_fails(tmp_path, monkeypatch):
    monkeypatch.delenv(PIN_ENV, raising=False)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "tidak-ada"))
    assert pinned_root(tmp_path) is None


def test_a_file_in_the_repository_does_not_pin(repo, monkeypatch):
    monkeypatch.delenv(PIN_ENV, raising=False)
    (repo / ".gitconfig").write_text("[ppid]\n\takarKepercayaan = jahat\n", encoding="utf-8")
    assert pinned_root(repo) is None
