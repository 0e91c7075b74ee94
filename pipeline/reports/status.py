"""Where each item stands in its SOP: done (by whom, when), waiting, rejected, stale.

Used by `ppid status` (a Rich table for editors and reviewers) and, as Markdown, by the pull
request's job summary. `changed_since` limits both `status` and `check` to the items a branch
changed (the whole site is still checked: duplicates span files).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.git.runner import git
from pipeline.model.dates import parse_datetime, tanggal_waktu
from pipeline.model.document import Document
from pipeline.model.errors import GitError
from pipeline.office.policy import Approvals


@dataclass
class StepState:
    no: int
    peran: str
    state: str  # selesai | menunggu | berikutnya | ditolak | basi | tidak-perlu
    nama: str = ""
    tanggal: str = ""
    catatan: str = ""


STATE_LABEL = {"selesai": "selesai", "berikutnya": "menunggu (berikutnya)", "menunggu": "menunggu",
               "ditolak": "ditolak", "basi": "basi: isi berubah sesudah diparaf"}
STATE_ICON = {"selesai": "✅", "berikutnya": "⏳", "menunggu": "…", "ditolak": "❌", "basi": "⚠️"}


def changed_files(root, since: str) -> set[str] | None:
    """Files changed since the merge base with `since`, plus uncommitted ones; None: everything."""
    try:
        committed = git(root, "diff", "--name-only", "--no-renames", f"{since}...HEAD")
        local = git(root, "status", "--porcelain", "--untracked-files=all")
    except GitError as exc:
        from pipeline.i18n.messages import t
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


def markdown(items: list[tuple[Document, list[StepState]]], approvals: Approvals) -> str:
    """The job summary: per changed item, its SOP and each step's state."""
    if not items:
        return "### Status SOP\n\nTidak ada naskah yang berubah.\n"
    lines = ["### Status SOP naskah yang berubah", ""]
    for doc, steps in items:
        policy = approvals.policy_for(doc.jenis, doc.unit)
        lines += [f"#### {doc.title or doc.rel}", "",
                  f"`{doc.rel}` · {doc.status} · SOP {policy.nama if policy else '-'}", "",
                  "| Langkah | Peran | Keadaan | Oleh | Waktu |", "|---:|---|---|---|---|"]
        for s in steps:
            label = f"{STATE_ICON.get(s.state, '')} {STATE_LABEL.get(s.state, s.state)}"
            if s.catatan:
                label += f": {s.catatan}"
            lines.append(f"| {s.no} | {s.peran} | {label} | {s.nama} | {s.tanggal} |")
        lines.append("")
    return "\n".join(lines)
