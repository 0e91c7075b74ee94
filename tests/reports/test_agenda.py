"""Buku Agenda and approval trails from a history the test writes with known people and times."""

from __future__ import annotations

import csv
from datetime import datetime

import openpyxl
import pytest

from pipeline.git.log import load_history
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals
from pipeline.reports.agenda import agenda_rows

from ..checks.test_safety import EXEMPT, EXEMPT_ITEM
from ..conftest import PRESS_RELEASE, make_site
from .test_rencana import PLAN, PLAN_TEXT

REL = "content/berita/2026-11-20-jembatan.md"
DRAFT = "content/berita/2026-11-21-draf.md"
RINA = ("Rina Susanti", "rina.susanti@bantulkab.go.id")


@pytest.fixture
def story(tmp_path, capsys):
    """Received 09.00, rejected by the Kabid 09.20, fixed 10.00, approved 10.15 and 10.30, filed."""
    site = make_site(tmp_path / "situs", level="penulis")
    site.write(REL, PRESS_RELEASE)
    site.git("add", REL)
    site.git("commit", "-qm", "Naskah diterima", who=RINA, when="2026-11-20T09:00:00+07:00")
    steps = [("agus", "kabid", "2026-11-20T09:20:00+07:00", ["--tolak", "--catatan", "Foto?"])]
    for who, role, when, extra in steps:
        assert site.ppid("paraf", REL, "--peran", role, *extra, who=who, when=when,
                         capsys=capsys)[0] == 0
    site.write(REL, site.read(REL).replace("60 meter.", "60 meter, foto terlampir."))
    site.git("add", REL)
    site.git("commit", "-qm", "Perbaikan", who=RINA, when="2026-11-20T10:00:00+07:00")
    for who, role, when in (("agus", "kabid", "2026-11-20T10:15:00+07:00"),
                            ("dewi", "kasie-informasi", "2026-11-20T10:30:00+07:00")):
        assert site.ppid("paraf", REL, "--peran", role, who=who, when=when, capsys=capsys)[0] == 0
    assert site.ppid("number", REL, identity=RINA, when="2026-11-20T10:40:00+07:00",
                     capsys=capsys)[0] == 0
    site.write(DRAFT, PRESS_RELEASE.replace("status: terbit", "status: draf").replace(
        "Bupati Resmikan Jembatan Kali Opak", "Naskah Rahasia Belum Terbit").replace(
        "nomor_urut: 12", "nomor_urut: 13"))
    site.git("add", DRAFT)
    site.git("commit", "-qm", "Draf", who=RINA, when="2026-11-21T08:00:00+07:00")
    log = site.git("log", "--reverse", "--abbrev=10", "--format=%h|%an|%s", "--", REL).splitlines()
    site.commits = {line.split("|")[2]: line.split("|")[0] for line in log}
    return site


def _paraf_commits(site):
    return [sha for subject, sha in site.commits.items() if subject.startswith("Paraf")]


def test_agenda_csv_row_by_row(story, capsys):
    out = story.root / "agenda.csv"
    code, text = story.ppid("agenda", "--tahun", "2026", "--format", "csv", "--keluaran", str(out),
                            capsys=capsys)
    assert code == 0 and "2 naskah" in text
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][:4] == ["No.", "Nomor urut", "Tanggal diterima", "Jenis berita"]
    first = rows[1]
    tolak, kabid, kasie = _paraf_commits(story)
    assert first[:8] == ["1", "12", "2026-11-20 09:00", "Kegiatan Pimpinan",
                         "Bupati Resmikan Jembatan Kali Opak", "Dinas Pekerjaan Umum", "400.14.4.3",
                         "400.14.4.3/0001/Diskominfo/2026"]
    assert first[8].split("\n") == [
        "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik: Drs. Agus Prasetyo, M.Si., "
        f"20-11-2026 09.20 (ditolak: Foto?), commit {tolak}",
        "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik: Drs. Agus Prasetyo, M.Si., "
        f"20-11-2026 10.15 (setuju), commit {kabid}",
        "Kepala Seksi Pengelolaan Informasi dan Aspirasi Publik: Dewi Lestari, S.Sos., "
        f"20-11-2026 10.30 (setuju), commit {kasie}",
    ]
    assert first[9:] == ["2026-11-20 10:30", "Terbit",
                         "https://ppid.bantulkab.go.id/berita/2026/jembatan/"]
    second = rows[2]
    assert second[1:3] == ["13", "2026-11-21 08:00"] and second[9:] == ["", "Draf", ""]
    assert len(rows) == 3


def test_agenda_xlsx_has_types_widths_and_print_setup(story, capsys):
    out = story.root / "agenda.xlsx"
    assert story.ppid("agenda", "--tahun", "2026", "--keluaran", str(out), capsys=capsys)[0] == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Buku Agenda 2026"
    assert sheet["C2"].value == datetime(2026, 11, 20, 9, 0)
    assert sheet["C2"].number_format == "dd-mm-yyyy hh:mm"
    assert sheet["B2"].value == 12 and sheet["H2"].value == "400.14.4.3/0001/Diskominfo/2026"
    assert sheet["J2"].value == datetime(2026, 11, 20, 10, 30)
    assert sheet["I2"].value.count("\n") == 2
    assert sheet.freeze_panes == "A2" and sheet.page_setup.orientation == "landscape"
    assert sheet.column_dimensions["I"].width == 60
    assert sheet.max_row == 3


def test_agenda_of_another_year_is_empty(story, capsys):
    out = story.root / "agenda.html"
    code, text = story.ppid("agenda", "--tahun", "2025", "--format", "html", "--keluaran", str(out),
                            capsys=capsys)
    assert code == 0 and "0 naskah" in text
    page = out.read_text(encoding="utf-8")  # whitespace is the template's: look for rows, not newlines
    assert "<tr" not in page.split("<tbody>")[1].split("</tbody>")[0]


def test_site_shows_the_trail_from_history_and_a_public_agenda(story, capsys):
    assert story.ppid("build", capsys=capsys)[0] == 0
    page = (story.root / "output/berita/2026/jembatan/index.html").read_text(encoding="utf-8")
    trail = page[page.index("Jejak persetujuan"):]
    tolak, kabid, kasie = _paraf_commits(story)
    assert trail.index(tolak) < trail.index(kabid) < trail.index(kasie)
    assert "Ditolak: Foto?" in trail
    agenda = (story.root / "output/agenda/index.html").read_text(encoding="utf-8")
    assert "Bupati Resmikan Jembatan Kali Opak" in agenda
    assert "400.14.4.3/0001/Diskominfo/2026" in agenda
    assert "Naskah Rahasia Belum Terbit" not in agenda  # drafts stay out of the public agenda


# ---- reports/agenda.agenda_rows called directly ------------------------------------------------


def test_agenda_rows_from_history_published_time_exempt_and_plans(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis", plans=True)
    rel = "content/berita/2026-11-20-jembatan.md"
    repo.write(rel, PRESS_RELEASE)
    repo.commit(rel)
    repo.approve(rel, [("kabid", "agus", "2026-11-20 10:00"),
                       ("kasie-informasi", "dewi", "2026-11-20 11:30")])
    repo.commit(rel, "Paraf")
    repo.write(EXEMPT, EXEMPT_ITEM)
    repo.write(PLAN, PLAN_TEXT)
    repo.commit(EXEMPT)
    repo.commit(PLAN)
    root = repo.root
    rows = agenda_rows(load_corpus(root), load_approvals(root), load_history(root, use_cache=False))
    assert [r.berkas for r in rows] == [rel, EXEMPT]  # a plan is no agenda item; by receipt
    release, exempt = rows
    received = repo.git("log", "--format=%aI", "--diff-filter=A", "--", rel).strip()
    assert release.diterima.isoformat() == received  # the commit that brought it in
    assert release.terbit.hour == 11 and release.terbit.minute == 30  # the last initial
    assert release.alamat == "berita/2026/jembatan/" and release.url.endswith("/berita/2026/jembatan/")
    assert [e.peran for e in release.paraf] == ["kabid", "kasie-informasi"]
    assert (exempt.kunci_status, exempt.url, exempt.alamat, exempt.terbit) == ("dikecualikan", "",
                                                                               "", None)
    assert agenda_rows(load_corpus(root), load_approvals(root), None, year=2025) == []
