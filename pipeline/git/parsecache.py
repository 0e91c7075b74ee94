"""Parsed content kept between runs, keyed by the exact bytes of each file (never by mtime).

YAML construction is most of the time a check spends on its own core. Every file is still read
and hashed on every run; only a file whose bytes are unchanged reuses its stored parse, so an
edit that keeps size and modification time is never missed. Attachment digests are computed
afresh each time. The store lives beside the history cache in .git/ppid/ and is rewritten only
when enough has changed to be worth it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path

from pipeline.git.store import UNREADABLE_CACHE, _cache_path, write_pickle
from pipeline.model.document import Document
from pipeline.model.reader import content_files, parse_bytes, read_content, with_attachments

VERSION = 2  # 2: Document moved to pipeline.model (pickles store module paths)
_FIELDS = ("meta", "body", "front_matter", "findings", "body_line", "first_line")
REWRITE_MIN = 50  # changed files before the store is rewritten (or 2% of them, if more)


def _store_path(root: Path) -> Path:
    return _cache_path(root).with_name("parse.pickle")


def _code_key() -> str:
    """The parser's own source: a changed loader never reuses an old parse."""
    model = Path(__file__).parents[1] / "model"
    digest = hashlib.sha1()
    for path in sorted(model.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _read(path: Path, key: str) -> dict | None:
    try:
        with path.open("rb") as fh:
            version, stored_key, entries = pickle.load(fh)
    except UNREADABLE_CACHE:
        return None
    return entries if (version, stored_key) == (VERSION, key) else None


def _write(path: Path, key: str, entries: dict) -> None:
    with contextlib.suppress(OSError):  # a read-only checkout still loads, without the shortcut
        write_pickle(path, (VERSION, key, entries))


def load_corpus(root: Path, paths: list[Path] | None = None) -> list[Document]:
    """As model.reader.load_corpus, reusing the stored parse of every file whose bytes are unchanged."""
    store, key = _store_path(root), _code_key()
    stored = _read(store, key)
    entries: dict[str, tuple] = {}
    docs, parsed = [], 0
    for file in paths if paths is not None else content_files(root):
        path, rel, raw = read_content(root, file)
        if isinstance(raw, Document):
            docs.append(raw)
            continue
        digest = hashlib.sha1(raw).digest()
        hit = stored.get(rel) if stored else None
        if hit is not None and hit[0] == digest:
            doc = Document(path, rel, **dict(zip(_FIELDS, hit[1], strict=True)))
        else:
            doc = parse_bytes(path, rel, raw)
            parsed += 1
        entries[rel] = (digest, tuple(getattr(doc, name) for name in _FIELDS))
        docs.append(with_attachments(root, doc))
    if paths is None and _worth_writing(stored, parsed, len(entries)):
        _write(store, key, entries)
    return docs


def _worth_writing(stored: dict | None, parsed: int, total: int) -> bool:
    if stored is None:
        # A fresh clone in CI checks once and is thrown away: storing would only cost time,
        # unless the workflow keeps .git/ppid between runs (actions/cache, terbit.yml).
        return os.environ.get("CI") != "true" or os.environ.get("PPID_TEMBOLOK_CI") == "1"
    return parsed > max(REWRITE_MIN, total // 50)
