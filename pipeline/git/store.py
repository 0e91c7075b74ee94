"""Caches under .git/ppid/: where they live, how they are written atomically, what counts as unreadable."""

from __future__ import annotations

import pickle
from pathlib import Path

# A stale or foreign pickle (an older layout names modules that moved) is a cache miss.
UNREADABLE_CACHE = (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
                    ImportError)


def _cache_path(root: Path) -> Path:
    git_dir = root / ".git"
    return (git_dir if git_dir.is_dir() else root / ".ppid-cache") / "ppid" / "history.pickle"


def write_pickle(path: Path, data: object) -> None:
    """Replace `path` atomically: a reader sees the old store or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
