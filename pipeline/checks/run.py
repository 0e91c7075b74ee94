"""The read-everything, check-everything phase shared by `check`, `build` and `paraf`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.checks import registered as _registered  # noqa: F401  (registers every check)
from pipeline.checks import registry
from pipeline.git import parsecache
from pipeline.git.history import HistoryIndex
from pipeline.git.log import PendingHistory
from pipeline.model.dates import now
from pipeline.model.document import CONTENT_DIR, PLAN_DIR, Document
from pipeline.model.fase import phase
from pipeline.model.findings import Finding, Severity, ordered
from pipeline.model.reader import content_files, load_corpus
from pipeline.office.policy import Approvals, load_approvals


@dataclass
class CheckResult:
    approvals: Approvals
    documents: list[Document]
    findings: list[Finding]
    history: HistoryIndex | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def publishable(self) -> list[Document]:
        return [d for d in self.documents if d.loaded and d.publishable]


def run_check(root: Path, paths: list[Path] | None = None, strict: bool = False) -> CheckResult:
    """Every registered check (checks/registered.py) over the tree, or over `paths`."""
    approvals = load_approvals(root)
    # git reads history on the other core while this one parses the documents. Always: the
    # level in force comes from history, never from what HEAD's config says.
    pending = PendingHistory(root)
    # The whole tree reuses stored parses of unchanged files; a few named files are just read.
    with phase("baca-naskah"):
        documents = parsecache.load_corpus(root) if paths is None else load_corpus(root, paths)
    plans = documents if paths is None else documents + _other_plans(root, paths)
    ctx = registry.Context(root, approvals, documents, now(), plans, whole_tree=paths is None,
                           pending=pending)
    return CheckResult(approvals, documents, ordered(registry.run(ctx, strict)), ctx.history)


def run_offline(documents: list[Document], approvals: Approvals, when: datetime,
                strict: bool = False) -> list[Finding]:
    """The document and corpus checks without history (no git): for tests and tools."""
    ctx = registry.Context(approvals.root, approvals, documents, when, documents)
    return ordered(registry.run(ctx, strict))


def _other_plans(root: Path, paths: list[Path]) -> list[Document]:
    """Plans a partial check needs to resolve `rencana:` references, without reporting them."""
    asked = {p.resolve() for p in paths}
    folder = root / CONTENT_DIR / PLAN_DIR
    return load_corpus(root, [p for p in content_files(root)
                              if p.parent == folder and p.resolve() not in asked])
