"""The root of trust, pinned outside the repository (environment or git config), never in its files."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.git.runner import git
from pipeline.model.errors import GitError

PIN_ENV = "PPID_AKAR_KEPERCAYAAN"


PIN_GIT_CONFIG = "ppid.akarKepercayaan"


def pinned_root(root: Path) -> str | None:
    value = os.environ.get(PIN_ENV, "").strip()
    if value:
        return value
    try:
        return git(root, "config", "--get", PIN_GIT_CONFIG).strip() or None
    except GitError:
        return None
