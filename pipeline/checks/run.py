"""The read-everything, check-everything phase shared by `check`, `build` and `paraf`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.checks import rencana, revisi
from pipeline.checks.archive import check_unique
from pipeline.checks.chain import walk
from pipeline.checks.chain_findings import config_advice, uncommitted_approvals
from pipeline.checks.document import check_corpus
from pipeline.checks.trust import check_history
from pipeline.checks.wewenang import check_authority
from pipeline.git import parsecache
from pipeline.git.history import HistoryIndex
from pipeline.git.log import PendingHistory
from pipeline.model.dates import now
from pipeline.model.document import CONTENT_DIR, PLAN_DIR, Document
from pipeline.model.findings import Finding, Severity, ordered
from pipeline.model.reader import content_files, load_corpus
from pipeline.office.config import TrustLevel
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
    approvals = load_approvals(root)
    # git reads history on the other core while this one parses the documents. Always: the
    # level in force comes from history, never from what HEAD's config says.
    pending = PendingHistory(root)
    # The whole tree reuses stored parses of unchanged files; a few named files are just read.
    documents = parsecache.load_corpus(root) if paths is None else load_corpus(root, paths)
    when = now()
    findings = check_corpus(documents, approvals, when, strict=strict)
    plans = documents if paths is None else documents + _other_plans(root, paths)
    findings += [f.promoted() if strict else f for f in rencana.check_corpus(documents, plans)]
    history = pending.result()
    proven = check_unique(documents, history)
    if history.head is not None:
        chain = walk(root, history)
        if chain.level:
            approvals.level_in_force = chain.level
        proven += chain.findings + uncommitted_approvals(root)
        authority, signed = check_authority(documents, approvals, history)
        proven += authority + check_history(documents, approvals, history, root, chain, signed)
    elif approvals.trust_level != TrustLevel.NAMA:
        proven += check_history(documents, approvals, history, root)  # says: not a repository
    proven += config_advice(approvals, when)
    findings += [f.promoted() for f in proven] if strict else proven
    if paths is None:  # advice only, after --strict: an urgent item must not wait for a table
        findings += rencana.check_calendar(documents, approvals, when)
        findings += revisi.check_site(root, approvals, documents, findings, history)  # SOP 004 B
    return CheckResult(approvals, documents, ordered(findings), history)


def _other_plans(root: Path, paths: list[Path]) -> list[Document]:
    """Plans a partial check needs to resolve `rencana:` references, without reporting them."""
    asked = {p.resolve() for p in paths}
    folder = root / CONTENT_DIR / PLAN_DIR
    return load_corpus(root, [p for p in content_files(root)
                              if p.parent == folder and p.resolve() not in asked])
