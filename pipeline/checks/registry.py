"""The check registry: every check, its kind, and whether `--strict` may promote its findings.

Checks are registered in one place (`checks/registered.py`), in the order they run. `run` is the
one place `--strict` is applied: a finding of a check that is not advice becomes an error there,
and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.model.document import Document
from pipeline.model.fase import phase
from pipeline.model.findings import Finding, Severity
from pipeline.office.policy import Approvals

if TYPE_CHECKING:  # left by the chain check for the later history checks; only read here
    from pipeline.checks.chain import Chain
    from pipeline.git.history import HistoryIndex


class Kind(StrEnum):
    # One item: run(doc, ctx, found) -> findings, on loaded items only (an unreadable file
    # reports why it could not be read instead); `found` is what the document checks before it
    # said about this item, unpromoted (e.g. skip the archive rules when the schema broke them).
    DOCUMENT = "document"
    # Every item, no history: run(ctx) -> findings.
    CORPUS = "corpus"
    # Needs the history index (skipped when there is none, e.g. `run_offline`): run(ctx).
    HISTORY = "history"


@dataclass(frozen=True)
class Check:
    name: str
    kind: Kind
    run: Callable[..., list[Finding]]
    # Advice never becomes an error under --strict (plan reminders, the site revision, scheduled
    # items): an urgent item must not wait for a planning table.
    advice: bool = False
    # Only when the whole tree is checked (a calendar reminder says nothing about one file).
    whole_tree: bool = False


@dataclass
class Context:
    """What every check reads; `findings` grows as checks run (promoted as reported)."""

    root: Path
    approvals: Approvals
    documents: list[Document]
    when: datetime
    plans: list[Document]  # the plans `rencana:` references resolve against
    whole_tree: bool = True
    # History being read in the background (git/log.PendingHistory): resolved only when a
    # history check first asks, so git reads it on one core while the document checks run.
    pending: object = None
    chain: Chain | None = None
    findings: list[Finding] = field(default_factory=list)
    _history: HistoryIndex | None = None

    @property
    def history(self) -> HistoryIndex | None:
        if self._history is None and self.pending is not None:
            with phase("tunggu-riwayat"):  # waiting for the background read: lost overlap
                self._history, self.pending = self.pending.result(), None
        return self._history


_CHECKS: list[Check] = []


def register(check: Check) -> Check:
    """Add a check after those registered before it (that is its place in the run)."""
    if any(c.name == check.name for c in _CHECKS):
        raise ValueError(f"check {check.name!r} registered twice")
    _CHECKS.append(check)
    return check


def unregister(name: str) -> None:
    _CHECKS[:] = [c for c in _CHECKS if c.name != name]


@contextmanager
def registered_for(check: Check) -> Iterator[Check]:
    """A check registered for the length of a `with` block (tests, experiments)."""
    register(check)
    try:
        yield check
    finally:
        unregister(check.name)


def checks(kind: Kind | None = None) -> list[Check]:
    return [c for c in _CHECKS if kind is None or c.kind is kind]


def errored_fields(found: list[Finding]) -> set[str]:
    """Top-level fields an error was reported on: later document checks skip what they need."""
    return {f.field.split(".")[0] for f in found if f.severity is Severity.ERROR}


def run(ctx: Context, strict: bool = False) -> list[Finding]:
    """Document checks item by item, then corpus and history checks in registration order."""
    wanted = [c for c in _CHECKS if ctx.whole_tree or not c.whole_tree]

    def keep(check: Check, found: list[Finding]) -> None:
        # The one place --strict is applied.
        if strict and not check.advice:
            found = [f.promoted() for f in found]
        ctx.findings.extend(found)

    per_item = [c for c in wanted if c.kind is Kind.DOCUMENT]
    with phase("cek-naskah"):
        _run_documents(ctx, per_item, keep)
    with phase("cek-korpus-riwayat"):
        for check in wanted:
            if check.kind is Kind.CORPUS or (check.kind is Kind.HISTORY and ctx.history is not None):
                keep(check, check.run(ctx))
    return ctx.findings


def _run_documents(ctx: Context, per_item: list[Check], keep) -> None:
    for doc in ctx.documents:
        if not doc.loaded:
            keep(_LOADING, list(doc.findings))
            continue
        found: list[Finding] = []
        for check in per_item:
            new = check.run(doc, ctx, found)
            found += new
            keep(check, new)


# Why a file could not be read: reported like any document check's finding.
_LOADING = Check("loading", Kind.DOCUMENT, lambda doc, ctx, found: list(doc.findings))
