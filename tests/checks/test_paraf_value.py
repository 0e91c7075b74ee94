"""Unit tests of pipeline.checks.paraf_value: initials and distribution links compared by value."""

from __future__ import annotations

from pipeline.checks.paraf_value import (
    distributing,
    distribution_entries,
    distribution_value,
    introducing,
    line_value,
    normalised,
)
from pipeline.git.history import Change, FileHistory

LINE = 'kabid: {nama: "Agus", tanggal: 2026-11-20 10:00, keputusan: setuju}'
# The same act as a hosted CMS writes it back: other quoting, key order and the time in UTC.
CMS_LINE = "kabid: {keputusan: 'setuju', tanggal: '2026-11-20T03:00:00.000Z', nama: Agus}"


def _change(commit: str, added=(), removed=(), distributed=()) -> Change:
    return Change(commit, "a.md", "a.md", tuple(added), tuple(removed), False,
                  distributed=tuple(distributed))


def test_normalised_compares_times_as_instants_and_ignores_key_order():
    wib = normalised({"nama": "Agus", "tanggal": "2026-11-20 10:00"})
    utc = normalised({"tanggal": "2026-11-20T03:00:00Z", "nama": " Agus "})
    assert wib == utc == (("nama", "Agus"), ("tanggal", "2026-11-20T03:00:00+00:00"))
    assert normalised({"tanggal": "2026-11-20 10:01"}) != normalised({"tanggal": "2026-11-20 10:00"})


def test_normalised_keeps_unreadable_values_and_refuses_non_mappings():
    assert normalised({"tanggal": "kemarin", "catatan": None}) == (("catatan", ""),
                                                                    ("tanggal", "kemarin"))
    assert normalised("Agus") is None and normalised(["a"]) is None and normalised(None) is None


def test_line_value_reads_one_role_and_refuses_the_rest():
    assert line_value(LINE) == line_value(CMS_LINE) is not None
    assert line_value("kabid: {nama: [") is None  # broken YAML
    assert line_value("kabid: {nama: A, tanggal: 2026-02-31}") is None  # impossible date
    assert line_value("a: {nama: A}\nb: {nama: B}") is None  # two roles on one "line"
    assert line_value("- kabid") is None
    assert line_value("kabid: Agus") is None  # not a mapping entry


def test_introducing_takes_the_exact_line_fast_path():
    first = _change("c1", added=[("kabid", LINE)])
    fh = FileHistory(1, "a.md", [first, _change("c2")])
    assert introducing(fh, "kabid", "  " + LINE + "  ", {}) is first


def test_introducing_looks_past_a_cms_reserialisation():
    first = _change("c1", added=[("kabid", LINE)])
    cms = _change("c2", added=[("kabid", CMS_LINE)], removed=[("kabid", LINE)])
    fh = FileHistory(1, "a.md", [first, cms])
    entry = {"keputusan": "setuju", "tanggal": "2026-11-20T03:00:00.000Z", "nama": "Agus"}
    assert introducing(fh, "kabid", CMS_LINE, entry) is first


def test_introducing_credits_whoever_changed_the_value():
    first = _change("c1", added=[("kabid", LINE)])
    later = LINE.replace("10:00", "11:00")
    changed = _change("c2", added=[("kabid", later)], removed=[("kabid", LINE)])
    fh = FileHistory(1, "a.md", [first, changed])
    entry = {"nama": "Agus", "tanggal": "2026-11-20 11:00", "keputusan": "setuju"}
    assert introducing(fh, "kabid", later, entry) is changed


def test_introducing_ignores_other_roles_and_finds_nothing_unwritten():
    other = _change("c1", added=[("sekretaris", LINE.replace("kabid", "sekretaris"))])
    fh = FileHistory(1, "a.md", [other])
    assert introducing(fh, "kabid", LINE, {"nama": "Agus"}) is None
    assert introducing(FileHistory(1, "a.md", []), "kabid", LINE, "not a mapping") is None


def test_distribution_entries_in_flow_and_block_style():
    meta = {"distribusi": [{"platform": "instagram", "tautan": "https://x/1", "oleh": "rina"},
                           "teks lepas", {"lokasi": "papan"}]}
    shown = [s for s, _ in distribution_entries(meta)]
    assert shown == ["platform: instagram, tautan: https://x/1", "lokasi: papan"]
    assert distribution_entries({"distribusi": "bukan daftar"}) == []
    assert distribution_entries({}) == []


def test_distributing_finds_the_first_write_of_a_link_by_value():
    flow = "- {platform: instagram, tautan: https://x/1}"
    block = "- tautan: 'https://x/1'\n  platform: instagram"
    assert distribution_value(flow) == distribution_value(block) is not None
    assert distribution_value("- [") is None and distribution_value("- a\n- b") is None
    first = _change("c1", distributed=[flow])
    fh = FileHistory(1, "a.md", [_change("c0"), first, _change("c2", distributed=[flow])])
    assert distributing(fh, distribution_value(block)) is first
    assert distributing(fh, distribution_value("- {platform: x, tautan: y}")) is None
