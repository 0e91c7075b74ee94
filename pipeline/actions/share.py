"""SOP 003: captions for each social platform, and the links where an item was posted.

Captions fit each platform's limit (X counts a link as 23 characters), carry the canonical
link and hashtags from the item's tags. Recording a link adds it to the item's `distribusi`
block and commits that alone; the block is outside the hash, so no initial becomes stale.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from pipeline.actions.frontmatter import FrontMatter
from pipeline.actions.opening import open_item
from pipeline.git.gitops import commit_file
from pipeline.i18n.messages import t
from pipeline.model.document import Document
from pipeline.model.errors import UsageError
from pipeline.model.reader import load_document
from pipeline.model.urls import doc_url
from pipeline.office.policy import load_approvals

LIMITS = {"x": 280, "instagram": 2200, "facebook": 2000, "youtube": 5000}
LINK_WEIGHT = {"x": 23}  # X shortens every link to 23 characters
HOSTS = {"instagram": ("instagram.com",), "facebook": ("facebook.com", "fb.watch"),
         "x": ("x.com", "twitter.com"), "youtube": ("youtube.com", "youtu.be"),
         "tiktok": ("tiktok.com",)}


@dataclass
class Caption:
    platform: str
    text: str
    length: int  # as the platform counts it
    limit: int


def hashtags(doc: Document) -> list[str]:
    tags = doc.meta.get("tags") if isinstance(doc.meta.get("tags"), list) else []
    out = []
    for tag in tags:
        words = re.findall(r"[0-9A-Za-zÀ-ÿ]+", str(tag))
        if words:
            out.append("#" + "".join(w[:1].upper() + w[1:] for w in words))
    return out


def _length(platform: str, text: str, link: str) -> int:
    weight = LINK_WEIGHT.get(platform)
    return len(text) - len(link) + weight if weight and link in text else len(text)


def caption(doc: Document, platform: str, link: str) -> Caption:
    """Title, summary (shortened with … when needed), link and hashtags, within the limit."""
    limit = LIMITS[platform]
    tags = " ".join(hashtags(doc))
    summary = str(doc.meta.get("ringkasan") or "")
    link_line = f"Selengkapnya: {link}" if platform != "instagram" else f"Tautan di bio: {link}"

    def compose(text: str) -> str:
        return "\n\n".join(part for part in (doc.title, text, link_line, tags) if part)

    body = compose(summary)
    while _length(platform, body, link) > limit and summary:
        summary = summary[: max(len(summary) - 10, 0)].rstrip() if len(summary) > 10 else ""
        body = compose(summary + "…" if summary else "")
    if _length(platform, body, link) > limit:  # a very long title alone: drop the hashtags
        body = "\n\n".join((doc.title[: limit - 40].rstrip() + "…", link_line))
    return Caption(platform, body, _length(platform, body, link), limit)


def captions(root: Path, path: Path) -> list[Caption]:
    approvals = load_approvals(root)
    doc = load_document(root, path.resolve())
    if doc.is_plan:  # a plan is a table for the office, not a post
        raise UsageError(t("bagikan.rencana", berkas=doc.rel))
    site = approvals.settings.instansi.site_url
    link = f"{site}/{doc_url(doc)}"
    return [caption(doc, platform, link) for platform in LIMITS]


def check_link(platform: str, url: str, site: str) -> None:
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    allowed = HOSTS.get(platform, ()) if platform != "website" else (urlparse(site).hostname or "",)
    if parsed.scheme != "https" or not any(host == h or host.endswith("." + h) for h in allowed):
        raise UsageError(t("bagikan.tautan-salah", platform=platform, url=url,
                           domain=", ".join(allowed) or "-"))


def add_distribution(text: str, line: str) -> str:
    """Append one `  - {…}` entry to the front matter's distribusi block (creating it)."""
    fm = FrontMatter(text)
    at = fm.find("distribusi")
    if at is None:
        fm.insert(fm.end, ["distribusi:", line])
        return fm.text()
    if fm.value(at) in ("[]", "~", "null"):
        fm.replace(at, at + 1, ["distribusi:"])
    fm.insert(fm.block_end(at), [line])
    return fm.text()


def record_link(root: Path, path: Path, platform: str, url: str) -> str:
    opened = open_item(root, path)  # the content/ guard every action shares
    root, path, approvals, doc = opened.root, opened.path, opened.approvals, opened.doc
    if doc.is_plan:
        raise UsageError(t("bagikan.rencana", berkas=doc.rel))
    if not doc.loaded or not doc.publishable:
        raise UsageError(t("bagikan.belum-terbit", berkas=doc.rel))
    check_link(platform, url, approvals.settings.instansi.situs)
    acting = opened.act(official_required=False)  # anyone who posted it records the link
    repo, when = acting.repo, acting.when
    entry = f"  - {{platform: {platform}, tautan: {json.dumps(url)}, tanggal: {when.isoformat()}}}"
    updated = add_distribution(path.read_text(encoding="utf-8"), entry)
    name = acting.name
    sha = commit_file(repo, path, doc.rel, updated,
                      f"Tautan {platform} (SOP 003): {doc.title}\n\n{url}\n", when,
                      sign=acting.sign)
    return t("bagikan.tercatat", platform=platform, berkas=doc.rel, nama=name, commit=sha)
