"""Running git for the history: the one log pass (in the background), caches, blobs, signatures.

The full read happens in a forked process so that git and the parsing use the second core while
the first parses documents; the HistoryIndex is cached in .git/ppid/ keyed by HEAD, and a later
run reads only the commits since the cached HEAD.
"""

from __future__ import annotations

import multiprocessing
import pickle
import secrets
import subprocess
import threading
from pathlib import Path

import git as gitpython

from pipeline.git.history import HistoryIndex, parse_log
from pipeline.git.merges import MergeSides
from pipeline.git.runner import NO_REPLACE, git
from pipeline.git.store import UNREADABLE_CACHE, _cache_path, write_pickle
from pipeline.model.errors import GitError

CACHE_VERSION = 16  # 16: an archive number rewritten unchanged is not filed again
# 14: histories of deleted files
# 13: merges' one-sided changes, commit positions and touched paths
# 12: records split on a per-run marker, every file read as text (-a)
# 11: classes moved to pipeline.git.history (pickles name modules)
# 10: merges' own changes, status/archive/distribution, approvals trees
ENDORSE_TRAILER = "Sahkan-Approvals"
# Each commit record starts with a marker nobody could have written into a file beforehand:
# a committed file's text is printed by `git log -p` as is (NUL bytes included), so a fixed
# separator could be forged to pass someone else's signed commit off as one's own.
MARKER = "ppid" + secrets.token_hex(16)
_FORMAT = (f"{MARKER}%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI%x1f"
           f"%(trailers:key={ENDORSE_TRAILER},valueonly,separator=%x20)%x1f%s")


# --cc: a merge shows only what it changed beyond every parent (an "evil merge" is seen).
# -a: every file as text, whatever .gitattributes says (`-diff` would hide a changed line).
_LOG_ARGS = ("log", "--reverse", "--topo-order", "-M", "-a", "--no-color", "--no-ext-diff",
             "--no-textconv", "-p", "--cc", "--unified=0", "--full-index", f"--format={_FORMAT}")


class _LogReader(threading.Thread):
    """Runs one `git log` and reads its output off the main thread (pipes never fill up)."""

    def __init__(self, root: Path, revisions: list[str]) -> None:
        super().__init__(daemon=True)
        # No pathspec: limiting by path makes git walk every tree twice as slowly; paths are
        # filtered while parsing instead. GitPython starts the one git log and hands us its pipe.
        self.root, self.revisions = root, revisions
        self.proc = gitpython.Git(str(root)).execute(
            ["git", NO_REPLACE, "-c", "core.quotepath=off", *_LOG_ARGS, *revisions], as_process=True)
        self.out = b""
        self.err = b""
        self.start()

    def run(self) -> None:
        self.out, self.err = self.proc.communicate()

    def text(self) -> str:
        self.join()
        if self.proc.proc.returncode != 0:
            raise GitError(self.err.decode("utf-8", "replace").strip())
        return self.out.decode("utf-8", "replace")

    def parse_into(self, index: HistoryIndex) -> None:
        """Parse this range into `index`, and prove every commit was read exactly once."""
        before = len(index.order)
        # The graph as rev-list has it (read while git log runs): every commit once, and the
        # merges whose one-sided changes MergeSides records.
        graph = git(self.root, "rev-list", "--parents", *self.revisions).split("\n")
        merges = [line.split() for line in graph if line.count(" ") > 1]
        sides = MergeSides(self.root, merges)
        parse_log(self.text(), index, MARKER, sides)
        expected = sum(1 for line in graph if line)
        read = index.order[before:]
        if len(read) != expected or set(read) != {line.split()[0] for line in graph if line}:
            raise GitError(f"riwayat terbaca {len(read)} commit, git rev-list menyebut {expected}")


def _read_cache(path: Path) -> HistoryIndex | None:
    try:
        with path.open("rb") as fh:
            version, index = pickle.load(fh)
        return index if version == CACHE_VERSION else None
    except UNREADABLE_CACHE:
        return None


def _write_cache(path: Path, index: HistoryIndex) -> None:
    write_pickle(path, (CACHE_VERSION, index))


def _build_in_worker(root: Path, ranges: list[list[str]], head: str, shallow: bool,
                     cache: Path, errors) -> None:
    """Forked: read and parse all of history and leave it in the cache for the parent."""
    try:
        index = HistoryIndex()
        for reader in [_LogReader(root, part) for part in ranges]:
            reader.parse_into(index)
        record_approvals_trees(root, index, 0)
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
            # One git process: the worker and git share the second core while this process
            # parses documents on the first (two git halves measured slower on 2 cores).
            self.worker = ctx.Process(target=_build_in_worker, daemon=True, args=(
                root, [[self.head]], self.head, self.shallow, _cache_path(root), child))
            self.worker.start()
        else:
            self.base = HistoryIndex()
            self.readers = [_LogReader(root, [self.head])]

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
            known = len(index.order)
            for reader in self.readers:  # oldest part first
                reader.parse_into(index)
            record_approvals_trees(self.root, index, known)
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


def load_history(root: Path, use_cache: bool = True) -> HistoryIndex:
    """The history of content/ and approvals/ up to HEAD, incrementally from the cache."""
    return PendingHistory(root, use_cache).result()


def record_approvals_trees(root: Path, index: HistoryIndex, start: int) -> None:
    """Tree ids of approvals/ where they may differ from the first parent's (one git call).

    A plain commit that touches nothing under approvals/ has its parent's tree, so only
    approvals changes, merges and parentless commits from `index.order[start:]` are asked.
    """
    changed = {sha for sha, _ in index.approvals_changes}
    wanted = [sha for sha in index.order[start:]
              if sha in changed or len(index.commits[sha].parents.split()) != 1]
    if not wanted:
        return
    specs = [f"{sha}:approvals" for sha in wanted]
    done = subprocess.run(["git", NO_REPLACE, "cat-file", "--batch-check=%(objectname) %(objecttype)"],
                          cwd=root, capture_output=True, text=True,
                          input="\n".join(specs) + "\n")
    for sha, line in zip(wanted, done.stdout.splitlines(), strict=False):
        parts = line.split()
        index.approvals_trees[sha] = parts[0] if len(parts) == 2 and parts[1] == "tree" else None








