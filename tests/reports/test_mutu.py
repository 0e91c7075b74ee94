"""Mutu baku from a history written at known times: working minutes, medians, p90, shares."""

from __future__ import annotations

from datetime import datetime, time

import openpyxl
import pytest

from pipeline.model.dates import WIB
from pipeline.model.errors import ConfigError
from pipeline.office.policy import load_approvals
from pipeline.reports import mutu

from ..conftest import PRESS_RELEASE, make_site

RINA = ("Rina Susanti", "rina.susanti@bantulkab.go.id")


def _at(day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=WIB)


def _item(site, capsys, rel, received, kabid, kasie, filed):
    site.write(rel, PRESS_RELEASE.replace("nomor_urut: 12", f"nomor_urut: {len(rel)}"))
    site.git("add", rel)
    site.git("commit", "-qm", "Naskah diterima", who=RINA, when=received.isoformat())
    for who, role, when in (("agus", "kabid", kabid), ("dewi", "kasie-informasi", kasie)):
        assert site.ppid("paraf", rel, "--peran", role, who=who, when=when.isoformat(),
                         capsys=capsys)[0] == 0
    assert site.ppid("number", rel, identity=RINA, when=filed.isoformat(), capsys=capsys)[0] == 0


def test_report_per_step_role_and_slowest(tmp_path, capsys):
    site = make_site(tmp_path / "situs", level="penulis")
    # A arrives Friday 15.00 and waits over the weekend; B goes through on Monday morning.
    _item(site, capsys, "content/berita/2026-11-20-a.md", _at(20, 15, 0), _at(23, 8, 30),
          _at(23, 8, 40), _at(23, 8, 50))
    _item(site, capsys, "content/berita/2026-11-23-bb.md", _at(23, 9, 0), _at(23, 9, 10),
          _at(23, 9, 40), _at(23, 9, 45))
    out = tmp_path / "mutu.xlsx"
    code, text = site.ppid("report", "mutu-baku", "--format", "xlsx", "--keluaran", str(out),
                           capsys=capsys, when="2026-11-24T10:00:00+07:00")
    assert code == 0 and "laporan ditulis" in text
    book = openpyxl.load_workbook(out)
    steps = [[c.value for c in row] for row in book["Per langkah"].iter_rows(min_row=2)]
    kabid = "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik"
    kasie = "Kepala Seksi Pengelolaan Informasi dan Aspirasi Publik"
    # SOP, step, steps covered, role, standard, count, median, p90, within, judged, share,
    # finished outside working hours
    assert steps == [
        # A: Friday 15.00 to 16.30 (the office's Friday hours) and Monday 07.30 to 08.30: 150
        ["Pemutakhiran Website", 2, "2", kabid, 15, 2, 80, 150, 1, 2, 0.5, 0],  # 150 late, 10
        ["Pemutakhiran Website", 3, "3", kasie, 15, 2, 20, 30, 1, 2, 0.5, 0],  # 10, 30 late
        # The website input (step 4, 5 minutes) has no evidence of its own: it is measured with
        # the filing, against 5 + 5 minutes: 10 and 5 are both on time.
        ["Pemutakhiran Website", 5, "4–5", "Operator Website", 10, 2, 7.5, 10, 2, 2, 1, 0],
    ]
    assert book["Per langkah"]["K2"].number_format == "0%"
    slow = [[c.value for c in row] for row in book["Terlama"].iter_rows(min_row=2)]
    assert slow == [["content/berita/2026-11-20-a.md", "Bupati Resmikan Jembatan Kali Opak", 170],
                    ["content/berita/2026-11-23-bb.md", "Bupati Resmikan Jembatan Kali Opak", 45]]
    roles = {r[0].value: [c.value for c in r[1:]] for r in book["Per peran"].iter_rows(min_row=2)}
    assert roles[kabid] == [2, 80, 150, 1, 2, 0.5, 0]
    code, _ = site.ppid("report", "mutu-baku", "--dari", "2026-11-23", "--format", "xlsx",
                        "--keluaran", str(out), capsys=capsys, when="2026-11-24T10:00:00+07:00")
    slow = [row[0].value for row in openpyxl.load_workbook(out)["Terlama"].iter_rows(min_row=2)]
    assert code == 0 and slow == ["content/berita/2026-11-23-bb.md"]
    code, text = site.ppid("report", "mutu-baku", capsys=capsys, when="2026-11-24T10:00:00+07:00")
    assert code == 0 and "Mutu baku per langkah" in text and "Naskah terlama" in text
    code, text = site.ppid("report", "mutu-baku", "--dari", "kemarin", capsys=capsys)
    assert code == 2 and "tidak valid" in text


def test_working_hours_config_is_checked_and_unquoted_clock_accepted(site):
    config = site.root / "approvals/config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text + "jam_kerja: {hari: [senin, jumaat], mulai: 25:00, selesai: 16:00}\n",
                      encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_approvals(site.root)
    bad = {(f.code, f.field) for f in caught.value.findings}
    assert ("skema.pilihan", "jam_kerja.hari[1]") in bad
    assert ("skema.pola", "jam_kerja.mulai") in bad  # 25:00 unquoted is YAML's 1500 minutes
    assert ("skema.pola", "jam_kerja.selesai") not in bad  # 16:00 is 960: a real time
    config.write_text(text + "jam_kerja: {hari: [senin, selasa], mulai: 8:00, selesai: '15.30'}\n",
                      encoding="utf-8")
    hours = load_approvals(site.root).settings.working_time
    assert hours.windows == (((time(8, 0), time(15, 30)),),) * 2 + ((),) * 5
    config.write_text(text + "jam_kerja: {mulai: 'pagi'}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_approvals(site.root)
    assert [(f.code, f.field) for f in caught.value.findings] == [("skema.pola", "jam_kerja.mulai")]


def test_unobserved_steps_are_measured_with_the_next_step_that_has_evidence(site):
    policies = load_approvals(site.root).policies
    how = mutu.method(policies["001-pemutakhiran-website"])
    # SOP 001: the website input (step 4, 5 minutes) leaves no evidence: the filing measures both.
    assert [(leg.label, leg.standard) for leg in how.legs] == [("2", 15), ("3", 15), ("4–5", 10)]
    assert [s.no for s in how.before] == [1] and how.unmeasured == ()
    bunder = mutu.method(policies["003-medsos-kalurahan-bunder"])
    # SOP 003 for an item received before its step records: steps 1–3 come before the draft,
    # 5 (passing it to the Ketua) is measured with 6, nothing after 6 leaves evidence.
    assert [s.no for s in bunder.before] == [1, 2, 3]
    assert [(leg.label, leg.standard) for leg in bunder.legs] == [("4", 15), ("5–6", 25)]
    assert [s.no for s in bunder.unmeasured] == [7, 8, 9, 10, 11]
