"""Site revisions (SOP 004 B): the site's own code and look, approved as a record in content/.

A *site revision* is the state of REVISION_PATHS at a commit. Its identity is the sha256 of
exactly what `git ls-tree <commit> -- <REVISION_PATHS>` prints (mode, type, object id and name
of each top-level entry): tree ids are Merkle hashes, so the digest covers every file below
them, and anyone can recompute it by hand with `git ls-tree HEAD -- theme pipeline … | sha256sum`.

A change is approved by a `jenis: perubahan-situs` item under content/perubahan-situs/ whose
`revisi:` names the digest. The record is an ordinary content item with its own SOP: the
initials, their order, authorship and signatures are proven by the existing checks (checks.py,
trust.py); this module only reads their verdict (no error on the record) and adds what is
particular to a revision: the digest must exist in history, and the record's first commit is
the Web Developer's submission. The newest approved record (by its `date`) names the approved
revision; an older approved digest at HEAD does not count (no rollback to a superseded theme).
"""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.git.history import HistoryIndex
from pipeline.git.runner import NO_REPLACE
from pipeline.i18n.messages import t
from pipeline.model.document import CONTENT_DIR, Document
from pipeline.model.findings import Finding, Severity
from pipeline.model.types import PERUBAHAN_SITUS
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals, Policy

# The site's own code and look: one list, used for the digest, the history search and the diff.
REVISION_PATHS = ("theme", "pipeline", "pelicanconf.py", "publishconf.py", ".github",
                  "pyproject.toml", "Makefile")
SITE_CHANGE = PERUBAHAN_SITUS.jenis
RECORD_DIR = f"{CONTENT_DIR}/{PERUBAHAN_SITUS.folder}/"
SHOWN_FILES = 3  # changed files named per path in a finding


def _git(root: Path, *args: str, data: bytes | None = None) -> bytes | None:
    """stdout of one git call, or None if git refuses (no repository, no HEAD, bad revision)."""
    done = subprocess.run(["git", NO_REPLACE, "-c", "core.quotepath=off", *args], cwd=root, input=data,
                          capture_output=True)
    return done.stdout if done.returncode == 0 else None


def _objects(root: Path, specs: list[str]) -> list[tuple[str, str, bytes] | None]:
    """(object id, type, content) per spec, in order, through one `git cat-file --batch`."""
    if not specs:
        return []
    out = _git(root, "cat-file", "--batch", data="".join(f"{s}\n" for s in specs).encode())
    if out is None:
        return [None] * len(specs)
    found: list[tuple[str, str, bytes] | None] = []
    pos = 0
    for _ in specs:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode().split()
        if len(header) != 3:  # "<spec> missing" or "ambiguous"
            found.append(None)
            pos = end + 1
            continue
        size = int(header[2])
        found.append((header[0], header[1], out[end + 1:end + 1 + size]))
        pos = end + 1 + size + 1
    return found


def tree_lines(raw: bytes, id_bytes: int = 20) -> str:
    """The revision paths' entries of a root tree object, as `git ls-tree` prints them."""
    wanted = set(REVISION_PATHS)
    lines, pos = [], 0
    while pos < len(raw):
        space = raw.index(b" ", pos)
        nul = raw.index(b"\0", space)
        mode, name = raw[pos:space].decode(), raw[space + 1:nul].decode("utf-8", "replace")
        oid = raw[nul + 1:nul + 1 + id_bytes].hex()
        pos = nul + 1 + id_bytes
        if name in wanted:
            kind = "tree" if mode == "40000" else "commit" if mode == "160000" else "blob"
            lines.append(f"{mode.zfill(6)} {kind} {oid}\t{name}\n")
    return "".join(lines)


def digest_of_tree(raw: bytes, oid: str) -> str:
    return hashlib.sha256(tree_lines(raw, len(oid) // 2).encode()).hexdigest()


def head_revision(root: Path) -> tuple[str, str] | None:
    """(HEAD commit, its revision digest) in one git call; None outside a repository."""
    commit, tree = _objects(root, ["HEAD", "HEAD^{tree}"])
    if commit is None or tree is None:
        return None
    return commit[0], digest_of_tree(tree[2], tree[0])


def find_commits(root: Path, wanted: set[str]) -> dict[str, str]:
    """digest -> the newest commit in HEAD's history that has that revision.

    Only commits that changed a revision path can bring a new digest, so one path-limited
    `git log --full-history` (side branches too) and one cat-file of their root trees suffice.
    """
    out = _git(root, "log", "--full-history", "--format=%H %T", "HEAD", "--", *REVISION_PATHS)
    if not wanted or out is None:
        return {}
    pairs = [line.split() for line in out.decode().splitlines() if line.strip()]
    trees = list(dict.fromkeys(tree for _, tree in pairs))
    digests = {tree: digest_of_tree(obj[2], obj[0])
               for tree, obj in zip(trees, _objects(root, trees), strict=True) if obj is not None}
    found: dict[str, str] = {}
    for commit, tree in pairs:  # newest first
        digest = digests.get(tree)
        if digest in wanted and digest not in found:
            found[digest] = commit
    return found


def changed_paths(root: Path, since: str) -> list[str]:
    """Files under the revision paths that differ between `since` and HEAD (one git call)."""
    out = _git(root, "diff", "--name-only", "-z", since, "HEAD", "--", *REVISION_PATHS)
    return [p for p in (out or b"").decode("utf-8", "replace").split("\0") if p]


def describe_changes(paths: list[str]) -> str:
    """`theme/ (templates/base.html), pipeline/ (2: a.py, b.py)`: what a reader must review."""
    groups: dict[str, list[str]] = {}
    for path in paths:
        top, _, rest = path.partition("/")
        groups.setdefault(f"{top}/" if rest else top, []).append(path)
    parts = []
    for top, files in groups.items():
        if files == [top]:
            parts.append(top)
            continue
        shown = ", ".join(files[:SHOWN_FILES])
        more = t("revisi.berkas-lain", jumlah=len(files) - SHOWN_FILES) if len(files) > SHOWN_FILES else ""
        parts.append(f"{top} ({shown}{more})")
    return "; ".join(parts) or "-"


def steps_text(approvals: Approvals, policy: Policy) -> str:
    """Who must act, from the SOP itself: the submitter, then each initialling role in order."""
    submit = next((s for s in policy.gate_steps if not s.needs_paraf), None)
    initials = ", ".join(t("revisi.langkah-paraf", peran_nama=approvals.role_name(s.peran),
                           peran=s.peran) for s in policy.paraf_steps)
    if submit is None:
        return initials
    return t("revisi.langkah", peran_nama=approvals.role_name(submit.peran), paraf=initials)


@dataclass
class SiteState:
    """What `ppid check` reports and `ppid build` builds with."""

    policy: Policy | None = None  # SOP for perubahan-situs; None: the office has not adopted it
    head: str | None = None  # HEAD commit
    head_digest: str | None = None
    approved: Document | None = None  # the newest approved record
    commit: str | None = None  # a commit whose revision is the approved one
    changed: list[str] = field(default_factory=list)  # revision files changed since then
    findings: list[Finding] = field(default_factory=list)

    @property
    def adopted(self) -> bool:
        return self.policy is not None

    @property
    def digest(self) -> str | None:
        return str(self.approved.meta["revisi"]) if self.approved is not None else None

    @property
    def current(self) -> bool:
        return self.digest is not None and self.digest == self.head_digest


def records(docs: list[Document]) -> list[Document]:
    """Records that claim an approval: loaded, adopted (`terbit`) and naming a digest."""
    return [d for d in docs if d.loaded and d.jenis == SITE_CHANGE and d.status == "terbit"
            and isinstance(d.meta.get("revisi"), str) and len(d.meta["revisi"]) == 64]


def _at(doc: Document, dotted: str, code: str, severity=Severity.ERROR, **params) -> Finding:
    return Finding(doc.rel, code, params, dotted, doc.line_of(dotted), severity)


def _submitter(doc: Document, approvals: Approvals, policy: Policy,
               history: HistoryIndex | None) -> list[Finding]:
    """SOP 004 B: the record's first commit is the submission, by the submitting role."""
    step = next((s for s in policy.gate_steps if not s.needs_paraf), None)
    fh = history.file(doc.rel) if history is not None and step is not None else None
    if fh is None or not fh.changes or approvals.trust_level == TrustLevel.NAMA:
        return []  # an uncommitted record has no author yet: its initials fail elsewhere
    commit = history.commit(fh.created.commit)
    official = approvals.roster.by_email(commit.author_email)
    # The committer date: graph time keeps it from going back, the author date is typed freely.
    if official is not None and official.holds(step.peran, commit.committer_date):
        return []
    return [_at(doc, "jenis", "revisi.pengaju", penulis=commit.author_name,
                email=commit.author_email, commit=commit.short, tanggal=commit.author_date,
                peran_nama=approvals.role_name(step.peran))]


def site_state(root: Path, approvals: Approvals, docs: list[Document], findings: list[Finding],
               history: HistoryIndex | None = None) -> SiteState:
    """The approved revision and HEAD's, judged after the records' own checks (`findings`)."""
    state = SiteState(policy=approvals.policy_for(SITE_CHANGE, ""))
    if state.policy is None:
        return state  # the office has not adopted SOP 004 B: nothing to report
    head = head_revision(root)
    if head is None:
        state.findings.append(Finding(RECORD_DIR, "revisi.tanpa-git", {}, severity=Severity.INFO))
        return state
    state.head, state.head_digest = head
    claimed = records(docs)
    wanted = {str(d.meta["revisi"]) for d in claimed}
    commits = {state.head_digest: state.head} if wanted <= {state.head_digest} else \
        {state.head_digest: state.head, **find_commits(root, wanted - {state.head_digest})}
    for doc in claimed:
        if str(doc.meta["revisi"]) not in commits:
            state.findings.append(_at(doc, "revisi", "revisi.tak-dikenal",
                                      revisi=str(doc.meta["revisi"])[:12],
                                      jalur=", ".join(REVISION_PATHS)))
        state.findings += _submitter(doc, approvals, state.policy, history)
    failed = {f.path for f in (*findings, *state.findings) if f.severity is Severity.ERROR}
    approved = [d for d in claimed if d.rel not in failed]
    langkah = steps_text(approvals, state.policy)
    if not approved:
        state.findings.append(Finding(RECORD_DIR, "revisi.belum-ada", {
            "revisi_head": state.head_digest[:12], "langkah": langkah}, severity=Severity.INFO))
        return state
    state.approved = max(approved, key=lambda d: (d.date.timestamp() if d.date else 0.0, d.rel))
    state.commit = commits[state.digest]
    if not state.current:
        state.changed = changed_paths(root, state.commit)
        state.findings.append(_at(state.approved, "revisi", "revisi.berubah", Severity.INFO,
                                  revisi_head=state.head_digest[:12], revisi=state.digest[:12],
                                  commit=state.commit[:10], berubah=describe_changes(state.changed),
                                  langkah=langkah))
    return state


def check_site(root: Path, approvals: Approvals, docs: list[Document], findings: list[Finding],
               history: HistoryIndex | None = None) -> list[Finding]:
    """`ppid check`'s findings about the site revision (see site_state)."""
    return site_state(root, approvals, docs, findings, history).findings
