"""Content plans (SOP 004 A.1): initialled through git, checked line by line, realised or not."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from pipeline.model.dates import WIB
from pipeline.reports.realisasi import similarity

from ..conftest import PRESS_RELEASE, make_site

PLAN = "content/rencana/2026-Q4.yaml"
PLAN_TEXT = """\
# Rencana konten triwulan IV
title: Rencana Konten Triwulan IV 2026
date: 2026-09-24 09:00
jenis: rencana
status: terbit
unit: Diskominfo
konten:
  - kode: R01
    judul: Bupati Resmikan Jembatan Kali Opak
    jenis: siaran-pers
    unit: Dinas Pekerjaan Umum
    bulan: 2026-10
    penanggung_jawab: Kasie Informasi
  - kode: R02
    judul: Pasar Rakyat Bantul Dibuka Kembali
    jenis: siaran-pers
    unit: Dinas Pekerjaan Umum
    bulan: 2026-10
    penanggung_jawab: Kasie Informasi
  - kode: R03
    judul: Laporan Keuangan Triwulan III
    jenis: informasi-publik
    unit: Diskominfo
    bulan: 2026-11
    penanggung_jawab: Sub Koordinator
    kategori: berkala
  - kode: R04
    judul: Kalender Kegiatan Desember
    jenis: siaran-pers
    unit: Dinas Pekerjaan Umum
    bulan: 2026-12
    penanggung_jawab: Kasie Informasi
paraf: {}
"""
A = "content/berita/2026-10-20-jembatan.md"
B = "content/berita/2026-11-03-pasar.md"
NOW = "2026-11-25T10:00:00+07:00"


@pytest.fixture
def planning(tmp_path):
    # The office starts before its third-quarter plan is drafted (commit dates only go forward).
    return make_site(tmp_path / "situs", level="penulis", plans=True,
                     start=datetime(2026, 8, 1, 8, 0, tzinfo=WIB))


def _adopt(site, text=PLAN_TEXT):
    site.write(PLAN, text)
    site.git("add", PLAN)
    site.git("commit", "-qm", "Rencana IV", who=("Dewi Lestari", "dewi.lestari@bantulkab.go.id"),
             when="2026-09-24T09:00:00+07:00")
    return site.ppid("paraf", PLAN, "--peran", "koordinator", who="agus",
                     when="2026-09-25T10:00:00+07:00")


def _release(site, rel, title, when, extra=""):
    text = PRESS_RELEASE.replace("Bupati Resmikan Jembatan Kali Opak", title)
    site.write(rel, text.replace("paraf: {}", f"{extra}paraf: {{}}"))
    site.git("add", rel)
    site.git("commit", "-qm", "Naskah", when=when)
    site.approve(rel, [("kabid", "agus", when), ("kasie-informasi", "dewi", when)])
    site.git("commit", "-qam", "Paraf", when=when)


def test_plan_is_initialled_with_ppid_paraf_and_edits_make_it_stale(planning, capsys):
    code, _ = _adopt(planning)
    assert code == 0
    assert "koordinator: {nama: \"Drs. Agus Prasetyo, M.Si.\"" in planning.read(PLAN)
    log = planning.git("log", "-1", "--format=%an|%s")
    assert log.startswith("Agus Prasetyo|Paraf Koordinator")
    code, out = planning.ppid("check", PLAN, capsys=capsys, when=NOW)
    assert code == 0 and "1 berkas diperiksa: 0 galat, 0 peringatan" in out
    # Moving a target month after the signature makes the initial stale, at its own line.
    planning.write(PLAN, planning.read(PLAN).replace("bulan: 2026-11", "bulan: 2026-12"))
    planning.git("commit", "-qam", "Ubah bulan", when="2026-09-26T09:00:00+07:00")
    code, out = planning.ppid("check", PLAN, capsys=capsys, when=NOW)
    assert code == 1
    assert f"{PLAN}:34: paraf.koordinator.sha256: galat:" in out and "[paraf.basi]" in out


def test_plan_rules_name_their_line(planning, capsys):
    broken = PLAN_TEXT.replace("kode: R02", "kode: R01").replace("bulan: 2026-12", "bulan: 2027-01")
    broken = broken.replace("    penanggung_jawab: Kasie Informasi\n  - kode: R01",
                            "    penanggung_jawab: Kasie Informasi\n    kategori: berkala\n"
                            "  - kode: R01")
    planning.write(PLAN, broken)
    planning.write("content/rencana/rencana-baru.yaml", PLAN_TEXT)
    code, out = planning.ppid("check", "content/rencana", capsys=capsys, when=NOW)
    assert code == 1
    assert f"{PLAN}:15: konten[1].kode: galat: kode 'R01' sudah dipakai di baris 8" in out
    assert f"{PLAN}:14: konten[0].kategori: galat: kategori DIP hanya untuk butir informasi-publik" \
        in out
    assert f"{PLAN}:32: konten[3].bulan: galat: bulan 2027-01 di luar triwulan 2026-Q4" in out
    assert "content/rencana/rencana-baru.yaml:1: galat: nama berkas rencana harus triwulannya" in out


def test_plan_type_only_in_its_folder_and_references_checked(planning, capsys):
    _adopt(planning)
    _release(planning, A, "Bupati Resmikan Jembatan", "2026-10-20T09:00:00+07:00",
             "rencana: 2026-Q4/R1\n")
    _release(planning, B, "Pasar Bantul", "2026-11-03T09:00:00+07:00", "rencana: 2026-Q3/R01\n")
    planning.write("content/berita/rencana-salah.md", "---\n" + PLAN_TEXT + "---\n")
    code, out = planning.ppid("check", capsys=capsys, when=NOW)
    assert code == 1
    assert f"{A}:12: rencana: galat: kode 'R1' tidak ada di {PLAN} (maksud Anda 2026-Q4/R01?)" in out
    assert f"{B}:12: rencana: galat: rujukan rencana '2026-Q3/R01' tidak ditemukan: " \
           "content/rencana/2026-Q3.yaml tidak ada" in out
    assert "content/berita/rencana-salah.md:5: jenis: galat: rencana konten harus berupa berkas " \
           "YAML di content/rencana/" in out
    # A single-file check still resolves references against the plans.
    planning.write(A, planning.read(A).replace("2026-Q4/R1\n", "2026-Q4/R03\n"))
    code, out = planning.ppid("check", A, capsys=capsys, when=NOW)
    assert "[rencana.jenis-beda]" in out and "merencanakan informasi-publik" in out


def test_calendar_reminds_but_never_blocks(planning, capsys):
    code, out = planning.ppid("check", "--strict", capsys=capsys, when=NOW)
    assert code == 0  # advice only: an urgent announcement must not wait for a table
    assert "content/rencana/2026-Q4.yaml: peringatan: belum ada rencana konten triwulan 2026-Q4" \
        in out
    planning.write(PLAN, PLAN_TEXT.replace("status: terbit", "status: draf"))
    code, out = planning.ppid("check", capsys=capsys, when="2026-12-20T10:00:00+07:00")
    assert "rencana konten triwulan 2026-Q4 belum ditetapkan" in out
    assert "rencana konten triwulan 2027-Q1 belum dibuat; triwulan ini berakhir 2026-12-31" in out
    # An office that does not plan through ppid removes the rule and is never reminded.
    config = planning.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - {sop: 004-a1-rencana-konten, jenis: [rencana]}\n", ""), encoding="utf-8")
    (planning.root / PLAN).unlink()
    code, out = planning.ppid("check", capsys=capsys, when=NOW)
    assert "rencana" not in out


def test_plan_against_realisation_in_xlsx(planning, capsys, tmp_path):
    _adopt(planning)
    # R01 is cited exactly; R02 is found by title (same type and unit), one month late.
    _release(planning, A, "Bupati Resmikan Jembatan Kali Opak", "2026-10-20T09:00:00+07:00",
             "rencana: 2026-Q4/R01\n")
    _release(planning, B, "Pasar Rakyat Bantul Dibuka Kembali untuk Warga",
             "2026-11-03T09:30:00+07:00")
    out = tmp_path / "evaluasi.xlsx"
    code, _ = planning.ppid("report", "evaluasi", "--periode", "2026-Q4", "--format", "xlsx",
                            "--keluaran", str(out), capsys=capsys, when=NOW)
    assert code == 0
    book = openpyxl.load_workbook(out)
    rows = [[c.value for c in r] for r in book["Rencana dan realisasi"].iter_rows(min_row=2)]
    pu = "Dinas Pekerjaan Umum"
    assert rows == [
        ["2026-Q4/R01", "Bupati Resmikan Jembatan Kali Opak", "siaran-pers", pu, "2026-10",
         "Kasie Informasi", "tepat waktu", A, datetime(2026, 10, 20, 9, 0), "rujukan"],
        ["2026-Q4/R02", "Pasar Rakyat Bantul Dibuka Kembali", "siaran-pers", pu, "2026-10",
         "Kasie Informasi", "terlambat", B, datetime(2026, 11, 3, 9, 30), "judul 83%"],
        # November is not over on the 25th: not yet due.
        ["2026-Q4/R03", "Laporan Keuangan Triwulan III", "informasi-publik", "Diskominfo",
         "2026-11", "Sub Koordinator", "belum jatuh tempo", None, None, None],
        ["2026-Q4/R04", "Kalender Kegiatan Desember", "siaran-pers", pu, "2026-12",
         "Kasie Informasi", "belum jatuh tempo", None, None, None],
    ]
    summary = dict((r[0].value, r[1].value) for r in book["Ringkasan"].iter_rows(min_row=2))
    assert (summary["Rencana konten"], summary["Rencana konten terwujud"],
            summary["Rencana konten tepat waktu"]) == (4, 2, 1)
    # In December the November entry that never came is "tidak terbit".
    code, _ = planning.ppid("report", "evaluasi", "--periode", "2026-Q4", "--format", "xlsx",
                            "--keluaran", str(out), capsys=capsys, when="2026-12-02T10:00:00+07:00")
    rows = [[c.value for c in r] for r in
            openpyxl.load_workbook(out)["Rencana dan realisasi"].iter_rows(min_row=2)]
    assert rows[2][6] == "tidak terbit" and rows[3][6] == "belum jatuh tempo"
    # Once the quarter is over, the December entry that never came is overdue too.
    code, _ = planning.ppid("report", "evaluasi", "--periode", "2026-Q4", "--format", "xlsx",
                            "--keluaran", str(out), capsys=capsys, when="2027-01-05T10:00:00+07:00")
    rows = [[c.value for c in r] for r in
            openpyxl.load_workbook(out)["Rencana dan realisasi"].iter_rows(min_row=2)]
    assert [r[6] for r in rows] == ["tepat waktu", "terlambat", "tidak terbit", "tidak terbit"]


def test_new_plan_and_item_from_plan(planning, capsys):
    code, out = planning.ppid("new", "rencana", "--unit", "Diskominfo", capsys=capsys, when=NOW)
    assert code == 0 and "content/rencana/2026-Q4.yaml" in out
    text = planning.read(PLAN)
    assert "bulan: 2026-10" in text and "bulan: 2026-12" in text and "status: draf" in text
    code, out = planning.ppid("new", "rencana", capsys=capsys, when=NOW)  # this one exists: next
    assert code == 0 and "content/rencana/2027-Q1.yaml" in out
    code, out = planning.ppid("new", "rencana", "--triwulan", "2027-Q1", capsys=capsys, when=NOW)
    assert code == 2 and "sudah ada" in out
    code, out = planning.ppid("new", "rencana", "--triwulan", "2026-Q5", capsys=capsys, when=NOW)
    assert code == 2 and "triwulan '2026-Q5' tidak dikenal" in out

    planning.write(PLAN, PLAN_TEXT)
    code, out = planning.ppid("new", "informasi-publik", "--rencana", "2026-q4/R03", capsys=capsys,
                              when=NOW)
    assert code == 0
    (made,) = (planning.root / "content/informasi").glob("*.md")
    text = made.read_text(encoding="utf-8")
    assert 'title: "Laporan Keuangan Triwulan III"' in text and 'unit: "Diskominfo"' in text
    assert "rencana: 2026-Q4/R03" in text and "kategori: berkala" in text
    code, out = planning.ppid("new", "siaran-pers", "--rencana", "2026-Q4/R03", capsys=capsys,
                              when=NOW)
    assert code == 2 and "merencanakan informasi-publik" in out
    code, out = planning.ppid("new", "siaran-pers", "--rencana", "2026-Q4/R09", capsys=capsys,
                              when=NOW)
    assert code == 2 and "'2026-Q4/R09' tidak ditemukan" in out
    code, out = planning.ppid("new", "siaran-pers", capsys=capsys, when=NOW)
    assert code == 2 and "judul wajib" in out


def test_share_refuses_a_plan(planning, capsys):
    _adopt(planning)
    code, out = planning.ppid("share", PLAN, capsys=capsys, when=NOW)
    assert code == 2 and "rencana konten, bukan naskah situs" in out


def test_title_similarity_is_word_based():
    assert similarity("Pasar Rakyat Bantul Dibuka Kembali",
                      "Pasar Rakyat Bantul Dibuka Kembali untuk Warga") == pytest.approx(10 / 12)
    assert similarity("Laporan Keuangan", "Jadwal Posyandu") == 0
    assert similarity("", "apa saja") == 0


def test_reports_in_english_keep_the_record_in_indonesian(planning, capsys, tmp_path):
    _adopt(planning)
    _release(planning, B, "Pasar Rakyat Bantul Dibuka Kembali untuk Warga",
             "2026-11-03T09:30:00+07:00")
    out = tmp_path / "evaluation.xlsx"
    code, _ = planning.ppid("--lang", "en", "report", "evaluasi", "--periode", "2026-Q4",
                            "--format", "xlsx", "--keluaran", str(out), capsys=capsys, when=NOW)
    assert code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Summary" and "Plan and realisation" in book.sheetnames
    summary = dict((r[0].value, r[1].value) for r in book["Summary"].iter_rows(min_row=2))
    assert (summary["Content plan"], summary["Content plan realised"],
            summary["Content plan on time"]) == (4, 1, 0)
    head, *rows = [[c.value for c in r] for r in book["Plan and realisation"].iter_rows()]
    assert head[6] == "Status" and head[9] == "Matched by"
    # The record itself (titles, units) stays as written; only labels are translated.
    assert rows[1][1:4] == ["Pasar Rakyat Bantul Dibuka Kembali", "siaran-pers",
                            "Dinas Pekerjaan Umum"]
    assert rows[1][6] == "late" and rows[1][9] == "title 83%"
    assert rows[1][8] == datetime(2026, 11, 3, 9, 30)  # a date cell: no language in it
    page = tmp_path / "evaluation.html"
    code, _ = planning.ppid("--lang", "en", "report", "evaluasi", "--periode", "2026-Q4",
                            "--format", "html", "--keluaran", str(page), capsys=capsys, when=NOW)
    html = page.read_text(encoding="utf-8")
    assert code == 0 and '<html lang="en">' in html and "<h1>Evaluation Report 2026-Q4</h1>" in html
    assert 'aria-label="Content plan: late: 1, not published: 1, not due yet: 2"' in html
