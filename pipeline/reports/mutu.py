"""Mutu baku: the time each SOP step really took, from Git history, against its standard minutes.

Events come from history: received = the item's first commit; a paraf step = the commit of its
final approval (a rejection loop counts toward that step); the archive step = the commit that
wrote the archive number. Durations are working minutes (jam_kerja in approvals/config.yaml,
default Monday to Friday 07.30-16.00 WIB), so a release received on Friday evening is not late
over the weekend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

import yaml

from pipeline.git.history import HistoryIndex
from pipeline.model.dates import WIB, parse_datetime
from pipeline.model.document import Document
from pipeline.office.config import OfficeConfig
from pipeline.office.policy import DAYS, Approvals


def _clock(value: object) -> time:
    if isinstance(value, int):  # YAML 1.1 sexagesimal: unquoted 16:00 is 960 minutes
        return time(*divmod(value % (24 * 60), 60))
    return datetime.strptime(str(value).replace(".", ":"), "%H:%M").time()


@dataclass(frozen=True)
class WorkingHours:
    days: frozenset[int] = frozenset(range(5))
    start: time = time(7, 30)
    end: time = time(16, 0)

    @classmethod
    def from_config(cls, config: dict) -> WorkingHours:
        typed = OfficeConfig.from_dict(config)
        return cls(frozenset(DAYS.index(d) for d in typed.work_days), _clock(typed.work_start),
                   _clock(typed.work_end))

    def minutes(self, a: datetime, b: datetime) -> int:
        """Working minutes between a and b (0 when b is not after a)."""
        a, b = a.astimezone(WIB), b.astimezone(WIB)
        total, day = 0.0, a.date()
        while day <= b.date():
            if day.weekday() in self.days:
                open_, close = (datetime.combine(day, self.start, WIB),
                                datetime.combine(day, self.end, WIB))
                lo, hi = max(a, open_), min(b, close)
                if hi > lo:
                    total += (hi - lo).total_seconds() / 60
            day += timedelta(days=1)
        return round(total)


@dataclass
class StepTime:
    item: str
    title: str
    sop: str
    no: int
    peran: str
    minutes: int
    standard: int | None

    @property
    def within(self) -> bool | None:
        return None if self.standard is None else self.minutes <= self.standard


@dataclass
class StepStats:
    sop: str
    no: int
    peran: str
    standard: int | None
    times: list[int] = field(default_factory=list)
    within: int = 0
    judged: int = 0  # times that have a standard to be judged against

    @property
    def count(self) -> int:
        return len(self.times)

    @property
    def median(self) -> float:
        values = sorted(self.times)
        mid = len(values) // 2
        return float(values[mid]) if len(values) % 2 else (values[mid - 1] + values[mid]) / 2

    @property
    def p90(self) -> int:
        values = sorted(self.times)
        return values[max(math.ceil(0.9 * len(values)) - 1, 0)]

    @property
    def share_within(self) -> float | None:
        return None if not self.judged else self.within / self.judged

    def add(self, t: StepTime) -> None:
        self.times.append(t.minutes)
        if t.within is not None:
            self.judged += 1
            self.within += t.within


def _approval_time(fh, role: str, history: HistoryIndex) -> datetime | None:
    """Commit time of the last `setuju` initial of `role` in the file's history."""
    found = None
    for change in fh.changes:
        for r, line in change.paraf_added:
            if r != role:
                continue
            try:
                entry = next(iter(yaml.load(line, Loader=yaml.CSafeLoader).values()))
            except (yaml.YAMLError, AttributeError, StopIteration):
                continue
            if isinstance(entry, dict) and entry.get("keputusan") == "setuju":
                found = history.commit(change.commit).author_date
    return found


def _archive_time(doc: Document, history: HistoryIndex) -> datetime | None:
    number = doc.meta.get("nomor_arsip")
    fh = history.file(doc.rel)
    for key, sha, _ in history.archive_numbers.get(number, []) if fh else []:
        if key == fh.key:
            return history.commit(sha).author_date
    return None


def step_times(docs: list[Document], approvals: Approvals, history: HistoryIndex,
               start: datetime | None = None, end: datetime | None = None) -> list[StepTime]:
    hours = WorkingHours.from_config(approvals.config)
    out = []
    for doc in docs:
        fh = history.file(doc.rel) if doc.loaded and doc.publishable else None
        policy = approvals.policy_for(doc.jenis, doc.unit) if fh else None
        if policy is None:
            continue
        received = history.commit(fh.created.commit).author_date
        if (start and received < start) or (end and received > end):
            continue
        previous = received
        for step in policy.steps:
            if step.needs_paraf and step in policy.paraf_steps:
                at = _approval_time(fh, step.peran, history)
            elif step.aksi == "arsip":
                at = _archive_time(doc, history)
            else:
                continue
            if at is None:
                break  # not done yet: later steps cannot be timed
            out.append(StepTime(doc.rel, doc.title, policy.nama, step.no,
                                approvals.role_name(step.peran), hours.minutes(previous, at),
                                step.menit))
            previous = at
    return out


def by_step(times: list[StepTime]) -> list[StepStats]:
    groups: dict[tuple, StepStats] = {}
    for t in times:
        groups.setdefault((t.sop, t.no), StepStats(t.sop, t.no, t.peran, t.standard)).add(t)
    return sorted(groups.values(), key=lambda s: (s.sop, s.no))


def by_role(times: list[StepTime]) -> list[StepStats]:
    groups: dict[str, StepStats] = {}
    for t in times:
        groups.setdefault(t.peran, StepStats("", 0, t.peran, None)).add(t)
    return sorted(groups.values(), key=lambda s: s.peran)


def slowest(times: list[StepTime], limit: int = 10) -> list[tuple[str, str, int]]:
    totals: dict[str, list] = {}
    for t in times:
        entry = totals.setdefault(t.item, [t.title, 0])
        entry[1] += t.minutes
    ranked = sorted(((item, title, minutes) for item, (title, minutes) in totals.items()),
                    key=lambda x: -x[2])
    return ranked[:limit]


def parse_bound(value: str | None) -> datetime | None:
    return parse_datetime(value) if value else None
