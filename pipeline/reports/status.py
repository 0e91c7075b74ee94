"""Where each item stands in its SOP: done (by whom, when), waiting, rejected, stale.

Used by `ppid status` (a Rich table for editors and reviewers) and, as Markdown, by the pull
request's job summary. `changed_since` limits both `status` and `check` to the items a branch
changed (the whole site is still checked: duplicates span files).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.git.runner import git
from pipeline.i18n.messages import CATALOG, t
from pipeline.model.dates import parse_datetime, tanggal_waktu
from pipeline.model.document import Document
from pipeline.model.errors import GitError
from pipeline.model.templating import render
from pipeline.office.policy import Approvals


@dataclass
class StepState:
    no: int
    peran: str
    state: str  # selesai | menunggu | berikutnya | ditolak | basi | tidak-perlu
    nama: str = ""
    tanggal: str = ""
    catatan: str = ""


COLUMNS = ("langkah", "peran", "keadaan", "oleh", "waktu")  # status.kolom-* in the catalog
STATE_ICON = {"selesai": "✅", "berikutnya": "⏳", "menunggu": "…", "ditolak": "❌", "basi": "⚠️"}


def changed_files(root, since: str) -> set[str] | None:
    """Files changed since the merge base with `since`, plus uncommitted ones; None: everything."""
    try:
        committed = git(root, "diff", "--name-only", "--no-renames", f"{since}...HEAD")
        local = git(root, "status", "--porcelain", "--untracked-files=all")
    except GitError as exc:
        from pipeline.model.errors import UsageError

        raise UsageError(t("status.rev-salah", rev=since, detail=str(exc))) from None
    paths = set(committed.split()) | {line[3:] for line in local.splitlines() if len(line) > 3}
    if any(p.startswith("approvals/") for p in paths):
        return None  # a policy or roster change concerns every item
    return paths


def item_steps(doc: Document, approvals: Approvals) -> list[StepState]:
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None:
        return []
    states, blocked, next_given = [], False, False
    for step in policy.paraf_steps:
        entry = doc.paraf.get(step.peran)
        role = approvals.role_name(step.peran)
        if blocked or not isinstance(entry, dict):
            state = "menunggu" if blocked or next_given else "berikutnya"
            next_given = True
            states.append(StepState(step.no, role, state))
            continue
        try:
            when = tanggal_waktu(parse_datetime(entry.get("tanggal")))
        except ValueError:
            when = str(entry.get("tanggal"))
        if entry.get("keputusan") == "tolak":
            state, blocked = "ditolak", True
        elif entry.get("sha256") != doc.content_hash:
            state = "basi"
        else:
            state = "selesai"
        states.append(StepState(step.no, role, state, str(entry.get("nama", "")), when,
                                str(entry.get("catatan") or "")))
    return states


def state_label(step: StepState) -> str:
    """'ditolak: Perbaiki judul.' in the reader's language (the official's note is the record)."""
    code = f"status.keadaan.{step.state}"
    label = t(code) if code in CATALOG else step.state
    return f"{label}: {step.catatan}" if step.catatan else label


def column_names() -> list[str]:
    return [t(f"status.kolom-{name}") for name in COLUMNS]


def markdown(items: list[tuple[Document, list[StepState]]], approvals: Approvals) -> str:
    """The job summary: per changed item, its SOP and each step's state (templates/status.md)."""
    rows = []
    for doc, steps in items:
        policy = approvals.policy_for(doc.jenis, doc.unit)
        rows.append({"title": doc.title or doc.rel, "rel": doc.rel, "status": doc.status,
                     "sop": policy.nama if policy else "-",
                     "steps": [{"no": s.no, "peran": s.peran, "nama": s.nama, "tanggal": s.tanggal,
                                "label": f"{STATE_ICON.get(s.state, '')} {state_label(s)}"}
                               for s in steps]})
    return render("pipeline.reports", "status.md", items=rows).rstrip("\n") + "\n"
