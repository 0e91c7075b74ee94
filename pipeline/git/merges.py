"""What a merge changes by taking one side: the lines no commit of the other side explains.

`git log --cc` shows what a merge changed beyond *every* parent. A merge whose result for a file
equals one parent's version shows nothing there, yet it may undo work of the other side: take
the branch's stale copy of an item after the main line withdrew it, and the withdrawal is gone
with no commit to blame. For each merge and watched file that differs from a parent, the change
is explained only if another side changed that file since the fork (and the merge took that
side's version) while this side did not; anything else is recorded as the merge's own change,
from the parent's version to the result, by the merge's author.

Diffs of every merge against each parent come from one `git diff-tree --stdin` call.
"""

from __future__ import annotations

import heapq
import re
import subprocess
from pathlib import Path

from pipeline.git.history import WATCHED, Commit, HistoryIndex, _parse_patch
from pipeline.git.runner import NO_REPLACE

_SHA_LINE = re.compile(r"^[0-9a-f]{40}$")


class MergeSides:
    """Per (merge, parent): the watched files' changes from that parent to the merge."""

    def __init__(self, root: Path, merges: list[list[str]]) -> None:
        """`merges`: [merge, parent, parent, …] as `git rev-list --parents` lists them."""
        self.pairs: dict[tuple[str, str], tuple[list, list]] = {}
        pairs = [(merge[0], parent) for merge in merges for parent in merge[1:]]
        if not pairs:
            return
        done = subprocess.run(
            ["git", NO_REPLACE, "-c", "core.quotepath=off", "diff-tree", "--stdin", "-r", "-M", "-a",
             "--no-ext-diff", "--no-textconv", "-p", "--unified=0", "--",
             *(w.rstrip("/") for w in WATCHED)],
            cwd=root, capture_output=True,
            input=("\n".join(f"{m} {p}" for m, p in pairs) + "\n").encode())
        text = done.stdout.decode("utf-8", "replace")
        # One record per input line, in order, each opened by the merge's id on its own line.
        records, current = [], None
        for line in text.split("\n"):
            if _SHA_LINE.match(line):
                current = []
                records.append((line, current))
            elif current is not None:
                current.append(line)
        merged = iter(records)
        record = next(merged, None)
        for merge, parent in pairs:
            patch = ""
            if record is not None and record[0] == merge:
                patch = "\n".join(record[1])
                record = next(merged, None)
            self.pairs[(merge, parent)] = _parse_patch(merge, patch)

    def apply(self, index: HistoryIndex, commit: Commit) -> None:
        """Record, for merge `commit`, the changes no side explains (right after applying it)."""
        parents = commit.parents.split()
        diffs = [self.pairs.get((commit.sha, p), ([], [])) for p in parents]
        changed = [{c.path or c.old_path for c in changes} for changes, _ in diffs]
        sides = [_touched(index, side) for side in _sides(index, parents)]
        for j, (changes, archive) in enumerate(diffs):
            own = []
            for change in changes:
                path = change.path or change.old_path
                if all(path in paths for paths in changed):
                    continue  # differs from every parent: the combined diff recorded it
                took = [k for k in range(len(parents)) if k != j and path not in changed[k]]
                explained = any(path in sides[k] for k in took) and path not in sides[j]
                if not explained:
                    own.append(change._replace(merge=True))
            if own:
                paths = {c.path for c in own}
                index.record(own, [a for a in archive if a[0] in paths], commit.sha)
                index.touched[commit.sha] = tuple(sorted(
                    set(index.touched.get(commit.sha, ())) | {p for c in own
                                                               for p in (c.path, c.old_path) if p}))


def _touched(index: HistoryIndex, commits: set[str]) -> set[str]:
    return {path for sha in commits for path in index.touched.get(sha, ())}


def _sides(index: HistoryIndex, parents: list[str]) -> list[set[str]]:
    """Commits reachable from each parent and not from all of them (since the fork)."""
    full = (1 << len(parents)) - 1
    paint: dict[str, int] = {}
    heap: list[tuple[int, str]] = []
    for i, parent in enumerate(parents):
        if parent in index.position:
            if parent not in paint:
                heapq.heappush(heap, (-index.position[parent], parent))
            paint[parent] = paint.get(parent, 0) | (1 << i)
    sides: list[set[str]] = [set() for _ in parents]
    pending = sum(1 for _, sha in heap if paint[sha] != full)  # queued, not yet common
    while heap and pending:
        _, sha = heapq.heappop(heap)
        flags = paint[sha]
        if flags != full:
            pending -= 1
            for i in range(len(parents)):
                if flags & (1 << i):
                    sides[i].add(sha)
        for parent in index.commits[sha].parents.split():
            if parent not in index.position:
                continue  # beyond a shallow clone's edge
            before = paint.get(parent)
            paint[parent] = (before or 0) | flags
            if before is None:
                heapq.heappush(heap, (-index.position[parent], parent))
                pending += paint[parent] != full
            elif before != full and paint[parent] == full:
                pending -= 1
    return sides
