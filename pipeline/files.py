"""Attachments and images: inside content/, of an allowed type and size, no GPS, in the hash.

An item's attachments are the files it declares (`bukti`, `lampiran`) and the local files its
body links or shows, in every form Markdown and HTML have: inline links and images, reference
definitions (`[1]: /lampiran/x.pdf`), raw `src`/`href` attributes, relative to content/ or
site-absolute. Each must stay inside content/ (no absolute paths in front matter, no `..`, no
symlink leaving it), exist, and be of an allowed type and size; HTML and SVG files are refused
outright (they run script on the office's domain). Their sha256 digests are part of the item's
canonical hash, so swapping a PDF after approval makes the initials stale, and only files in
that hash are ever published (pipeline/closure.py). A symlink anywhere under content/ that leads
outside it is refused, since the build would copy what it points to; photos that carry GPS
position are refused until stripped; files no item references are listed (never published).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from .findings import Finding, Severity
from .loading import CONTENT_DIR, CONTENT_SUFFIXES, PLAN_DIR, PLAN_SUFFIXES, Document

DEFAULT_TYPES = ("pdf", "jpg", "jpeg", "png", "webp", "gif", "mp3", "mp4", "docx", "xlsx", "odt",
                 "ods", "csv", "zip")
DEFAULT_MAX_MB = 20
IMAGE_TYPES = (".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".png")
# Served from the office's domain these run script in a citizen's browser: never attachments.
ACTIVE_TYPES = {".html": "berkas.html", ".htm": "berkas.html", ".xhtml": "berkas.html",
                ".shtml": "berkas.html", ".svg": "berkas.svg", ".svgz": "berkas.svg"}
GPS_IFD = 0x8825
# Places the build itself writes: a link there is a link to the site, not to an attachment.
GENERATED_PREFIXES = ("feeds/", "theme/", "pagefind/", "sitemap.xml", "robots.txt")
_INLINE = re.compile(r"\]\(\s*(<[^>\n]*>|[^)\s]+)")  # `](target` of links and images
_DEFINITION = re.compile(r"(?m)^[ ]{0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)")
_ATTRIBUTE = re.compile(r"(?i)[\s\"'/](?:src|href|poster|data)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))")
_PELICAN_LINK = re.compile(r"^\{(?:static|attach)\}/?")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def _body_target(written: str) -> str | None:
    """The content-relative file a body link names, or None when it names a page or a site.

    Query and fragment are dropped, `%20` and entities decoded, and a site-absolute `/x` is
    the same file as `x` (the site's root is content/'s root).
    """
    url = html.unescape(_ESCAPED.sub(r"\1", written.strip().strip("<>")))
    url = _PELICAN_LINK.sub("/", url)  # Pelican's `{static}/x` and `{attach}/x` name a file too
    if not url or url.startswith(("#", "?", "//", "\\\\")) or _SCHEME.match(url):
        return None
    path = unquote(url.split("#", 1)[0].split("?", 1)[0]).lstrip("/")
    name = path.rsplit("/", 1)[-1]
    if not path or path.endswith("/") or "." not in name or path.startswith(GENERATED_PREFIXES):
        return None
    if name.lower().endswith((".md", ".markdown")):
        return None  # a link to an item's source: its page, not a file
    return path


def _body_refs(body: str) -> list[str]:
    """Every local file target the body links or shows, as written, in document order."""
    found: list[tuple[int, str]] = []
    if "](" in body:  # the usual body links nothing: skip the expressions
        found += [(m.start(1), m.group(1)) for m in _INLINE.finditer(body)]
    if "]:" in body:
        found += [(m.start(1), m.group(1)) for m in _DEFINITION.finditer(body)]
    if "<" in body and "=" in body:
        found += [(m.start(), next(g for g in m.groups() if g is not None))
                  for m in _ATTRIBUTE.finditer(body)]
    return [written for _, written in sorted(found)]


def _is_page_link(root: Path | None, target: str) -> bool:
    """An `.html` link is a page of the site unless such a file sits in content/."""
    if not target.lower().endswith((".html", ".htm")):
        return False
    return root is None or not (root / CONTENT_DIR / target).is_file()


def _root_of(doc: Document) -> Path | None:
    depth = len(PurePosixPath(doc.rel).parts)
    return doc.path.parents[depth - 1] if doc.path.is_absolute() and depth else None


def references(doc: Document) -> list[tuple[str, str]]:
    """(field, path as written) of every attachment the item declares or its body uses."""
    refs = []
    for key in ("bukti", "lampiran"):
        entries = doc.meta.get(key)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("berkas"), str):
                refs.append((key, entry["berkas"]))
    body = doc.body or ""
    if "](" in body or "]:" in body or "<" in body:
        root = _root_of(doc)
        for written in _body_refs(body):
            target = _body_target(written)
            if target is not None and not _is_page_link(root, target):
                refs.append(("isi", written))
    return list(dict.fromkeys(refs))


def target_of(key: str, written: str) -> str:
    """The path to resolve inside content/: front matter as written, body links decoded."""
    return written if key != "isi" else _body_target(written) or written


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
    for key, ref in references(doc):
        path, problem = resolve(root, target_of(key, ref))
        out[ref] = digest(path) if path and not problem else "-"
    return out


def _limits(config: dict) -> tuple[tuple[str, ...], int]:
    settings = config.get("lampiran") or {}
    types = tuple(t.lower().lstrip(".") for t in settings.get("jenis_berkas") or DEFAULT_TYPES)
    return types, int(settings.get("ukuran_maks_mb") or DEFAULT_MAX_MB)


def ref_line(doc: Document, key: str, ref: str) -> int | None:
    """File line of a reference: its front-matter key, or the body line that writes it."""
    if key != "isi":
        return doc.line_of(key)
    return doc.body_line + doc.body.count("\n", 0, max(doc.body.find(ref), 0))


def check_document(doc: Document, root: Path, config: dict) -> list[Finding]:
    types, max_mb = _limits(config)
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
    """An item or a plan (read by loading.py), as opposed to a file items may use."""
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
