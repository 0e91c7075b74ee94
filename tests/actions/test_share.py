"""SOP 003: captions within each platform's limit, and posting links recorded without staling."""

from __future__ import annotations

from pipeline.actions.share import LIMITS, caption
from pipeline.model.reader import load_document

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
LONG = PRESS_RELEASE.replace(
    "ringkasan: Jembatan baru menghubungkan dua kapanewon.",
    "ringkasan: " + "Jembatan baru sepanjang enam puluh meter menghubungkan dua kapanewon. " * 8,
).replace("paraf: {}", "tags: [infrastruktur, kali opak, pelayanan publik]\nparaf: {}")


def _approved(site, text=PRESS_RELEASE):
    site.write(REL, text)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    site.commit(REL, "Naskah disetujui")


def test_captions_fit_every_limit_and_x_counts_a_link_as_23(site):
    site.write(REL, LONG)
    doc = load_document(site.root, site.root / REL)
    link = "https://ppid.bantulkab.go.id/" + "berita/2026/" + "jembatan-" * 20
    for platform, limit in LIMITS.items():
        made = caption(doc, platform, link)
        assert made.length <= limit and link in made.text
        assert made.text.startswith("Bupati Resmikan Jembatan Kali Opak")
    x = caption(doc, "x", link)
    assert x.length == len(x.text) - len(link) + 23 and x.text.count("…") == 1
    assert "#KaliOpak #PelayananPublik" in x.text
    # Long platforms keep the whole summary.
    assert "…" not in caption(doc, "facebook", link).text


def test_share_prints_captions_per_platform(site, capsys):
    _approved(site, LONG)
    code, out = site.ppid("share", REL, capsys=capsys)
    assert code == 0
    for platform, limit in LIMITS.items():
        assert f"── {platform} (" in out and f"/{limit}) ──" in out
    assert "Tautan di bio:" in out and "/berita/2026/jembatan/" in out


def test_recorded_link_commits_alone_keeps_initials_and_shows_on_the_page(site, capsys):
    _approved(site)
    url = "https://www.instagram.com/p/DBantul123/"
    code, out = site.ppid("share", REL, "--tautan", "instagram", url, capsys=capsys,
                          when="2026-11-20T11:00:00+07:00")
    assert code == 0 and "tautan instagram dicatat" in out
    assert "distribusi:\n  - {platform: instagram, tautan: \"" + url in site.read(REL)
    assert site.git("log", "-1", "--format=%s") == \
        "Tautan instagram (SOP 003): Bupati Resmikan Jembatan Kali Opak\n"
    assert site.git("status", "--porcelain") == ""
    second = "https://www.facebook.com/bantulkab/posts/1"
    assert site.ppid("share", REL, "--tautan", "facebook", second, capsys=capsys)[0] == 0
    assert site.ppid("check", capsys=capsys)[0] == 0  # no initial became stale
    assert site.ppid("build", capsys=capsys)[0] == 0
    page = (site.root / "output/berita/2026/jembatan/index.html").read_text(encoding="utf-8")
    assert "Juga dibagikan di" in page
    assert f'href="{url}"' in page and f'href="{second}"' in page
    assert '>Instagram</a>, <a' in page and '>Facebook</a>' in page


def test_wrong_host_or_draft_is_refused_with_exit_2(site, capsys):
    _approved(site)
    before = site.read(REL)
    code, out = site.ppid("share", REL, "--tautan", "instagram",
                          "https://instagram.com.penipu.example/p/1", capsys=capsys)
    assert code == 2 and "bukan tautan https instagram" in out
    code, out = site.ppid("share", REL, "--tautan", "x", "http://x.com/bantul/1", capsys=capsys)
    assert code == 2 and "bukan tautan https x" in out
    assert site.read(REL) == before
    site.write("content/berita/2026-11-21-draf.md", PRESS_RELEASE.replace("status: terbit",
                                                                          "status: draf"))
    site.commit("content/berita/2026-11-21-draf.md")
    code, out = site.ppid("share", "content/berita/2026-11-21-draf.md", "--tautan", "x",
                          "https://x.com/bantul/status/1", capsys=capsys)
    assert code == 2 and "belum terbit" in out
