"""Field-level authority from the SOP: who may write the fields that sit outside the hash.

`status`, `nomor_arsip` and `distribusi` are outside the canonical hash (writing them must not
make the initials stale), so the initials do not protect them. Their authors are checked here
from history instead: undoing a withdrawal or unpublishing (`status` away from `ditarik`, or from
`terbit` to anything) is the act of a role in `penarikan_oleh`; the archive number is written
by the role of the SOP's `arsip` step; distribution links by the roles of the steps that publish
(`tayang`) or receive them (`distribusi` in `wajib_isian`). At `tanda-tangan` each such commit
must also be signed (verified with the initials, against the allowed_signers in force).
"""

from __future__ import annotations

from pipeline.checks import paraf_value
from pipeline.checks.trust import Signed
from pipeline.git.history import Change, Commit, FileHistory, HistoryIndex, is_built, unpublishes
from pipeline.model.document import Document
from pipeline.model.findings import Finding
from pipeline.model.types import CONTENT_TYPES
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals, Policy

RESTRICTED_FROM = ("ditarik", "terbit")


def check_authority(docs: list[Document], approvals: Approvals,
                    history: HistoryIndex) -> tuple[list[Finding], list[Signed]]:
    """Findings for fields written by the wrong hand, and the commits whose signature counts."""
    found: list[Finding] = []
    signed: list[Signed] = []
    if approvals.trust_level == TrustLevel.NAMA:
        return found, signed
    for doc in docs:
        if not doc.loaded:
            continue
        policy = approvals.policy_for(doc.jenis, doc.unit)
        fh = history.file(doc.rel)
        if policy is None or fh is None:
            continue
        for check in (_status, _archive_number, _distribution):
            check(doc, policy, approvals, history, fh, found, signed)
    _deletions(approvals, history, found, signed)
    return found, signed


def _deletions(approvals: Approvals, history: HistoryIndex, found: list[Finding],
               signed: list[Signed]) -> None:
    """Deleting a published or withdrawn item, or moving its file out of content/, takes its
    page (or its withdrawal notice) off the site: unpublishing, so only a role that may withdraw
    it may do it. A file at the same path now is another file, judged on its own, unless it is
    this one moved back or restored byte for byte (git/history continues its history then).

    The type is known from the folder only (the deleted text is not read again), so every SOP
    for that folder's types counts.
    """
    for fh in history.deleted:
        # Moving it out of the folders Pelican builds pages from unpublishes it too (wave-4
        # review: content/arsip-lama/x.md is still an item, but no page is built from it).
        at = next((i for i, c in enumerate(fh.changes) if unpublishes(c.old_path, c.path)), None)
        if at is None or (is_built(fh.path) and history.files.get(fh.path) is fh):
            continue
        gone = fh.changes[at]
        status = _status_before(fh.changes[:at + 1])
        if status not in RESTRICTED_FROM:
            continue
        path = gone.old_path or fh.path
        roles = _withdrawers_for(approvals, path)
        if not roles:
            continue
        commit = history.commit(gone.commit)
        params = {"commit": commit.short, "penulis": commit.author_name,
                  "email": commit.author_email, "tanggal": commit.author_date, "status": status,
                  "peran": ", ".join(approvals.role_name(r) for r in roles)}
        if _holder(approvals, commit, roles) is None:
            found.append(Finding(path, "wewenang.hapus", params))
            continue
        official = approvals.roster.by_email(commit.author_email)
        signed.append(Signed(gone.commit, official.git_email,
                             Finding(path, "wewenang.hapus-tanda-tangan-salah", params),
                             "wewenang.hapus-tanpa-tanda-tangan"))


def _status_before(changes: list[Change]) -> str:
    """The item's status just before the last of `changes` (which removed or moved it)."""
    last = changes[-1]
    if last.path is None and last.status:
        return last.status[0]  # a deletion diff removes the status line itself
    return next((c.status[1] for c in reversed(changes[:-1]) if c.status), "")


def _withdrawers_for(approvals: Approvals, path: str) -> tuple[str, ...]:
    folder = path.split("/")[1] if path.count("/") >= 2 else ""
    roles: dict[str, None] = {}
    for ctype in CONTENT_TYPES.values():
        if ctype.folder != folder or not ctype.page:
            continue
        for rule in approvals.settings.sop_rules:
            policy = approvals.policies.get(rule["sop"])
            if policy is not None and (not rule.get("jenis") or ctype.jenis in rule["jenis"]):
                roles.update(dict.fromkeys(policy.withdrawers))
    return tuple(roles)


def _holder(approvals: Approvals, commit: Commit, roles: tuple[str, ...]):
    official = approvals.roster.by_email(commit.author_email)
    when = commit.committer_date
    if official is None or not any(official.holds(r, when) for r in roles):
        return None
    return official


def _judge(doc: Document, approvals: Approvals, history: HistoryIndex, change: Change,
           roles: tuple[str, ...], field: str, code: str, found: list[Finding],
           signed: list[Signed], extra: dict | None = None) -> bool:
    commit = history.commit(change.commit)
    params = {"commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
              "tanggal": commit.author_date, "isian": field,
              "peran": ", ".join(approvals.role_name(r) for r in roles), **(extra or {})}
    line = doc.line_of(field)
    official = _holder(approvals, commit, roles)
    if official is None:
        found.append(Finding(doc.rel, code, params, field, line))
        return False
    signed.append(Signed(change.commit, official.git_email,
                         Finding(doc.rel, "wewenang.tanda-tangan-salah", params, field, line),
                         "wewenang.tanpa-tanda-tangan"))
    return True


def _status(doc: Document, policy: Policy, approvals: Approvals, history: HistoryIndex,
            fh: FileHistory, found: list[Finding], signed: list[Signed]) -> None:
    """Restricted status changes since the last one an entitled official made.

    An official's later withdrawal or re-publication settles what came before it; withdrawing
    itself (to `ditarik`) is judged by trust._check_withdrawal.
    """
    roles = policy.withdrawers
    errors: list[Finding] = []
    for change in fh.changes:
        if not change.status:
            continue
        before, after = change.status
        if after == "ditarik":
            if _holder(approvals, history.commit(change.commit), roles) is not None:
                errors = []
            continue
        if before not in RESTRICTED_FROM:
            continue
        mine: list[Finding] = []
        if _judge(doc, approvals, history, change, roles, "status", "wewenang.status", mine,
                  signed, {"dari": before, "ke": after or "(dihapus)"}):
            errors = []
        errors += mine
    found += errors


def _archive_number(doc: Document, policy: Policy, approvals: Approvals, history: HistoryIndex,
                    fh: FileHistory, found: list[Finding], signed: list[Signed]) -> None:
    roles = tuple(dict.fromkeys(s.peran for s in policy.steps if s.aksi == "arsip"))
    if not roles or not doc.meta.get("nomor_arsip"):
        return
    change = next((c for c in reversed(fh.changes) if c.archived), None)
    if change is not None:
        _judge(doc, approvals, history, change, roles, "nomor_arsip", "wewenang.nomor-arsip",
               found, signed)


def _distribution(doc: Document, policy: Policy, approvals: Approvals, history: HistoryIndex,
                  fh: FileHistory, found: list[Finding], signed: list[Signed]) -> None:
    roles = tuple(dict.fromkeys(s.peran for s in policy.steps
                                if s.aksi == "tayang" or "distribusi" in s.wajib_isian))
    if not roles:
        return
    # By value, in any YAML style: a CMS writes the entries back in block style (paraf_value.py).
    for shown, value in dict.fromkeys(paraf_value.distribution_entries(doc.meta)):
        change = paraf_value.distributing(fh, value)
        if change is None:
            found.append(Finding(doc.rel, "wewenang.distribusi-tanpa-riwayat", {"baris": shown},
                                 "distribusi", doc.line_of("distribusi")))
            continue
        _judge(doc, approvals, history, change, roles, "distribusi", "wewenang.distribusi",
               found, signed)
