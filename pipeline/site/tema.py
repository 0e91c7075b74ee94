"""An office's theme: the package's theme, with the office's own `theme/static/` on top.

The theme ships inside the package (pipeline/data/tema). An office overrides single templates in
its `theme/templates/` (THEME_TEMPLATES_OVERRIDES) and single static files, or adds new ones (its
emblem, favicon, a CSS addition), in its `theme/static/`: a file there with the same path as a
package file replaces it. Pelican takes one theme folder, and the build manifest proves every
theme file of the output byte for byte against that folder, so the two are merged into one
folder named by the digest of what it holds: inside `.git/ppid/tema/` of a working clone, or
`.ppid-tema/` beside the settings of an exported site revision (a temporary folder).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

PACKAGE_THEME = (Path(__file__).resolve().parents[1] / "data" / "tema").resolve()
OFFICE_STATIC = Path("theme") / "static"


def _files(folder: Path) -> list[Path]:
    """Regular files under `folder`, sorted; links are skipped (the manifest refuses them)."""
    if not folder.is_dir():
        return []
    found = []
    for dirpath, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not Path(dirpath, d).is_symlink())
        found += [Path(dirpath, n) for n in sorted(names) if not Path(dirpath, n).is_symlink()]
    return found


def _digest(package: Path, own: Path, files: list[Path]) -> str:
    sha = hashlib.sha256()
    for base, paths in ((package, _files(package)), (own, files)):
        for path in paths:
            sha.update(path.relative_to(base).as_posix().encode() + b"\0")
            sha.update(hashlib.sha256(path.read_bytes()).digest())
    return sha.hexdigest()[:16]


def _cache(folder: Path) -> Path:
    git = folder / ".git"
    return git / "ppid" / "tema" if git.is_dir() else folder / ".ppid-tema"


def office_theme(folder: Path | str, package: Path = PACKAGE_THEME) -> str:
    """The THEME for the office whose settings live in `folder`: the package's theme when the
    office has no static file of its own, else the merged folder (made once per content)."""
    folder = Path(folder)
    own = folder / OFFICE_STATIC
    files = _files(own)
    if not files:
        return str(package)
    cache = _cache(folder)
    merged = cache / _digest(package, own, files)
    if (merged / "templates").is_dir():
        return str(merged)
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".baru-", dir=cache))
    shutil.copytree(package, staging, dirs_exist_ok=True, symlinks=False)
    for path in files:
        target = staging / "static" / path.relative_to(own)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():  # a file of the office where the package has a folder: the file wins
            shutil.rmtree(target)
        shutil.copyfile(path, target)
    try:
        staging.rename(merged)
    except OSError:  # another build made the same folder meanwhile: the same content
        shutil.rmtree(staging, ignore_errors=True)
    for old in cache.iterdir():  # earlier merges of other content
        if old != merged and not old.name.startswith(".baru-"):
            shutil.rmtree(old, ignore_errors=True)
    return str(merged)


def office_css(folder: Path | str, package: Path = PACKAGE_THEME) -> list[str]:
    """The office's own style sheets (theme/static/**.css the package does not have), linked
    after the package's ppid.css so that they add to it rather than replace it."""
    own = Path(folder) / OFFICE_STATIC
    return [path.relative_to(own).as_posix() for path in _files(own)
            if path.suffix == ".css" and not (package / "static" / path.relative_to(own)).exists()]
