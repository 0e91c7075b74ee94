"""Notarised initials: a paraf line committed by the office's notary from a forge review.

trust.py hands over every initial whose commit was not authored by the official named in it.
Such an initial stands only when the commit is the notary's: the config in force at its parents
names that notary principal (and at `tanda-tangan` its key, in the allowed_signers in force,
signed the commit: trust.py verifies that with the other signatures), its trailers name the
review, the reviewer's account maps to the official named in the paraf, who held the role at
the review's time, and the item at the reviewed commit has the initialled hash. Anything else
keeps trust.py's own finding, or explains a squash merge, which rewrites initials this way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipeline.checks.chain_states import CLOCK_SKEW, Chain, OfficeState
from pipeline.git import ulasan
from pipeline.git.history import Change, Commit, HistoryIndex
from pipeline.git.runner import blobs
from pipeline.git.snapshot import hashes_at
from pipeline.model.dates import parse_datetime
from pipeline.model.findings import Finding, Severity
from pipeline.office.config import Notaris
from pipeline.office.policy import Approvals
from pipeline.office.roster import Official


@dataclass
class Candidate:
    """An initial whose commit is not its official's own (trust.py's loop)."""

    rel: str
    role: str
    entry: dict
    official: Official
    change: Change
    commit: Commit
    fallback: Finding  # trust.py's verdict when this is no notarised initial
    who: dict  # commit, penulis, email, tanggal
    then: list = field(default_factory=list)  # trust.py's pending findings if accepted

    def at(self, code: str, **extra: object) -> Finding:
        """A finding on the initial's line, with the role and official's name."""
        f = self.fallback
        base = {k: f.params[k] for k in ("peran_nama", "nama") if k in f.params}
        return Finding(f.path, code, {**base, **extra}, f.field, f.line)


@dataclass
class Accepted:
    """A notarised initial whose signature remains to be verified (by trust.py)."""

    commit: str
    principal: str
    finding: Finding  # the refusal if the signature fails
    then: list = field(default_factory=list)  # trust.py's checks on what the commit wrote


class Notary:
    def __init__(self, root: Path, history: HistoryIndex, chain: Chain | None,
                 approvals: Approvals) -> None:
        self.root, self.history, self.chain, self.approvals = root, history, chain, approvals
        self.candidates: list[Candidate] = []

    def propose(self, candidate: Candidate) -> None:
        self.candidates.append(candidate)

    def resolve(self) -> tuple[list[Finding], list[Accepted]]:
        if not self.candidates:
            return [], []
        trailers = ulasan.read(self.root, [c.commit.sha for c in self.candidates])
        states = {c.commit.sha: self._state(c.commit.sha) for c in self.candidates}
        configs = self._notaries({s for s in states.values() if s is not None})
        found: list[Finding] = []
        judged: list[tuple[Candidate, ulasan.Ulasan, str]] = []
        squashed: set[tuple[str, str]] = set()
        for c in self.candidates:
            state = states[c.commit.sha]
            notaris = configs.get(state.tree) if state is not None else self.approvals.settings.notaris
            review = trailers.get(c.commit.sha, ulasan.Ulasan())
            principal = notaris.principal if notaris else ""
            if not principal or c.commit.author_email.casefold() != principal.casefold():
                found.append(c.at("notaris.bukan-notaris", **c.who) if review.any else c.fallback)
                if not review.any and _looks_squashed(c) and (c.rel, c.commit.sha) not in squashed:
                    squashed.add((c.rel, c.commit.sha))  # one explanation per commit and item
                    found.append(_squash(c))
                continue
            problem = self._review(c, review, notaris, state)
            if problem is not None:
                found.append(problem)
            else:
                judged.append((c, review, principal))
        return found + self._hashes(judged), [
            Accepted(c.commit.sha, p, c.at("notaris.tanda-tangan-salah", **c.who), c.then)
            for c, _, p in judged]

    def _state(self, sha: str) -> OfficeState | None:
        if self.chain is None or self.chain.root is None:
            return None
        return self.chain.state_before(sha, self.history)

    def _notaries(self, states: set[OfficeState]) -> dict[str | None, Notaris | None]:
        """The `notaris` of each state's config.yaml (one cat-file call)."""
        trees = sorted({s.tree for s in states if s.tree})
        texts = blobs(self.root, [f"{tree}:config.yaml" for tree in trees])
        found: dict[str | None, Notaris | None] = {}
        for tree in trees:
            try:
                config = yaml.load(texts.get(f"{tree}:config.yaml") or "", Loader=yaml.CSafeLoader)
            except (yaml.YAMLError, ValueError, OverflowError):  # e.g. a date 2026-02-31
                config = None
            found[tree] = Notaris.from_dict(config.get("notaris")) if isinstance(config, dict) \
                else None
        return found

    def _review(self, c: Candidate, review: ulasan.Ulasan, notaris: Notaris,
                state: OfficeState | None) -> Finding | None:
        if review.missing:
            return c.at("notaris.trailer-kurang", daftar=", ".join(review.missing), **c.who)
        roster = state.roster if state is not None and state.roster is not None \
            else self.approvals.roster
        reviewer = roster.by_account(notaris.forge, review.akun)
        if reviewer is None or reviewer.git_email.casefold() != c.official.git_email.casefold():
            return c.at("notaris.akun-lain", akun=review.akun, forge=notaris.forge, **c.who)
        try:
            when = parse_datetime(c.entry.get("tanggal"))
        except ValueError:
            return None  # the date itself is reported by the document checks
        if not reviewer.holds(c.role, when):
            return c.at("notaris.bukan-pejabat-ulasan", akun=review.akun, **c.who)
        if when > c.commit.committer_date + CLOCK_SKEW:
            return c.at("notaris.ulasan-sesudah", **c.who)
        if review.commit not in self.history.commits:
            return c.at("notaris.commit-asing", ulasan=review.commit[:10], **c.who)
        return None

    def _hashes(self, judged: list[tuple[Candidate, ulasan.Ulasan, str]]) -> list[Finding]:
        """The item at the reviewed commit must have exactly the initialled hash."""
        wanted = [(r.commit, c.change.path or c.rel) for c, r, _ in judged]
        hashes = hashes_at(self.root, wanted)
        found = []
        for (c, review, _), key in zip(judged, wanted, strict=True):
            if hashes.get(key) != c.entry.get("sha256"):
                found.append(c.at("notaris.isi-beda", ulasan=review.commit[:10], **c.who))
        return found


def _looks_squashed(c: Candidate) -> bool:
    """A single-parent commit writing several officials' initials at once, by another hand."""
    return len(c.commit.parents.split()) == 1 and len({r for r, _ in c.change.paraf_added}) >= 2


def _squash(c: Candidate) -> Finding:
    """Why such initials fail (a squash merge rewrites them as the merger's), and what to do:
    a warning beside the refusals themselves, which already stop publishing."""
    f = c.fallback
    roles = sorted({r for r, _ in c.change.paraf_added})
    return Finding(f.path, "paraf.squash", {**c.who, "jumlah": len(roles),
                                            "peran": ", ".join(roles)}, "paraf", f.line,
                   Severity.WARNING)
