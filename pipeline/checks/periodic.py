"""SOP 004's periodic tasks (`tugas_berkala`) as reminders (issue #15): never errors.

Each task with `bukti` is judged period by period from `mulai` up to today:
- `evaluasi-bulanan` / `evaluasi-semester` (C.2, C.1): a record in content/evaluasi/ for every
  ended period, fully initialled; *info* while within `tenggang_hari` after the period ended,
  *warning* after (late);
- `unggahan` (A.2): every ended month has at least one item of the SOP published;
- `rencana` (A.1): a plan adopted after its quarter started is flagged (the missing or unsigned
  plan is checks/rencana.check_calendar's reminder).
Registered with advice=True: `--strict` never promotes them and publication is never blocked.
The same list feeds the intranet dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pipeline.checks.rencana import Quarter, plans
from pipeline.model.dates import WIB, parse_datetime
from pipeline.model.document import Document
from pipeline.model.findings import Finding, Severity
from pipeline.office.policy import Approvals, Policy

GRACE_DAYS = 10


@dataclass(frozen=True)
class Span:
    label: str
    start: date
    end: date  # inclusive


def _month(year: int, month: int) -> Span:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return Span(f"{year}-{month:02d}", date(year, month, 1), nxt - timedelta(days=1))


def spans(every: int, first: str, today: date) -> list[Span]:
    """Calendar periods of `every` months (1, 3, 6, 12…) from the one holding `first` up to the
    one holding today."""
    year, month = (int(x) for x in first.split("-"))
    month = (month - 1) // every * every + 1
    out = []
    while date(year, month, 1) <= today:
        last = month + every - 1
        end = _month(year + (last - 1) // 12, (last - 1) % 12 + 1).end
        if every == 1:
            label = f"{year}-{month:02d}"
        elif every == 6:
            label = f"{year}-S{(month - 1) // 6 + 1}"
        elif every == 3:
            label = f"{year}-Q{(month - 1) // 3 + 1}"
        else:
            label = f"{year}-{month:02d}+{every}"
        out.append(Span(label, date(year, month, 1), end))
        month += every
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return out


def _complete(doc: Document, policy: Policy | None) -> bool:
    if policy is None or doc.status != "terbit":
        return False
    for step in policy.paraf_steps:
        entry = doc.paraf.get(step.peran)
        if not (isinstance(entry, dict) and entry.get("keputusan") == "setuju"
                and entry.get("sha256") == doc.content_hash):
            return False
    return True


@dataclass(frozen=True)
class Reminder:
    """One periodic task's state for one period: for the check and the dashboard."""

    kode: str
    uraian: str
    peran_nama: str
    pejabat: str
    periode: str
    batas: date
    terlambat: bool
    code: str
    rel: str
    where: str
    tanggal: str = ""  # a late plan: the day it was signed


def reminders(docs: list[Document], approvals: Approvals, when: datetime) -> list[Reminder]:
    today = when.astimezone(WIB).date()
    out: list[Reminder] = []
    for policy in approvals.policies.values():
        for i, task in enumerate(policy.periodic_tasks):
            kind = task.get("bukti")
            if kind in ("evaluasi-bulanan", "evaluasi-semester"):
                out += _evaluations(docs, approvals, policy, i, task, today, when)
            elif kind == "unggahan":
                out += _uploads(docs, approvals, policy, i, task, today, when)
            elif kind == "rencana":
                out += _late_plans(docs, approvals, policy, i, task, when)
    return out


def _reminder(approvals: Approvals, policy: Policy, i: int, task: dict, span_label: str,
              due: date, late: bool, code: str, when: datetime) -> Reminder:
    return Reminder(str(task.get("kode") or ""), task["uraian"], approvals.role_name(task["peran"]),
                    approvals.holder_names(task["peran"], when), span_label, due, late, code,
                    policy.rel, f"tugas_berkala[{i}]")


def _evaluations(docs, approvals, policy, i, task, today, when) -> list[Reminder]:
    kind = task["bukti"]
    records = {str(d.meta.get("periode")): d for d in docs
               if d.loaded and d.jenis == kind}
    grace = int(task.get("tenggang_hari", GRACE_DAYS))
    out = []
    for span in spans(int(task["setiap_bulan"]), str(task.get("mulai") or today.strftime("%Y-%m")),
                      today):
        if span.end >= today:
            continue  # the period is still running
        doc = records.get(span.label)
        if doc is not None and _complete(doc, approvals.policy_for(doc.jenis, doc.unit)):
            continue
        due = span.end + timedelta(days=grace)
        code = "berkala.belum-lengkap" if doc is not None else "berkala.evaluasi"
        out.append(_reminder(approvals, policy, i, task, span.label, due, today > due, code, when))
    return out


def _uploads(docs, approvals, policy, i, task, today, when) -> list[Reminder]:
    months = set()
    for d in docs:
        if d.loaded and d.status == "terbit" and d.date is not None \
                and approvals.policy_for(d.jenis, d.unit) is policy:
            months.add(d.date.astimezone(WIB).strftime("%Y-%m"))
    out = []
    for span in spans(1, str(task.get("mulai") or today.strftime("%Y-%m")), today):
        if span.end < today and span.label not in months:
            out.append(_reminder(approvals, policy, i, task, span.label, span.end, True,
                                 "berkala.tanpa-unggahan", when))
    return out


def _adopted_on(doc: Document, policy: Policy | None) -> datetime | None:
    """When the plan was signed: the last initial of its policy's chain."""
    if policy is None:
        return None
    times = []
    for step in policy.paraf_steps:
        entry = doc.paraf.get(step.peran)
        if isinstance(entry, dict) and entry.get("keputusan") == "setuju":
            try:
                times.append(parse_datetime(entry.get("tanggal")))
            except ValueError:
                continue
    return max(times) if times else None


def _late_plans(docs, approvals, policy, i, task, when) -> list[Reminder]:
    out = []
    first = str(task.get("mulai") or "")
    for label, doc in sorted(plans(docs).items()):
        year, q = int(label[:4]), int(label[-1])
        quarter = Quarter(year, q)
        if first and quarter.end.strftime("%Y-%m") < first:
            continue
        signed = _adopted_on(doc, approvals.policy_for(doc.jenis, doc.unit))
        if signed is not None and signed.astimezone(WIB).date() > quarter.start:
            out.append(Reminder(str(task.get("kode") or ""), task["uraian"],
                                approvals.role_name(task["peran"]),
                                approvals.holder_names(task["peran"], when), label,
                                quarter.start, True, "berkala.rencana-terlambat", doc.rel,
                                "paraf", signed.astimezone(WIB).strftime("%Y-%m-%d")))
    return out


def check_periodic(docs: list[Document], approvals: Approvals, when: datetime) -> list[Finding]:
    found = []
    for r in reminders(docs, approvals, when):
        # A plan signed late is history by now: noted (and scored by the reports), not nagged.
        late = r.terlambat and r.code != "berkala.rencana-terlambat"
        severity = Severity.WARNING if late else Severity.INFO
        doc = next((d for d in docs if d.rel == r.rel), None)
        line = doc.line_of(r.where) if doc is not None else None
        found.append(Finding(r.rel, r.code, {
            "kode": r.kode, "uraian": r.uraian, "peran_nama": r.peran_nama, "pejabat": r.pejabat,
            "periode": r.periode, "batas": r.batas, "tanggal": r.tanggal}, r.where, line, severity))
    return found
