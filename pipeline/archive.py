"""Archive classification and numbers (SOP 001 step 5): valid codes, one number per item, forever.

`klasifikasi` is checked against the shipped Permendagri 83/2022 table (extendable in
approvals/klasifikasi.yaml). `nomor_arsip` follows `format_nomor_arsip`. A number that was
ever written for one file is never valid for another, even after that file was deleted or
renamed: the history index keeps every number written. `ppid number` assigns the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .findings import Finding, Severity
from .history import HistoryIndex
from .loading import Document

SHIPPED = Path(__file__).parent / "data" / "klasifikasi.yaml"
EXTRA = "approvals/klasifikasi.yaml"
DEFAULT_FORMAT = "{klasifikasi}/{urut:04d}/{unit}/{tahun}"


@dataclass(frozen=True)
class Classification:
    codes: dict[str, str]
    complete: tuple[str, ...]  # subtrees shipped whole: unknown codes under them are errors

    def judge(self, code: str) -> tuple[str, dict] | None:
        """None when the code is fine, else (message code, params)."""
        if code in self.codes:
            return None
        top = code.split(".")[0]
        if top not in self.codes:
            return "arsip.klasifikasi-pokok", {"kode": code, "pokok": top}
        for tree in self.complete:
            if code.startswith(tree + "."):
                examples = [c for c in self.codes if c.startswith(tree + ".")][:3]
                return "arsip.klasifikasi-tak-dikenal", {"kode": code, "induk": tree,
                                                          "contoh": ", ".join(examples)}
        return "arsip.klasifikasi-luar-tabel", {"kode": code}


@lru_cache(maxsize=8)
def _read(path: str, mtime: float) -> dict:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}


def classification(root: Path) -> Classification:
    shipped = _read(str(SHIPPED), SHIPPED.stat().st_mtime)
    codes = {str(k): str(v) for k, v in shipped["kode"].items()}
    complete = list(shipped.get("lengkap") or [])
    extra = root / EXTRA
    if extra.is_file():
        data = _read(str(extra), extra.stat().st_mtime)
        codes.update({str(k): str(v) for k, v in (data.get("kode") or {}).items()})
        complete += list(data.get("lengkap") or [])
    return Classification(codes, tuple(complete))


def number_pattern(fmt: str, klasifikasi: str | None, unit: str) -> re.Pattern:
    """The format as a regular expression, for one classification (None: any)."""
    parts = re.split(r"(\{[a-z]+(?::[^}]*)?\})", fmt)
    out = []
    for part in parts:
        name = part[1:-1].split(":")[0] if part.startswith("{") else None
        if name == "klasifikasi":
            out.append(re.escape(klasifikasi) if klasifikasi else r"[0-9][0-9.]*")
        elif name == "urut":
            out.append(r"(?P<urut>\d+)")
        elif name == "unit":
            out.append(re.escape(unit))
        elif name == "tahun":
            out.append(r"(?P<tahun>\d{4})")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "$")


def settings(config: dict) -> tuple[str, str]:
    return config.get("format_nomor_arsip") or DEFAULT_FORMAT, config.get("kode_unit_arsip") or ""


def check_document(doc: Document, config: dict, table: Classification) -> list[Finding]:
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
        fmt, unit = settings(config)
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


def next_number(year: int, fmt: str, unit: str, docs: list[Document],
                history: HistoryIndex | None) -> int:
    """One more than the highest sequence used in `year`, now or ever."""
    used = [d.meta.get("nomor_arsip") for d in docs if d.loaded] + \
        (list(history.archive_numbers) if history else [])
    pattern = number_pattern(fmt, None, unit)
    highest = 0
    for number in used:
        hit = pattern.match(number) if isinstance(number, str) else None
        if hit and "urut" in hit.groupdict():
            same_year = "tahun" not in hit.groupdict() or int(hit.group("tahun")) == year
            if same_year:
                highest = max(highest, int(hit.group("urut")))
    return highest + 1
