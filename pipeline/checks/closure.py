"""The published closure: which files of content/ an approved site may carry, and why.

Published means approved. A file under content/ reaches the output only as an attachment of an
item that is built as a page (passing, not a draft, not exempt, due), referenced in any form the
item's body or front matter has (files.references), with its sha256 inside that item's
canonical hash. The build gives Pelican exactly these files as its static paths, and the plugin
drops any other file Pelican would collect (a `{static}` link, a stray file next to them);
build.py's manifest then proves the output holds nothing else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.model.attachments import ACTIVE_TYPES, references, target_of
from pipeline.model.document import CONTENT_DIR, Document
from pipeline.model.types import is_page


@dataclass
class Attachment:
    target: str  # content/-relative: where the site publishes it (output/<target>)
    digest: str  # the sha256 in the approving items' hash
    items: list[Document] = field(default_factory=list)  # the passing items that reference it

    @property
    def source(self) -> str:
        return f"{CONTENT_DIR}/{self.target}"


def normal(target: str) -> str:
    return os.path.normpath(target).replace(os.sep, "/")


def page_items(documents: list[Document], published) -> list[Document]:
    """The items built as pages: `published` is SiteData.published (approved, due, public)."""
    return [d for d in documents if is_page(d.jenis) and published(d)]


def published_attachments(documents: list[Document], published) -> dict[str, Attachment]:
    """Every file the site may carry from content/, keyed by its output path."""
    out: dict[str, Attachment] = {}
    for doc in page_items(documents, published):
        for key, ref in references(doc):
            digest = doc.attachments.get(ref)
            target = normal(target_of(key, ref))
            if not digest or digest == "-" or Path(target).suffix.lower() in ACTIVE_TYPES:
                continue  # the check refused it; never published whatever the check said
            entry = out.setdefault(target, Attachment(target, digest))
            if entry.digest != digest:
                continue  # two forms naming one file read at different moments: keep the first
            if doc not in entry.items:
                entry.items.append(doc)
    return out


def approval(doc: Document) -> dict:
    """What covers an item's page and files: its path, hash and the roles that initialled it."""
    roles = [role for role, entry in doc.paraf.items()
             if isinstance(entry, dict) and entry.get("keputusan") == "setuju"]
    return {"naskah": doc.rel, "sha256": doc.content_hash, "paraf": roles}
