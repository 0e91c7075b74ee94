"""HistoryIndex: per file, every change Git recorded: who, when, which initial lines, which numbers.

Built from the text of one `git log -p --unified=0 -M` (see git/log.py, which runs git and caches
the index). For every commit and file it keeps who changed it, which initial lines
(`  kabid: {nama: …}`) were added or removed, whether any other line changed, and every archive
number ever written, following renames.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from pipeline.model.document import CONTENT_SUFFIXES
from pipeline.model.errors import GitError
from pipeline.model.types import pelican_paths

WATCHED = ("content/", "approvals/")
# The one-line entry `ppid paraf` writes: two-space indent, role, flow mapping with nama.
PARAF_LINE = re.compile(r"^\s+([a-z0-9][a-z0-9-]*)\s*:\s*\{.*\bnama\s*:.*\}\s*$")
_PARAF_HEADER = re.compile(r"^paraf\s*:\s*(\{\s*\})?\s*$")
_WITHDRAWAL_LINE = re.compile(r"""^status\s*:\s*["']?ditarik["']?\s*(#.*)?$""")
_ARCHIVE_LINE = re.compile(r"""^nomor_arsip\s*:\s*["']?([^"'#]+?)["']?\s*(#.*)?$""")
_STATUS_LINE = re.compile(r"""^status\s*:\s*["']?([a-z-]+)["']?\s*(#.*)?$""")
# One entry of the `distribusi` block as `ppid share --tautan` writes it.
_DISTRIBUTION_LINE = re.compile(r"^\s*-\s*\{.*\bplatform\s*:.*\}\s*$")


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
    endorses: str  # the `Sahkan-Approvals:` trailer: an approvals/ tree this commit endorses
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
    withdrawn: bool = False  # wrote `status: ditarik`: the act of withdrawing the item
    status: tuple[str, str] | None = None  # (before, after) when the status line changed
    archived: bool = False  # wrote a `nomor_arsip` line
    distributed: tuple[str, ...] = ()  # `distribusi` entries added (stripped lines)
    merge: bool = False  # what a merge commit changed beyond all its parents (combined diff)
    blob: str = ""  # the file's blob id after the change (before it, for a deletion)


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
    # git tree id of approvals/ (None: absent) for the commits where it may differ from the
    # first parent's: approvals changes, merges and commits without parents (see chain.py)
    approvals_trees: dict[str, str | None] = field(default_factory=dict)
    position: dict[str, int] = field(default_factory=dict)  # commit -> index in `order`
    touched: dict[str, tuple[str, ...]] = field(default_factory=dict)  # commit -> watched paths
    # files that were deleted or moved out of content/ (a path deleted twice appears twice):
    # unpublishing by deletion is an authority event (checks/wewenang)
    deleted: list[FileHistory] = field(default_factory=list)
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
        if (new is None or unpublishes(old, new)) and \
                not any(gone is fh for gone in self.deleted):
            self.deleted.append(fh)
        return fh

    def _restored(self, change: Change) -> bool:
        """A deleted file brought back byte for byte (e.g. `git revert` of the deletion) is the
        same file again: its history, initials included, continues as if never deleted."""
        if change.old_path is not None or change.path is None or not change.blob:
            return False
        for i in range(len(self.deleted) - 1, -1, -1):
            fh = self.deleted[i]
            gone = fh.changes[-1]
            if fh.path == change.path and gone.path is None and gone.blob == change.blob:
                if change.path in self.files:
                    return False
                del self.deleted[i]
                fh.changes.pop()
                self.files[change.path] = fh
                return True
        return False

    def apply(self, commit: Commit, changes: list[Change], archive: list[tuple[str, str]]) -> None:
        self.commits[commit.sha] = commit
        self.position[commit.sha] = len(self.order)
        self.order.append(commit.sha)
        paths = tuple(sorted({p for c in changes for p in (c.old_path, c.path) if p}))
        if paths:
            self.touched[commit.sha] = paths
        touched = tuple(p for p in paths if p.startswith("approvals/"))
        if touched:
            self.approvals_changes.append((commit.sha, touched))
        self.record(changes, archive, commit.sha)

    def record(self, changes: list[Change], archive: list[tuple[str, str]], sha: str) -> None:
        """File changes of commit `sha` (also those a merge makes by taking a stale side)."""
        for change in changes:
            if self._restored(change):
                continue
            fh = self._history_for(change.old_path, change.path)
            fh.changes.append(change)
        for path, number in archive:
            fh = self.files.get(path)
            if fh is not None:
                self.archive_numbers.setdefault(number, []).append((fh.key, sha, path))


def _parse_commit_header(header: str) -> Commit:
    # Interned names and e-mails are stored once in the cache, not once per commit.
    sha, parents, an, ae, ad, cn, ce, cd, endorses, subject = header.split("\x1f", 9)
    return Commit(sha, parents, sys.intern(an), sys.intern(ae), ad, sys.intern(cn),
                  sys.intern(ce), cd, endorses.strip(), subject)


def _unquote(path: str) -> str:
    """git quotes unusual paths in C style even with core.quotepath=off."""
    if path.startswith('"') and path.endswith('"'):
        raw = path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
        return raw.encode("latin-1").decode("utf-8")
    return path


def is_item(path: str | None) -> bool:
    """A content item's file: moving one elsewhere takes its page off the site, like deleting."""
    return path is not None and path.startswith("content/") and path.endswith(CONTENT_SUFFIXES)


def is_built(path: str | None) -> bool:
    """An item in a folder Pelican builds pages from (the content types' ARTICLE_PATHS and
    PAGE_PATHS): anywhere else under content/ the item is checked but never becomes a page."""
    if not is_item(path) or path.count("/") < 2:
        return False
    folders = pelican_paths()
    return path.split("/", 2)[1] in (*folders["ARTICLE_PATHS"], *folders["PAGE_PATHS"])


def unpublishes(old: str | None, new: str | None) -> bool:
    """Deleting an item's file, or moving it out of content/ or out of the folders pages are
    built from, takes its page (or its withdrawal notice) off the site."""
    return is_item(old) and (new is None or not is_item(new) or (is_built(old) and
                                                                    not is_built(new)))


def _watched(path: str | None) -> bool:
    return path is not None and path.startswith(WATCHED)


def parse_log(text: str, index: HistoryIndex, marker: str, merges=None) -> None:
    """Apply every commit of a `git log --reverse -p --cc -a --unified=0 -M` text to `index`.

    Records begin at a line starting with `marker` (unguessable, chosen per run); a diff line
    always starts with a prefix character, so no file content can open a record of its own.
    """
    for chunk in ("\n" + text).split("\n" + marker)[1:]:
        header, _, patch = chunk.partition("\n")
        commit = _parse_commit_header(header)
        if commit.sha in index.commits:
            raise GitError(f"commit {commit.sha[:10]} muncul dua kali dalam riwayat yang dibaca")
        changes, archive = _parse_patch(commit.sha, patch, len(commit.parents.split()))
        index.apply(commit, changes, archive)
        if merges is not None and len(commit.parents.split()) > 1:
            merges.apply(index, commit)


class _Section:
    """One file's diff while it is being read."""

    __slots__ = ("old", "new", "added", "removed", "other", "archive", "archive_gone", "withdrawn",
                 "status_old", "status_new", "distributed", "blobs")

    def __init__(self, old: str | None, new: str | None) -> None:
        self.old, self.new = old, new
        self.added: list[tuple[str, str]] = []
        self.removed: list[tuple[str, str]] = []
        self.other = False
        self.archive: list[str] = []
        self.archive_gone: list[str] = []  # numbers on removed lines: a rewrite is not filing
        self.withdrawn = False
        self.status_old: str | None = None
        self.status_new: str | None = None
        self.distributed: list[str] = []
        self.blobs = ("", "")  # from the `index OLD..NEW` header line (--full-index)

    def change(self, sha: str, merge: bool) -> Change:
        status = None
        if self.status_new is not None and self.status_new != self.status_old:
            status = (self.status_old or "", self.status_new)
        elif self.status_old is not None and self.status_new is None:
            status = (self.status_old, "")  # the status line was removed
        return Change(sha, self.old, self.new, tuple(self.added), tuple(self.removed),
                      self.other, self.withdrawn, status,
                      bool(set(self.archive) - set(self.archive_gone)),
                      tuple(self.distributed), merge,
                      self.blobs[0] if self.new is None else self.blobs[1])


def _review_key(section: _Section, sign: str, body: str) -> None:
    """Archive number, status and distribution lines: cheap prefix tests first."""
    if body.startswith("status"):
        m = _STATUS_LINE.match(body)
        if m:
            if sign == "+":
                section.status_new = m.group(1)
                section.withdrawn = section.withdrawn or m.group(1) == "ditarik"
            else:
                section.status_old = m.group(1)
        return
    if body.startswith("nomor_arsip"):
        m = _ARCHIVE_LINE.match(body)
        if m:  # the same number removed and written again (a CMS's quoting) files nothing
            (section.archive if sign == "+" else section.archive_gone).append(m.group(1).strip())
        return
    if sign != "+":
        return
    if "platform" in body and _DISTRIBUTION_LINE.match(body):
        section.distributed.append(body.strip())


def _quoted_pair(rest: str) -> tuple[str, str] | None:
    """Both halves of a `diff --git` line when git C-quoted them ("a/x\\"y" "b/x\\"y")."""
    halves, i = [], 0
    while i < len(rest) and len(halves) < 2:
        if rest[i] == '"':
            j = i + 1
            while j < len(rest) and rest[j] != '"':
                j += 2 if rest[j] == "\\" else 1
            halves.append(_unquote(rest[i:j + 1]))
            i = j + 2
        else:
            j = rest.find(" ", i)
            j = len(rest) if j < 0 else j
            halves.append(rest[i:j])
            i = j + 1
    return (halves[0], halves[1]) if len(halves) == 2 else None


def _header_paths(rest: str) -> tuple[str | None, str | None]:
    """`a/X b/Y` of a `diff --git` line; with spaces in the name, the two halves agree."""
    if '"' in rest:
        pair = _quoted_pair(rest)
        if pair and pair[0].startswith("a/") and pair[1].startswith("b/"):
            return pair[0][2:], pair[1][2:]
    parts = rest.split(" ")
    if len(parts) == 2:
        return parts[0][2:], parts[1][2:]
    half = (len(rest) - 1) // 2
    if rest.startswith("a/") and rest[half:half + 3] == " b/" and rest[2:half] == rest[half + 3:]:
        return rest[2:half], rest[2:half]
    return "", ""  # a rename with spaces: the ---/+++ or rename lines will say


def _path_line(value: str) -> str:
    # git ends a name containing spaces with a tab in ---/+++ lines (for patch(1)).
    return _unquote(value.rstrip("\t"))


def _parse_patch(sha: str, patch: str, parents: int = 1) -> tuple[list[Change], list[tuple[str, str]]]:
    sections: list[_Section] = []
    current: _Section | None = None
    in_header = False
    width = 1  # marker columns: 1 in a plain diff, one per parent in a combined (merge) diff
    for line in patch.split("\n"):
        if line.startswith("diff --git "):
            current = _Section(*_header_paths(line[11:]))
            sections.append(current)
            in_header, width = True, 1
            continue
        if line.startswith("diff --cc ") or line.startswith("diff --combined "):
            name = _unquote(line.split(" ", 2)[2])
            current = _Section(name, name)
            sections.append(current)
            in_header, width = True, max(parents, 2)
            continue
        if current is None:
            continue
        if in_header:
            if line.startswith("@@"):
                in_header = False
            elif line.startswith("--- "):
                current.old = None if line == "--- /dev/null" else _path_line(line[4:])[2:]
            elif line.startswith("+++ "):
                current.new = None if line == "+++ /dev/null" else _path_line(line[4:])[2:]
            elif line.startswith("rename from "):
                current.old = _unquote(line[12:])
            elif line.startswith("rename to "):
                current.new = _unquote(line[10:])
            elif line.startswith("new file mode"):
                current.old = None
            elif line.startswith("deleted file mode"):
                current.new = None
            elif line.startswith("index ") and width == 1:
                old, _, new = line[6:].split(" ", 1)[0].partition("..")
                current.blobs = (old, new)
            continue
        if not line or line[0] not in "+- " or line.startswith("@@"):
            continue
        marks, body = line[:width], line[width:]
        if "+" in marks:
            sign = "+"
        elif "-" in marks:
            sign = "-"
        else:
            continue
        _body_line(current, sign, body)
    changes, archive = [], []
    for sec in sections:
        if not (_watched(sec.old) or _watched(sec.new)):
            continue  # the theme, the code: not part of the archive
        changes.append(sec.change(sha, width > 1))
        if sec.new:
            archive += [(sec.new, number) for number in sec.archive]
    return changes, archive


def _body_line(current: _Section, sign: str, body: str) -> None:
    # Cheap substring tests first: most lines are body text.
    m = PARAF_LINE.match(body) if "nama" in body and "{" in body else None
    if m:
        (current.added if sign == "+" else current.removed).append(
            (sys.intern(m.group(1)), body.strip()))
    elif current.other:
        _review_key(current, sign, body)
    elif body.strip() and not _PARAF_HEADER.match(body):
        current.other = True
        _review_key(current, sign, body)
