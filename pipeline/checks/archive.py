"""Archive numbers and classification codes on items: well-formed, known, unique across the history."""

from __future__ import annotations

from pipeline.git.history import HistoryIndex
from pipeline.model.document import Document
from pipeline.model.findings import Finding, Severity
from pipeline.office.archive import Classification, number_pattern
from pipeline.office.config import OfficeConfig


def check_document(doc: Document, settings: OfficeConfig, table: Classification) -> list[Finding]:
    found = []
    code = doc.meta.get("klasifikasi")
    if isinstance(code, str) and code:
        verdict = table.judge(code)
        if verdict:
            severity = Severity.WARNING if verdict[0] == "arsip.klasifikasi-luar-tabel" else \
                Severity.ERROR
            found.append(Finding(doc.rel, verdict[0], verdict[1], "klasifikasi",
                                 doc.line_of("klasifikasi"), severity))
    number = doc.meta.get("nomor_arsip")
    if isinstance(number, str) and number and isinstance(code, str) and code:
        fmt, unit = settings.archive_format, settings.archive_unit
        if not number_pattern(fmt, code, unit).match(number):
            example = fmt.format(klasifikasi=code, urut=1, unit=unit, tahun=2026)
            found.append(Finding(doc.rel, "arsip.format", {"nomor": number, "format": fmt,
                                                           "contoh": example},
                                 "nomor_arsip", doc.line_of("nomor_arsip")))
    return found


def check_unique(docs: list[Document], history: HistoryIndex | None) -> list[Finding]:
    """One number, one item: now (two files, e.g. after a merge) and ever (the whole history)."""
    found = []
    holders: dict[str, Document] = {}
    for doc in docs:
        number = doc.meta.get("nomor_arsip") if doc.loaded else None
        if not isinstance(number, str) or not number:
            continue
        where = ("nomor_arsip", doc.line_of("nomor_arsip"))
        if number in holders:
            found.append(Finding(doc.rel, "arsip.ganda", {"nomor": number,
                                                          "lain": holders[number].rel}, *where))
            continue
        holders[number] = doc
        if history is None:
            continue
        mine = history.file(doc.rel)
        for key, sha, path in history.archive_numbers.get(number, ()):
            if mine is not None and key == mine.key:
                continue
            if path in holders or any(d.rel == path for d in docs if d is not doc):
                continue  # a file that exists now: reported as arsip.ganda instead
            commit = history.commit(sha)
            found.append(Finding(doc.rel, "arsip.dipakai", {
                "nomor": number, "berkas": path, "commit": commit.short,
                "tanggal": commit.author_date, "ini": doc.rel}, *where))
            break
    return found
