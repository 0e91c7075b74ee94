"""Buku Agenda as CSV, XLSX (typed cells, widths, print setup) and a printable HTML file."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from pipeline.git.trail import TrailEntry
from pipeline.i18n.messages import language, word
from pipeline.model.dates import WIB, tanggal_waktu
from pipeline.model.templating import render
from pipeline.reports.agenda import AgendaRow

COLUMNS = [  # (header, width in characters)
    ("No.", 5), ("Nomor urut", 8), ("Tanggal diterima", 17), ("Jenis berita", 18), ("Judul", 42),
    ("Unit/OPD", 26), ("Klasifikasi", 12), ("Nomor arsip", 30), ("Paraf", 60),
    ("Tanggal terbit", 17), ("Status", 9), ("Alamat", 40),
]
KEPUTUSAN = {"setuju": "setuju", "tolak": "ditolak", "ditarik": "ditarik"}


def headers() -> list[str]:
    """The agenda's column headers in the reader's language (the reports' words)."""
    return [word(name) for name, _ in COLUMNS]


def paraf_line(entry: TrailEntry) -> str:
    when = entry.tanggal.astimezone(WIB).strftime("%d-%m-%Y %H.%M") if entry.tanggal else "-"
    who = f"{entry.peran_nama}: {entry.nama}".rstrip(": ")
    text = f"{who}, {when} ({word(KEPUTUSAN.get(entry.keputusan, entry.keputusan))}"
    text += f": {entry.catatan})" if entry.catatan else ")"
    return text + (f", commit {entry.commit}" if entry.commit else "")


def _naive(value):
    """Spreadsheets have no time zones: WIB wall-clock time, as the office reads it."""
    return value.astimezone(WIB).replace(tzinfo=None) if value else None


def _cells(index: int, row: AgendaRow) -> list:
    return [index, row.nomor_urut, _naive(row.diterima), row.jenis, row.judul, row.unit,
            row.klasifikasi, row.nomor_arsip, "\n".join(paraf_line(e) for e in row.paraf),
            _naive(row.terbit), row.status, row.url]


def write_csv(rows: list[AgendaRow], path: Path) -> None:
    # utf-8-sig: spreadsheet programs then read the Indonesian text correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(headers())
        for i, row in enumerate(rows, start=1):
            cells = _cells(i, row)
            for j in (2, 9):
                cells[j] = cells[j].strftime("%Y-%m-%d %H:%M") if cells[j] else ""
            out.writerow(["" if c is None else c for c in cells])


def write_xlsx(rows: list[AgendaRow], path: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(rows, start=1):
        sheet.append(_cells(i, row))
    for j, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(j)].width = width
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for cell in (line[2], line[9]):
            cell.number_format = "dd-mm-yyyy hh:mm"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.title = title
    book.save(path)


def render_html(rows: list[AgendaRow], title: str, subtitle: str) -> str:
    """A self-contained, printable page (templates/agenda.html): no script, no external asset."""
    lines = [{"cells": [i, row.nomor_urut or "", tanggal_waktu(row.diterima), row.jenis, row.judul,
                        row.unit, row.klasifikasi, row.nomor_arsip],
              "paraf": [paraf_line(e) for e in row.paraf], "terbit": tanggal_waktu(row.terbit),
              "status": row.status, "url": row.url}
             for i, row in enumerate(rows, start=1)]
    return render("pipeline.reports", "agenda.html", title=title, subtitle=subtitle, lang=language(),
                  columns=headers(), rows=lines)


def write_html(rows: list[AgendaRow], path: Path, title: str, subtitle: str) -> None:
    path.write_text(render_html(rows, title, subtitle), encoding="utf-8")


class Percent(float):
    """A share from 0 to 1: a percent-formatted number in XLSX, "53 %" in text and HTML."""

    def __str__(self) -> str:
        return f"{round(100 * self)} %"


def share(done: int, total: int) -> Percent | None:
    return Percent(done / total) if total else None


# XLSX number formats by cell type: real dates and numbers, never text that looks like one.
FORMATS = {Percent: "0%", datetime: "dd-mm-yyyy hh:mm", date: "dd-mm-yyyy"}


def _xlsx_cell(value: object) -> tuple[object, str | None]:
    for kind, fmt in FORMATS.items():
        if isinstance(value, kind):
            return (_naive(value) if kind is datetime else value), fmt
    return value, None


def shown(value: object, lang: str | None = None) -> object:
    """A cell as text and HTML show it: "53 %", "07-11-2026 07.25", "ya"/"tidak", "7,5"."""
    from babel.numbers import format_decimal

    if isinstance(value, bool):
        return word("ya" if value else "tidak", lang)
    if isinstance(value, Percent):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(WIB).strftime("%d-%m-%Y %H.%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return format_decimal(value, locale=lang or language())
    return value


def shown_tables(tables: list[tuple[str, list[str], list[list]]]) -> list[tuple[str, list[str], list[list]]]:
    return [(name, head, [[shown(v) for v in row] for row in rows]) for name, head, rows in tables]


def write_sheets(path: Path, sheets: list[tuple[str, list[str], list[list]]]) -> None:
    """A workbook of tables: bold header, frozen, filtered, widths from the content, typed cells
    (numbers, percentages with a percent format, dates and times with a date format)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for title, headers, rows in sheets:
        sheet = book.create_sheet(title[:31])
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for i, row in enumerate(rows, start=2):
            for j, raw in enumerate(row, start=1):
                value, fmt = _xlsx_cell(raw)
                cell = sheet.cell(row=i, column=j, value=value)
                if fmt:
                    cell.number_format = fmt
        for j, header in enumerate(headers, start=1):
            longest = max([len(str(header))] + [len(str(shown(r[j - 1]))) for r in rows
                                                if r[j - 1] is not None])
            sheet.column_dimensions[get_column_letter(j)].width = min(max(longest + 2, 8), 60)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    book.save(path)
