"""checks/wewenang: the fields outside the hash (status, archive number, distribution) and
deletions are judged by who wrote them, from a real history."""

from __future__ import annotations

import pytest

from pipeline.checks.wewenang import check_authority
from pipeline.git.log import load_history
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
AGUS, DEWI = OFFICIALS["agus"][:2], OFFICIALS["dewi"][:2]  # kabid, kasie-informasi: withdraw
RINA = ("Rina Susanti", "rina.susanti@bantulkab.go.id")  # operator-website: archive, publish


def _judge(repo):
    return check_authority(load_corpus(repo.root), load_approvals(repo.root),
                           load_history(repo.root, use_cache=False))


def _set(repo, old: str, new: str, who, message="Ubah") -> None:
    repo.write(REL, repo.read(REL).replace(old, new))
    repo.commit(REL, message, who=who)


@pytest.fixture
def repo(tmp_path):
    site = make_site(tmp_path / "s", level="penulis")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    return site


def test_unwithdrawing_by_the_editor_is_named_and_by_a_withdrawer_is_not(repo):
    _set(repo, "status: terbit", "status: ditarik", AGUS, "Tarik")
    _set(repo, "status: ditarik", "status: terbit", ("Tim Redaksi", "redaksi@bantulkab.go.id"))
    found, signed = _judge(repo)
    (finding,) = found
    assert finding.code == "wewenang.status" and finding.path == REL and finding.field == "status"
    assert finding.line == 5  # the status line of the file
    assert finding.params["dari"] == "ditarik" and finding.params["ke"] == "terbit"
    assert finding.params["penulis"] == "Tim Redaksi"
    assert "Kepala Bidang" in finding.params["peran"] or "Kabid" in finding.params["peran"]
    # Dewi (kasie-informasi) withdraws again and republishes: her act settles the editor's.
    _set(repo, "status: terbit", "status: ditarik", DEWI, "Tarik lagi")
    _set(repo, "status: ditarik", "status: terbit", DEWI, "Terbit lagi")
    found, signed = _judge(repo)
    assert found == []
    assert any(s.email == OFFICIALS["dewi"][1] for s in signed)  # her commit must be signed


def test_unpublishing_to_draft_is_restricted_too(repo):
    _set(repo, "status: terbit", "status: draf", ("Tim Redaksi", "redaksi@bantulkab.go.id"))
    (finding,) = _judge(repo)[0]
    assert finding.code == "wewenang.status" and finding.params["ke"] == "draf"


def test_archive_number_by_the_archivist_only(repo):
    _set(repo, 'klasifikasi: "400.14.4.3"', 'klasifikasi: "400.14.4.3"\nnomor_arsip: "X/1"',
         ("Tim Redaksi", "redaksi@bantulkab.go.id"))
    (finding,) = _judge(repo)[0]
    assert finding.code == "wewenang.nomor-arsip" and finding.field == "nomor_arsip"
    assert finding.line == 11  # under klasifikasi (line 10)
    _set(repo, 'nomor_arsip: "X/1"', 'nomor_arsip: "X/2"', RINA)
    found, signed = _judge(repo)
    assert found == [] and [s.email for s in signed] == [RINA[1]]


def test_a_distribution_line_needs_its_history_and_a_publishing_role(repo):
    line = '  - {platform: instagram, url: "https://instagram.com/p/1"}'
    _set(repo, "paraf: {}", f"paraf: {{}}\ndistribusi:\n{line}", DEWI)  # kasie: not a publisher
    (finding,) = _judge(repo)[0]
    assert finding.code == "wewenang.distribusi" and finding.params["penulis"] == "Dewi Lestari"
    # A line in the working tree only (never committed) has no author at all.
    repo.write(REL, repo.read(REL).replace(line, line + '\n  - {platform: x, url: "https://x.com/1"}'))
    codes = sorted(f.code for f in _judge(repo)[0])
    assert codes == ["wewenang.distribusi", "wewenang.distribusi-tanpa-riwayat"]


def test_deleting_a_published_item_is_unpublishing(repo):
    repo.git("rm", "-q", REL)
    repo.git("commit", "-q", "-m", "Hapus", who=("Tim Redaksi", "redaksi@bantulkab.go.id"))
    (finding,) = _judge(repo)[0]
    assert finding.code == "wewenang.hapus" and finding.path == REL
    assert finding.params["status"] == "terbit"


def test_deleting_a_draft_is_nobodys_business(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf"))
    repo.commit(REL)
    repo.git("rm", "-q", REL)
    repo.git("commit", "-q", "-m", "Hapus draf")
    assert _judge(repo) == ([], [])


def test_at_level_nama_nothing_is_judged(tmp_path):
    repo = make_site(tmp_path / "s", level="nama")
    repo.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf"))
    repo.commit(REL)
    assert _judge(repo) == ([], [])
