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

from datetime import datetime
from pathlib import Path

from pipeline.checks.chain_findings import chain_findings
from pipeline.checks.chain_states import (
    CLOCK_SKEW,
    FILES,
    At,
    Chain,
    OfficeState,
    Refusal,
    state_from,
    with_revocations,
)
from pipeline.git.history import Commit, HistoryIndex
from pipeline.git.pin import PIN_ENV, pinned_root
from pipeline.git.runner import blobs
from pipeline.git.signatures import signatures
from pipeline.model.dates import now
from pipeline.model.findings import Finding
from pipeline.office.config import TrustLevel
from pipeline.office.roster import Official

# ---- reading states ---------------------------------------------------------------------------


# ---- the walk ---------------------------------------------------------------------------------


def _stamp(iso: str, cache: dict[str, float]) -> float:
    value = cache.get(iso)
    if value is None:
        value = cache[iso] = datetime.fromisoformat(iso).timestamp()
    return value


class Walk:
    def __init__(self, root: Path, history: HistoryIndex, root_sha: str) -> None:
        self.root, self.history, self.root_sha = root, history, root_sha
        self.trees: dict[str, str | None] = {}
        self.floor: dict[str, float] = {}  # newest committer date of a commit and its ancestors
        self.verdicts: dict[tuple[str, str], tuple[str, str]] = {}
        self.missing: dict[str, set[str]] = {}  # signers text -> commits to verify
        self.states: dict[tuple[str, str | None], OfficeState] = {}
        self.texts: dict = {}
        self.cleared: dict[str, tuple[Refusal, str]] = {}  # refusals later endorsed/reverted
        self._stamps: dict[str, float] = {}
        # A date beyond now cannot be true: such a commit is reported, never a floor that
        # would make every honest later commit look backdated.
        self.horizon = now().timestamp() + CLOCK_SKEW.total_seconds()
        self.future: list[str] = []

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

    def run(self) -> dict[str, At | None]:
        history, at = self.history, {}
        self.root_state, self.future = None, []
        for sha in history.order:
            commit = history.commit(sha)
            parents = commit.parents.split()
            first = parents[0] if parents else None
            if sha not in history.approvals_trees:
                self.trees[sha] = self.tree_of(first) if first else None
            if sha == self.root_sha:
                self.root_state = self._state_for(sha, self.tree_of(sha), frozenset(), None)
                at[sha] = At(self.root_state)
                self.floor[sha] = self._own_time(commit)
                continue
            walked = [p for p in parents if at.get(p) is not None]
            if not walked:
                at[sha] = None  # before the root (or beside it)
                continue
            self.floor[sha] = max(self._own_time(commit), *(self.floor[p] for p in walked))
            if len(parents) == 1 and sha not in history.approvals_trees and not commit.endorses:
                at[sha] = at[first]  # nothing under approvals/ changed or endorsed here
                continue
            at[sha] = self._step(commit, [at[p] for p in walked], walked)
        return at

    def _own_time(self, commit: Commit) -> float:
        stamp = _stamp(commit.committer_iso, self._stamps)
        if stamp > self.horizon:
            self.future.append(commit.sha)
            return 0.0
        return stamp

    def _state_for(self, since: str, tree: str | None, lineage: frozenset[str],
                   ended_by: Commit | None) -> OfficeState:
        key = (since, tree)
        if key not in self.states:
            if tree and f"{tree}:config.yaml" not in self.texts:
                self.texts.update(blobs(self.root, [f"{tree}:{name}" for name in FILES]))
            self.states[key] = with_revocations(state_from(since, tree, self.texts, lineage),
                                                 ended_by)
        return self.states[key]

    def _step(self, commit: Commit, parents_at: list[At], walked: list[str]) -> At:
        tree = self.tree_of(commit.sha)
        states = list(dict.fromkeys(a.state for a in parents_at))
        pending = tuple(dict.fromkeys(r for a in parents_at for r in a.pending))
        for state in states:  # no change: the tree in force on a parent that includes the rest
            if state.tree == tree and all(s.since in state.lineage for s in states):
                for old in pending:  # reverted: the refused change is no longer there
                    self.cleared.setdefault(old.sha, (old, commit.sha))
                return At(state)
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
                refusal = Refusal(commit.sha, code)
        lineage = frozenset().union(*(s.lineage for s in states))
        new = self._state_for(commit.sha, tree, lineage, commit)
        need = max(base.needed(new) for base in states)
        if len(endorsed) >= need and refusal is None:
            for old in pending:  # a refused change ratified now (a mere wait is no news)
                if old.code != "approvals.menunggu":
                    self.cleared.setdefault(old.sha, (old, commit.sha))
            return At(new)
        if refusal is None and introduced:
            refusal = Refusal(commit.sha, "approvals.menunggu", (
                ("jumlah", str(len(endorsed))), ("perlu", str(need))))
        if refusal is not None and introduced:
            pending = pending + (refusal,)
        keep = next((s for s in states if all(o.since in s.lineage for o in states)), states[0])
        carried = {t: e for a in parents_at for t, e in a.endorsed.items()}
        return At(keep, {**carried, tree: endorsed}, pending)

    def _endorser(self, commit: Commit, base: OfficeState,
                  acts: bool) -> tuple[Official | None, str]:
        """The administrator of `base` who signed this commit, or why it is not one."""
        if not acts or base.level == TrustLevel.NAMA:
            return None, ""
        # Roles are held on the commit's committer date, which cannot go back in time (below).
        when = datetime.fromisoformat(commit.committer_iso)
        email = commit.author_email.casefold()
        admin = next((o for o in base.admins(when) if o.git_email.casefold() == email), None)
        if admin is None:
            return None, "approvals.tidak-sah"
        if self.backdated(commit.sha):
            return None, "approvals.tanggal-mundur"
        if base.level != TrustLevel.TANDA_TANGAN:
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
    w = Walk(root, history, root_sha)
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
    chain.findings = chain_findings(history, w, head_at, pin is not None)
    return chain


# ---- findings ---------------------------------------------------------------------------------


# ---- advice on HEAD's own config ---------------------------------------------------------------



