"""The build manifest: every output file, its sha256, its source and the approval covering it.

`describe` classifies each file of a finished staging folder: the page of an approved item, an
attachment inside an approved item's hash (with the digest that hash holds), a theme asset
(byte-identical to theme/static), or a page generated from approved items (index, lists, DIP
tables, feeds, search index). A file none of these covers, an attachment whose bytes differ
from the approved ones, or a symlink makes the build fail. `verify` then compares a folder with
its manifest (no extra file, none missing, digests equal); the build runs it just before the
swap and `ppid deploy` before publishing, so what goes live is what was listed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.checks.closure import approval, page_items, published_attachments
from pipeline.model.attachments import digest
from pipeline.model.document import CONTENT_DIR
from pipeline.model.urls import doc_url

MANIFEST = ".ppid-manifest.json"
STAGING_MARK = ".ppid-staging"  # build.py's mark of an unfinished folder: never listed
THEME_OUTPUT, THEME_SOURCE = "theme/", "theme/static/"  # Pelican's THEME_STATIC_DIR/_PATHS
# What Pelican and Pagefind write; anything else must be an item's page, file or the theme.
GENERATED_SUFFIXES = (".html", ".xml", ".json", ".txt")
GENERATED_FOLDERS = ("pagefind/",)
GENERATED = "dibangkitkan dari naskah yang disetujui"


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the folder
    code: str  # "tak-tercakup", "berubah", "symlink", "tambahan", "hilang", "tanpa-manifest"


def files_of(folder: Path) -> tuple[dict[str, Path], list[str]]:
    """(relative path -> file, symlinks) of a folder, without the manifest and staging mark."""
    found, links = {}, []
    for dirpath, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(dirpath, name)
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                links.append(rel)
            elif name in names and rel not in (MANIFEST, STAGING_MARK):
                found[rel] = path
        dirs[:] = [d for d in dirs if not Path(dirpath, d).is_symlink()]
    return found, sorted(links)


def _theme_entry(theme: Path, rel: str, sha: str) -> dict | None:
    """A theme asset: a regular file of the theme Pelican used, byte for byte (never a link)."""
    source = theme / "static" / rel[len(THEME_OUTPUT):]
    if source.is_symlink() or not source.is_file() or digest(source) != sha:
        return None
    return {"jenis": "tema", "sumber": THEME_SOURCE + rel[len(THEME_OUTPUT):],
            "persetujuan": "tema"}


def _copied_from_content(root: Path, rel: str, sha: str) -> bool:
    """A "generated" file that is byte for byte a file of content/: a copy, not a page."""
    source = root / CONTENT_DIR / rel
    return source.is_file() and digest(source) == sha


def describe(folder: Path, root: Path, documents, published, commit: str = "",
             theme: Path | None = None) -> tuple[dict, list[Problem]]:
    """The manifest of `folder`, and the files that no approval covers. `theme` is the theme
    folder Pelican used (the approved site revision's; the working tree's by default)."""
    theme = theme if theme is not None else root / "theme"
    attachments = published_attachments(documents, published)
    pages = {f"{doc_url(doc)}index.html": doc for doc in page_items(documents, published)}
    found, links = files_of(folder)
    problems = [Problem(rel, "symlink") for rel in links]
    entries = {}
    for rel, path in sorted(found.items()):
        sha = digest(path)
        entry: dict | None = None
        if rel in attachments:
            item = attachments[rel]
            if sha != item.digest:
                problems.append(Problem(rel, "berubah"))
                continue
            entry = {"jenis": "lampiran", "sumber": item.source,
                     "persetujuan": [approval(doc) for doc in item.items]}
        elif rel in pages:
            entry = {"jenis": "naskah", "sumber": pages[rel].rel,
                     "persetujuan": [approval(pages[rel])]}
        elif rel.startswith(THEME_OUTPUT):
            entry = _theme_entry(theme, rel, sha)
        elif (rel.endswith(GENERATED_SUFFIXES) or rel.startswith(GENERATED_FOLDERS)) \
                and not _copied_from_content(root, rel, sha):
            entry = {"jenis": "dibangkitkan", "persetujuan": GENERATED}
        if entry is None:
            problems.append(Problem(rel, "tak-tercakup"))
            continue
        entries[rel] = {"sha256": sha, **entry}
    return {"versi": 1, "commit": commit, "berkas": entries}, problems


def write(folder: Path, manifest: dict) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1,
                                              sort_keys=True), encoding="utf-8")


def verify(folder: Path) -> list[Problem]:
    """Differences between `folder` and its manifest; [] when they match exactly."""
    try:
        listed = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["berkas"]
        if not isinstance(listed, dict):
            raise ValueError
    except (OSError, ValueError, KeyError, TypeError):
        return [Problem(MANIFEST, "tanpa-manifest")]
    found, links = files_of(folder)
    problems = [Problem(rel, "symlink") for rel in links]
    problems += [Problem(rel, "tambahan") for rel in sorted(set(found) - set(listed))]
    problems += [Problem(rel, "hilang") for rel in sorted(set(listed) - set(found))]
    for rel in sorted(set(found) & set(listed)):
        entry = listed[rel]
        if not isinstance(entry, dict) or entry.get("sha256") != digest(found[rel]):
            problems.append(Problem(rel, "berubah"))
    return problems
