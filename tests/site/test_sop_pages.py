"""The SOP pages (theme sop.html via site/pages.py): steps with role, minutes, evidence, the
"Tidak" branch with its role, and every rule the office added marked as such (issue #15)."""

from __future__ import annotations

import re
from html import unescape


def _page(site, sop_id: str) -> str:
    html = (site.root / "output" / "sop" / sop_id / "index.html").read_text(encoding="utf-8")
    return unescape(re.sub(r"\s+", " ", html))


def test_sop_pages_show_steps_minutes_branches_and_office_additions(site, capsys):
    code, out = site.ppid("bangun", capsys=capsys, when="2026-11-28T10:00:00+07:00")
    assert code == 0, out
    sop000 = _page(site, "000-distribusi-informasi-publik")
    assert "Admin Website, Media Sosial dan Videotron" in sop000
    assert re.search(r"data-label=\"Waktu \(menit\)\">180<", sop000)  # step 5's standard minutes
    assert "Tidak: kembali ke langkah 1 (OPD Pengirim Materi)" in sop000
    # SOP 000's rejection loop and emergency rule are the office's, not the signed SOP's.
    section = sop000.split('id="judul-aturan-kantor"', 1)[1]
    assert "Aturan tambahan kantor" in sop000 and "Penerbitan darurat" in section
    assert "Cabang penolakan" in section and "(langkah 2, 3, 4)" in section
    assert sop000.count('class="tanda-kantor"') >= 3  # steps 2-4 marked in the table
    assert "Bukti wajib untuk naskah sejak" in sop000 and "distribusi" in sop000

    sop001 = _page(site, "001-pemutakhiran-website")
    assert "Tidak: kembali ke langkah 1 (Petugas Penerima Berita/Informasi)" in sop001
    assert "catatan langkah oleh Kepala Seksi Pengelolaan Informasi dan Aspirasi Publik" in sop001
    table = sop001.split('id="judul-aturan-kantor"', 1)[0]
    assert 'class="tanda-kantor"' not in table  # its "Tidak" is the seed's own

    sop004 = _page(site, "004-pengelolaan-web-ppid")
    assert "Tugas berkala" in sop004 and "C.2" in sop004


def test_the_intranet_dashboard_lists_periodic_tasks_due_or_late(tmp_path, capsys):
    from ..conftest import make_site

    site = make_site(tmp_path / "s", periodic=True)
    code, out = site.ppid("bangun", "--intranet", capsys=capsys, when="2026-11-20T10:00:00+07:00")
    assert code == 0, out
    pages = list((site.root / "intranet").rglob("dasbor/index.html"))
    html = unescape(re.sub(r"\s+", " ", pages[0].read_text(encoding="utf-8")))
    assert "Tugas berkala SOP 004" in html
    assert "SOP 004 C.2 2026-10: evaluasi belum dibuat, batas 10 November 2026" in html.replace(
        "</strong>", "")
    assert "Dr. Retno Widyastuti, M.T." in html and "terlambat" in html
