"""Attachments and images: inside content/, of an allowed type and size, no GPS, in the hash.

An item's attachments are the files it declares (`bukti`, `lampiran`) and the local files its
body links or shows, in every form Markdown and HTML have: inline links and images, reference
definitions (`[1]: /lampiran/x.pdf`), raw `src`/`href` attributes, relative to content/ or
site-absolute. Each must stay inside content/ (no absolute paths in front matter, no `..`, no
symlink leaving it), exist, and be of an allowed type and size; HTML and SVG files are refused
outright (they run script on the office's domain). Their sha256 digests are part of the item's
canonical hash, so swapping a PDF after approval makes the initials stale, and only files in
that hash are ever published (pipeline/checks/closure.py). A symlink anywhere under content/ that leads
outside it is refused, since the build would copy what it points to; photos that carry GPS
position are refused until stripped; files no item references are listed (never published).
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.model.attachments import ACTIVE_TYPES, ref_line, references, resolve, target_of
from pipeline.model.document import CONTENT_DIR, CONTENT_SUFFIXES, PLAN_DIR, PLAN_SUFFIXES, Document
from pipeline.model.findings import Finding, Severity
from pipeline.office.config import OfficeConfig

IMAGE_TYPES = (".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".png")
GPS_IFD = 0x8825


def check_document(doc: Document, root: Path, settings: OfficeConfig) -> list[Finding]:
    types, max_mb = settings.attachment_types, settings.attachment_mb
    found = []
    for key, ref in references(doc):
        line = ref_line(doc, key, ref)
        path, problem = resolve(root, target_of(key, ref))
        if problem:
            found.append(Finding(doc.rel, problem, {"berkas": ref}, key, line))
            continue
        suffix = path.suffix.lower()
        active = ACTIVE_TYPES.get(suffix) or ACTIVE_TYPES.get(Path(ref).suffix.lower())
        if active:  # whatever the office's list of types says
            found.append(Finding(doc.rel, active, {"berkas": ref}, key, line))
            continue
        if suffix.lstrip(".") not in types:
            found.append(Finding(doc.rel, "berkas.jenis", {"berkas": ref,
                                                           "jenis": suffix.lstrip(".") or "-",
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


def _is_content_file(rel: str) -> bool:
    """An item or a plan (read by model/reader.py), as opposed to a file items may use."""
    return rel.endswith(CONTENT_SUFFIXES) or (rel.endswith(PLAN_SUFFIXES)
                                              and rel.rsplit("/", 1)[0] == PLAN_DIR)


def referenced_files(root: Path, docs: list[Document]) -> set[str]:
    """content/-relative paths of every file some loaded item references (its real file too)."""
    content = (root / CONTENT_DIR).resolve()
    out = set()
    for doc in docs:
        for key, ref in references(doc) if doc.loaded else ():
            target = os.path.normpath(target_of(key, ref)).replace(os.sep, "/")
            out.add(target)
            real = os.path.realpath(content / target)
            if real.startswith(str(content) + os.sep):
                out.add(os.path.relpath(real, content).replace(os.sep, "/"))
    return out


def check_tree(root: Path, docs: list[Document] | None = None) -> list[Finding]:
    """Symlinks leaving content/, photos with a GPS position, and (given every item) the files
    no item references: those are never published, and the office should know why."""
    content = (root / CONTENT_DIR).resolve()
    found, others, items = [], [], set()
    pending = [str(content)] if content.is_dir() else []
    while pending:  # os.scandir: one system call per folder, Paths only for what matters
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                rel = os.path.relpath(entry.path, content).replace(os.sep, "/")
                if entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(content):
                    found.append(Finding(f"{CONTENT_DIR}/{rel}", "berkas.symlink-keluar",
                                         {"berkas": f"{CONTENT_DIR}/{rel}"}))
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif _is_content_file(rel):
                    items.add(f"{CONTENT_DIR}/{rel}")
                elif not entry.name.startswith("."):  # .gitkeep and friends are never built
                    others.append(rel)
                    if entry.name.lower().endswith(IMAGE_TYPES) and has_gps(Path(entry.path)):
                        found.append(Finding(f"{CONTENT_DIR}/{rel}", "berkas.gps",
                                             {"berkas": f"{CONTENT_DIR}/{rel}"}))
    # Only a whole-tree check knows every reference; a check of a few files says nothing here.
    if docs is not None and items <= {d.rel for d in docs}:
        used = referenced_files(root, docs)
        found += [Finding(f"{CONTENT_DIR}/{rel}", "berkas.tak-dirujuk",
                          {"berkas": f"{CONTENT_DIR}/{rel}"}, severity=Severity.WARNING)
                  for rel in others if rel not in used]
    return sorted(found, key=lambda f: f.path)
