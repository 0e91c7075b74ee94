"""The withdrawal notice is the withdrawing official's words: who may write its reason and date.

`alasan_penarikan` and `tanggal_penarikan` are outside the canonical hash (withdrawing must not
make the initials stale), yet they are shown on the withdrawn item's page, in its trail and in
the feeds. Without this check anyone with push access could rewrite why the office withdrew an
item. Like `status` (checks/wewenang.py) their author is proven from history: the values in
force are those of the commit that withdrew the item or of a later commit by a holder of
`penarikan_oleh` (signed at `tanda-tangan`); a later change by anyone else is refused, naming
the commit. Values are compared, not lines, so a reason written over several lines or
re-quoted by a CMS is judged by what it says. The blobs come from one `git cat-file --batch`.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.checks.trust import Signed
from pipeline.git.history import Change, FileHistory, HistoryIndex
from pipeline.git.runner import blobs
from pipeline.model.document import Document, parse_text
from pipeline.model.findings import Finding
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals

NOTE_KEYS = ("alasan_penarikan", "tanggal_penarikan")


def check_history(docs: list[Document], approvals: Approvals, history: HistoryIndex,
                  root: Path) -> tuple[list[Finding], list[Signed]]:
    """Findings for a withdrawal notice rewritten by the wrong hand, and the commits whose
    signature counts (verified with the initials, against the allowed_signers in force)."""
    if approvals.trust_level == TrustLevel.NAMA:
        return [], []
    todo: list[tuple[Document, tuple[str, ...], list[Change]]] = []
    for doc in docs:
        if not doc.loaded or doc.status != "ditarik":
            continue
        policy = approvals.policy_for(doc.jenis, doc.unit)
        fh = history.file(doc.rel)
        since = _since_withdrawal(fh) if fh is not None else []
        if policy is not None and since:
            todo.append((doc, policy.withdrawers, since))
    texts = blobs(root, sorted({c.blob for _, _, changes in todo for c in changes if c.blob}))
    found: list[Finding] = []
    signed: list[Signed] = []
    for doc, roles, changes in todo:
        _judge(doc, roles, changes, texts, approvals, history, found, signed)
    return found, signed


def _since_withdrawal(fh: FileHistory) -> list[Change]:
    """The change that last wrote `status: ditarik` and every change after it."""
    at = next((i for i in range(len(fh.changes) - 1, -1, -1) if fh.changes[i].withdrawn), None)
    return [] if at is None else fh.changes[at:]


def _note(text: str | None, rel: str) -> tuple[str, ...] | None:
    if text is None:
        return None
    doc = parse_text(Path(rel), rel, text)
    return tuple(str(doc.meta.get(key, "")) for key in NOTE_KEYS) if doc.loaded else None


def _judge(doc: Document, roles: tuple[str, ...], changes: list[Change],
           texts: dict[str, str | None], approvals: Approvals, history: HistoryIndex,
           found: list[Finding], signed: list[Signed]) -> None:
    """Walk the notice's values forward from the withdrawal; the last value an entitled
    official wrote must be the one in the file now (an outsider's edit that was reverted is
    settled). A merge's own change carries no blob id: what it left is read from the next
    known value (or the file itself), and the change is the merge author's."""
    legit = current = _note(texts.get(changes[0].blob), doc.rel)
    guilty: Finding | None = None
    unknown: Change | None = None
    steps = [(c, _note(texts.get(c.blob), doc.rel) if c.blob else None) for c in changes[1:]]
    if steps and steps[-1][1] is None and doc.loaded:
        steps.append((steps[-1][0], tuple(str(doc.meta.get(k, "")) for k in NOTE_KEYS)))
    for change, value in steps:
        if value is None:
            unknown = change
            continue
        culprit, unknown = unknown or change, None
        if value == current:
            continue
        changed = [k for k, old, new in zip(NOTE_KEYS, current or ("", ""), value, strict=True)
                   if old != new]
        current = value
        by_official, finding = _verdict(doc, roles, culprit, changed, approvals, history, signed)
        if by_official:
            legit, guilty = value, None
        else:
            guilty = finding
    if guilty is not None and current != legit:
        found.append(guilty)


def _verdict(doc: Document, roles: tuple[str, ...], change: Change, changed: list[str],
             approvals: Approvals, history: HistoryIndex,
             signed: list[Signed]) -> tuple[bool, Finding]:
    commit = history.commit(change.commit)
    params = {"commit": commit.short, "penulis": commit.author_name,
              "email": commit.author_email, "tanggal": commit.author_date,
              "isian": ", ".join(changed),
              "peran": ", ".join(approvals.role_name(r) for r in roles)}
    line = doc.line_of(changed[0])
    official = approvals.roster.by_email(commit.author_email)
    if official is None or not any(official.holds(r, commit.committer_date) for r in roles):
        return False, Finding(doc.rel, "penarikan.catatan-bukan-pejabat", params, changed[0], line)
    signed.append(Signed(change.commit, official.git_email,
                         Finding(doc.rel, "penarikan.catatan-tanda-tangan-salah", params,
                                 changed[0], line),
                         "penarikan.catatan-tanpa-tanda-tangan"))
    return True, Finding(doc.rel, "penarikan.catatan-bukan-pejabat", params, changed[0], line)
