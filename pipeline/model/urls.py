"""Where each document is published: one rule, used by the checks and by the Pelican reader."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from pipeline.model.document import Document
from pipeline.model.types import CONTENT_TYPES


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].rstrip("-") or "tanpa-judul"


def doc_slug(doc: Document) -> str:
    given = doc.meta.get("slug")
    if isinstance(given, str) and given:
        return given
    stem = PurePosixPath(doc.rel).stem
    return slugify(re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem))


def doc_url(doc: Document) -> str:
    """Site-relative URL ending in '/', saved as <url>index.html."""
    ctype = CONTENT_TYPES.get(doc.jenis)
    pattern = ctype.url if ctype else "{slug}/"
    return pattern.format(slug=doc_slug(doc), year=doc.date.year if doc.date else "tanpa-tanggal")
