"""The approval trail of an item: every initial ever recorded, from Git history when there is one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import yaml

from .dates import parse_datetime
from .history import HistoryIndex
from .loading import Document
from .policy import Approvals


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


def _parse_entry(line: str) -> tuple[str, dict] | None:
    try:
        data = yaml.load(line, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
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
            trail.append(TrailEntry(role, approvals.role_name(role), str(entry.get("nama", "")),
                                    _when(entry.get("tanggal")), str(entry.get("keputusan", "")),
                                    str(entry.get("catatan") or ""), commit.short,
                                    commit.author_name))
    return trail + _withdrawal(doc)


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
    return trail + _withdrawal(doc)


def _withdrawal(doc: Document) -> list[TrailEntry]:
    if doc.status != "ditarik":
        return []
    return [TrailEntry("", "Penarikan", "", _when(doc.meta.get("tanggal_penarikan")), "ditarik",
                       str(doc.meta.get("alasan_penarikan") or ""))]
