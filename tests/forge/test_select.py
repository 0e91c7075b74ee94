"""The forge named in approvals/config.yaml, with the token from the environment only."""

from __future__ import annotations

import pytest

from pipeline.forge.api import ForgeError
from pipeline.forge.forgejo import Forgejo
from pipeline.forge.github import GitHub
from pipeline.forge.select import forge_for
from pipeline.office.config import Notaris


def test_forge_by_name_and_token_from_env(monkeypatch):
    monkeypatch.setenv("PPID_FORGE_TOKEN", "t")
    assert isinstance(forge_for(Notaris("n@x", "github", "", "a/b")), GitHub)
    assert isinstance(forge_for(Notaris("n@x", "gitea", "https://g/api/v1", "a/b")), Forgejo)
    with pytest.raises(ForgeError, match="tidak dikenal"):
        forge_for(Notaris("n@x", "gitlab", "", "a/b"))


def test_missing_token_names_the_variable(monkeypatch):
    monkeypatch.delenv("TOKEN_LAIN", raising=False)
    with pytest.raises(ForgeError, match="TOKEN_LAIN"):
        forge_for(Notaris("n@x", "github", "", "a/b"), "TOKEN_LAIN")
