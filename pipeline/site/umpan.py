"""What feed readers and search engines get: the Atom feeds and sitemap.xml (absolute URLs).

A withdrawn item stays at its address (UU 14/2008: what was published is not erased), so the feed
and the sitemap keep it, dated by its withdrawal and carrying the notice. Serta-merta information
(DIP pages, not news) gets a feed of its own: it is the information people must not miss.
"""

from __future__ import annotations

from datetime import datetime
from html import escape as html_escape
from pathlib import Path

from pipeline.i18n.messages import translator
from pipeline.model.dates import parse_datetime, tanggal_waktu
from pipeline.model.templating import render

FEED_ALL = "feeds/semua.atom.xml"
FEED_URGENT = "feeds/serta-merta.atom.xml"


def _when(value) -> datetime | None:
    try:
        return parse_datetime(value)
    except ValueError:
        return None


class _Entry:
    """What Pelican's feed writer reads of an item; a withdrawn one carries the notice."""

    def __init__(self, item, t, lang: str) -> None:
        self.url, self.date = item.url, item.date
        self._content = item.get_content
        self.title, self.summary, self.notice = item.title, getattr(item, "summary", ""), ""
        if getattr(item, "category", None) is not None:
            self.category = item.category
        updated = _when(item.meta.get("diperbarui"))
        if getattr(item, "ditarik", False):
            updated = _when(item.meta.get("tanggal_penarikan")) or updated
            self.title = f"{t('ditarik')}: {item.title}"
            when = tanggal_waktu(updated, lang=lang) if updated else ""
            self.notice = (f"{t('ditarik-judul')} {t('pada')} {when}. "
                           f"{t('alasan')}: {item.meta.get('alasan_penarikan') or '-'}")
            self.summary = self.notice
        if updated is not None:
            self.modified = updated

    def get_content(self, site_url: str) -> str:
        body = self._content(site_url)
        return f"<p><strong>{html_escape(self.notice)}</strong></p>{body}" if self.notice else body


def feeds(writer, settings: dict, ctx: dict) -> None:
    """All news (withdrawn ones marked), and serta-merta information, as Atom feeds."""
    lang = settings.get("PPID_BAHASA", "id")
    t = translator(lang)
    site = ctx.get("SITENAME", "")
    news = [_Entry(a, t, lang) for a in ctx.get("articles", [])]
    writer.write_feed(news, ctx, FEED_ALL, feed_title=f"{t('berita-feed')} {site}",
                      override_output=True)
    urgent = sorted((p for p in ctx.get("dip", {}).get("serta-merta", [])),
                    key=lambda p: p.date, reverse=True)
    writer.write_feed([_Entry(p, t, lang) for p in urgent], ctx, FEED_URGENT,
                      feed_title=f"{t('feed-serta-merta')} {site}", override_output=True)


def _lastmod(item) -> tuple[str, str]:
    """(date, notice): a withdrawn item is dated by its withdrawal and says so."""
    if getattr(item, "ditarik", False):
        when = _when(item.meta.get("tanggal_penarikan"))
        if when is not None:
            return when.date().isoformat(), f"ditarik {when.date().isoformat()}"
    when = _when(item.meta.get("diperbarui") or item.meta.get("date"))
    return (when.date().isoformat() if when else ""), ""


def sitemap_and_robots(settings: dict, ctx: dict, output_path: str, fixed: list[str]) -> None:
    """sitemap.xml of every published page (absolute URLs) and a robots.txt pointing to it."""
    base = (settings.get("PPID_SITUS") or "").rstrip("/")
    items = list(ctx.get("articles", [])) + list(ctx.get("pages", [])) + \
        list(ctx.get("hidden_pages", []))
    urls = [(f"{base}/{u}", "", "") for u in ["", *fixed]] + \
        [(f"{base}/{i.url}", *_lastmod(i)) for i in items]
    out = Path(output_path)
    (out / "sitemap.xml").write_text(render("pipeline.site", "sitemap.xml", urls=urls), encoding="utf-8")
    (out / "robots.txt").write_text(render("pipeline.site", "robots.txt", base=base,
                                           intranet=bool(settings.get("PPID_INTRANET"))),
                                    encoding="utf-8")
