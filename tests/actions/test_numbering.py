"""actions/numbering: the archivist files an item with the next free number, once."""

from __future__ import annotations

import pytest

from pipeline.actions.numbering import assign_number, set_archive_number
from pipeline.model.errors import UsageError

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
RINA = ("Rina Susanti", "rina.susanti@bantulkab.go.id")  # operator-website: SOP 001's arsip step


def test_the_number_goes_under_the_classification_or_at_the_end():
    assert set_archive_number(PRESS_RELEASE, "X/1") == PRESS_RELEASE.replace(
        'klasifikasi: "400.14.4.3"\n', 'klasifikasi: "400.14.4.3"\nnomor_arsip: "X/1"\n')
    bare = PRESS_RELEASE.replace('klasifikasi: "400.14.4.3"\n', "")
    assert 'nomor_arsip: "X/1"\n---' in set_archive_number(bare, "X/1")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    site = make_site(tmp_path / "s", level="penulis")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T10:30:00+07:00")
    monkeypatch.chdir(site.root)
    return site


def _as(monkeypatch, who):
    for part in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{part}_NAME", who[0])
        monkeypatch.setenv(f"GIT_{part}_EMAIL", who[1])


def test_the_archivist_gets_the_next_number_of_the_year(repo, monkeypatch):
    _as(monkeypatch, RINA)
    result = assign_number(repo.root, repo.root / REL)
    assert result.number == "400.14.4.3/0001/Diskominfo/2026"
    assert f'nomor_arsip: "{result.number}"' in repo.read(REL)
    assert repo.git("log", "-1", "--format=%an").strip() == "Rina Susanti"
    with pytest.raises(UsageError, match=result.number):  # filed once
        assign_number(repo.root, repo.root / REL)
    other = "content/berita/2026-11-21-lain.md"
    repo.write(other, PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 13"))
    repo.commit(other)
    assert assign_number(repo.root, repo.root / other).number.split("/")[1] == "0002"


def test_only_the_archive_steps_role_and_a_known_classification(repo, monkeypatch):
    _as(monkeypatch, ("Dewi Lestari", "dewi.lestari@bantulkab.go.id"))
    with pytest.raises(UsageError, match="Dewi"):
        assign_number(repo.root, repo.root / REL)
    repo.write(REL, PRESS_RELEASE.replace("400.14.4.3", "999.1"))
    repo.commit(REL)
    _as(monkeypatch, RINA)
    with pytest.raises(UsageError, match=REL):
        assign_number(repo.root, repo.root / REL)
