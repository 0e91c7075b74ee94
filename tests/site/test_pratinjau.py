"""`ppid bangun --pratinjau`: what a pull request proposes, built for the officials who approve it.

One real repository with an approved item, one waiting for its second initial, a draft, an
exempt item and one with personal data; the real check, a real Pelican build, the real CLI.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from pipeline.model.urls import doc_url

from ..conftest import PRESS_RELEASE, make_site

APPROVED = "content/berita/2026-11-20-jembatan.md"
WAITING = "content/berita/2026-11-21-pasar.md"
DRAFT = "content/berita/2026-11-22-draf.md"
PRIVATE = "content/berita/2026-11-23-bantuan.md"
EXEMPT = "content/informasi/register-pemohon.md"
BROKEN = "content/berita/2026-11-24-rusak.md"  # front matter that is not YAML
UNDATED = "content/berita/2026-11-25-tanpa-tanggal.md"
NIK = "3402141203900001"
EXEMPT_TEXT = """---
title: Register Pemohon Informasi
date: 2026-09-10
jenis: informasi-publik
status: terbit
unit: Diskominfo
ringkasan: Register pemohon.
kategori: dikecualikan
dasar_pengecualian: UU 14/2008 Pasal 17 huruf h angka 5
uji_konsekuensi: Penetapan Uji Konsekuensi PPID Kabupaten Bantul Nomor 045/001/UK/2026
pejabat_penguasa: Diskominfo
penanggung_jawab: Kabid
waktu_pembuatan: "2026"
tempat_pembuatan: Bantul
bentuk_informasi: softcopy
jangka_waktu_penyimpanan: 5 tahun
paraf: {}
---

KALIMAT RAHASIA DARI REGISTER YANG DIKECUALIKAN TIDAK PERNAH TAMPIL.
"""


def _item(title: str, day: int, number: int, body: str, status: str = "terbit") -> str:
    return (PRESS_RELEASE.replace("Bupati Resmikan Jembatan Kali Opak", title)
            .replace("2026-11-20 09:00", f"2026-11-{day} 09:00")
            .replace("nomor_urut: 12", f"nomor_urut: {number}")
            .replace("status: terbit", f"status: {status}")
            .replace("Bupati meresmikan jembatan sepanjang 60 meter.", body))


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def proposal(root: Path):
    """main: one approved item, built and published; branch `usulan`: four more items."""
    site = make_site(root)
    site.write(APPROVED, PRESS_RELEASE)
    site.approve(APPROVED, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                            ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    site.commit(APPROVED)
    site.git("checkout", "-q", "-b", "usulan")
    site.write(WAITING, _item("Pasar Niten Dibuka Kembali", 21, 13, "Pasar dibuka pukul tujuh."))
    site.approve(WAITING, [("kabid", "agus", "2026-11-21T10:00:00+07:00")])
    site.write(DRAFT, _item("Rencana Lomba Desa", 22, 14, "Lomba desa digelar Desember.", "draf"))
    site.write(PRIVATE, _item("Bantuan Bagi Warga Sewon", 23, 15,
                              f"Penerima bantuan dengan NIK {NIK} sudah didata."))
    site.write(EXEMPT, EXEMPT_TEXT)
    site.write(BROKEN, "---\ntitle: [Judul tanpa kurung tutup\njenis: siaran-pers\n---\nIsi.\n")
    site.write(UNDATED, _item("Tanpa Tanggal", 25, 16, "Isi.").replace("date: 2026-11-25 09:00\n", ""))
    for rel in (WAITING, DRAFT, PRIVATE, EXEMPT, BROKEN, UNDATED):
        site.commit(rel)
    return site


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The proposal, its normal output/ (from main), then the preview of the branch."""
    root = tmp_path_factory.mktemp("pratinjau") / "situs"
    site = proposal(root)
    site.git("checkout", "-q", "main")
    assert site.ppid("bangun")[0] == 0
    site.git("checkout", "-q", "usulan")
    before = _tree(root / "output")
    summary = root.parent / "ringkasan.md"
    code, _ = site.ppid("bangun", "--pratinjau", "--ringkasan", str(summary),
                        "--berubah-sejak", "main", "--tautan-artefak", "https://forge.test/run/7")
    return site, code, before, summary


def _page(site, rel: str) -> str:
    from pipeline.model.reader import load_document

    doc = load_document(site.root, site.root / rel)
    return (site.root / "output-pratinjau" / doc_url(doc) / "index.html").read_text(encoding="utf-8")


def _banner(html: str) -> str:
    return re.search(r'<aside class="ppid-pratinjau".*?</aside>', html, re.S).group(0)


def test_preview_builds_every_item_but_the_exempt_one_and_leaves_output_alone(built):
    site, code, before, _ = built
    assert code == 0
    out = site.root / "output-pratinjau"
    for rel in (APPROVED, WAITING, DRAFT, PRIVATE):
        assert "PRATINJAU" in _page(site, rel)
    texts = "".join(p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*")
                    if p.is_file() and p.suffix in (".html", ".xml", ".json", ".txt"))
    assert "KALIMAT RAHASIA" not in texts and not (out / "informasi/register-pemohon").exists()
    assert _tree(site.root / "output") == before  # the published build is untouched


def test_banners_name_the_waiting_role_and_person(built):
    site, *_ = built
    waiting = _banner(_page(site, WAITING))
    assert "PRATINJAU — belum disetujui: menunggu paraf Kepala Seksi" in waiting
    assert "Dewi Lestari, S.Sos." in waiting
    assert "Langkah 2, Kepala Bidang" in waiting  # the step done, by whom
    assert "selesai oleh Drs. Agus Prasetyo, M.Si." in waiting
    draft = _banner(_page(site, DRAFT))
    assert "draf, belum diajukan" in draft and "Kepala Bidang" in draft
    approved = _banner(_page(site, APPROVED))
    assert "semua paraf SOP lengkap" in approved and "menunggu paraf" not in approved


def test_privacy_findings_appear_on_the_items_banner(built):
    site, *_ = built
    banner = _banner(_page(site, PRIVATE))
    assert 'class="ppid-pratinjau-privasi"' in banner and "UU 27/2022" in banner
    assert "ppid-pratinjau-privasi" not in _banner(_page(site, WAITING))


def test_every_page_is_noindex_and_nothing_invites_indexing(built):
    site, *_ = built
    out = site.root / "output-pratinjau"
    pages = [p for p in out.rglob("*.html") if not p.relative_to(out).as_posix().startswith("pagefind/")]
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        robots = re.findall(r'<meta name="robots" content="([^"]*)"', html)
        assert robots == ["noindex, nofollow"], page
        assert 'class="ppid-pratinjau"' in html, page  # the site-wide notice
    assert not (out / "sitemap.xml").exists()
    assert "Disallow: /" in (out / "robots.txt").read_text(encoding="utf-8")
    marker = json.loads((out / ".ppid-build.json").read_text(encoding="utf-8"))
    assert marker["pratinjau"] is True and marker["pratinjau_naskah"] is True


def test_home_page_lists_the_items_in_the_preview(built):
    site, *_ = built
    home = (site.root / "output-pratinjau" / "index.html").read_text(encoding="utf-8")
    listing = home[home.index("Naskah dalam pratinjau"):]
    for title in ("Pasar Niten Dibuka Kembali", "Rencana Lomba Desa", "Bantuan Bagi Warga Sewon"):
        assert title in listing
    assert "Register Pemohon" not in listing


def test_unreadable_items_are_listed_on_the_home_page_not_fatal(built):
    site, code, _, summary = built
    assert code == 0
    home = (site.root / "output-pratinjau" / "index.html").read_text(encoding="utf-8")
    failed = home[home.index("Tidak dapat dibangun"):]
    assert BROKEN in failed and UNDATED in failed and "date" in failed
    assert BROKEN in summary.read_text(encoding="utf-8")


def test_deploy_refuses_the_preview(built, tmp_path, capsys):
    site, *_ = built
    code, out = site.ppid("terbitkan", "--to", str(tmp_path / "srv"), "-o", "output-pratinjau",
                          capsys=capsys)
    assert code == 2
    assert "pratinjau usulan ('ppid bangun --pratinjau')" in out
    assert "tidak pernah diterbitkan" in out
    assert not (tmp_path / "srv" / "current").exists()


def test_normal_build_still_refuses_the_unapproved_branch(built, capsys):
    site, *_ = built
    before = _tree(site.root / "output")
    code, out = site.ppid("bangun", capsys=capsys)
    assert code == 1 and "paraf" in out
    assert _tree(site.root / "output") == before


def test_job_summary_lists_changed_items_with_state_and_path(built):
    site, _, _, summary = built
    text = summary.read_text(encoding="utf-8")
    assert "Pratinjau usulan: naskah yang berubah" in text
    assert "https://forge.test/run/7" in text and "pratinjau-situs" in text
    for rel in (WAITING, DRAFT, PRIVATE, EXEMPT):
        assert f"`{rel}`" in text
    assert f"`{APPROVED}`" not in text  # unchanged on this branch
    section = text[text.index(f"`{WAITING}`"):]
    section = section[:section.index("####")]
    assert "Kepala Seksi" in section and "Dewi Lestari, S.Sos." in section
    assert "`berita/2026/pasar/index.html`" in section
    assert "dikecualikan: tidak dibangun" in text


def test_preview_is_never_written_over_the_published_output(built, capsys):
    site, *_ = built
    before = _tree(site.root / "output")
    code, out = site.ppid("bangun", "--pratinjau", "-o", "output", capsys=capsys)
    assert code == 2 and "bukan pratinjau" in out
    assert _tree(site.root / "output") == before


def test_selection_and_output_guard(built, tmp_path):
    from pipeline.checks.run import run_check
    from pipeline.model.errors import UsageError
    from pipeline.site.pratinjau import guard_output, select

    site, *_ = built
    result = run_check(site.root)
    chosen = select(result.documents, result.findings)
    assert sorted(d.rel for d in chosen.shown) == sorted([APPROVED, WAITING, DRAFT, PRIVATE])
    assert chosen.exempt == {EXEMPT} and set(chosen.unreadable) == {BROKEN, UNDATED}
    guard_output(site.root / "output-pratinjau", site.root)  # a preview may replace a preview
    guard_output(tmp_path / "baru", site.root)  # a new folder
    (tmp_path / "catatan.txt").write_text("milik orang lain", encoding="utf-8")
    for folder in (site.root / "output", tmp_path):  # the published build; a folder of other files
        with pytest.raises(UsageError):
            guard_output(folder.resolve(), site.root)
