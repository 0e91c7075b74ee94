"""reports/export: the Buku Agenda as CSV, XLSX and HTML from real rows, in either language."""

from __future__ import annotations

import csv
from datetime import datetime

from openpyxl import load_workbook

from pipeline.git.trail import TrailEntry
from pipeline.i18n.messages import set_language
from pipeline.model.dates import WIB
from pipeline.reports import export
from pipeline.reports.agenda import AgendaRow

WHEN = datetime(2026, 11, 20, 9, 40, tzinfo=WIB)
TITLE = 'Jembatan <Pasar> & "Sungai"'


def _row(**extra) -> AgendaRow:
    entry = TrailEntry("kabid", "Kepala Bidang", "Agus", WHEN, "tolak", "Perbaiki judul.", "abc1234")
    values = dict(nomor_urut=7, diterima=WHEN, jenis="Siaran pers", judul=TITLE, unit="Diskominfo",
                  klasifikasi="000.2", nomor_arsip="000.2/7/2026", paraf=[entry], terbit=None,
                  status="terbit", url="https://ppid.example/berita/a?x=1&y=2", berkas="content/a.md")
    return AgendaRow(**{**values, **extra})


def test_paraf_line_names_role_time_decision_note_and_commit():
    line = export.paraf_line(_row().paraf[0])
    assert line == "Kepala Bidang: Agus, 20-11-2026 09.40 (ditolak: Perbaiki judul.), commit abc1234"


def test_csv_has_headers_and_wall_clock_dates(tmp_path):
    path = tmp_path / "agenda.csv"
    export.write_csv([_row()], path)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["No.", "Nomor urut", "Tanggal diterima"] and len(rows) == 2
    assert rows[1][2] == "2026-11-20 09:40" and rows[1][4] == TITLE and rows[1][9] == ""


def test_xlsx_cells_are_typed_and_sheet_titled(tmp_path):
    path = tmp_path / "agenda.xlsx"
    export.write_xlsx([_row()], path, "Buku Agenda 2026")
    sheet = load_workbook(path).active
    assert sheet.title == "Buku Agenda 2026" and sheet.freeze_panes == "A2"
    assert sheet["C2"].value == datetime(2026, 11, 20, 9, 40)  # WIB, naive: as the office reads it
    assert sheet["B2"].value == 7 and sheet["E2"].value == TITLE


def test_html_escapes_data_and_links_only_rows_with_an_address():
    page = export.render_html([_row(), _row(url="")], "Buku Agenda 2026", "PPID <Bantul>")
    assert TITLE not in page and "Jembatan &lt;Pasar&gt; &amp; &#34;Sungai&#34;" in page
    assert "<p>PPID &lt;Bantul&gt;</p>" in page
    assert page.count('<a href="https://ppid.example/berita/a?x=1&amp;y=2">tautan</a>') == 1
    assert page.count("<tr>") == 3 and "<script" not in page and "<link" not in page


def test_english_headers_and_decision_but_data_kept():
    set_language("en")
    try:
        page = export.render_html([_row()], "Agenda Book 2026", "PPID")
        assert export.headers()[:3] == ["No.", "Sequence no.", "Date received"]
        assert ">link</a>" in page and "(rejected: Perbaiki judul.)" in page
        assert "Diskominfo" in page and 'lang="en"' in page
    finally:
        set_language(None)


def test_sheets_workbook_one_sheet_per_table_with_widths(tmp_path):
    path = tmp_path / "laporan.xlsx"
    export.write_sheets(path, [("Ringkasan", ["Ukuran", "Nilai"], [["Naskah terbit", 3]]),
                               ("Per bulan sangat panjang sekali melebihi batas", ["Bulan"], [])])
    book = load_workbook(path)
    assert book.sheetnames == ["Ringkasan", "Per bulan sangat panjang sekali"]  # Excel: 31 characters
    assert book["Ringkasan"]["B2"].value == 3
    assert book["Ringkasan"].column_dimensions["A"].width == len("Naskah terbit") + 2
