"""An item's attachments: the files it declares and links, resolved inside content/, and their digests."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from pipeline.model.document import CONTENT_DIR, Document

# Served from the office's domain these run script in a citizen's browser: never attachments.
ACTIVE_TYPES = {".html": "berkas.html", ".htm": "berkas.html", ".xhtml": "berkas.html",
                ".shtml": "berkas.html", ".svg": "berkas.svg", ".svgz": "berkas.svg"}


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


def ref_line(doc: Document, key: str, ref: str) -> int | None:
    """File line of a reference: its front-matter key, or the body line that writes it."""
    if key != "isi":
        return doc.line_of(key)
    return doc.body_line + doc.body.count("\n", 0, max(doc.body.find(ref), 0))
