"""Evaluation report (SOP 002/004): what was published in a period, from the agenda and history.

Publication time is the agenda's (the last initial the SOP needs, or the scheduled time), so a
figure here always agrees with the Buku Agenda. Stale *berkala* DIP items follow UU 14/2008
Pasal 9: updated at least every six months.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .agenda import AgendaRow, agenda_rows
from .dates import WIB, now, parse_datetime
from .history import HistoryIndex
from .loading import Document
from .policy import Approvals

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
    published: list[tuple[str, str, str, str, str, datetime]] = field(default_factory=list)
    # (month, jenis, unit, kategori DIP, title, published at)
    rejections: list[tuple[datetime, str, str, str, str]] = field(default_factory=list)
    # (when, title, role name, official, reason)
    stale: list[tuple[str, str, date, int]] = field(default_factory=list)
    # (file, title, last updated, days since)
    shared: Counter = field(default_factory=Counter)  # platform -> items posted
    hours_to_post: dict[str, list[float]] = field(default_factory=dict)
    on_time: tuple[int, int] = (0, 0)  # steps within standard, steps judged
    today: date = field(default_factory=lambda: now().date())

    def per_month(self, column: int) -> list[tuple[str, str, int]]:
        """(month, value of the column, count), every month of the period listed."""
        counts = Counter((row[0], row[column]) for row in self.published)
        return sorted((m, v, n) for (m, v), n in counts.items())

    @property
    def months_without_upload(self) -> list[str]:
        done, current = {row[0] for row in self.published}, self.today.strftime("%Y-%m")
        return [m for m in self.period.months if m not in done and m <= current]


def _last_update(doc: Document, history: HistoryIndex) -> datetime | None:
    fh = history.file(doc.rel)
    changed = [c for c in fh.changes if c.other_lines or c is fh.created] if fh else []
    return history.commit(changed[-1].commit).author_date if changed else None


def evaluate(docs: list[Document], approvals: Approvals, history: HistoryIndex,
             period: Period, on_time: tuple[int, int] = (0, 0),
             rows: list[AgendaRow] | None = None) -> Evaluation:
    """`rows`: the agenda of `docs` when the caller already has it (the site build does)."""
    result = Evaluation(period, on_time=on_time)
    by_file = {d.rel: d for d in docs}
    for row in rows if rows is not None else agenda_rows(docs, approvals, history):
        doc = by_file[row.berkas]
        for entry in row.paraf:
            if entry.keputusan == "tolak" and period.holds(entry.tanggal):
                result.rejections.append((entry.tanggal, row.judul, entry.peran_nama, entry.nama,
                                          entry.catatan))
        if doc.status == "terbit" and period.holds(row.terbit):
            when = row.terbit.astimezone(WIB)
            result.published.append((when.strftime("%Y-%m"), row.jenis, row.unit or "-",
                                     str(doc.meta.get("kategori") or "-"), row.judul, when))
            _shared(result, doc, when)
        if doc.status == "terbit" and doc.meta.get("kategori") == "berkala":
            updated = _last_update(doc, history)
            # As of the period's end, or today for a period still running.
            end = min(datetime.combine(period.end, datetime.max.time(), WIB), now())
            if updated and (end - updated).days > BERKALA_DAYS:
                result.stale.append((doc.rel, doc.title, updated.astimezone(WIB).date(),
                                     (end - updated).days))
    result.rejections.sort()
    return result


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
