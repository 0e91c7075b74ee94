"""Attachments and images: inside content/, of an allowed type and size, no GPS, in the hash.

An item's attachments are the files it declares (`bukti`, `lampiran`) and the local files its
body links or shows. Each must be a relative path that stays inside content/ (no absolute
paths, no `..`, no symlink leaving it), exist, and be of an allowed type and size. Their sha256
digests are part of the item's canonical hash, so swapping a PDF after approval makes the
initials stale. A symlink anywhere under content/ that leads outside it is refused, since the
build would copy what it points to; photos that carry GPS position are refused until stripped.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePosixPath

from .findings import Finding
from .loading import CONTENT_DIR, Document

DEFAULT_TYPES = ("pdf", "jpg", "jpeg", "png", "webp", "gif", "mp3", "mp4", "docx", "xlsx", "odt",
                 "ods", "csv", "zip")
DEFAULT_MAX_MB = 20
IMAGE_TYPES = (".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".png")
GPS_IFD = 0x8825
_LOCAL_REF = re.compile(r"!?\[[^\]]*\]\((?!https?:|mailto:|#|/)([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def references(doc: Document) -> list[tuple[str, str]]:
    """(field, path as written) of every attachment the item declares or its body uses."""
    refs = []
    for key in ("bukti", "lampiran"):
        entries = doc.meta.get(key)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("berkas"), str):
                refs.append((key, entry["berkas"]))
    body = doc.body or ""
    if "](" in body:  # the usual body links nothing local: skip the expression
        refs += [("isi", m.group(1)) for m in _LOCAL_REF.finditer(body)
                 if not m.group(1).lower().endswith((".md", ".html", "/"))]
    return refs


def resolve(root: Path, ref: str) -> tuple[Path | None, str | None]:
    """The file inside content/ that `ref` names, or (None, reason code)."""
    if ref.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", ref):
        return None, "berkas.absolut"
    if ".." in PurePosixPath(ref.replace("\\", "/")).parts:
        return None, "berkas.naik"
    content = (root / CONTENT_DIR).resolve()
    path = content / ref
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None, "berkas.tidak-ada"
    if not real.is_relative_to(content):
        return None, "berkas.symlink-keluar"
    if not real.is_file():
        return None, "berkas.tidak-ada"
    return real, None


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def attachment_digests(root: Path, doc: Document) -> dict[str, str]:
    """sha256 per attachment that resolves safely; problems are reported by check_document."""
    out = {}
    for _, ref in references(doc):
        path, problem = resolve(root, ref)
        out[ref] = digest(path) if path and not problem else "-"
    return out


def _limits(config: dict) -> tuple[tuple[str, ...], int]:
    settings = config.get("lampiran") or {}
    types = tuple(t.lower().lstrip(".") for t in settings.get("jenis_berkas") or DEFAULT_TYPES)
    return types, int(settings.get("ukuran_maks_mb") or DEFAULT_MAX_MB)


def check_document(doc: Document, root: Path, config: dict) -> list[Finding]:
    types, max_mb = _limits(config)
    found = []
    for key, ref in references(doc):
        line = doc.line_of(key) if key != "isi" else doc.body_line + doc.body.count(
            "\n", 0, max(doc.body.find(ref), 0))
        path, problem = resolve(root, ref)
        if problem:
            found.append(Finding(doc.rel, problem, {"berkas": ref}, key, line))
            continue
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in types:
            found.append(Finding(doc.rel, "berkas.jenis", {"berkas": ref, "jenis": suffix or "-",
                                                           "boleh": ", ".join(types)}, key, line))
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            found.append(Finding(doc.rel, "berkas.ukuran", {"berkas": ref, "mb": f"{size / 2**20:.1f}",
                                                            "maks": max_mb}, key, line))
    return found


def has_gps(path: Path) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            return bool(image.getexif().get_ifd(GPS_IFD))
    except (UnidentifiedImageError, OSError, ValueError):
        return False


def strip_gps(path: Path) -> bool:
    """Remove the GPS block from an image's EXIF, keeping everything else; True if changed."""
    from PIL import Image

    with Image.open(path) as image:
        exif = image.getexif()
        if not exif.get_ifd(GPS_IFD):
            return False
        del exif[GPS_IFD]
        image.load()
        options = {"quality": "keep"} if image.format == "JPEG" else {}
        image.save(path, format=image.format, exif=exif, **options)
    return True


def check_tree(root: Path) -> list[Finding]:
    """Symlinks leaving content/ and photos with a GPS position, anywhere under content/."""
    content = (root / CONTENT_DIR).resolve()
    found = []
    pending = [str(content)] if content.is_dir() else []
    while pending:  # os.scandir: one system call per folder, Paths only for what matters
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_symlink():
                    path = Path(entry.path)
                    if not path.resolve().is_relative_to(content):
                        rel = path.relative_to(root).as_posix()
                        found.append(Finding(rel, "berkas.symlink-keluar", {"berkas": rel}))
                elif entry.is_dir():
                    pending.append(entry.path)
                elif entry.name.lower().endswith(IMAGE_TYPES) and has_gps(Path(entry.path)):
                    rel = Path(entry.path).relative_to(root).as_posix()
                    found.append(Finding(rel, "berkas.gps", {"berkas": rel}))
    return sorted(found, key=lambda f: f.path)
