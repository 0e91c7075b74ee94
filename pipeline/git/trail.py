"""The approval trail of an item: every initial ever recorded, from Git history when there is one."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

import yaml

from pipeline.git.history import HistoryIndex
from pipeline.model.dates import parse_datetime
from pipeline.model.document import Document
from pipeline.office.policy import Approvals


@dataclass(frozen=True)
class TrailEntry:
    peran: str
    peran_nama: str
    nama: str
    tanggal: datetime | None
    keputusan: str  # setuju | tolak | ditarik
    catatan: str = ""
    commit: str = ""  # short hash of the commit that recorded it
    penulis: str = ""  # that commit's author


@functools.lru_cache(maxsize=65536)
def _parse_entry(line: str) -> tuple[str, dict] | None:
    """One initial line; cached: a build reads every line twice (the page's trail and the
    agenda), YAML for each was a tenth of a warm build (issue #17). Callers only read it."""
    try:
        data = yaml.load(line, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, ValueError, OverflowError):  # ValueError: a date like 2026-02-31
        return None
    if not isinstance(data, dict) or len(data) != 1:
        return None
    role, entry = next(iter(data.items()))
    return (str(role), entry) if isinstance(entry, dict) else None


def _when(value: object) -> datetime | None:
    try:
        return parse_datetime(value)
    except ValueError:
        return None


def history_trail(doc: Document, approvals: Approvals, history: HistoryIndex | None) -> list[TrailEntry]:
    """Every initial written into the file's history, in order, then the withdrawal if any."""
    fh = history.file(doc.rel) if history else None
    if fh is None:
        return front_matter_trail(doc, approvals)
    trail = []
    for change in fh.changes:
        commit = history.commit(change.commit)
        for _, line in change.paraf_added:
            parsed = _parse_entry(line)
            if parsed is None:
                continue
            role, entry = parsed
            label = approvals.role_name(role)
            if role.startswith("langkah-") and entry.get("peran"):  # a step record (ppid catat)
                label = f"{approvals.role_name(str(entry['peran']))} ({role.replace('-', ' ')})"
                entry = {**entry, "keputusan": entry.get("keputusan") or "dicatat"}
            trail.append(TrailEntry(role, label, str(entry.get("nama", "")),
                                    _when(entry.get("tanggal")), str(entry.get("keputusan", "")),
                                    str(entry.get("catatan") or ""), commit.short,
                                    commit.author_name))
    return trail + _withdrawal(doc, approvals, history)


def front_matter_trail(doc: Document, approvals: Approvals) -> list[TrailEntry]:
    """The current initials only (no history): SOP order first, then any others."""
    policy = approvals.policy_for(doc.jenis, doc.unit)
    order = [s.peran for s in policy.paraf_steps] if policy else []
    roles = order + [r for r in doc.paraf if r not in order]
    trail = []
    for role in roles:
        entry = doc.paraf.get(role)
        if isinstance(entry, dict):
            trail.append(TrailEntry(role, approvals.role_name(role), str(entry.get("nama", "")),
                                    _when(entry.get("tanggal")), str(entry.get("keputusan", "")),
                                    str(entry.get("catatan") or "")))
    return trail + _withdrawal(doc, approvals, None)


def _withdrawal(doc: Document, approvals: Approvals, history: HistoryIndex | None) -> list[TrailEntry]:
    """The withdrawal as its own row: who withdrew it (the commit that wrote `status: ditarik`)."""
    if doc.status != "ditarik":
        return []
    when = _when(doc.meta.get("tanggal_penarikan"))
    reason = str(doc.meta.get("alasan_penarikan") or "")
    fh = history.file(doc.rel) if history else None
    change = next((c for c in reversed(fh.changes) if c.withdrawn), None) if fh else None
    if change is None:
        return [TrailEntry("", "Penarikan", "", when, "ditarik", reason)]
    commit = history.commit(change.commit)
    official = approvals.roster.by_email(commit.author_email)
    policy = approvals.policy_for(doc.jenis, doc.unit)
    held = [r for r in (policy.withdrawers if policy else ())
            if official and official.holds(r, commit.author_date)]
    role = held[0] if held else ""
    return [TrailEntry(role, approvals.role_name(role) if role else "Penarikan",
                       official.nama if official else commit.author_name,
                       when or commit.author_date, "ditarik", reason, commit.short,
                       commit.author_name)]


def summary(trail: list[TrailEntry]) -> dict:
    """The trail in plain words: each role's standing approval (in order), the returns, the withdrawal.

    A role that approved, was asked again after a change and approved anew counts once, at its
    latest approval; a role whose latest word is a rejection is not listed as approving.
    """
    latest: dict[str, TrailEntry] = {}
    for entry in trail:
        if entry.keputusan in ("setuju", "tolak"):
            latest.pop(entry.peran, None)  # re-insert: order of the latest decisions
            latest[entry.peran] = entry
    return {"setuju": [e for e in latest.values() if e.keputusan == "setuju"],
            "tolak": [e for e in trail if e.keputusan == "tolak"],
            "ditarik": next((e for e in trail if e.keputusan == "ditarik"), None)}
