"""Running git for the history: the one log pass (in the background), caches, blobs, signatures.

The full read happens in a forked process so that git and the parsing use the second core while
the first parses documents; the HistoryIndex is cached in .git/ppid/ keyed by HEAD, and a later
run reads only the commits since the cached HEAD.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle
import subprocess
import threading
from pathlib import Path

import git as gitpython

from .history import HistoryIndex, parse_log

CACHE_VERSION = 9  # 9: changes record withdrawals
_FORMAT = "%x00%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI%x1f%s"


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
        # filtered while parsing instead. GitPython starts the one git log and hands us its pipe.
        self.proc = gitpython.Git(str(root)).execute(
            ["git", "-c", "core.quotepath=off", *_LOG_ARGS, *revisions], as_process=True)
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


def write_pickle(path: Path, data: object) -> None:
    """Replace `path` atomically: a reader sees the old store or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def _write_cache(path: Path, index: HistoryIndex) -> None:
    write_pickle(path, (CACHE_VERSION, index))


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
