"""actions/paraf: an official's initial written as one line and committed under their name."""

from __future__ import annotations

import pytest

from pipeline.actions.paraf import entry_line, record_paraf, set_paraf_entry
from pipeline.model.document import parse_text
from pipeline.model.errors import UsageError

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"


def test_entry_line_quotes_everything_but_dates_and_decisions():
    line = entry_line("kabid", {"nama": "Drs. Agus", "tanggal": "2026-11-20T09:00:00+07:00",
                                "keputusan": "setuju", "sha256": "0123"})
    assert line == ('  kabid: {nama: "Drs. Agus", tanggal: 2026-11-20T09:00:00+07:00, '
                    'keputusan: setuju, sha256: "0123"}')


def test_set_paraf_entry_fills_an_empty_block_and_replaces_only_its_role():
    one = set_paraf_entry(PRESS_RELEASE, "kabid", '  kabid: {nama: "A"}')
    assert one == PRESS_RELEASE.replace("paraf: {}", 'paraf:\n  kabid: {nama: "A"}')
    two = set_paraf_entry(one, "kasie-informasi", '  kasie-informasi: {nama: "B"}')
    again = set_paraf_entry(two, "kabid", '  kabid: {nama: "C"}')
    assert again == two.replace('{nama: "A"}', '{nama: "C"}')
    assert parse_text(None, REL, again).paraf == {"kabid": {"nama": "C"},
                                                  "kasie-informasi": {"nama": "B"}}
    with pytest.raises(UsageError):  # a paraf value we do not understand is not overwritten
        set_paraf_entry(PRESS_RELEASE.replace("paraf: {}", "paraf: [x]"), "kabid", "  kabid: {}")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    site = make_site(tmp_path / "s", level="penulis")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T10:00:00+07:00")
    monkeypatch.chdir(site.root)
    return site


def _as(monkeypatch, who):
    for part in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{part}_NAME", OFFICIALS[who][0])
        monkeypatch.setenv(f"GIT_{part}_EMAIL", OFFICIALS[who][1])


def test_initials_in_sop_order_each_a_commit_of_the_official(repo, monkeypatch):
    _as(monkeypatch, "dewi")
    with pytest.raises(UsageError) as raised:  # the Kabid comes first in SOP 001
        record_paraf(repo.root, repo.root / REL, "kasie-informasi")
    assert raised.value.exit_code == 2
    _as(monkeypatch, "agus")
    result = record_paraf(repo.root, repo.root / REL, "kabid")
    assert result.commit and repo.git("rev-parse", "HEAD").strip().startswith(result.commit)
    assert repo.git("log", "-1", "--format=%an").strip() == "Agus Prasetyo"
    doc = parse_text(repo.root / REL, REL, repo.read(REL))
    entry = doc.paraf["kabid"]
    assert entry["nama"] == OFFICIALS["agus"][2] and entry["sha256"] == doc.content_hash
    _as(monkeypatch, "dewi")
    record_paraf(repo.root, repo.root / REL, "kasie-informasi", tolak=True, catatan="Judul")
    rejected = parse_text(repo.root / REL, REL, repo.read(REL)).paraf["kasie-informasi"]
    assert rejected["keputusan"] == "tolak" and rejected["catatan"] == "Judul"


def test_refusals_name_the_problem_and_commit_nothing(repo, monkeypatch):
    head = repo.git("rev-parse", "HEAD")
    _as(monkeypatch, "dewi")
    with pytest.raises(UsageError, match="Kepala Bidang|kabid"):  # Dewi is no Kabid
        record_paraf(repo.root, repo.root / REL, "kabid")
    with pytest.raises(UsageError):  # a role SOP 001 does not initial with
        record_paraf(repo.root, repo.root / REL, "kepala-dinas")
    with pytest.raises(UsageError):  # the archive step files, it does not initial
        record_paraf(repo.root, repo.root / REL, "operator-website")
    repo.write(REL, repo.read(REL) + "Tambahan.\n")  # uncommitted edit of someone else
    _as(monkeypatch, "agus")
    with pytest.raises(UsageError):
        record_paraf(repo.root, repo.root / REL, "kabid")
    assert repo.git("rev-parse", "HEAD") == head
