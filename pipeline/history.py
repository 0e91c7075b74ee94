"""HistoryIndex: one pass over Git history, per file: commits, authors, dates, initial lines.

A single `git log -p --unified=0 -M` is read (never one git call per file). For every commit and
file it keeps who changed it, which initial lines (`  kabid: {nama: …}`) were added or removed,
whether any other line changed, and every archive number ever written. The index is cached in
.git/ppid/ keyed by HEAD; a later run reads only the commits since the cached HEAD.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

CACHE_VERSION = 8
WATCHED = ("content/", "approvals/")
_FORMAT = "%x00%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI%x1f%s"
# The one-line entry `ppid paraf` writes: two-space indent, role, flow mapping with nama.
PARAF_LINE = re.compile(r"^\s+([a-z0-9][a-z0-9-]*)\s*:\s*\{.*\bnama\s*:.*\}\s*$")
_PARAF_HEADER = re.compile(r"^paraf\s*:\s*(\{\s*\})?\s*$")
_ARCHIVE_LINE = re.compile(r"""^nomor_arsip\s*:\s*["']?([^"'#]+?)["']?\s*(#.*)?$""")


class Commit(NamedTuple):
    """One commit; tuples keep the on-disk cache small and quick to load."""

    sha: str
    parents: str
    author_name: str
    author_email: str
    author_iso: str
    committer_name: str
    committer_email: str
    committer_iso: str
    subject: str

    @property
    def short(self) -> str:
        return self.sha[:10]

    @property
    def author_date(self) -> datetime:
        return datetime.fromisoformat(self.author_iso)

    @property
    def committer_date(self) -> datetime:
        return datetime.fromisoformat(self.committer_iso)


class Change(NamedTuple):
    """What one commit did to one file."""

    commit: str
    old_path: str | None  # None: the file was created here
    path: str | None  # None: the file was deleted here
    paraf_added: tuple[tuple[str, str], ...]  # (role, the stripped line)
    paraf_removed: tuple[tuple[str, str], ...]
    other_lines: bool  # changed any line that is not an initial (content, or review keys)


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
    # every archive number ever written: number -> [(file key, commit, path then)]
    archive_numbers: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # commits, oldest first
    approvals_changes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
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
        touched = tuple(sorted({p for c in changes for p in (c.old_path, c.path)
                                if p and p.startswith("approvals/")}))
        if touched:
            self.approvals_changes.append((commit.sha, touched))
        for change in changes:
            fh = self._history_for(change.old_path, change.path)
            fh.changes.append(change)
        for path, number in archive:
            fh = self.files.get(path)
            if fh is not None:
                self.archive_numbers.setdefault(number, []).append((fh.key, commit.sha, path))


def _parse_commit_header(header: str) -> Commit:
    # Interned names and e-mails are stored once in the cache, not once per commit.
    sha, parents, an, ae, ad, cn, ce, cd, subject = header.split("\x1f", 8)
    return Commit(sha, parents, sys.intern(an), sys.intern(ae), ad, sys.intern(cn),
                  sys.intern(ce), cd, subject)


def _unquote(path: str) -> str:
    """git quotes unusual paths in C style even with core.quotepath=off."""
    if path.startswith('"') and path.endswith('"'):
        raw = path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
        return raw.encode("latin-1").decode("utf-8")
    return path


def _watched(path: str | None) -> bool:
    return path is not None and path.startswith(WATCHED)


def parse_log(text: str, index: HistoryIndex) -> None:
    """Apply every commit of a `git log --reverse -p --unified=0 -M` text to `index`."""
    for chunk in text.split("\x00")[1:]:
        header, _, patch = chunk.partition("\n")
        commit = _parse_commit_header(header)
        changes, archive = _parse_patch(commit.sha, patch)
        index.apply(commit, changes, archive)


class _Section:
    """One file's diff while it is being read."""

    __slots__ = ("old", "new", "added", "removed", "other", "archive")

    def __init__(self, old: str | None, new: str | None) -> None:
        self.old, self.new = old, new
        self.added: list[tuple[str, str]] = []
        self.removed: list[tuple[str, str]] = []
        self.other = False
        self.archive: list[str] = []


def _archive(section: _Section, line: str) -> None:
    m = _ARCHIVE_LINE.match(line)
    if m:
        section.archive.append(m.group(1).strip())


def _parse_patch(sha: str, patch: str) -> tuple[list[Change], list[tuple[str, str]]]:
    sections: list[_Section] = []
    current: _Section | None = None
    in_header = False
    for line in patch.split("\n"):
        if line.startswith("diff --git "):
            parts = line[11:].split(" ")
            # Unambiguous only without spaces; otherwise ---/+++ or rename lines will say.
            old, new = (parts[0][2:], parts[1][2:]) if len(parts) == 2 else ("", "")
            current = _Section(old, new)
            sections.append(current)
            in_header = True
            continue
        if current is None:
            continue
        if in_header:
            if line.startswith("@@"):
                in_header = False
            elif line.startswith("--- "):
                current.old = None if line == "--- /dev/null" else _unquote(line[4:])[2:]
            elif line.startswith("+++ "):
                current.new = None if line == "+++ /dev/null" else _unquote(line[4:])[2:]
            elif line.startswith("rename from "):
                current.old = _unquote(line[12:])
            elif line.startswith("rename to "):
                current.new = _unquote(line[10:])
            elif line.startswith("new file mode"):
                current.old = None
            elif line.startswith("deleted file mode"):
                current.new = None
            continue
        if not line or line[0] not in "+-":
            continue
        body = line[1:]
        # Cheap substring tests first: most lines are body text.
        m = PARAF_LINE.match(body) if "nama" in body and "{" in body else None
        if m:
            (current.added if line[0] == "+" else current.removed).append(
                (sys.intern(m.group(1)), body.strip()))
        elif current.other:
            if body.startswith("nomor_arsip") and line[0] == "+":
                _archive(current, body)
        elif body.strip() and not _PARAF_HEADER.match(body):
            current.other = True
            if body.startswith("nomor_arsip") and line[0] == "+":
                _archive(current, body)
    changes, archive = [], []
    for sec in sections:
        if not (_watched(sec.old) or _watched(sec.new)):
            continue  # the theme, the code: not part of the archive
        changes.append(Change(sha, sec.old, sec.new, tuple(sec.added), tuple(sec.removed),
                              sec.other))
        if sec.new:
            archive += [(sec.new, number) for number in sec.archive]
    return changes, archive


class GitError(Exception):
    pass


def git(root: Path, *args: str, input: str | None = None) -> str:
    done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=root, input=input,
                          capture_output=True, text=True, encoding="utf-8", errors="replace")
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {args[0]} gagal")
    return done.stdout


_LOG_ARGS = ("log", "--reverse", "--topo-order", "-M", "--no-color", "--no-ext-diff",
             "--no-textconv", "-p", "--unified=0", f"--format={_FORMAT}")


class _LogReader(threading.Thread):
    """Runs one `git log` and reads its output off the main thread (pipes never fill up)."""

    def __init__(self, root: Path, revisions: list[str]) -> None:
        super().__init__(daemon=True)
        # No pathspec: limiting by path makes git walk every tree twice as slowly; paths are
        # filtered while parsing instead.
        self.proc = subprocess.Popen(["git", "-c", "core.quotepath=off", *_LOG_ARGS, *revisions],
                                     cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.out = b""
        self.err = b""
        self.start()

    def run(self) -> None:
        self.out, self.err = self.proc.communicate()

    def text(self) -> str:
        self.join()
        if self.proc.returncode != 0:
            raise GitError(self.err.decode("utf-8", "replace").strip())
        return self.out.decode("utf-8", "replace")


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


def _build_in_worker(root: Path, ranges: list[list[str]], head: str, shallow: bool,
                     cache: Path, errors) -> None:
    """Forked: read and parse all of history and leave it in the cache for the parent."""
    try:
        index = HistoryIndex()
        for reader in [_LogReader(root, part) for part in ranges]:
            parse_log(reader.text(), index)
        index.head, index.shallow = head, shallow
        _write_cache(cache, index)
    except Exception as exc:  # reported by the parent, which has the user's console
        errors.send(str(exc))
        raise SystemExit(1) from None


class PendingHistory:
    """History being read in the background while the caller loads documents.

    A full read happens in a forked process (git and the parsing use the second core while this
    one parses documents); a few new commits since the cache are read in this process.
    """

    def __init__(self, root: Path, use_cache: bool = True) -> None:
        self.root, self.use_cache = root, use_cache
        self.index: HistoryIndex | None = None
        self.readers: list[_LogReader] = []
        self.worker = None
        self.head, self.shallow = None, False
        try:
            state = git(root, "rev-parse", "HEAD", "--is-shallow-repository").split()
        except GitError:
            self.index = HistoryIndex()  # not a repository, or no commit yet
            return
        self.head, self.shallow = state[0], state[-1] == "true"
        cached = _read_cache(_cache_path(root)) if use_cache else None
        if cached is not None and cached.head == self.head:
            self.index = cached
        elif cached is not None and cached.head and _is_ancestor(root, cached.head, self.head):
            self.base = cached
            self.readers = [_LogReader(root, [f"{cached.head}..{self.head}"])]
        elif use_cache and "fork" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("fork")
            self.errors, child = ctx.Pipe(duplex=False)
            self.worker = ctx.Process(target=_build_in_worker, daemon=True, args=(
                root, _halves(root, self.head), self.head, self.shallow, _cache_path(root), child))
            self.worker.start()
        else:
            self.base = HistoryIndex()
            self.readers = [_LogReader(root, part) for part in _halves(root, self.head)]

    def result(self) -> HistoryIndex:
        if self.worker is not None:
            self.worker.join()
            if self.worker.exitcode != 0:
                detail = self.errors.recv() if self.errors.poll() else "git log gagal"
                raise GitError(detail)
            self.index = _read_cache(_cache_path(self.root))
            self.worker = None
        if self.index is None:
            index = self.base
            for reader in self.readers:  # oldest part first
                parse_log(reader.text(), index)
            index.head, index.shallow = self.head, self.shallow
            if self.use_cache:
                _write_cache(_cache_path(self.root), index)
            self.index = index
        return self.index


def _is_ancestor(root: Path, old: str, new: str) -> bool:
    try:
        git(root, "merge-base", "--is-ancestor", old, new)
        return True
    except GitError:
        return False


def _halves(root: Path, head: str) -> list[list[str]]:
    """Two revision ranges covering all of history, oldest first, for the two cores."""
    count = int(git(root, "rev-list", "--count", head).strip() or 0)
    if count < 2000:
        return [[head]]
    middle = git(root, "rev-list", "--topo-order", f"--skip={count // 2}", "-n", "1", head).strip()
    return [[middle], [f"{middle}..{head}"]]


def load_history(root: Path, use_cache: bool = True) -> HistoryIndex:
    """The history of content/ and approvals/ up to HEAD, incrementally from the cache."""
    return PendingHistory(root, use_cache).result()


def signatures(root: Path, shas: list[str], allowed_signers: Path,
               cache: bool = True) -> dict[str, tuple[str, str]]:
    """(status, principal) per commit, as git's own verification says (one call; cached).

    Status is git's %G?: G good and listed, U good but key not listed, B bad, N unsigned,
    E cannot be checked, X/Y expired, R revoked. The principal is the listed e-mail.
    """
    if not shas:
        return {}
    digest = hashlib.sha256(allowed_signers.read_bytes()).hexdigest()
    store = _cache_path(root).with_name("signatures.pickle")
    known: dict[str, tuple[str, str]] = {}
    try:
        with store.open("rb") as fh:
            stored_digest, stored = pickle.load(fh)
        if cache and stored_digest == digest:
            known = stored
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        pass
    missing = [sha for sha in dict.fromkeys(shas) if sha not in known]
    if missing:
        out = git(root, "-c", f"gpg.ssh.allowedSignersFile={allowed_signers}", "log",
                  "--no-walk=unsorted", "--stdin", "--format=%H%x1f%G?%x1f%GS",
                  input="\n".join(missing) + "\n")
        for line in out.splitlines():
            sha, status, principal = (line.split("\x1f") + ["", ""])[:3]
            known[sha] = (status, principal)
        if cache:
            try:
                store.parent.mkdir(parents=True, exist_ok=True)
                with store.open("wb") as fh:
                    pickle.dump((digest, known), fh, protocol=pickle.HIGHEST_PROTOCOL)
            except OSError:
                pass
    return {sha: known.get(sha, ("E", "")) for sha in shas}


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
