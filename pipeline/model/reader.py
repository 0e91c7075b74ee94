"""Reading content files from disk: size and encoding limits, attachments' digests, the corpus."""

from __future__ import annotations

from pathlib import Path

from pipeline.model.attachments import attachment_digests
from pipeline.model.document import (
    CONTENT_DIR,
    CONTENT_SUFFIXES,
    MAX_BYTES,
    PLAN_DIR,
    PLAN_SUFFIXES,
    Document,
    parse_text,
)
from pipeline.model.findings import Finding


def read_content(root: Path, path: Path) -> tuple[Path, str, bytes | Document]:
    """(absolute path, relative path, the file's bytes) or, if it cannot be read, a Document
    carrying the reason."""
    rel = path.relative_to(root).as_posix() if path.is_absolute() else path.as_posix()
    path = path if path.is_absolute() else root / path
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return path, rel, Document(path, rel, findings=[Finding(rel, "baca.terlalu-besar", {
                "mb": f"{size / 2**20:.1f}", "maks": MAX_BYTES // 2**20})])
        return path, rel, path.read_bytes()
    except OSError as exc:
        return path, rel, Document(path, rel, findings=[Finding(rel, "baca.gagal",
                                                               {"detail": exc.strerror})])


def parse_bytes(path: Path, rel: str, raw: bytes) -> Document:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Document(path, rel, findings=[Finding(rel, "baca.encoding", {"posisi": exc.start})])
    return parse_text(path, rel, text)


def with_attachments(root: Path, doc: Document) -> Document:
    """The digests of the files it uses: read every time, they are content of their own."""
    if doc.loaded:
        doc.attachments = attachment_digests(root, doc)
    return doc


def load_document(root: Path, path: Path) -> Document:
    path, rel, raw = read_content(root, path)
    if isinstance(raw, Document):
        return raw
    return with_attachments(root, parse_bytes(path, rel, raw))


def content_files(root: Path) -> list[Path]:
    base = root / CONTENT_DIR
    if not base.is_dir():
        return []
    plans = base / PLAN_DIR
    return sorted(p for p in base.rglob("*") if p.is_file() and (
        p.suffix in CONTENT_SUFFIXES or (p.suffix in PLAN_SUFFIXES and p.parent == plans)))


def load_corpus(root: Path, paths: list[Path] | None = None) -> list[Document]:
    """Load every content file (or just `paths`) under `root`."""
    return [load_document(root, p) for p in (paths if paths is not None else content_files(root))]
