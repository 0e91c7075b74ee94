"""The SOPs' "Tidak" branches, proven from history (issue #15).

A `tolak` sends the item back to the step its policy names (`jika_ditolak`). From then on every
initial of that step and the ones after it must be made again, after the rejection, whether or
not the text changed: the same Kasie switching `tolak` to `setuju` on unchanged text does not
bring back the Kabid's earlier initial. The message names the role and the person (the holder
in the roster today) who must initial.
"""

from __future__ import annotations

import re
from datetime import datetime

import yaml

from pipeline.checks.document import office_note
from pipeline.git.history import FileHistory, HistoryIndex
from pipeline.model.dates import parse_datetime
from pipeline.model.document import Document
from pipeline.model.findings import Finding
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals, Policy, Step

_REJECTION = re.compile(r"""\bkeputusan\s*:\s*["']?tolak\b""")


def _entry(line: str) -> dict:
    """The `role: {…}` line's mapping (empty if it does not parse)."""
    try:
        parsed = yaml.load(line, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, ValueError, OverflowError):  # ValueError: a date like 2026-02-31
        return {}
    value = next(iter(parsed.values()), None) if isinstance(parsed, dict) else None
    return value if isinstance(value, dict) else {}


def last_rejection(policy: Policy, fh: FileHistory) -> tuple[int, Step, str] | None:
    """(position in the file's changes, the rejecting step, its line) of the latest `tolak`."""
    by_role = {s.peran: s for s in policy.paraf_steps}
    for pos in range(len(fh.changes) - 1, -1, -1):
        for role, line in fh.changes[pos].paraf_added:
            if role in by_role and _REJECTION.search(line):
                return pos, by_role[role], line
    return None


def _introduced_at(fh: FileHistory, role: str, line: str) -> int | None:
    wanted = (role, line)
    return next((i for i in range(len(fh.changes) - 1, -1, -1)
                 if wanted in fh.changes[i].paraf_added), None)


def _current_line(doc: Document, role: str) -> str:
    line = doc.line_of(f"paraf.{role}")
    if line is None:
        return ""
    return doc.front_matter.split("\n")[line - doc.first_line].strip()


def check_rejections(docs: list[Document], approvals: Approvals, history: HistoryIndex,
                     now: datetime) -> list[Finding]:
    if approvals.trust_level == TrustLevel.NAMA or history.head is None:
        return []  # without history, a rejection that was overwritten cannot be seen
    found: list[Finding] = []
    for doc in docs:
        if not doc.loaded or not doc.publishable or not isinstance(doc.paraf, dict):
            continue
        policy = approvals.policy_for(doc.jenis, doc.unit)
        fh = history.file(doc.rel)
        if policy is None or fh is None:
            continue
        found += _check_document(doc, policy, approvals, fh, now)
    return found


def _check_document(doc: Document, policy: Policy, approvals: Approvals, fh: FileHistory,
                    now: datetime) -> list[Finding]:
    rejection = last_rejection(policy, fh)
    if rejection is None:
        return []
    pos, rejecting, line = rejection
    current = doc.paraf.get(rejecting.peran)
    if isinstance(current, dict) and current.get("keputusan") == "tolak":
        return []  # still rejected: the per-item check says where the item goes back
    back = policy.step(rejecting.jika_ditolak or 1) or policy.steps[0]
    said = _entry(line)
    found = []
    for step in policy.restart_from(rejecting):
        entry = doc.paraf.get(step.peran)
        if not isinstance(entry, dict):
            continue  # missing initials are reported by the per-item check
        at = _introduced_at(fh, step.peran, _current_line(doc, step.peran))
        if at is None or at > pos:
            continue  # fresh; an initial with no history is reported by checks/trust.py
        try:
            rejected_on: object = parse_datetime(said.get("tanggal"))
        except ValueError:
            rejected_on = said.get("tanggal", "")
        found.append(Finding(doc.rel, "paraf.sebelum-tolak", {
            "peran_nama": approvals.role_name(step.peran), "nama": entry.get("nama", ""),
            "tanggal": entry.get("tanggal", ""), "penolak_peran": approvals.role_name(rejecting.peran),
            "penolak": said.get("nama", ""), "tanggal_tolak": rejected_on,
            "sop": policy.nama, "kembali_ke": back.no, "kembali_peran": approvals.role_name(back.peran),
            "pejabat": approvals.holder_names(step.peran, now), "berkas": doc.rel,
            "peran": step.peran, "kantor": office_note(policy, "jika_ditolak", rejecting.no),
        }, f"paraf.{step.peran}", doc.line_of(f"paraf.{step.peran}")))
    return found
