"""site/umpan: sitemap.xml, robots.txt and the feeds' entries (withdrawn ones kept and marked)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC
from types import SimpleNamespace

from pipeline.site import umpan

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
BASE = "https://ppid.example.go.id"


def _item(url: str, title: str = "Berita", **meta) -> SimpleNamespace:
    """What Pelican hands the plugin of one article or page: url, title, meta, content."""
    return SimpleNamespace(url=url, title=title, date=None, summary="Ringkas", meta=meta,
                           ditarik=meta.get("status") == "ditarik",
                           get_content=lambda site_url: "<p>Isi</p>")


def _sitemap(tmp_path, items, **settings) -> tuple[ET.Element, str]:
    umpan.sitemap_and_robots({"PPID_SITUS": BASE + "/", **settings}, {"articles": items},
                             str(tmp_path), ["agenda/"])
    text = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    return ET.fromstring(text), text


def test_sitemap_has_absolute_escaped_urls_and_dates(tmp_path):
    items = [_item("berita/a-&-b/", diperbarui="2026-11-20T09:00:00+07:00"), _item("berita/c/")]
    root, _ = _sitemap(tmp_path, items)
    urls = [(u.findtext("s:loc", namespaces=NS), u.findtext("s:lastmod", namespaces=NS))
            for u in root.findall("s:url", NS)]
    assert urls == [(f"{BASE}/", None), (f"{BASE}/agenda/", None),
                    (f"{BASE}/berita/a-&-b/", "2026-11-20"), (f"{BASE}/berita/c/", None)]


def test_withdrawn_item_stays_dated_by_its_withdrawal(tmp_path):
    item = _item("berita/lama/", status="ditarik", diperbarui="2026-01-02T08:00:00+07:00",
                 tanggal_penarikan="2026-11-25T10:00:00+07:00")
    _, text = _sitemap(tmp_path, [item])
    row = next(line for line in text.splitlines() if "berita/lama/" in line)
    assert "<lastmod>2026-11-25</lastmod>" in row and "<!-- ditarik 2026-11-25 -->" in row


def test_robots_points_to_the_sitemap_and_closes_an_intranet(tmp_path):
    _sitemap(tmp_path, [])
    assert (tmp_path / "robots.txt").read_text() == f"User-agent: *\nAllow: /\nSitemap: {BASE}/sitemap.xml\n"
    _sitemap(tmp_path, [], PPID_INTRANET=True)
    assert "Disallow: /" in (tmp_path / "robots.txt").read_text()


def test_withdrawn_feed_entry_carries_the_escaped_notice(tmp_path):
    from pipeline.i18n.messages import translator

    item = _item("berita/lama/", "Lama", status="ditarik", alasan_penarikan="Data <salah> & usang",
                 tanggal_penarikan="2026-11-25T10:00:00+07:00")
    entry = umpan._Entry(item, translator("en"), "en")
    assert entry.title == "Withdrawn: Lama" and entry.modified.date().isoformat() == "2026-11-25"
    body = entry.get_content(BASE)
    assert body.startswith("<p><strong>This information has been withdrawn on ")
    assert "Data &lt;salah&gt; &amp; usang" in body and body.endswith("<p>Isi</p>")
    plain = umpan._Entry(_item("berita/baru/"), translator("id"), "id")
    assert plain.get_content(BASE) == "<p>Isi</p>" and plain.title == "Berita"


def test_serta_merta_feed_lists_urgent_dip_items_newest_first(tmp_path):
    """Through Pelican's own feed writer, into a real Atom file."""
    from datetime import datetime

    from pelican.settings import DEFAULT_CONFIG
    from pelican.writers import Writer

    old, new = _item("dip/banjir/", "Banjir"), _item("dip/longsor/", "Longsor & Banjir")
    news = _item("berita/a/", "A")
    old.date, new.date, news.date = (datetime(2026, m, 1, tzinfo=UTC) for m in (1, 11, 2))
    settings = {**DEFAULT_CONFIG, "OUTPUT_PATH": str(tmp_path), "PPID_BAHASA": "id"}
    ctx = {"SITENAME": "PPID Bantul", "SITEURL": BASE, "FEED_DOMAIN": BASE, "articles": [news],
           "dip": {"serta-merta": [old, new]}}
    umpan.feeds(Writer(str(tmp_path), settings), settings, ctx)
    atom = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(tmp_path / umpan.FEED_URGENT).getroot()
    assert [e.findtext("a:title", namespaces=atom) for e in feed.findall("a:entry", atom)] == \
        ["Longsor & Banjir", "Banjir"]
    assert feed.findtext("a:title", namespaces=atom).endswith("PPID Bantul")
    everything = ET.parse(tmp_path / umpan.FEED_ALL).getroot()
    assert [e.findtext("a:title", namespaces=atom) for e in everything.findall("a:entry", atom)] == ["A"]
