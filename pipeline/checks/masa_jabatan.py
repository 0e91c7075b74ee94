"""A term closed in the history bounds when its holder's initials can have been made.

Commit dates are typed by whoever commits, and an official keeps their key after leaving. So a
former Kabid could fork from a commit made before their term was closed, sign an initial dated
inside the term, and merge it: every date agrees and graph time (a commit never predates its
ancestors) sees nothing. What cannot be forged is the order of the graph. The administrators'
roster change that closed the term (the state in force at commit E no longer lets them hold the
role today, the state before it did) is an event in the history: an initial of that role by
that official that is not an ancestor of E did not exist when the term was closed, whatever its
date says. An honest initial on a branch merged after the closure is refused the same way; the
remedy is the successor's initial (or merging such branches before closing the term).
"""

from __future__ import annotations

from datetime import datetime

from pipeline.checks.chain_states import Chain, OfficeState
from pipeline.git.history import HistoryIndex
from pipeline.model.dates import now


def _holds(state: OfficeState | None, email: str, role: str, when: datetime) -> bool:
    official = state.roster.by_email(email) if state is not None and state.roster else None
    return official is not None and official.holds(role, when)


class TermClosures:
    """Per (official e-mail, role): the commits whose state in force closed that term."""

    def __init__(self, chain: Chain | None, history: HistoryIndex) -> None:
        self.chain, self.history = chain, history
        self._closures: dict[tuple[str, str], list[str]] = {}
        self._ancestors: dict[str, set[str]] = {}
        self._transitions: list[tuple[str, OfficeState, list[OfficeState]]] | None = None

    def _states(self) -> list[tuple[str, OfficeState, list[OfficeState]]]:
        """(commit, state in force there, states at its parents) where the state changed."""
        if self._transitions is None:
            self._transitions = []
            at = self.chain._at if self.chain is not None else {}
            for sha in self.history.order:
                here = at.get(sha)
                if here is None:
                    continue
                before = [at[p].state for p in self.history.commit(sha).parents.split()
                          if at.get(p) is not None]
                if before and all(b is not here.state for b in before):
                    self._transitions.append((sha, here.state, before))
        return self._transitions

    def closing(self, email: str, role: str) -> list[str]:
        key = (email.casefold(), role)
        if key not in self._closures:
            today = now()
            self._closures[key] = [
                sha for sha, state, before in self._states()
                if not _holds(state, email, role, today)
                and any(_holds(b, email, role, today) for b in before)]
        return self._closures[key]

    def _ancestry(self, sha: str) -> set[str]:
        if sha not in self._ancestors:
            seen, todo = set(), [sha]
            while todo:
                current = todo.pop()
                if current in seen or current not in self.history.commits:
                    continue
                seen.add(current)
                todo += self.history.commit(current).parents.split()
            self._ancestors[sha] = seen
        return self._ancestors[sha]

    def made_after_closure(self, commit: str, email: str, role: str) -> str | None:
        """The closing commit that `commit` (an initial of `role` by `email`) is concurrent with
        or later than, if any: the initial cannot be shown to predate the end of the term."""
        for closure in self.closing(email, role):
            if commit in self._ancestry(closure):
                continue  # existed when the term was closed
            if closure in self._ancestry(commit):
                continue  # made on top of the closure: the role check by date applies
            return closure
        return None
