"""Pull-request view: findings and SOP state of the items a branch changed, as GitHub shows them."""

from __future__ import annotations

import pytest

from pipeline.model.errors import UsageError
from pipeline.model.reader import load_document
from pipeline.office.policy import load_approvals
from pipeline.reports.status import changed_files, item_steps, markdown, state_label

from ..conftest import PRESS_RELEASE, make_site

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


# ---- reports/status's own functions -------------------------------------------------------------


def test_item_steps_states_in_order(tmp_path):
    repo = make_site(tmp_path / "s", level="nama")
    rel = "content/berita/2026-11-20-jembatan.md"
    repo.write(rel, PRESS_RELEASE.replace("Kali Opak", "Kali <b>Opak</b>"))
    approvals = load_approvals(repo.root)

    def states():
        return [(s.peran, s.state) for s in item_steps(load_document(repo.root, repo.root / rel),
                                                        approvals)]

    assert states() == [(KABID, "berikutnya"), (KASIE, "menunggu")]
    repo.approve(rel, [("kabid", "agus", "2026-11-20 10:00")], keputusan="tolak")
    steps = item_steps(load_document(repo.root, repo.root / rel), approvals)
    assert [s.state for s in steps] == ["ditolak", "menunggu"]
    assert state_label(steps[0]).endswith(": Perbaiki judul.") and steps[0].nama
    repo.approve(rel, [("kabid", "agus", "2026-11-20 10:00")])
    repo.write(rel, repo.read(rel).replace("60 meter", "70 meter"))  # changed after the initial
    assert [s for _, s in states()] == ["basi", "berikutnya"]
    doc = load_document(repo.root, repo.root / rel)
    summary = markdown([(doc, item_steps(doc, approvals))], approvals)
    assert "#### Bupati Resmikan Jembatan Kali &lt;b&gt;Opak&lt;/b&gt;" in summary  # escaped
    assert summary.count("\n| 2 | ") == 1 and summary.count("\n| 3 | ") == 1  # a row per step


def test_changed_files_since_a_revision(site):
    site.write("content/a.md", "a")
    site.commit("content/a.md")
    base = site.git("rev-parse", "HEAD").strip()
    site.write("content/b.md", "b")
    site.commit("content/b.md")
    site.write("content/c.md", "c")  # not committed yet
    assert changed_files(site.root, base) == {"content/b.md", "content/c.md"}
    site.write("approvals/config.yaml", site.read("approvals/config.yaml") + "# x\n")
    assert changed_files(site.root, base) is None  # policy changed: every item concerned
    with pytest.raises(UsageError):
        changed_files(site.root, "tidak-ada-cabang")
