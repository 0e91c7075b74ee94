"""Office states: approvals/ as it stood at one commit, and who it says may change it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

import yaml

from pipeline.git.history import Commit, HistoryIndex
from pipeline.model.findings import Finding
from pipeline.office.config import DEFAULT_ADMIN_ROLES, TrustLevel, parse_thresholds
from pipeline.office.policy import Role
from pipeline.office.roster import Official, Roster, build_roster

FILES = ("config.yaml", "roster.yaml", "allowed_signers")




# Clocks of different machines disagree a little; a forged date that gains nothing hides in it.
CLOCK_SKEW = timedelta(minutes=10)


VALID_BEFORE = re.compile(r'valid-before="?(\d{8})(\d{4,6})?Z?"?')


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
        if self.level == TrustLevel.NAMA:
            return 0  # nothing can be proven at this level: the office chose so
        need = self.thresholds["bawaan"]
        if new.signers_raw != self.signers_raw:
            need = max(need, self.thresholds["allowed_signers"])
        if new.level != self.level:
            need = max(need, self.thresholds["tingkat_kepercayaan"])
        if new.admin_roles != self.admin_roles or new.thresholds != self.thresholds:
            need = max(need, self.thresholds["pengelola_approvals"])
        # At `tanda-tangan` a role or an identity is as good as a key (below `tanda-tangan` an
        # identity is typed anyway, and the office chose that).
        keyed = self.level == TrustLevel.TANDA_TANGAN
        if keyed and _grants(self, new):
            # Who holds an administrator role is who may change approvals/: granting it is a
            # change of the administrators, as TUF's root keys are (ending a term is not).
            need = max(need, self.thresholds["pengelola_approvals"])
        if keyed and _rebinds(self.roster, new.roster):
            # Which official a git e-mail (a key's principal) or a forge login is binds keys
            # and reviews to people, as allowed_signers does: otherwise one administrator could
            # point the Kasie's entry at their own e-mail and initial both steps alone.
            need = max(need, self.thresholds["allowed_signers"])
        return need


def _grants(old: OfficeState, new: OfficeState) -> bool:
    """The new roster gives someone an administrator role (a term that is new, starts earlier
    or ends later than before); shortening or ending a term grants nothing."""
    if old.roster is None or new.roster is None:
        return old.roster is not new.roster
    roles = set(old.admin_roles) | set(new.admin_roles)
    before = {(o.id, t.peran, t.mulai): t.sampai for o in old.roster.officials
              for t in o.terms if t.peran in roles}
    for official in new.roster.officials:
        for term in official.terms:
            if term.peran not in roles:
                continue
            key = (official.id, term.peran, term.mulai)
            if key not in before:
                return True
            end = before[key]
            if end is not None and (term.sampai is None or term.sampai > end):
                return True
    return False


def _identities(roster: Roster | None) -> dict[str, frozenset[str]]:
    """Each git e-mail and forge login of a roster, and the officials (ids) it names."""
    out: dict[str, set[str]] = {}
    for official in roster.officials if roster is not None else []:
        out.setdefault(official.git_email.strip().casefold(), set()).add(official.id)
        for forge, login in official.akun:
            out.setdefault(f"{forge}:{login.strip().casefold()}", set()).add(official.id)
    return {key: frozenset(ids) for key, ids in out.items()}


def _rebinds(old: Roster | None, new: Roster | None) -> bool:
    """An identity now names another official, or more officials than before, or an official
    already listed got another identity. Adding a new official with identities of their own,
    ending terms and removing officials are ordinary roster changes."""
    before, after = _identities(old), _identities(new)
    if any(key in before and before[key] != ids or (key not in before and len(ids) > 1)
           for key, ids in after.items()):
        return True
    listed = {oid for ids in before.values() for oid in ids}
    mine_before = {(key, oid) for key, ids in before.items() for oid in ids}
    mine_after = {(key, oid) for key, ids in after.items() for oid in ids}
    return any(oid in listed and (key, oid) not in mine_before for key, oid in mine_after)


@dataclass(frozen=True)
class Refusal:
    """A commit that introduced an approvals/ tree which is not (yet) in force."""

    sha: str
    code: str
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, eq=False)
class At:
    """What is known after one commit: the state in force, endorsements, refusals pending."""

    state: OfficeState
    endorsed: dict = field(default_factory=dict)  # tree -> frozenset of official ids
    pending: tuple[Refusal, ...] = ()


class WalkView(Protocol):
    """What the states and the findings read of the walk (checks/chain.py), without importing it."""

    root_sha: str
    root_state: OfficeState
    future: list[str]
    cleared: dict

    def tree_of(self, sha: str) -> str | None: ...

    def backdated(self, sha: str) -> bool: ...


@dataclass
class Chain:
    """The walk's result: the state in force at each commit, and what it found."""

    root: str | None
    head_state: OfficeState | None
    findings: list[Finding]
    _at: dict[str, At | None] = field(default_factory=dict, repr=False)
    _root_state: OfficeState | None = None
    _walk: WalkView | None = field(default=None, repr=False)
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


def state_from(since: str, tree: str | None, texts: dict, lineage: frozenset[str]) -> OfficeState:
    def text(name: str) -> str:
        return texts.get(f"{tree}:{name}") or "" if tree else ""

    try:
        config = yaml.load(text("config.yaml"), Loader=yaml.CSafeLoader) or {}
        roster_data = yaml.load(text("roster.yaml"), Loader=yaml.CSafeLoader) or {}
        roles = {rid: Role(rid, str(r.get("nama", rid)), bool(r.get("tunggal")))
                 for rid, r in (config.get("peran") or {}).items()}
        roster = build_roster("-", roster_data, roles, lambda *a: None, [])
        admin_roles = tuple(config.get("pengelola_approvals") or DEFAULT_ADMIN_ROLES)
        level = TrustLevel.of(config.get("tingkat_kepercayaan"))
        thresholds = parse_thresholds(config.get("ambang_pengesahan"))
    except (yaml.YAMLError, AttributeError, KeyError, TypeError, ValueError):
        return OfficeState(since, tree, TrustLevel.TANDA_TANGAN, (), parse_thresholds(None), None, "", {},
                           lineage | {since})
    raw = text("allowed_signers")
    return OfficeState(since, tree, level, admin_roles, thresholds, roster, raw,
                       {rid: r.nama for rid, r in roles.items()}, lineage | {since})


def with_revocations(state: OfficeState, since: Commit | None) -> OfficeState:
    """Drop key lines whose `valid-before` had passed when the state came into force.

    A key's end is judged by the order of the changes, not by a commit's own (forgeable) date:
    once a state that ends a key is in force, no later commit can use that key, however dated.
    """
    if since is None:
        kept = state.signers_raw
    else:
        day = datetime.fromisoformat(since.committer_iso).strftime("%Y%m%d")
        kept = "\n".join(line for line in state.signers_raw.splitlines()
                         if not ((m := VALID_BEFORE.search(line)) and m.group(1) <= day)) + "\n"
    return OfficeState(state.since, state.tree, state.level, state.admin_roles, state.thresholds,
                       state.roster, state.signers_raw, state.role_names, state.lineage, kept)
