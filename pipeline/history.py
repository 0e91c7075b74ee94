"""HistoryIndex: one pass over Git history, per file: commits, authors, dates, initial lines.

A single `git log -p --unified=0 -M` is read (never one git call per file). For every commit and
file it keeps who changed it, which initial lines (`  kabid: {nama: …}`) were added or removed,
whether any other line changed, and every archive number ever written. The index is cached in
.git/ppid/ keyed by HEAD; a later run reads only the commits since the cached HEAD.
"""

from __future__ import annotations

import pickle
import re
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

CACHE_VERSION = 3
WATCHED = ("content", "approvals")
_FORMAT = "%x00%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI%x1f%s"
# The one-line entry `ppid paraf` writes: two-space indent, role, flow mapping with nama.
PARAF_LINE = re.compile(r"^\s+([a-z0-9][a-z0-9-]*)\s*:\s*\{.*\bnama\s*:.*\}\s*$")
_PARAF_HEADER = re.compile(r"^paraf\s*:\s*(\{\s*\})?\s*$")
_ARCHIVE_LINE = re.compile(r"""^nomor_arsip\s*:\s*["']?([^"'#]+?)["']?\s*(#.*)?$""")


@dataclass(frozen=True)
class Commit:
    sha: str
    parents: tuple[str, ...]
    author_name: str
    author_email: str
    author_date: datetime
    committer_name: str
    committer_email: str
    committer_date: datetime
    subject: str

    @property
    def short(self) -> str:
        return self.sha[:10]


@dataclass
class Change:
    """What one commit did to one file."""

    commit: str
    old_path: str | None  # None: the file was created here
    path: str | None  # None: the file was deleted here
    paraf_added: list[tuple[str, str]] = field(default_factory=list)  # (role, stripped line)
    paraf_removed: list[tuple[str, str]] = field(default_factory=list)
    other_lines: bool = False  # changed any line that is not an initial (content, or review keys)


@dataclass
class FileHistory:
    """Every change to one file, following renames; `key` stays the same across renames."""

    key: int
    path: str
    changes: list[Change] = field(default_factory=list)

    @property
    def created(self) -> Change:
        return self.changes[0]


@dataclass
class HistoryIndex:
    head: str | None = None
    shallow: bool = False
    commits: dict[str, Commit] = field(default_factory=dict)
    files: dict[str, FileHistory] = field(default_factory=dict)  # current path -> history
    archive_numbers: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # n -> (key, sha)
    order: list[str] = field(default_factory=list)  # commits, oldest first
    _next_key: int = 0

    def file(self, path: str) -> FileHistory | None:
        return self.files.get(path)

    def commit(self, sha: str) -> Commit:
        return self.commits[sha]

    # ---- building ----------------------------------------------------------------------------

    def _history_for(self, old: str | None, new: str | None) -> FileHistory | None:
        if old is not None and old in self.files:
            fh = self.files.pop(old) if new != old else self.files[old]
        elif new is not None and new in self.files:
            fh = self.files[new]
        else:
            fh = FileHistory(self._next_key, new or old or "")
            self._next_key += 1
        if new is not None:
            fh.path = new
            self.files[new] = fh
        return fh

    def apply(self, commit: Commit, changes: list[Change], archive: list[tuple[str, str]]) -> None:
        self.commits[commit.sha] = commit
        self.order.append(commit.sha)
        for change in changes:
            fh = self._history_for(change.old_path, change.path)
            fh.changes.append(change)
        for path, number in archive:
            fh = self.files.get(path)
            if fh is not None:
                self.archive_numbers.setdefault(number, []).append((fh.key, commit.sha))


def _parse_commit_header(header: str) -> Commit:
    sha, parents, an, ae, ad, cn, ce, cd, subject = header.split("\x1f", 8)
    return Commit(sha, tuple(parents.split()), an, ae, datetime.fromisoformat(ad), cn, ce,
                  datetime.fromisoformat(cd), subject)


def _unquote(path: str) -> str:
    """git quotes unusual paths in C style even with core.quotepath=off."""
    if path.startswith('"') and path.endswith('"'):
        return path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape").encode(
            "latin-1").decode("utf-8")
    return path


def parse_log(text: str, index: HistoryIndex) -> None:
    """Apply every commit of a `git log --reverse -p --unified=0 -M` text to `index`."""
    for chunk in text.split("\x00")[1:]:
        header, _, patch = chunk.partition("\n")
        commit = _parse_commit_header(header)
        changes, archive = _parse_patch(patch)
        for change in changes:
            change.commit = commit.sha
        index.apply(commit, changes, archive)


def _parse_patch(patch: str) -> tuple[list[Change], list[tuple[str, str]]]:
    changes: list[Change] = []
    archive: list[tuple[str, str]] = []
    current: Change | None = None
    in_header = False
    for line in patch.split("\n"):
        if line.startswith("diff --git "):
            parts = line[11:].split(" ")
            # Unambiguous only without spaces; otherwise ---/+++ or rename lines will say.
            old, new = (parts[0][2:], parts[1][2:]) if len(parts) == 2 else ("", "")
            current = Change(commit="", old_path=old, path=new)
            changes.append(current)
            in_header = True
            continue
        if current is None:
            continue
        if in_header:
            if line.startswith("@@"):
                in_header = False
            elif line.startswith("--- "):
                current.old_path = None if line == "--- /dev/null" else _unquote(line[4:])[2:]
            elif line.startswith("+++ "):
                current.path = None if line == "+++ /dev/null" else _unquote(line[4:])[2:]
            elif line.startswith("rename from "):
                current.old_path = _unquote(line[12:])
            elif line.startswith("rename to "):
                current.path = _unquote(line[10:])
            elif line.startswith("new file mode"):
                current.old_path = None
            elif line.startswith("deleted file mode"):
                current.path = None
            continue
        if not line or line[0] not in "+-":
            continue
        body = line[1:]
        m = PARAF_LINE.match(body)
        if m:
            (current.paraf_added if line[0] == "+" else current.paraf_removed).append(
                (m.group(1), body.strip()))
        elif body.strip() and not _PARAF_HEADER.match(body):
            current.other_lines = True
            if line[0] == "+":
                a = _ARCHIVE_LINE.match(body)
                if a and current.path:
                    archive.append((current.path, a.group(1).strip()))
    return [c for c in changes if c.old_path is not None or c.path is not None], archive


class GitError(Exception):
    pass


def git(root: Path, *args: str, input: str | None = None) -> str:
    done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=root, input=input,
                          capture_output=True, text=True, encoding="utf-8", errors="replace")
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {args[0]} gagal")
    return done.stdout


def _log(root: Path, revisions: str) -> str:
    return git(root, "log", "--reverse", "--topo-order", "-M", "--no-color", "--no-ext-diff",
               "--no-textconv", "-p", "--unified=0", f"--format={_FORMAT}", revisions, "--",
               *WATCHED)


def _cache_path(root: Path) -> Path:
    git_dir = root / ".git"
    return (git_dir if git_dir.is_dir() else root / ".ppid-cache") / "ppid" / "history.pickle"


def _read_cache(path: Path) -> HistoryIndex | None:
    try:
        with path.open("rb") as fh:
            version, index = pickle.load(fh)
        return index if version == CACHE_VERSION else None
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None


def _write_cache(path: Path, index: HistoryIndex) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump((CACHE_VERSION, index), fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def load_history(root: Path, use_cache: bool = True) -> HistoryIndex:
    """The history of content/ and approvals/ up to HEAD, incrementally from the cache."""
    try:
        state = git(root, "rev-parse", "HEAD", "--is-shallow-repository")
    except GitError:
        return HistoryIndex()  # not a repository, or no commit yet
    lines = state.split()
    head, shallow = lines[0], lines[-1] == "true"
    cache = _cache_path(root)
    index = _read_cache(cache) if use_cache else None
    if index is not None and index.head == head:
        return index
    if index is not None and index.head:
        try:
            git(root, "merge-base", "--is-ancestor", index.head, head)
            parse_log(_log(root, f"{index.head}..{head}"), index)
        except GitError:  # history was rewritten: start again
            index = None
    if index is None:
        index = HistoryIndex()
        parse_log(_log(root, head), index)
    index.head, index.shallow = head, shallow
    if use_cache:
        _write_cache(cache, index)
    return index


def blobs(root: Path, specs: list[str]) -> dict[str, str | None]:
    """Contents of `commit:path` specs in one `git cat-file --batch` call (None when missing)."""
    if not specs:
        return {}
    done = subprocess.run(["git", "cat-file", "--batch"], cwd=root, capture_output=True,
                          input="\n".join(specs).encode() + b"\n")
    out, pos, result = done.stdout, 0, {}
    for spec in specs:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode()
        pos = end + 1
        if header.endswith(" missing") or header.endswith(" ambiguous"):
            result[spec] = None
            continue
        size = int(header.split()[2])
        result[spec] = out[pos:pos + size].decode("utf-8", "replace")
        pos += size + 1
    return result
