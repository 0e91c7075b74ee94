"""Policy in force, commit by commit: a chain of approvals/ states from the root of trust.

TUF's root rotation applied to a Git history. The approvals/ state at the root of trust is
trusted. Walking the history oldest first, a commit whose approvals/ tree differs from the state
in force at its parents proposes a *change*. The change comes into force only when enough
administrators of the state in force before it (`pengelola_approvals`, by that state's roster)
endorsed exactly that tree: by authoring the commit that produced it, or by a commit carrying
the trailer `Sahkan-Approvals: <tree>` (`ppid sahkan`); at `tanda-tangan` each endorsement is a
commit signed with the administrator's key listed in the allowed_signers in force. A merge is
judged against each parent. Until a change is endorsed the old state stays in force, whatever
HEAD's files say: lowering the trust level is a change like any other.

The root is pinned outside the repository (`PPID_AKAR_KEPERCAYAAN`, or `git config
ppid.akarKepercayaan`); without a pin it is the first commit that holds approvals/.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from .findings import Finding, Severity
from .gitlog import GitError, blobs, git, signatures
from .history import Commit, HistoryIndex
from .policy import Approvals, Role
from .roster import Official, Roster, build_roster

PIN_ENV = "PPID_AKAR_KEPERCAYAAN"
PIN_GIT_CONFIG = "ppid.akarKepercayaan"
FILES = ("config.yaml", "roster.yaml", "allowed_signers")
# What a change touches decides how many administrators must endorse it.
THRESHOLD_KEYS = ("bawaan", "allowed_signers", "tingkat_kepercayaan", "pengelola_approvals")
# Clocks of different machines disagree a little; a forged date that gains nothing hides in it.
CLOCK_SKEW = timedelta(minutes=10)
_VALID_BEFORE = re.compile(r'valid-before="?(\d{8})(\d{4,6})?Z?"?')


@dataclass(frozen=True, eq=False)
class OfficeState:
    """An approvals/ state legitimately in force, and what it says about who may change it."""

    since: str  # the commit that put it in force (the root, for the first)
    tree: str | None
    level: str
    admin_roles: tuple[str, ...]
    thresholds: dict
    roster: Roster | None  # None: the files at this tree could not be read
    signers_raw: str
    role_names: dict
    lineage: frozenset[str]  # `since` of this state and of every state it descends from
    revoked_before: str = ""  # allowed_signers lines with a valid-before at or before `since`

    @property
    def signers(self) -> str:
        """allowed_signers as in force: keys whose validity ended before this state are gone."""
        return self.revoked_before

    def admins(self, when: datetime) -> list[Official]:
        if self.roster is None:
            return []
        return [o for role in self.admin_roles for o in self.roster.holders(role, when)]

    def role_list(self) -> str:
        return ", ".join(self.role_names.get(r, r) for r in self.admin_roles)

    def needed(self, new: OfficeState) -> int:
        """How many distinct administrators must endorse the change from this state to `new`."""
        if self.level == "nama":
            return 0  # nothing can be proven at this level: the office chose so
        need = self.thresholds["bawaan"]
        if new.signers_raw != self.signers_raw:
            need = max(need, self.thresholds["allowed_signers"])
        if new.level != self.level:
            need = max(need, self.thresholds["tingkat_kepercayaan"])
        if new.admin_roles != self.admin_roles or new.thresholds != self.thresholds:
            need = max(need, self.thresholds["pengelola_approvals"])
        return need


@dataclass(frozen=True)
class _Refusal:
    """A commit that introduced an approvals/ tree which is not (yet) in force."""

    sha: str
    code: str
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, eq=False)
class _At:
    """What is known after one commit: the state in force, endorsements, refusals pending."""

    state: OfficeState
    endorsed: dict = field(default_factory=dict)  # tree -> frozenset of official ids
    pending: tuple[_Refusal, ...] = ()


@dataclass
class Chain:
    """The walk's result: the state in force at each commit, and what it found."""

    root: str | None
    head_state: OfficeState | None
    findings: list[Finding]
    _at: dict[str, _At | None] = field(default_factory=dict, repr=False)
    _root_state: OfficeState | None = None
    _walk: _Walk | None = field(default=None, repr=False)
    _before_root: set[str] | None = field(default=None, repr=False)

    @property
    def level(self) -> str | None:
        return self.head_state.level if self.head_state else None

    def after_root(self, sha: str) -> bool:
        """Made on top of the root of trust: its dates and keys are judged by the chain."""
        return self._at.get(sha) is not None and sha != self.root

    def before_root(self, sha: str, history: HistoryIndex) -> bool:
        """Part of the history the root vouches for (an ancestor of the root, or the root)."""
        if self._before_root is None:
            seen, todo = set(), [self.root] if self.root else []
            while todo:
                current = todo.pop()
                if current in seen or current not in history.commits:
                    continue
                seen.add(current)
                todo += history.commit(current).parents.split()
            self._before_root = seen
        return sha in self._before_root

    def state_before(self, sha: str, history: HistoryIndex) -> OfficeState | None:
        """The state that judges commit `sha`: the one in force at its parents.

        History the root vouches for is judged by the root's state; a commit beside the root
        (on a branch that never contained it) by the state in force now, the strictest.
        """
        if self.after_root(sha):
            for parent in history.commit(sha).parents.split():
                at = self._at.get(parent)
                if at is not None:
                    return at.state
        if self.before_root(sha, history):
            return self._root_state
        return self.head_state

    def backdated(self, sha: str) -> bool:
        return self._walk is not None and self.after_root(sha) and self._walk.backdated(sha)


# ---- reading states ---------------------------------------------------------------------------

def _state(since: str, tree: str | None, texts: dict, lineage: frozenset[str]) -> OfficeState:
    def text(name: str) -> str:
        return texts.get(f"{tree}:{name}") or "" if tree else ""

    try:
        config = yaml.load(text("config.yaml"), Loader=yaml.CSafeLoader) or {}
        roster_data = yaml.load(text("roster.yaml"), Loader=yaml.CSafeLoader) or {}
        roles = {rid: Role(rid, str(r.get("nama", rid)), bool(r.get("tunggal")))
                 for rid, r in (config.get("peran") or {}).items()}
        roster = build_roster("-", roster_data, roles, lambda *a: None, [])
        admin_roles = tuple(config.get("pengelola_approvals") or ["kepala-dinas"])
        level = str(config.get("tingkat_kepercayaan") or "penulis")
        thresholds = _thresholds(config.get("ambang_pengesahan"))
    except (yaml.YAMLError, AttributeError, KeyError, TypeError, ValueError):
        return OfficeState(since, tree, "tanda-tangan", (), _thresholds(None), None, "", {},
                           lineage | {since})
    raw = text("allowed_signers")
    return OfficeState(since, tree, level, admin_roles, thresholds, roster, raw,
                       {rid: r.nama for rid, r in roles.items()}, lineage | {since})


def _thresholds(value: object) -> dict:
    found = {key: 1 for key in THRESHOLD_KEYS}
    if isinstance(value, dict):
        for key in THRESHOLD_KEYS:
            if isinstance(value.get(key), int) and value[key] >= 1:
                found[key] = value[key]
    return found


def _with_revocations(state: OfficeState, since: Commit | None) -> OfficeState:
    """Drop key lines whose `valid-before` had passed when the state came into force.

    A key's end is judged by the order of the changes, not by a commit's own (forgeable) date:
    once a state that ends a key is in force, no later commit can use that key, however dated.
    """
    if since is None:
        kept = state.signers_raw
    else:
        day = datetime.fromisoformat(since.committer_iso).strftime("%Y%m%d")
        kept = "\n".join(line for line in state.signers_raw.splitlines()
                         if not ((m := _VALID_BEFORE.search(line)) and m.group(1) <= day)) + "\n"
    return OfficeState(state.since, state.tree, state.level, state.admin_roles, state.thresholds,
                       state.roster, state.signers_raw, state.role_names, state.lineage, kept)


# ---- the walk ---------------------------------------------------------------------------------

def pinned_root(root: Path) -> str | None:
    value = os.environ.get(PIN_ENV, "").strip()
    if value:
        return value
    try:
        return git(root, "config", "--get", PIN_GIT_CONFIG).strip() or None
    except GitError:
        return None


def _stamp(iso: str, cache: dict[str, float]) -> float:
    value = cache.get(iso)
    if value is None:
        value = cache[iso] = datetime.fromisoformat(iso).timestamp()
    return value


class _Walk:
    def __init__(self, root: Path, history: HistoryIndex, root_sha: str) -> None:
        self.root, self.history, self.root_sha = root, history, root_sha
        self.trees: dict[str, str | None] = {}
        self.floor: dict[str, float] = {}  # newest committer date of a commit and its ancestors
        self.verdicts: dict[tuple[str, str], tuple[str, str]] = {}
        self.missing: dict[str, set[str]] = {}  # signers text -> commits to verify
        self.states: dict[tuple[str, str | None], OfficeState] = {}
        self.texts: dict = {}
        self.cleared: dict[str, tuple[_Refusal, str]] = {}  # refusals later endorsed/reverted
        self._stamps: dict[str, float] = {}

    def prefetch(self) -> None:
        wanted = {t for t in self.history.approvals_trees.values() if t}
        self.texts = blobs(self.root, [f"{t}:{name}" for t in sorted(wanted) for name in FILES])

    def tree_of(self, sha: str) -> str | None:
        if sha in self.history.approvals_trees:
            return self.history.approvals_trees[sha]
        return self.trees.get(sha)

    def backdated(self, sha: str) -> bool:
        """Committed before something it descends from (since the root): a forged date."""
        commit = self.history.commit(sha)
        floor = max((self.floor.get(p, 0.0) for p in commit.parents.split()), default=0.0)
        return _stamp(commit.committer_iso, self._stamps) < floor - CLOCK_SKEW.total_seconds()

    def run(self) -> dict[str, _At | None]:
        history, at = self.history, {}
        self.root_state = None
        for sha in history.order:
            commit = history.commit(sha)
            parents = commit.parents.split()
            first = parents[0] if parents else None
            if sha not in history.approvals_trees:
                self.trees[sha] = self.tree_of(first) if first else None
            if sha == self.root_sha:
                self.root_state = self._state_for(sha, self.tree_of(sha), frozenset(), None)
                at[sha] = _At(self.root_state)
                self.floor[sha] = _stamp(commit.committer_iso, self._stamps)
                continue
            walked = [p for p in parents if at.get(p) is not None]
            if not walked:
                at[sha] = None  # before the root (or beside it)
                continue
            own = _stamp(commit.committer_iso, self._stamps)
            self.floor[sha] = max(own, *(self.floor[p] for p in walked))
            if len(parents) == 1 and sha not in history.approvals_trees and not commit.endorses:
                at[sha] = at[first]  # nothing under approvals/ changed or endorsed here
                continue
            at[sha] = self._step(commit, [at[p] for p in walked], walked)
        return at

    def _state_for(self, since: str, tree: str | None, lineage: frozenset[str],
                   ended_by: Commit | None) -> OfficeState:
        key = (since, tree)
        if key not in self.states:
            if tree and f"{tree}:config.yaml" not in self.texts:
                self.texts.update(blobs(self.root, [f"{tree}:{name}" for name in FILES]))
            self.states[key] = _with_revocations(_state(since, tree, self.texts, lineage),
                                                 ended_by)
        return self.states[key]

    def _step(self, commit: Commit, parents_at: list[_At], walked: list[str]) -> _At:
        tree = self.tree_of(commit.sha)
        states = list(dict.fromkeys(a.state for a in parents_at))
        pending = tuple(dict.fromkeys(r for a in parents_at for r in a.pending))
        for state in states:  # no change: the tree in force on a parent that includes the rest
            if state.tree == tree and all(s.since in state.lineage for s in states):
                for old in pending:  # reverted: the refused change is no longer there
                    self.cleared.setdefault(old.sha, (old, commit.sha))
                return _At(state)
        introduced = tree not in {self.tree_of(p) for p in walked} or len(states) > 1
        endorsed = frozenset().union(*(a.endorsed.get(tree, frozenset()) for a in parents_at))
        # Authoring a change endorses it only on top of the state in force: an administrator's
        # edit over someone's unauthorised change does not ratify it unnoticed ('ppid sahkan').
        clean = all(self.tree_of(p) == a.state.tree for p, a in zip(walked, parents_at,
                                                                     strict=True))
        asks = any(tree and len(v) >= 7 and tree.startswith(v) for v in commit.endorses.split())
        refusal = None
        for base in states:
            who, code = self._endorser(commit, base, introduced or asks)
            if who is not None and (clean or asks):
                endorsed = endorsed | {who.id}
            elif code and refusal is None:
                refusal = _Refusal(commit.sha, code)
        lineage = frozenset().union(*(s.lineage for s in states))
        new = self._state_for(commit.sha, tree, lineage, commit)
        need = max(base.needed(new) for base in states)
        if len(endorsed) >= need and refusal is None:
            for old in pending:  # a refused change ratified now (a mere wait is no news)
                if old.code != "approvals.menunggu":
                    self.cleared.setdefault(old.sha, (old, commit.sha))
            return _At(new)
        if refusal is None and introduced:
            refusal = _Refusal(commit.sha, "approvals.menunggu", (
                ("jumlah", str(len(endorsed))), ("perlu", str(need))))
        if refusal is not None and introduced:
            pending = pending + (refusal,)
        keep = next((s for s in states if all(o.since in s.lineage for o in states)), states[0])
        carried = {t: e for a in parents_at for t, e in a.endorsed.items()}
        return _At(keep, {**carried, tree: endorsed}, pending)

    def _endorser(self, commit: Commit, base: OfficeState,
                  acts: bool) -> tuple[Official | None, str]:
        """The administrator of `base` who signed this commit, or why it is not one."""
        if not acts or base.level == "nama":
            return None, ""
        # Roles are held on the commit's committer date, which cannot go back in time (below).
        when = datetime.fromisoformat(commit.committer_iso)
        email = commit.author_email.casefold()
        admin = next((o for o in base.admins(when) if o.git_email.casefold() == email), None)
        if admin is None:
            return None, "approvals.tidak-sah"
        if self.backdated(commit.sha):
            return None, "approvals.tanggal-mundur"
        if base.level != "tanda-tangan":
            return admin, ""
        verdict = self.verdicts.get((commit.sha, base.signers))
        if verdict is None:
            self.missing.setdefault(base.signers, set()).add(commit.sha)
            return None, "approvals.tanda-tangan"
        status, principal = verdict
        if status == "G" and principal.casefold() == email:
            return admin, ""
        return None, "approvals.tanda-tangan"


def walk(root: Path, history: HistoryIndex) -> Chain:
    """The state in force at every commit, from the pinned root (or the first approvals/)."""
    if history.head is None or not history.order:
        return Chain(None, None, [])
    pin = pinned_root(root)
    if pin:
        matches = [sha for sha in history.order if sha.startswith(pin.lower())]
        if len(matches) != 1 or len(pin) < 7:
            return Chain(None, None, [Finding("approvals/config.yaml", "approvals.akar-tidak-ada",
                                              {"akar": pin, "env": PIN_ENV}, "")])
        root_sha = matches[0]
    else:  # the genesis: the first commit that holds approvals/
        root_sha = next((sha for sha in history.order if history.approvals_trees.get(sha)), None)
        if root_sha is None:
            return Chain(None, None, [])
    w = _Walk(root, history, root_sha)
    w.prefetch()
    for _ in range(12):  # verify the signatures the walk asked for, then walk again
        at = w.run()
        if not w.missing:
            break
        for text, shas in w.missing.items():
            found = signatures(root, sorted(shas), text)
            w.verdicts.update({(sha, text): v for sha, v in found.items()})
        w.missing, w.cleared = {}, {}
    head_at = at.get(history.head)
    head_state = head_at.state if head_at else w.root_state
    chain = Chain(root_sha, head_state, [], at, w.root_state, w)
    chain.findings = _findings(history, w, head_at, pin is not None)
    return chain


# ---- findings ---------------------------------------------------------------------------------

def _findings(history: HistoryIndex, w: _Walk, head_at: _At | None,
              pinned: bool) -> list[Finding]:
    found = []
    root_state = w.root_state
    head_tree = w.tree_of(history.head)
    if head_at is not None:
        for refusal in head_at.pending:
            found.append(_refusal_finding(history, w, refusal, head_at.state))
        if not head_at.pending and head_tree != head_at.state.tree:
            found.append(Finding("approvals/config.yaml", "approvals.tidak-berlaku", {
                "commit": head_at.state.since[:10]}, ""))
    for old, by in w.cleared.values():
        commit = history.commit(old.sha)
        found.append(Finding(_paths(history, old.sha), "approvals.disahkan", {
            "commit": commit.short, "penulis": commit.author_name, "oleh": by[:10]}, "",
            None, Severity.INFO))
    if not pinned and root_state.level == "tanda-tangan":
        found.append(Finding("approvals/config.yaml", "approvals.akar-tak-dipatok", {
            "akar": w.root_sha[:12]}, "", None, Severity.INFO))
    if root_state.roster is None:
        found.append(Finding("approvals/config.yaml", "approvals.akar-rusak", {
            "akar": w.root_sha[:12]}, ""))
    return found


def _paths(history: HistoryIndex, sha: str) -> str:  # noqa: D103
    touched = next((paths for s, paths in history.approvals_changes if s == sha), ())
    return touched[0] if touched else "approvals/config.yaml"


def _refusal_finding(history: HistoryIndex, w: _Walk, refusal: _Refusal,
                     state: OfficeState) -> Finding:
    commit = history.commit(refusal.sha)
    touched = next((paths for s, paths in history.approvals_changes if s == refusal.sha), ())
    params = {"commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
              "tanggal": commit.author_date, "berkas": ", ".join(touched) or "approvals/",
              "peran": state.role_list(), "tingkat": state.level,
              "berlaku": state.since[:10], **dict(refusal.extra)}
    if refusal.code == "approvals.tanggal-mundur":
        params["tanggal"] = commit.committer_date
    return Finding(touched[0] if touched else "approvals/config.yaml", refusal.code, params, "")


# ---- advice on HEAD's own config ---------------------------------------------------------------

def config_advice(approvals: Approvals, when: datetime) -> list[Finding]:
    """Keys that no longer grant anything, and thresholds no one could ever meet."""
    found = []
    config = "approvals/config.yaml"
    if "akar_kepercayaan" in approvals.config:
        found.append(Finding(config, "approvals.akar-usang", {}, "akar_kepercayaan", None,
                             Severity.WARNING))
    if approvals.trust_level == "tanda-tangan" and any(o.keyless for o in
                                                         approvals.roster.officials):
        found.append(Finding("approvals/roster.yaml", "approvals.tanpa-kunci-usang", {},
                             "tanpa_kunci", None, Severity.WARNING))
    if approvals.trust_level == "nama":
        return found
    admins = {o.id for role in approvals.admin_roles for o in approvals.roster.holders(role, when)}
    for key, value in _thresholds(approvals.config.get("ambang_pengesahan")).items():
        if value > len(admins):
            found.append(Finding(config, "approvals.ambang-mustahil", {
                "kunci": key, "ambang": value, "jumlah": len(admins),
                "peran": ", ".join(approvals.role_name(r) for r in approvals.admin_roles)},
                f"ambang_pengesahan.{key}", None, Severity.WARNING))
    return found


def uncommitted_approvals(root: Path) -> list[Finding]:
    """approvals/ edited but not committed: not judged by the chain, so never published."""
    try:
        changed = git(root, "status", "--porcelain", "--", "approvals").splitlines()
    except GitError:
        return []
    return [Finding(line[3:].strip().strip('"'), "approvals.belum-commit", {}, "", None,
                    Severity.WARNING) for line in changed if line.strip()]
