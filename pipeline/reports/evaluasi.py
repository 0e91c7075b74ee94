"""Evaluation report (SOP 002/004): what was published in a period, from the agenda and history.

Publication time is the agenda's (the last initial the SOP needs, or the scheduled time), so a
figure here always agrees with the Buku Agenda; an item withdrawn later still counts in the month
it was published, and its withdrawal in the month it was withdrawn. The backlog is every item
received and not through its chain by the period's end (or today), with its age in working days.
Stale *berkala* DIP items follow UU 14/2008 Pasal 9: updated at least every six months.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pipeline.git.history import HistoryIndex
from pipeline.model.dates import WIB, now, parse_datetime
from pipeline.model.document import Document
from pipeline.model.types import CONTENT_TYPES
from pipeline.office.policy import Approvals
from pipeline.reports.agenda import AgendaRow, agenda_rows
from pipeline.reports.realisasi import Realisation, realise
from pipeline.reports.status import item_steps

BERKALA_DAYS = 183  # six months


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date  # inclusive

    @property
    def months(self) -> list[str]:
        out, (y, m) = [], (self.start.year, self.start.month)
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def holds(self, when: datetime | None) -> bool:
        return when is not None and self.start <= when.astimezone(WIB).date() <= self.end

    def running(self, today: date) -> bool:
        return self.start <= today <= self.end


@dataclass(frozen=True)
class Withdrawal:
    month: str
    when: datetime
    title: str
    file: str
    published: datetime | None
    role: str
    official: str
    reason: str


@dataclass(frozen=True)
class Waiting:
    """An item received and not (yet) through its chain: the backlog."""

    file: str
    title: str
    kind: str
    unit: str
    received: datetime
    age: int  # working days since receipt
    waiting_for: str  # the role (and its holders) whose step is next, or the rejection
    status: str


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def month_of(day: date) -> Period:
    return parse_period(day.strftime("%Y-%m"))


def semester_of(day: date) -> Period:
    return parse_period(f"{day.year}-S{1 if day.month <= 6 else 2}")


def parse_period(text: str) -> Period:
    """2026-11 (month), 2026-Q4 (quarter) or 2026-S2 (semester); ValueError otherwise."""
    found = re.fullmatch(r"(\d{4})-(?:(\d{2})|[Qq]([1-4])|[Ss]([12]))", text.strip())
    if not found:
        raise ValueError(text)
    year = int(found[1])
    if found[2]:
        first = last = int(found[2])
        if not 1 <= first <= 12:
            raise ValueError(text)
    elif found[3]:
        first = 3 * int(found[3]) - 2
        last = first + 2
    else:
        first = 6 * int(found[4]) - 5
        last = first + 5
    return Period(text.strip().upper() if not found[2] else text.strip(), date(year, first, 1),
                  _month_end(year, last))


@dataclass
class Evaluation:
    period: Period
    published: list[tuple[str, str, str, str, str, datetime, str]] = field(default_factory=list)
    # (month, jenis berita, unit, kategori DIP, title, published at, content type label, file)
    rejections: list[tuple[datetime, str, str, str, str]] = field(default_factory=list)
    # (when, title, role name, official, reason)
    stale: list[tuple[str, str, date, int]] = field(default_factory=list)
    # (file, title, last updated, days since)
    shared: Counter = field(default_factory=Counter)  # platform -> items posted
    hours_to_post: dict[str, list[float]] = field(default_factory=dict)
    on_time: tuple[int, int] = (0, 0)  # steps within standard, steps judged
    times: list = field(default_factory=list)  # mutu.StepTime of items received in the period
    withdrawals: list[Withdrawal] = field(default_factory=list)
    backlog: list[Waiting] = field(default_factory=list)
    stale_pages: list[tuple[str, str, date, int]] = field(default_factory=list)
    plan: list[Realisation] = field(default_factory=list)  # adopted plans' entries due in the period
    today: date = field(default_factory=lambda: now().date())

    def series(self) -> dict[str, list[int]]:
        """Items per month of the period, per content type (for the stacked chart)."""
        months = self.period.months
        out: dict[str, list[int]] = {}
        for row in self.published:
            out.setdefault(row[6], [0] * len(months))[months.index(row[0])] += 1
        return out

    def withdrawn_per_month(self) -> list[int]:
        counts = Counter(w.month for w in self.withdrawals)
        return [counts.get(m, 0) for m in self.period.months]

    def per_month(self, column: int) -> list[tuple[str, str, int]]:
        """(month, value of the column, count) for the months that have items (the per-month
        totals, empty months included, are `withdrawn_per_month` and the published counts)."""
        counts = Counter((row[0], row[column]) for row in self.published)
        return sorted((m, v, n) for (m, v), n in counts.items())

    @property
    def months_without_upload(self) -> list[str]:
        done, current = {row[0] for row in self.published}, self.today.strftime("%Y-%m")
        return [m for m in self.period.months if m not in done and m <= current]


def last_update(doc: Document, history: HistoryIndex | None) -> datetime | None:
    """When the current text was last approved: its latest agreeing initial on this hash.

    Recording a posting link, an archive number or a withdrawal changes lines but not the
    content, so none of them renews an item. Without initials, the last content commit counts.
    """
    agreeing = []
    for entry in doc.paraf.values():
        if isinstance(entry, dict) and entry.get("keputusan") == "setuju" \
                and entry.get("sha256") == doc.content_hash:
            try:
                agreeing.append(parse_datetime(entry.get("tanggal")))
            except ValueError:
                continue
    if agreeing:
        return max(agreeing)
    fh = history.file(doc.rel) if history else None
    changed = [c for c in fh.changes if c.other_lines or c is fh.created] if fh else []
    return history.commit(changed[-1].commit).author_date if changed else None


def evaluate(docs: list[Document], approvals: Approvals, history: HistoryIndex,
             period: Period, on_time: tuple[int, int] = (0, 0),
             rows: list[AgendaRow] | None = None) -> Evaluation:
    """`rows`: the agenda of `docs` when the caller already has it (the site build does)."""
    result = Evaluation(period, on_time=on_time)
    by_file = {d.rel: d for d in docs}
    rows = rows if rows is not None else agenda_rows(docs, approvals, history)
    # As of the period's end, or today for a period still running.
    end = min(datetime.combine(period.end, datetime.max.time(), WIB), now())
    page_days = approvals.settings.page_days
    for row in rows:
        doc = by_file[row.berkas]
        for entry in row.paraf:
            if entry.keputusan == "tolak" and period.holds(entry.tanggal):
                result.rejections.append((entry.tanggal, row.judul, entry.peran_nama, entry.nama,
                                          entry.catatan))
        published = row.terbit if doc.status == "terbit" else _was_published(doc, row, approvals)
        if doc.status in ("terbit", "ditarik") and period.holds(published):
            when = published.astimezone(WIB)
            result.published.append((when.strftime("%Y-%m"), row.jenis, row.unit or "-",
                                     str(doc.meta.get("kategori") or "-"), row.judul, when,
                                     CONTENT_TYPES[doc.jenis].label, row.berkas))
            _shared(result, doc, when)
        _withdrawal(result, row, published)
        limit, target = (BERKALA_DAYS, result.stale) if doc.meta.get("kategori") == "berkala" \
            else (page_days, result.stale_pages) if doc.jenis == "halaman" else (None, None)
        if doc.status == "terbit" and limit is not None:
            updated = last_update(doc, history)
            if updated and (end - updated).days > limit:
                target.append((doc.rel, doc.title, updated.astimezone(WIB).date(),
                               (end - updated).days))
    result.rejections.sort()
    result.withdrawals.sort(key=lambda w: w.when)
    result.backlog = backlog(docs, rows, approvals, end)
    # An entry is overdue once its month is over: for a past period, as of the day after its end.
    as_of = min(period.end + timedelta(days=1), now().astimezone(WIB).date())
    result.plan = realise(docs, rows, period.months, as_of)
    return result


def _was_published(doc: Document, row: AgendaRow, approvals: Approvals) -> datetime | None:
    """When a withdrawn item had been published: every initial its SOP needs, last one's time."""
    policy = approvals.policy_for(doc.jenis, doc.unit)
    needed = {s.peran for s in policy.paraf_steps} if policy else set()
    latest = {e.peran: e for e in row.paraf if e.peran in needed and e.keputusan != "ditarik"}
    if not needed or set(latest) != needed or any(e.keputusan != "setuju" for e in latest.values()):
        return None
    return max((e.tanggal for e in latest.values() if e.tanggal), default=None)


def _withdrawal(result: Evaluation, row: AgendaRow, published: datetime | None) -> None:
    for entry in row.paraf:
        if entry.keputusan == "ditarik" and result.period.holds(entry.tanggal):
            when = entry.tanggal.astimezone(WIB)
            result.withdrawals.append(Withdrawal(when.strftime("%Y-%m"), when, row.judul,
                                                 row.berkas, published, entry.peran_nama,
                                                 entry.nama, entry.catatan))


def _next_step(doc: Document, approvals: Approvals, when: datetime) -> str:
    """'Kepala Bidang … (Agus Prasetyo)': the first step not done, with who holds it then."""
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None:
        return ""
    for step, state in zip(policy.paraf_steps, item_steps(doc, approvals), strict=False):
        if state.state != "selesai":
            names = ", ".join(o.nama for o in approvals.roster.holders(step.peran, when))
            label = f"{state.peran} ({names})" if names else state.peran
            return f"{label}: {state.state}" if state.state in ("ditolak", "basi") else label
    return ""


def backlog(docs: list[Document], rows: list[AgendaRow], approvals: Approvals,
            as_of: datetime) -> list[Waiting]:
    """Items received by `as_of` and not published by then (withdrawn and exempt ones aside)."""
    hours = approvals.settings.working_time
    by_file = {d.rel: d for d in docs}
    out = []
    for row in rows:
        doc = by_file[row.berkas]
        if row.diterima is None or row.diterima > as_of or doc.status == "ditarik" or doc.exempt:
            continue
        if row.terbit is not None and row.terbit <= as_of:
            continue
        out.append(Waiting(row.berkas, row.judul, row.jenis, row.unit or "-", row.diterima,
                           hours.working_days(row.diterima, as_of), _next_step(doc, approvals, as_of),
                           doc.status))
    return sorted(out, key=lambda w: w.received)


def _shared(result: Evaluation, doc: Document, published: datetime) -> None:
    posts = doc.meta.get("distribusi") if isinstance(doc.meta.get("distribusi"), list) else []
    seen = set()
    for post in posts:
        if not isinstance(post, dict) or post.get("platform") in seen:
            continue
        platform = str(post.get("platform"))
        seen.add(platform)
        result.shared[platform] += 1
        try:
            posted = parse_datetime(post.get("tanggal"))
        except (ValueError, TypeError):
            continue
        hours = (posted - published).total_seconds() / 3600
        result.hours_to_post.setdefault(platform, []).append(round(max(hours, 0), 1))


def compute(request) -> Evaluation:
    """The evaluation for `--periode`/`--bulan` (default: this month), for `ppid laporan`."""
    from datetime import time

    from pipeline.git.log import load_history
    from pipeline.i18n.messages import t
    from pipeline.model.errors import UsageError
    from pipeline.model.reader import load_corpus
    from pipeline.reports import mutu

    text = request.periode or request.bulan or now().strftime("%Y-%m")
    try:
        period = parse_period(text)
    except ValueError:
        raise UsageError(t("laporan.periode", nilai=text)) from None
    today = now().date()
    if period.start > today:
        raise UsageError(t("laporan.periode-belum-mulai", periode=period.label,
                           hari_ini=today.isoformat()))
    docs, history = load_corpus(request.root), load_history(request.root)
    times = mutu.step_times(docs, request.approvals, history,
                            datetime.combine(period.start, time.min, WIB),
                            datetime.combine(period.end, time.max, WIB))
    total = mutu.overall(times)
    result = evaluate(docs, request.approvals, history, period, (total.within, total.judged))
    result.times = times
    return result
