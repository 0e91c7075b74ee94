"""Exempt stays exempt: no text of an exempt or draft item may appear anywhere in the output.

Checked on the staging folder before it replaces output/, over every file the build wrote
(pages, feeds, sitemap, search index; .gz files are read decompressed; attachments through
their text: PDF, DOCX, XLSX, ODT, ZIP, see extract.py). A secret is any run of
eight words from an exempt item's body or summary, wherever it shows up (pasting the exempt
register into a release is exactly the leak to stop), or from a draft's title, summary and body
unless a published item already says the same (then it is public anyway).
"""

from __future__ import annotations

import contextlib
import gzip
import html
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.model.document import Document

WINDOW = 8
TEXT_SUFFIXES = {".html", ".htm", ".xml", ".json", ".txt", ".js", ".atom", ".rss", ".csv",
                 ".pf_fragment", ".pf_index", ".pf_meta", ".gz"}
# Attachments whose text is inside a container format: read through extract.py.
EXTRACTED_SUFFIXES = {".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".zip"}
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Leak:
    output: str  # file in the output, relative
    source: str  # the exempt or draft item
    excerpt: str  # the words found (the item's own text, shown only to the office)


def _words(text: str) -> list[str]:
    return _WORD.findall(html.unescape(_TAG.sub(" ", text)).lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def secrets(documents: list[Document], when=None) -> dict[tuple[str, ...], str]:
    """Word runs of exempt and draft items that no published item shares."""
    exempt: dict[tuple[str, ...], str] = {}
    drafts: dict[tuple[str, ...], str] = {}
    for doc in documents:
        if not doc.loaded:
            continue
        if doc.status == "draf" or (when is not None and not doc.due(when)):
            target, texts = drafts, [doc.body, doc.title, str(doc.meta.get("ringkasan") or "")]
        elif doc.exempt:
            target, texts = exempt, [doc.body, str(doc.meta.get("ringkasan") or "")]
        else:
            continue
        for text in texts:
            for shingle in _shingles(_words(text)):
                target.setdefault(shingle, doc.rel)
    if drafts:
        public = " ".join(" ".join(_words(f"{d.title} {d.meta.get('ringkasan') or ''} {d.body}"))
                          for d in documents if d.loaded and d.publishable and not d.exempt
                          and (when is None or d.due(when)))
        drafts = {s: rel for s, rel in drafts.items() if " ".join(s) not in public}
    return {**drafts, **exempt}


def _read(path: Path) -> str:
    if path.suffix.lower() in EXTRACTED_SUFFIXES:
        from pipeline.model.attachments import digest
        from pipeline.model.extract import text_of

        return text_of(path, digest(path)).text  # the check usually read it already
    data = path.read_bytes()
    if path.suffix == ".gz" or data[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError):
            data = gzip.decompress(data)
    return data.decode("utf-8", "replace")


def scan(folder: Path, documents: list[Document], when=None) -> list[Leak]:
    hidden = secrets(documents, when)
    if not hidden:
        return []
    leaks, seen = [], set()
    for path in sorted(folder.rglob("*")):
        suffix = path.suffix.lower()
        if not path.is_file() or suffix not in TEXT_SUFFIXES and suffix not in EXTRACTED_SUFFIXES:
            continue
        words = _words(_read(path))
        for i in range(len(words) - WINDOW + 1):
            source = hidden.get(tuple(words[i:i + WINDOW]))
            if source and (path, source) not in seen:
                seen.add((path, source))
                leaks.append(Leak(path.relative_to(folder).as_posix(), source,
                                  " ".join(words[i:i + WINDOW])))
    return leaks
