"""Emergency publishing (UU 14/2008 Pasal 10): minimum initials first, the rest by a deadline."""

from __future__ import annotations

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-banjir.md"
PAGE = "output/berita/2026/banjir/index.html"
EMERGENCY = PRESS_RELEASE.replace("paraf: {}", 'darurat: {alasan: "Banjir di Kapanewon Imogiri", '
                                  'oleh: "Drs. Agus Prasetyo, M.Si.", tanggal: 2026-11-20 09:00}\n'
                                  'nomor_arsip: "400.14.4.3/0012/Diskominfo/2026"\nparaf: {}')


def test_published_first_then_overdue_then_complete(site, capsys):
    site.write(REL, EMERGENCY)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:10:00+07:00")])
    code, out = site.ppid("check", "--strict", capsys=capsys, when="2026-11-20T10:00:00+07:00")
    assert code == 0
    assert "info: diterbitkan darurat (Banjir di Kapanewon Imogiri); paraf Kepala Seksi " \
           "Pengelolaan Informasi dan Aspirasi Publik ditunggu paling lambat Sabtu, 21 November " \
           "2026 09.00 WIB [darurat.menunggu]" in out
    assert site.ppid("build", capsys=capsys, when="2026-11-20T10:00:00+07:00")[0] == 0
    page = (site.root / PAGE).read_text(encoding="utf-8")
    assert "Diterbitkan segera dalam keadaan darurat" in page and "Drs. Agus Prasetyo" in page
    code, out = site.ppid("build", capsys=capsys, when="2026-11-21T10:00:00+07:00")
    assert code == 1 and "[darurat.lewat]" in out and "penerbitan darurat melewati batas" in out
    site.approve(REL, [("kasie-informasi", "dewi", "2026-11-20T15:00:00+07:00")])
    assert site.ppid("build", capsys=capsys, when="2026-11-21T10:00:00+07:00")[0] == 0
    assert "keadaan darurat" not in (site.root / PAGE).read_text(encoding="utf-8")


def test_ordered_by_someone_without_the_minimum_role(site, capsys):
    site.write(REL, EMERGENCY.replace('oleh: "Drs. Agus Prasetyo, M.Si."', 'oleh: "Dewi Lestari, S.Sos."'))
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:10:00+07:00")])
    code, out = site.ppid("check", capsys=capsys, when="2026-11-20T10:00:00+07:00")
    assert code == 1 and "[darurat.oleh]" in out
    assert "'Dewi Lestari, S.Sos.' yang memerintahkan penerbitan darurat bukan Kepala Bidang" in out


def test_only_where_the_sop_provides_for_it(site, capsys):
    page = PRESS_RELEASE.replace("jenis: siaran-pers", "jenis: halaman").replace(
        "paraf: {}", 'darurat: {alasan: "Segera", oleh: "Dewi Lestari, S.Sos.", '
        'tanggal: 2026-11-20 09:00}\nparaf: {}')
    site.write("content/halaman/info.md", page)
    code, out = site.ppid("check", capsys=capsys, when="2026-11-20T10:00:00+07:00")
    assert "SOP Pengelolaan Web PPID tidak mengatur penerbitan darurat" in out
