"""Pull-request view: findings and SOP state of the items a branch changed, as GitHub shows them."""

from __future__ import annotations

from ..conftest import PRESS_RELEASE

A = "content/berita/2026-11-19-a.md"
B = "content/berita/2026-11-20-b.md"
KABID = "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik"
KASIE = "Kepala Seksi Pengelolaan Informasi dan Aspirasi Publik"


def _branch_with_new_item(site):
    site.write(A, PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 11").replace(
        "2026-11-20 09:00", "2026-11-19 09:00"))  # on main: also unfinished
    site.commit(A)
    site.git("checkout", "-q", "-b", "usulan")
    site.write(B, PRESS_RELEASE.replace("title: Bupati Resmikan Jembatan Kali Opak", "title: Berita B"))
    site.commit(B)


def test_check_reports_only_what_the_branch_changed(site, capsys):
    _branch_with_new_item(site)
    code, out = site.ppid("check", "--changed-since", "main", capsys=capsys)
    assert code == 1 and B in out and A not in out
    code, out = site.ppid("check", capsys=capsys)
    assert A in out  # without the option, everything


def test_a_policy_change_concerns_every_item(site, capsys):
    _branch_with_new_item(site)
    site.write("approvals/sop/001-pemutakhiran-website.yaml",
               site.read("approvals/sop/001-pemutakhiran-website.yaml") + "\n")
    site.commit("approvals/sop/001-pemutakhiran-website.yaml", "Ubah SOP")
    code, out = site.ppid("check", "--changed-since", "main", capsys=capsys)
    assert A in out and B in out


def test_job_summary_markdown(site, capsys):
    _branch_with_new_item(site)
    code, out = site.ppid("status", "--changed-since", "main", "--format", "markdown", capsys=capsys)
    assert code == 0
    assert out.splitlines() == [
        "### Status SOP naskah yang berubah", "", "#### Berita B", "",
        f"`{B}` · terbit · SOP Pemutakhiran Website", "",
        "| Langkah | Peran | Keadaan | Oleh | Waktu |", "|---:|---|---|---|---|",
        f"| 2 | {KABID} | ⏳ menunggu (berikutnya) |  |  |",
        f"| 3 | {KASIE} | … menunggu |  |  |", ""]
    site.approve(B, [("kabid", "agus", "2026-11-20T09:40:00+07:00")], keputusan="tolak")
    code, out = site.ppid("status", "--changed-since", "main", "--format", "markdown", capsys=capsys)
    assert f"| 2 | {KABID} | ❌ ditolak: Perbaiki judul. | Drs. Agus Prasetyo, M.Si. | " \
           "Jumat, 20 November 2026 09.40 WIB |" in out
    site.approve(B, [("kabid", "agus", "2026-11-20T10:40:00+07:00")])
    site.write(B, site.read(B).replace("sepanjang 60 meter", "sepanjang 61 meter"))
    code, out = site.ppid("status", "--changed-since", "main", "--format", "markdown", capsys=capsys)
    assert f"| 2 | {KABID} | ⚠️ basi: isi berubah sesudah diparaf |" in out


def test_status_lists_unfinished_items_for_editors(site, capsys):
    _branch_with_new_item(site)
    code, out = site.ppid("status", capsys=capsys)
    assert code == 0 and "Berita B" in out and "menunggu (berikutnya)" in out
    code, out = site.ppid("check", "--changed-since", "tidak-ada-rev", capsys=capsys)
    assert code == 2 and "revisi 'tidak-ada-rev' tidak dikenal git" in out
