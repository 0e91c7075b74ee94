"""A check of an unchanged tree is answered from the last result.

The key is everything the findings depend on: the code, HEAD, the bytes of approvals/, every
content file's path, size and modification time, the paths asked for, --strict, and the hour
(WIB, to the minute), since "in the future" and scheduled publishing depend on the clock.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path

from pipeline import __version__
from pipeline.git.log import CACHE_VERSION
from pipeline.git.pin import pinned_root
from pipeline.git.runner import git
from pipeline.git.store import UNREADABLE_CACHE, _cache_path, write_pickle
from pipeline.model.dates import now
from pipeline.model.document import CONTENT_DIR
from pipeline.model.errors import GitError
from pipeline.model.findings import Finding
from pipeline.office.policy import APPROVALS_DIR


def _walk(folder: Path):
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            yield os.path.join(dirpath, name)


def fingerprint(root: Path, paths: list[Path] | None, strict: bool) -> str:
    digest = hashlib.sha256()
    try:
        head = git(root, "rev-parse", "HEAD").strip()
    except GitError:
        head = "-"
    # By the minute: a scheduled item becomes due, an initial stops being in the future.
    digest.update(f"{__version__}|{CACHE_VERSION}|{head}|{strict}|{now():%Y-%m-%dT%H:%M}".encode())
    # The root of trust pinned outside the repository decides what is in force.
    digest.update(f"|{pinned_root(root) or '-'}".encode())
    # The code itself: an updated checker (same version number) must not answer from old results.
    for path in _walk(Path(__file__).parents[1]):  # the whole package
        if path.endswith(".py"):
            st = os.stat(path)
            digest.update(f"{path}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    for path in _walk(root / APPROVALS_DIR):
        digest.update(path.encode() + b"\0" + Path(path).read_bytes())
    for path in _walk(root / CONTENT_DIR):  # attachments and photos too: they are checked
        st = os.lstat(path)
        digest.update(f"{path}|{st.st_size}|{st.st_mtime_ns}|{st.st_mode}\n".encode())
    digest.update(repr(sorted(str(p) for p in paths) if paths is not None else None).encode())
    return digest.hexdigest()


def _file(root: Path) -> Path:
    return _cache_path(root).with_name("check-result.pickle")


def load(root: Path, key: str) -> tuple[list[Finding], int] | None:
    try:
        with _file(root).open("rb") as fh:
            stored_key, findings, count = pickle.load(fh)
    except UNREADABLE_CACHE:
        return None
    return (findings, count) if stored_key == key else None


def store(root: Path, key: str, findings: list[Finding], count: int) -> None:
    with contextlib.suppress(OSError):  # a read-only checkout still checks, without the shortcut
        write_pickle(_file(root), (key, findings, count))
