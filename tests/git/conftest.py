"""A bare-bones git repository in a temp dir, for the git layer's own tests."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

IDENTITY = {"GIT_AUTHOR_NAME": "Tim Redaksi", "GIT_AUTHOR_EMAIL": "redaksi@bantulkab.go.id",
            "GIT_COMMITTER_NAME": "Tim Redaksi", "GIT_COMMITTER_EMAIL": "redaksi@bantulkab.go.id"}


def run(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True,
                          env={**os.environ, **IDENTITY}).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    run(root, "init", "-q", "-b", "main")
    return root
