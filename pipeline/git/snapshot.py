"""Items as they stood at a commit, read as data (never checked out): their canonical hashes.

The notary reads a pull request's files with `git cat-file` only: nothing from the pull request
is written to the work tree or run. The hash is the one `ppid periksa` computes from the work
tree, attachments included: each attachment's bytes at the same commit.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from pipeline.git.runner import objects
from pipeline.model.attachments import references, target_of
from pipeline.model.document import CONTENT_DIR, Document, parse_text

MISSING = "-"  # an attachment that does not resolve, as model/attachments.py writes it


class Snapshot(NamedTuple):
    doc: Document  # parsed, attachments' digests at the same commit
    text: str  # the file as committed


def raw_blobs(root: Path, specs: list[str]) -> dict[str, bytes | None]:
    """Bytes of `commit:path` specs in one `git cat-file --batch` (None: missing or not a file)."""
    return {spec: found[1] if found is not None and found[0] == "blob" else None
            for spec, found in objects(root, specs).items()}


def _attachment_path(key: str, ref: str) -> str | None:
    """content/… in the tree for a reference, or None when it cannot resolve inside content/."""
    target = target_of(key, ref)
    if target.startswith(("/", "\\")) or ".." in PurePosixPath(target.replace("\\", "/")).parts:
        return None
    return f"{CONTENT_DIR}/{PurePosixPath(target).as_posix()}"


def documents_at(root: Path, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], Snapshot | None]:
    """(commit, rel) -> the item at that commit with its attachments' digests (two cat-file calls)."""
    texts = raw_blobs(root, [f"{commit}:{rel}" for commit, rel in wanted])
    docs: dict[tuple[str, str], Snapshot | None] = {}
    needed: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    for commit, rel in wanted:
        raw = texts.get(f"{commit}:{rel}")
        if raw is None:
            docs[(commit, rel)] = None
            continue
        text = raw.decode("utf-8", "replace")
        doc = parse_text(Path("-"), rel, text)
        docs[(commit, rel)] = Snapshot(doc, text)
        if doc.loaded:
            needed[(commit, rel)] = [(ref, _attachment_path(key, ref)) for key, ref in references(doc)]
    specs = sorted({f"{c}:{p}" for (c, _), refs in needed.items() for _, p in refs if p})
    files = raw_blobs(root, specs)
    for (commit, rel), refs in needed.items():
        digests = {}
        for ref, path in refs:
            data = files.get(f"{commit}:{path}") if path else None
            digests[ref] = hashlib.sha256(data).hexdigest() if data is not None else MISSING
        docs[(commit, rel)].doc.attachments = digests
    return docs


def hashes_at(root: Path, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
    """(commit, rel) -> canonical hash at that commit (None: absent or unreadable)."""
    return {key: snap.doc.content_hash if snap is not None and snap.doc.loaded else None
            for key, snap in documents_at(root, wanted).items()}
