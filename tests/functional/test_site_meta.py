"""What search engines, feed readers and link previews get: built files checked on their content."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

SITE = "https://ppid.bantulkab.go.id"
ARTICLE = "berita/2026/bupati-resmikan-jembatan-kali-opak-di-kapanewon-imogiri/"


def _read(out, rel):
    return (out / rel).read_text(encoding="utf-8")


def _jsonld(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1])


def test_atom_feed_lists_published_news_only(example):
    result, out, _ = example
    feed = ET.fromstring(_read(out, "feeds/semua.atom.xml"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    news = [d for d in result.documents if d.publishable and d.jenis in ("siaran-pers", "pengumuman")]
    assert len(titles) == len(news)
    assert "Pasar Rakyat Niten Selesai Direvitalisasi" in titles
    assert all(link.get("href").startswith(SITE) for link in feed.iter("{http://www.w3.org/2005/Atom}link"))


def test_sitemap_and_robots(example):
    result, out, _ = example
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.fromstring(_read(out, "sitemap.xml")).findall("s:url/s:loc", ns)]
    assert f"{SITE}/{ARTICLE}" in locs and f"{SITE}/informasi/berkala/" in locs
    assert all(loc.startswith(SITE + "/") for loc in locs)
    assert not any("rapat-koordinasi-persiapan-natal" in loc for loc in locs)  # the draft
    assert not any("data-pribadi-pemohon" in loc for loc in locs)  # the exempt item
    assert _read(out, "robots.txt") == f"User-agent: *\nAllow: /\nSitemap: {SITE}/sitemap.xml\n"


def test_article_canonical_open_graph_and_json_ld(example):
    _, out, _ = example
    page = _read(out, ARTICLE + "index.html")
    assert f'<link rel="canonical" href="{SITE}/{ARTICLE}">' in page
    assert '<meta property="og:type" content="article">' in page
    assert f'<meta property="og:image" content="{SITE}/gambar/jembatan-opak.jpg">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    data = _jsonld(page)
    assert data["@type"] == "NewsArticle" and data["inLanguage"] == "id"
    assert data["headline"] == "Bupati Resmikan Jembatan Kali Opak di Kapanewon Imogiri"
    assert data["datePublished"] == "2026-10-05T09:00:00+07:00"
    assert data["image"] == [f"{SITE}/gambar/jembatan-opak.jpg"]
    assert re.search(r'<img src="[./]*gambar/jembatan-opak.jpg" alt="Bupati menggunting pita peresmian '
                     r'jembatan" width="640" height="360" loading="lazy"', page)


def test_home_banner_links_and_organization(example):
    result, out, _ = example
    home = _read(out, "index.html")
    banner = home[home.index('class="serta-merta"'):home.index("</section>")]
    urgent = [d.title for d in result.documents if d.meta.get("kategori") == "serta-merta"]
    assert urgent and all(title in banner for title in urgent)
    assert "Ajukan permohonan informasi" in home and "Ajukan keberatan" in home
    data = _jsonld(home)
    assert data["@type"] == "GovernmentOrganization" and data["name"] == "PPID Kabupaten Bantul"


def test_home_page_weighs_under_150_kb(example):
    _, out, _ = example
    home = _read(out, "index.html")
    assets = re.findall(r'(?:href|src)="\.?/?((?:theme|pagefind)/[^"]+)"', home)
    total = len(home.encode()) + sum((out / a).stat().st_size for a in assets)
    assert total < 150 * 1024, total
    loaded = re.findall(r'<(?:script|img)[^>]*\ssrc="([^"]+)"|<link rel="stylesheet" href="([^"]+)"', home)
    assert loaded and not any(u.startswith(("http:", "https:", "//")) for pair in loaded for u in pair)


WITHDRAWN = "berita/2026/jadwal-pemeliharaan-jaringan-listrik-di-kapanewon-sewon/"
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def test_withdrawn_entry_is_dated_by_its_withdrawal_in_feed_and_sitemap(example):
    result, out, _ = example
    doc = next(d for d in result.documents if d.status == "ditarik")
    withdrawn = str(doc.meta["tanggal_penarikan"])[:10]
    feed = ET.fromstring(_read(out, "feeds/semua.atom.xml"))
    entry = next(e for e in feed.findall("a:entry", ATOM)
                 if e.find("a:link", ATOM).get("href") == f"{SITE}/{WITHDRAWN}")
    assert entry.findtext("a:title", namespaces=ATOM) == f"Ditarik: {doc.title}"
    assert entry.findtext("a:updated", namespaces=ATOM).startswith(withdrawn)
    assert entry.findtext("a:published", namespaces=ATOM).startswith("2026-10-08")
    assert "Informasi ini telah ditarik" in entry.findtext("a:summary", namespaces=ATOM)
    sitemap = _read(out, "sitemap.xml")
    row = next(line for line in sitemap.splitlines() if f"{SITE}/{WITHDRAWN}<" in line)
    assert f"<lastmod>{withdrawn}</lastmod>" in row and f"<!-- ditarik {withdrawn} -->" in row


def test_serta_merta_items_have_their_own_feed(example):
    result, out, _ = example
    urgent = {d.title for d in result.documents if d.meta.get("kategori") == "serta-merta"
              and d.publishable}
    feed = ET.fromstring(_read(out, "feeds/serta-merta.atom.xml"))
    titles = {e.findtext("a:title", namespaces=ATOM) for e in feed.findall("a:entry", ATOM)}
    assert urgent and titles == urgent
    assert 'href="./feeds/serta-merta.atom.xml"' in _read(out, "index.html") or \
        'feeds/serta-merta.atom.xml"' in _read(out, "index.html")


def test_sitemap_lists_sop_and_service_pages_but_not_the_error_page(example):
    result, out, _ = example
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {e.text for e in ET.fromstring(_read(out, "sitemap.xml")).findall("s:url/s:loc", ns)}
    sops = [p for p in (out / "sop").iterdir() if p.is_dir()]
    assert sops and all(f"{SITE}/sop/{p.name}/" in locs for p in sops)
    for page in ("layanan/", "layanan/permohonan/", "layanan/keberatan/", "agenda/", "dasbor/"):
        assert f"{SITE}/{page}" in locs, page
    assert not any("404" in loc for loc in locs)


def test_generated_pages_declare_their_own_address(example):
    """The DIP, SOP, agenda, search and dashboard pages once all pointed at the home page."""
    _, out, _ = example
    for rel in ("informasi/", "informasi/berkala/", "informasi/dikecualikan/", "sop/",
                "sop/001-pemutakhiran-website/", "agenda/", "cari/", "dasbor/", "layanan/permohonan/"):
        page = _read(out, rel + "index.html")
        assert page.count('rel="canonical"') == 1 and f'<link rel="canonical" href="{SITE}/{rel}">' in page
        assert f'<meta property="og:url" content="{SITE}/{rel}">' in page
        title = re.search(r"<title>(.*?)</title>", page, re.S)[1]
        assert "<" not in title and f'<meta property="og:title" content="{title}">' in page
    second = _read(out, "index2.html")
    assert f'<link rel="canonical" href="{SITE}/index2.html">' in second
