"""Mutu baku: the time each SOP step really took, from Git history, against its standard minutes.

Events come from history: received = the item's first commit (the end of the SOP's first
`terima` step: what came before it is not measured); a paraf step = the commit of its final
approval (a rejection loop counts toward that step); the archive step = the commit that wrote
the archive number. A step with no evidence of its own (SOP 001's step 4, the website input;
SOP 003's step 5, passing the draft to the Ketua) is measured together with the next step that
has one, against the sum of their standard minutes ("langkah 4–5 digabung: 10 menit"); steps
after the last evidence are not measured. Durations follow the office's working time and its
rule for work outside it (office/jamkerja.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

import yaml

from pipeline.git.history import HistoryIndex
from pipeline.model.dates import parse_datetime
from pipeline.model.document import Document
from pipeline.office.jamkerja import WorkingTime
from pipeline.office.policy import Approvals, Policy, Step


@dataclass(frozen=True)
class Leg:
    """One measurement: from the previous evidence to `step`'s, covering `steps` (numbers)."""

    step: Step
    steps: tuple[int, ...]
    standard: int | None

    @property
    def label(self) -> str:
        return f"{self.steps[0]}–{self.steps[-1]}" if len(self.steps) > 1 else str(self.step.no)

    @property
    def merged(self) -> bool:
        return len(self.steps) > 1


@dataclass(frozen=True)
class Method:
    """How one SOP is measured: the steps before receipt, the legs, the steps never measured."""

    policy: Policy
    before: tuple[Step, ...]
    legs: tuple[Leg, ...]
    unmeasured: tuple[Step, ...]


def _since(rule, dated: datetime | None) -> bool:
    return rule is not None and dated is not None and dated >= rule.since


def evidence(policy: Policy, step: Step, dated: datetime | None = None) -> str | None:
    """What proves `step` in history for an item dated `dated`: its role's initial, the
    archive number, its step record (`catatan_langkah`, for items under the record rule), the
    distribution lines a publishing step requires, or nothing."""
    if step.needs_paraf and step in policy.paraf_steps:
        return "paraf"
    if step.aksi == "arsip":
        return "arsip"
    if _since(getattr(step, "rekaman", None), dated):
        return "catatan"
    required = getattr(step, "wajib_sejak", None)
    if step.aksi == "tayang" and ("distribusi" in step.wajib_isian or (
            _since(required, dated) and "distribusi" in required.fields)):
        return "distribusi"
    return None


def method(policy: Policy, dated: datetime | None = None) -> Method:
    """The legs of `policy` for an item dated `dated` (records count from their `sejak`)."""
    receipt = next((i for i, s in enumerate(policy.steps) if s.aksi == "terima"), 0)
    legs, pending = [], []
    for step in policy.steps[receipt + 1:]:
        pending.append(step)
        if evidence(policy, step, dated) is not None:
            minutes = [s.menit for s in pending if s.menit is not None]
            legs.append(Leg(step, tuple(s.no for s in pending), sum(minutes) if minutes else None))
            pending = []
    return Method(policy, policy.steps[:receipt + 1], tuple(legs), tuple(pending))


@dataclass
class StepTime:
    item: str
    title: str
    sop: str
    no: int
    peran: str
    minutes: int
    standard: int | None
    steps: str = ""  # "4–5" when unobserved steps were measured with this one
    official: str = ""
    start: datetime | None = None
    end: datetime | None = None
    calendar: int = 0  # wall-clock minutes
    outside: bool = False  # finished outside working time
    rule: str = "jam-kerja"  # jam-kerja | kalender

    @property
    def within(self) -> bool | None:
        return None if self.standard is None else self.minutes <= self.standard


@dataclass
class StepStats:
    sop: str
    no: int
    peran: str
    standard: int | None
    steps: str = ""  # "4–5": the SOP steps measured together
    times: list[int] = field(default_factory=list)
    within: int = 0
    judged: int = 0  # times that have a standard to be judged against
    outside: int = 0  # finished outside working time

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
        self.outside += t.outside
        if t.within is not None:
            self.judged += 1
            self.within += t.within


def _approval(fh, role: str, history: HistoryIndex) -> tuple[datetime, str] | None:
    """Commit time and initialled name of the last `setuju` initial of `role` in the file."""
    found = None
    for change in fh.changes:
        for r, line in change.paraf_added:
            if r != role:
                continue
            entry = _entry(line)
            if entry.get("keputusan") == "setuju":
                found = (history.commit(change.commit).author_date, str(entry.get("nama", "")))
    return found


def _archived(doc: Document, fh, history: HistoryIndex, approvals: Approvals
              ) -> tuple[datetime, str] | None:
    for key, sha, _ in history.archive_numbers.get(doc.meta.get("nomor_arsip"), []):
        if key == fh.key:
            return _by_author(history.commit(sha), approvals)
    return None


def _recorded(fh, key: str, history: HistoryIndex) -> tuple[datetime, str] | None:
    """The commit that wrote the step record `key` (langkah-N) last, and the name in it."""
    found = None
    for change in fh.changes:
        for r, line in change.paraf_added:
            if r == key:
                entry = _entry(line)
                found = (history.commit(change.commit).author_date, str(entry.get("nama", "")))
    return found


def _distributed(fh, history: HistoryIndex, approvals: Approvals) -> tuple[datetime, str] | None:
    """The first commit that reported where the item was shown (distribusi lines)."""
    change = next((c for c in fh.changes if c.distributed), None)
    return _by_author(history.commit(change.commit), approvals) if change else None


def _by_author(commit, approvals: Approvals) -> tuple[datetime, str]:
    official = approvals.roster.by_email(commit.author_email)
    return commit.author_date, official.nama if official else commit.author_name


def _entry(line: str) -> dict:
    try:
        entry = next(iter(yaml.load(line, Loader=yaml.CSafeLoader).values()))
    except (yaml.YAMLError, AttributeError, StopIteration, ValueError, OverflowError):
        return {}
    return entry if isinstance(entry, dict) else {}


def _event(doc: Document, fh, kind: str, leg: Leg, history: HistoryIndex,
           approvals: Approvals) -> tuple[datetime, str] | None:
    if kind == "paraf":
        return _approval(fh, leg.step.peran, history)
    if kind == "catatan":
        return _recorded(fh, f"langkah-{leg.step.no}", history)
    if kind == "distribusi":
        return _distributed(fh, history, approvals)
    return _archived(doc, fh, history, approvals)


def _dated(doc: Document) -> datetime | None:
    try:
        return parse_datetime(doc.meta.get("date"))
    except ValueError:
        return None


def step_times(docs: list[Document], approvals: Approvals, history: HistoryIndex,
               start: datetime | None = None, end: datetime | None = None) -> list[StepTime]:
    """Every measured leg of every item received between start and end."""
    hours: WorkingTime = approvals.settings.working_time
    out = []
    for doc in docs:
        fh = history.file(doc.rel) if doc.loaded and doc.publishable else None
        policy = approvals.policy_for(doc.jenis, doc.unit) if fh else None
        if policy is None:
            continue
        received = history.commit(fh.created.commit).author_date
        if (start and received < start) or (end and received > end):
            continue
        previous, dated = received, _dated(doc)
        for leg in method(policy, dated).legs:
            event = _event(doc, fh, evidence(policy, leg.step, dated), leg, history, approvals)
            if event is None:
                break  # not done yet: later steps cannot be timed
            at, who = event
            took = hours.measure(previous, at)
            out.append(StepTime(doc.rel, doc.title, policy.nama, leg.step.no,
                                approvals.role_name(leg.step.peran), took.minutes, leg.standard,
                                leg.label, who, previous, at, took.calendar, took.outside,
                                took.rule))
            previous = max(previous, at)
    return out


def by_step(times: list[StepTime]) -> list[StepStats]:
    groups: dict[tuple, StepStats] = {}
    for t in times:
        groups.setdefault((t.sop, t.no), StepStats(t.sop, t.no, t.peran, t.standard, t.steps)).add(t)
    return sorted(groups.values(), key=lambda s: (s.sop, s.no))


def overall(times: list[StepTime]) -> StepStats:
    """Every measured step together: the on-time share the evaluation and dashboard show."""
    total = StepStats("", 0, "", None)
    for t in times:
        total.add(t)
    return total


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


def merged_steps(times: list[StepTime]) -> list[tuple[str, str, int | None]]:
    """(SOP, "4–5", standard minutes) for every leg measured over several steps in `times`."""
    return sorted({(t.sop, t.steps, t.standard) for t in times if "–" in t.steps})


def parse_bound(value: str | None) -> datetime | None:
    return parse_datetime(value) if value else None
