"""git/trail: every initial an item ever received, from its history, and the trail in plain words."""

from __future__ import annotations

from pipeline.git.log import load_history
from pipeline.git.trail import TrailEntry, front_matter_trail, history_trail, summary
from pipeline.model.reader import load_document
from pipeline.office.policy import load_approvals

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"


def _load(repo):
    return (load_document(repo.root, repo.root / REL), load_approvals(repo.root),
            load_history(repo.root, use_cache=False))


def _initial(repo, role, who, when, keputusan="setuju"):
    repo.approve(REL, [(role, who, when)], keputusan=keputusan)
    repo.commit(REL, f"Paraf {role}", who=OFFICIALS[who][:2])


def test_history_keeps_a_rejection_that_the_file_no_longer_shows(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    _initial(repo, "kabid", "agus", "2026-11-20 10:00", keputusan="tolak")
    _initial(repo, "kabid", "agus", "2026-11-20 11:00")
    _initial(repo, "kasie-informasi", "dewi", "2026-11-20 12:00")
    doc, approvals, history = _load(repo)
    trail = history_trail(doc, approvals, history)
    assert [(e.peran, e.keputusan) for e in trail] == [
        ("kabid", "tolak"), ("kabid", "setuju"), ("kasie-informasi", "setuju")]
    assert trail[0].catatan == "Perbaiki judul." and trail[0].penulis == "Agus Prasetyo"
    assert trail[0].tanggal.hour == 10 and len(trail[0].commit) == 10
    assert trail[1].peran_nama == approvals.role_name("kabid")
    # The file alone shows only the standing initials, in SOP order.
    now = front_matter_trail(doc, approvals)
    assert [(e.peran, e.keputusan, e.commit) for e in now] == [
        ("kabid", "setuju", ""), ("kasie-informasi", "setuju", "")]
    words = summary(trail)
    assert [e.peran for e in words["setuju"]] == ["kabid", "kasie-informasi"]
    assert [e.peran for e in words["tolak"]] == ["kabid"] and words["ditarik"] is None


def test_withdrawal_row_names_the_official_and_the_role_held(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    repo.write(REL, repo.read(REL).replace(
        "status: terbit", "status: ditarik\nalasan_penarikan: Data keliru\n"
                          "tanggal_penarikan: 2026-11-21 09:00"))
    repo.commit(REL, "Tarik", who=OFFICIALS["dewi"][:2])
    doc, approvals, history = _load(repo)
    (row,) = history_trail(doc, approvals, history)
    assert row.keputusan == "ditarik" and row.peran == "kasie-informasi"
    assert row.nama == OFFICIALS["dewi"][2] and row.catatan == "Data keliru"
    assert row.tanggal.day == 21 and row.penulis == "Dewi Lestari"
    assert summary([row])["ditarik"] is row
    # Without history: the row still says it was withdrawn, by nobody named.
    (bare,) = front_matter_trail(doc, approvals)
    assert bare.peran_nama == "Penarikan" and bare.nama == "" and bare.commit == ""


def test_unreadable_initial_lines_and_dates_are_skipped_not_fatal(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write(REL, PRESS_RELEASE.replace(
        "paraf: {}", "paraf:\n  kabid: {nama: X, tanggal: 2026-02-31 10:00, keputusan: setuju}\n"
                     "  kasie-informasi: [bukan, peta]"))
    repo.commit(REL)
    # A line YAML reads as an impossible timestamp, once in history and fixed later.
    repo.write(REL, repo.read(REL).replace("  kasie-informasi: [bukan, peta]",
                                           "  koordinator: {nama: Y, tanggal: 2026-02-31}"))
    repo.commit(REL, "Tanggal mustahil")
    doc, approvals, history = _load(repo)
    trail = history_trail(doc, approvals, history)
    assert [(e.peran, e.tanggal) for e in trail] == [("kabid", None)]  # impossible date: None


def test_summary_counts_a_role_once_at_its_latest_word():
    def entry(peran, keputusan):
        return TrailEntry(peran, peran, "x", None, keputusan)

    trail = [entry("a", "setuju"), entry("b", "setuju"), entry("a", "tolak"), entry("a", "setuju"),
             entry("b", "tolak")]
    words = summary(trail)
    assert [e.peran for e in words["setuju"]] == ["a"]  # b's latest word is a rejection
    assert len(words["tolak"]) == 2
