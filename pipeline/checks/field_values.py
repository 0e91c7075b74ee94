"""Fields outside the hash, judged by their value: the withdrawal notice and the archive number.

`alasan_penarikan`, `tanggal_penarikan` and `nomor_arsip` are outside the canonical hash
(withdrawing or filing must not make the initials stale), yet they are shown on the site: the
withdrawn item's notice, its trail and feeds; the archive number on the page and in the Buku
Agenda. Their author is proven from history, comparing *values* (not lines): YAML writes the
same value in many forms (`"nomor_arsip": …`, `? nomor_arsip`, a value on the next line, a
reason over several lines), which a line-based reader does not recognise. Walking a file's
versions forward, each change of the value is the act of that commit's author: the value in
the file now must be the last one a holder of the entitled roles wrote (signed at
`tanda-tangan`); otherwise the commit that last changed it is named.

- withdrawal notice: from the commit that wrote `status: ditarik`, by `penarikan_oleh`;
- archive number: only when the line-based history (checks/wewenang.py, one line
  `nomor_arsip: …` per filing) does not already explain the value in force, so an honest
  history costs no blob; by the roles of the SOP's `arsip` step.
- status: likewise only when no recognised `status:` line explains the status in force (an
  item created with `"status": terbit` and later set to `draf`); leaving `terbit` or `ditarik`
  for anything but a withdrawal is the act of `penarikan_oleh`, as in checks/wewenang.py.

The versions come from one `git cat-file --batch` for every file that needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.checks.trust import Signed
from pipeline.git.history import Change, FileHistory, HistoryIndex
from pipeline.git.runner import blobs
from pipeline.model.document import Document, parse_text
from pipeline.model.findings import Finding
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals

NOTE_KEYS = ("alasan_penarikan", "tanggal_penarikan")
ARCHIVE_KEYS = ("nomor_arsip",)


@dataclass(frozen=True)
class Rule:
    keys: tuple[str, ...]
    refused: str  # the finding when someone else wrote the value in force
    bad_signature: str
    unsigned: str


NOTE = Rule(NOTE_KEYS, "penarikan.catatan-bukan-pejabat", "penarikan.catatan-tanda-tangan-salah",
            "penarikan.catatan-tanpa-tanda-tangan")
ARCHIVE = Rule(ARCHIVE_KEYS, "wewenang.nomor-arsip", "wewenang.tanda-tangan-salah",
               "wewenang.tanpa-tanda-tangan")
STATUS = Rule(("status",), "wewenang.status", "wewenang.tanda-tangan-salah",
              "wewenang.tanpa-tanda-tangan")
RESTRICTED_FROM = ("ditarik", "terbit")  # as checks/wewenang.py


@dataclass
class _Task:
    doc: Document
    rule: Rule
    roles: tuple[str, ...]
    changes: list[Change]


def check_history(docs: list[Document], approvals: Approvals, history: HistoryIndex,
                  root: Path) -> tuple[list[Finding], list[Signed]]:
    """Findings for values written by the wrong hand, and the commits whose signature counts
    (verified with the initials, against the allowed_signers in force)."""
    if approvals.trust_level == TrustLevel.NAMA:
        return [], []
    tasks: list[_Task] = []
    for doc in docs:
        fh = history.file(doc.rel) if doc.loaded else None
        policy = approvals.policy_for(doc.jenis, doc.unit) if fh is not None else None
        if policy is None:
            continue
        since = _since_withdrawal(fh) if doc.status == "ditarik" else []
        if since:
            tasks.append(_Task(doc, NOTE, policy.withdrawers, since))
        archivists = tuple(dict.fromkeys(s.peran for s in policy.steps if s.aksi == "arsip"))
        if archivists and doc.meta.get("nomor_arsip") and not _explained(doc, fh, history):
            tasks.append(_Task(doc, ARCHIVE, archivists, fh.changes))
        recorded = next((c.status[1] for c in reversed(fh.changes) if c.status), None)
        if (recorded or "") != doc.status:
            tasks.append(_Task(doc, STATUS, policy.withdrawers, fh.changes))
    texts = blobs(root, sorted({c.blob for task in tasks for c in task.changes if c.blob}))
    found: list[Finding] = []
    signed: list[Signed] = []
    for task in tasks:
        (_judge_status if task.rule is STATUS else _judge)(task, texts, approvals, history,
                                                           found, signed)
    return found, signed


def _since_withdrawal(fh: FileHistory) -> list[Change]:
    """The change that last wrote `status: ditarik` and every change after it."""
    at = next((i for i in range(len(fh.changes) - 1, -1, -1) if fh.changes[i].withdrawn), None)
    return [] if at is None else fh.changes[at:]


def _explained(doc: Document, fh: FileHistory, history: HistoryIndex) -> bool:
    """The archive number in force was written in this file as a plain `nomor_arsip:` line,
    which checks/wewenang.py judges."""
    number = str(doc.meta.get("nomor_arsip")).strip()
    return any(key == fh.key for key, _, _ in history.archive_numbers.get(number, ()))


def _value(text: str | None, rel: str, keys: tuple[str, ...]) -> tuple[str, ...] | None:
    if text is None:
        return None
    doc = parse_text(Path(rel), rel, text)
    return tuple(str(doc.meta.get(key) or "").strip() for key in keys) if doc.loaded else None


def _judge(task: _Task, texts: dict[str, str | None], approvals: Approvals,
           history: HistoryIndex, found: list[Finding], signed: list[Signed]) -> None:
    """Walk the values forward; the last value an entitled official wrote must be the one in
    the file now (an outsider's edit that was reverted is settled). A merge's own change
    carries no blob id: what it left is read from the next known value (or the file itself),
    and the change is the merge author's."""
    doc, keys, changes = task.doc, task.rule.keys, task.changes
    first = changes[0]
    legit = current = _value(texts.get(first.blob), doc.rel, keys) if task.rule is NOTE else None
    rest = changes[1:] if task.rule is NOTE else changes
    guilty: Finding | None = None
    unknown: Change | None = None
    steps = [(c, _value(texts.get(c.blob), doc.rel, keys) if c.blob else None) for c in rest]
    if steps and steps[-1][1] is None:
        steps.append((steps[-1][0], tuple(str(doc.meta.get(k) or "").strip() for k in keys)))
    for change, value in steps:
        if value is None:
            unknown = change
            continue
        culprit, unknown = unknown or change, None
        if value == (current or ("",) * len(keys)):
            current = value
            continue
        changed = [k for k, old, new in zip(keys, current or ("",) * len(keys), value, strict=True)
                   if old != new]
        current = value
        if _verdict(task, culprit, changed, approvals, history, signed):
            legit, guilty = value, None
        else:
            guilty = _finding(task, task.rule.refused, culprit, changed, approvals, history)
    if guilty is not None and current != legit:
        found.append(guilty)


def _params(task: _Task, change: Change, changed: list[str], approvals: Approvals,
            history: HistoryIndex) -> dict:
    commit = history.commit(change.commit)
    return {"commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
            "tanggal": commit.author_date, "isian": ", ".join(changed),
            "peran": ", ".join(approvals.role_name(r) for r in task.roles)}


def _finding(task: _Task, code: str, change: Change, changed: list[str], approvals: Approvals,
             history: HistoryIndex) -> Finding:
    params = _params(task, change, changed, approvals, history)
    return Finding(task.doc.rel, code, params, changed[0], task.doc.line_of(changed[0]))


def _verdict(task: _Task, change: Change, changed: list[str], approvals: Approvals,
             history: HistoryIndex, signed: list[Signed]) -> bool:
    """Written by a holder of the entitled roles on the commit's (graph-protected) committer
    date; their signature is then verified with the initials."""
    commit = history.commit(change.commit)
    official = approvals.roster.by_email(commit.author_email)
    if official is None or not any(official.holds(r, commit.committer_date) for r in task.roles):
        return False
    signed.append(Signed(change.commit, official.git_email,
                         _finding(task, task.rule.bad_signature, change, changed, approvals,
                                  history), task.rule.unsigned))
    return True


def _judge_status(task: _Task, texts: dict[str, str | None], approvals: Approvals,
                  history: HistoryIndex, found: list[Finding], signed: list[Signed]) -> None:
    """Restricted status changes read from the versions; an entitled official's later act
    (withdrawing, or a restricted change of their own) settles earlier ones."""
    doc = task.doc
    values = [(c, _value(texts.get(c.blob), doc.rel, ("status",)) if c.blob else None)
              for c in task.changes]
    values.append((task.changes[-1], (str(doc.meta.get("status") or "").strip(),)))
    current, guilty, unknown = "", None, None
    for change, value in values:
        if value is None:
            unknown = change
            continue
        culprit, unknown = unknown or change, None
        before, current = current, value[0]
        if current == before:
            continue
        if current == "ditarik":  # withdrawing: judged by checks/trust._check_withdrawal
            official = approvals.roster.by_email(history.commit(culprit.commit).author_email)
            if official is not None and any(official.holds(r, history.commit(
                    culprit.commit).committer_date) for r in task.roles):
                guilty = None
        elif before in RESTRICTED_FROM:
            if _verdict(task, culprit, ["status"], approvals, history, signed):
                guilty = None
            else:
                guilty = _finding(task, STATUS.refused, culprit, ["status"], approvals, history)
                guilty.params.update({"dari": before, "ke": current or "(dihapus)"})
    if guilty is not None:
        found.append(guilty)

