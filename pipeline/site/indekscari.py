"""The search index of the last build, reused when no page it reads changed.

Pagefind has no incremental mode: it reads every HTML file of the site and writes the whole
index. Its input is exactly the HTML files (and its own version and options), so the index is
keyed by sha256 over every HTML file's path and digest. When the key equals the last build's,
the index files are hard-linked from the previous output, each verified against the digest
stored when it was written; any mismatch or missing file and Pagefind simply runs. The build
manifest then proves these files like any other.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from importlib import metadata
from pathlib import Path

from pipeline.site.rendercache import RenderCache

FOLDER = "pagefind"
MARK = b"data-pagefind-body"
_STORE = "pagefind"
_MARKED = "pagefind-tanda"


def _version() -> str:
    with contextlib.suppress(metadata.PackageNotFoundError):
        return metadata.version("pagefind")
    return "?"


def html_key(folder: Path, cache: RenderCache) -> str:
    """Pagefind's version, our code (its options) and the path and digest of every HTML file
    Pagefind indexes. The theme marks item content with `data-pagefind-body`; once any page
    has it, Pagefind indexes only such pages, so a page without it (the dashboard, whose chart
    carries the time it was drawn) never forces a new index. Whether a page has the mark is
    kept by digest, so unchanged pages are not read again."""
    stored = cache.extra_stored.get(_MARKED)
    marked: dict[str, bool] = stored if isinstance(stored, dict) else {}
    seen: dict[str, bool] = {}
    h = hashlib.sha256(f"{_version()}|{cache.code}\0".encode())
    every = h.copy()  # a site without any mark: Pagefind indexes every page
    for dirpath, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(".html"):
                continue
            path = Path(dirpath, name)
            rel = path.relative_to(folder).as_posix()
            sha = cache.digests.get(rel)
            if sha is None or sha not in marked:
                data = path.read_bytes()
                sha = hashlib.sha256(data).hexdigest()
                seen[sha] = MARK in data
            else:
                seen[sha] = marked[sha]
            h.update(f"{rel}\0{sha if seen[sha] else '-'}\0".encode())
            every.update(f"{rel}\0{sha}\0".encode())
    cache.extra[_MARKED] = seen
    return (h if any(seen.values()) else every).hexdigest()


def reuse(folder: Path, cache: RenderCache, key: str) -> bool:
    """Link the last index into `folder` when its key is `key`; False when Pagefind must run."""
    stored = cache.extra_stored.get(_STORE)
    previous = cache.previous
    if previous is None or not isinstance(stored, tuple) or stored[0] != key:
        return False
    files: dict[str, str] = stored[1]
    placed = []
    for rel, sha in files.items():
        source, target = previous / rel, folder / rel
        try:
            if hashlib.sha256(source.read_bytes()).hexdigest() != sha:
                raise OSError(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(source, target)
        except OSError:
            shutil.rmtree(folder / FOLDER, ignore_errors=True)
            return False
        placed.append(rel)
    cache.extra[_STORE] = stored
    return bool(placed)


def remember(folder: Path, cache: RenderCache, key: str) -> None:
    files = {}
    for path in sorted((folder / FOLDER).rglob("*")):
        if path.is_file():
            files[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    cache.extra[_STORE] = (key, files)
