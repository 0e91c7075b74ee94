"""Content plans (SOP 004 A.1): quarterly tables of planned items, and the items that cite them.

A plan is `content/rencana/2026-Q4.yaml` (`jenis: rencana`), initialled like any item. These
rules check what the schema cannot: the file's quarter, target months inside it, unique codes,
and every `rencana: 2026-Q4/R03` reference in content. The calendar reminder (no adopted plan for
this quarter) is advice, never a block: an urgent announcement must not wait for a table.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pipeline.model.document import CONTENT_DIR, PLAN_DIR, Document
from pipeline.model.findings import Finding, Severity
from pipeline.office.policy import Approvals

PLAN_NAME = re.compile(r"^(\d{4})-Q([1-4])$")
REMIND_DAYS = 14  # in the last two weeks of a quarter, the next quarter's plan is due


@dataclass(frozen=True)
class Quarter:
    year: int
    q: int

    @property
    def label(self) -> str:
        return f"{self.year}-Q{self.q}"

    @property
    def months(self) -> tuple[str, ...]:
        first = 3 * self.q - 2
        return tuple(f"{self.year}-{m:02d}" for m in range(first, first + 3))

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.q - 2, 1)

    @property
    def end(self) -> date:
        return self.next.start - timedelta(days=1)

    @property
    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.q == 4 else Quarter(self.year, self.q + 1)

    @property
    def rel(self) -> str:
        return f"{CONTENT_DIR}/{PLAN_DIR}/{self.label}.yaml"

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)


def quarter_of_file(rel: str) -> Quarter | None:
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    m = PLAN_NAME.match(stem)
    return Quarter(int(m[1]), int(m[2])) if m else None


def items(doc: Document) -> list[dict]:
    """The plan's well-formed entries (the schema reports the others)."""
    entries = doc.meta.get("konten")
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def plans(docs: list[Document]) -> dict[str, Document]:
    """Loaded plans by quarter label (2026-Q4)."""
    out = {}
    for doc in docs:
        quarter = quarter_of_file(doc.rel) if doc.loaded and doc.is_plan else None
        if quarter is not None:
            out[quarter.label] = doc
    return out


def _at(doc: Document, dotted: str, code: str, severity=Severity.ERROR, **params) -> Finding:
    return Finding(doc.rel, code, params, dotted, doc.line_of(dotted), severity)


def _in_plan_folder(rel: str) -> bool:
    return rel.startswith(f"{CONTENT_DIR}/{PLAN_DIR}/") and rel.count("/") == 2


def check_plan(doc: Document) -> list[Finding]:
    found = []
    if not _in_plan_folder(doc.rel) or not doc.rel.endswith((".yaml", ".yml")):
        return [_at(doc, "jenis", "rencana.tempat", folder=f"{CONTENT_DIR}/{PLAN_DIR}/")]
    quarter = quarter_of_file(doc.rel)
    if quarter is None:
        return [Finding(doc.rel, "rencana.nama-berkas", {}, "", 1)]
    seen: dict[str, int] = {}
    for i, entry in enumerate(items(doc)):
        where = f"konten[{i}]"
        kode = str(entry.get("kode") or "")
        if kode and kode in seen:
            found.append(_at(doc, f"{where}.kode", "rencana.kode-ganda", kode=kode,
                             baris=doc.line_of(f"konten[{seen[kode]}].kode")))
        seen.setdefault(kode, i)
        bulan = str(entry.get("bulan") or "")
        if re.fullmatch(r"\d{4}-\d{2}", bulan) and bulan not in quarter.months:
            found.append(_at(doc, f"{where}.bulan", "rencana.bulan-luar", bulan=bulan,
                             triwulan=quarter.label, pilihan=", ".join(quarter.months)))
        if entry.get("kategori") and entry.get("jenis") != "informasi-publik":
            found.append(_at(doc, f"{where}.kategori", "rencana.kategori", jenis=entry.get("jenis")))
    return found


def check_reference(doc: Document, by_quarter: dict[str, Document]) -> list[Finding]:
    ref = doc.meta.get("rencana")
    if not isinstance(ref, str) or "/" not in ref:
        return []
    label, kode = ref.split("/", 1)
    plan = by_quarter.get(label)
    if plan is None:
        return [_at(doc, "rencana", "rencana.tak-dikenal", rujukan=ref,
                    berkas=Quarter(int(label[:4]), int(label[-1])).rel if PLAN_NAME.match(label)
                    else f"{CONTENT_DIR}/{PLAN_DIR}/{label}.yaml")]
    entries = {str(e.get("kode")): e for e in items(plan)}
    entry = entries.get(kode)
    if entry is None:
        close = difflib.get_close_matches(kode, list(entries), n=1)
        return [_at(doc, "rencana", "rencana.kode-tak-dikenal", kode=kode, berkas=plan.rel,
                    saran=f" (maksud Anda {label}/{close[0]}?)" if close else "")]
    if entry.get("jenis") and entry.get("jenis") != doc.jenis:
        return [_at(doc, "rencana", "rencana.jenis-beda", Severity.WARNING, rujukan=ref,
                    rencana=entry.get("jenis"), jenis=doc.jenis)]
    return []


def check_corpus(docs: list[Document], references_from: list[Document]) -> list[Finding]:
    """Plan rules for `docs`; references resolve against the plans in `references_from`."""
    by_quarter = plans(references_from)
    found = []
    for doc in docs:
        if not doc.loaded:
            continue
        if doc.is_plan:
            found += check_plan(doc)
        elif _in_plan_folder(doc.rel):
            found.append(_at(doc, "jenis", "rencana.bukan-rencana", jenis=doc.jenis))
        found += check_reference(doc, by_quarter)
    return found


def adopted(doc: Document | None) -> bool:
    return doc is not None and doc.status == "terbit"


def check_calendar(docs: list[Document], approvals: Approvals, when: datetime) -> list[Finding]:
    """SOP 004 A.1: a plan at least every three months. Advice only; silent without the SOP."""
    if approvals.policy_for("rencana", "") is None:
        return []  # this office does not plan through ppid
    by_quarter, today = plans(docs), when.date()
    current = Quarter.of(today)
    doc = by_quarter.get(current.label)
    found = []
    if doc is None:
        found.append(Finding(current.rel, "rencana.tidak-ada", {"triwulan": current.label},
                             severity=Severity.WARNING))
    elif not adopted(doc):
        found.append(Finding(doc.rel, "rencana.belum-ditetapkan", {"triwulan": current.label},
                             "status", doc.line_of("status"), Severity.WARNING))
    upcoming = current.next
    if (current.end - today).days < REMIND_DAYS and upcoming.label not in by_quarter:
        found.append(Finding(upcoming.rel, "rencana.berikutnya",
                             {"triwulan": upcoming.label, "batas": current.end.isoformat()},
                             severity=Severity.INFO))
    return found
