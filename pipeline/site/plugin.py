"""Pelican plugin: our reader for content files and our generator for DIP and SOP pages.

The reader never parses a file the check already loaded: `ppid build` hands Pelican the checked
`SiteData` in the PPID setting, so Pelican is only run through `ppid build` (never on unchecked
content). A file that is not published (draft, exempt) reaches Pelican as `status: skip`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pelican import signals
from pelican.readers import BaseReader

from pipeline.git.history import HistoryIndex
from pipeline.git.trail import history_trail
from pipeline.model.attachments import resolve
from pipeline.model.document import Document
from pipeline.model.markup import render
from pipeline.model.types import CONTENT_TYPES
from pipeline.model.urls import doc_slug, doc_url
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals


@dataclass
class SiteData:
    """What the check phase learned, handed to Pelican so nothing is read twice."""

    root: Path
    approvals: Approvals
    documents: list[Document]
    history: HistoryIndex | None = None
    now: datetime | None = None  # scheduled items are built once this time reaches theirs
    intranet: bool = False  # the office's copy: full dashboard, never indexed, never deployed
    by_path: dict[str, Document] = field(init=False)

    def __post_init__(self) -> None:
        self.by_path = {str(d.path.resolve()): d for d in self.documents}

    def published(self, doc: Document) -> bool:
        """Built as a page: approved, not a draft, not exempt (only listed), and due."""
        return doc.loaded and doc.publishable and not doc.exempt and self.visible(doc)

    def visible(self, doc: Document) -> bool:
        return self.now is None or doc.due(self.now)

    @property
    def approved_files(self) -> set[str]:
        """The only files of content/ the site may carry: inside a published item's hash."""
        from pipeline.checks.closure import published_attachments

        return set(published_attachments(self.documents, self.published))

    @property
    def exempt(self) -> list[Document]:
        return [d for d in self.documents if d.loaded and d.publishable and d.exempt
                and self.visible(d)]


class PpidReader(BaseReader):
    enabled = True
    file_extensions = ["md", "markdown"]

    def read(self, source_path: str):
        site: SiteData | None = self.settings.get("PPID")
        if site is None:
            raise RuntimeError("jalankan 'ppid build': Pelican hanya membangun konten yang sudah diperiksa")
        doc = site.by_path.get(str(Path(source_path).resolve()))
        if doc is None or not site.published(doc):
            return "", {"status": "skip", "title": "-"}
        providers = site.approvals.settings.video_providers
        cache = self.settings.get("PPID_RENDER")
        if cache is None:
            html = render(doc.body, providers)
        else:  # the same body and video providers always give the same HTML (code in the key)
            body_key = hashlib.sha256(f"{providers!r}\0{doc.body}".encode()).hexdigest()
            html = cache.markup_html(body_key, lambda: render(doc.body, providers))
        out = self._metadata(doc, site)
        if cache is not None:
            out["ppid_kunci"] = self._digest(cache, out, html)
        return html, out

    @staticmethod
    def _digest(cache, metadata: dict, html: str) -> str | None:
        """Everything this reader hands Pelican about the item: its pages' render-cache input.
        None (never cached) when some value has no stable digest."""
        from pipeline.site.fingerprint import Uncacheable

        plain = {k: v for k, v in metadata.items() if k not in ("category", "tags")}
        plain["category"] = str(metadata.get("category", ""))
        plain["tags"] = [str(tag) for tag in metadata.get("tags", [])]
        plain["html"] = html
        try:
            return cache.hasher.digest(plain).hex()
        except (Uncacheable, RecursionError):
            return None

    def _metadata(self, doc: Document, site: SiteData) -> dict:
        meta, ctype = doc.meta, CONTENT_TYPES[doc.jenis]
        url = doc_url(doc)
        out = {
            "title": doc.title,
            "date": doc.date,
            "slug": doc_slug(doc),
            "url": url,
            "save_as": f"{url}index.html",
            "template": ctype.template,
            # DIP items are listed by the DIP tables, not in the menu.
            "status": "published" if ctype.listed else "hidden",
            "summary": meta.get("ringkasan", ""),
            "jenis": doc.jenis,
            "jenis_label": ctype.label,
            "ditarik": doc.status == "ditarik",
            "darurat_menunggu": self._emergency_pending(doc, site),
            "jejak_paraf": history_trail(doc, site.approvals, site.history),
            "sumber": doc.rel,
            "urutan": meta.get("urutan", 99),
            "foto": self._photos(doc, site),
            "meta": meta,
        }
        if ctype.article:
            out["category"] = self.process_metadata("category", out["jenis_label"])
        tags = [str(tag) for tag in meta.get("tags") or []]
        if tags:
            out["tags"] = self.process_metadata("tags", ",".join(tags))
        return out


    @staticmethod
    def _photos(doc: Document, site: SiteData) -> list[dict]:
        """Evidence photos with their pixel size, so pages reserve the space (no layout shift)."""
        from PIL import Image, UnidentifiedImageError

        photos = []
        for entry in doc.meta.get("bukti") if isinstance(doc.meta.get("bukti"), list) else []:
            if not isinstance(entry, dict) or entry.get("jenis") != "foto":
                continue
            path, problem = resolve(site.root, str(entry.get("berkas", "")))
            if path is None or problem:
                continue
            try:
                with Image.open(path) as image:
                    width, height = image.size
            except (UnidentifiedImageError, OSError):
                continue
            photos.append({"src": str(entry["berkas"]), "alt": str(entry.get("keterangan") or ""),
                           "width": width, "height": height})
        return photos

    @staticmethod
    def _emergency_pending(doc: Document, site: SiteData) -> bool:
        """Published as an emergency and still waiting for the remaining initials."""
        if not isinstance(doc.meta.get("darurat"), dict):
            return False
        policy = site.approvals.policy_for(doc.jenis, doc.unit)
        return bool(policy) and any(not isinstance(doc.paraf.get(s.peran), dict)
                                    for s in policy.paraf_steps)


def add_reader(readers) -> None:
    """Ours is the only reader: Pelican's own readers also take .mkd/.mdown (Markdown), .html
    and .rst, files the check never reads; one of them in content/ became a page (or broke the
    build) without any approval. READERS in settings can only switch off the names it lists."""
    for ext in list(readers.reader_classes):
        # "static" is Pelican's reader of attachments (only the approved closure reaches it).
        if ext not in PpidReader.file_extensions and ext != "static":
            del readers.reader_classes[ext]
    for ext in PpidReader.file_extensions:
        readers.reader_classes[ext] = PpidReader


def get_generators(pelican):
    from pipeline.site.pages import PpidPagesGenerator

    return PpidPagesGenerator


def caching_writer(pelican):
    """Pelican's writer behind the render cache (site/rendercache.py) when a build has one."""
    from pipeline.site.writer import CachingWriter

    return CachingWriter


def keep_approved_files(generator) -> None:
    """Pelican collects files from its static paths and from `{static}` links in any page;
    keep only those inside a published item's hash (drafts', exempt items' and stray files
    never reach the output)."""
    site: SiteData | None = generator.settings.get("PPID")
    if site is None:
        return
    approved = site.approved_files
    # In place: the generator's context holds this same list.
    generator.staticfiles[:] = [f for f in generator.staticfiles
                                if f.get_relative_source_path() in approved]


def escape_feed_summaries(context, feed) -> None:
    """Atom's <summary type="html"> is read as HTML: `ringkasan` is text, so escape it here
    (the pages' templates escape it themselves)."""
    import html

    for item in feed.items:
        if item.get("description"):
            item["description"] = html.escape(str(item["description"]), quote=False)


def interface_language(generator) -> None:
    """t("key"), dates and the language of the interface, for every template."""
    from functools import partial

    from pipeline.i18n.messages import translator
    from pipeline.i18n.ui import PLATFORM
    from pipeline.model.dates import tanggal, tanggal_waktu

    lang = generator.settings.get("PPID_BAHASA", "id")
    site = generator.settings.get("PPID")
    # The footer states the proof actually in force (an office without keys says so).
    level = site.approvals.trust_level if site is not None else TrustLevel.TANDA_TANGAN
    generator.env.globals.update(t=translator(lang), BAHASA=lang, PLATFORM=PLATFORM,
                                 TINGKAT=level)
    generator.env.filters.update(tanggal_waktu=partial(tanggal_waktu, lang=lang),
                                 tanggal=partial(tanggal, lang=lang))


def register() -> None:
    signals.generator_init.connect(interface_language)
    signals.readers_init.connect(add_reader)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(caching_writer)
    signals.static_generator_finalized.connect(keep_approved_files)
    signals.feed_generated.connect(escape_feed_summaries)
