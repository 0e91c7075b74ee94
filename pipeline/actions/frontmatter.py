"""One way to edit a front matter as lines: find a key, the end of its block, replace or insert.

Every action that records something in a file (initials, archive number, withdrawal, a shared
link) edits text, never re-dumps YAML: the lines it does not touch stay byte-identical (line
ends, quoting, comments, key order), so a diff shows exactly the one change that was made.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^-{3,}\s*$")


class FrontMatter:
    """A file's lines and the span [start, end) of its front matter, edited in place."""

    def __init__(self, text: str) -> None:
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.lines = text.split(self.newline)
        if _FENCE.match(self.lines[0].lstrip("\ufeff")):
            self.start = 1
            self.end = next(i for i in range(1, len(self.lines)) if _FENCE.match(self.lines[i]))
        else:  # a plain YAML file (a content plan): the whole file is the front matter
            self.start = 0
            self.end = len(self.lines) - 1 if self.lines[-1] == "" else len(self.lines)

    def text(self) -> str:
        return self.newline.join(self.lines)

    def find(self, key: str) -> int | None:
        """The index of the top-level line `key:`, or None."""
        pattern = re.compile(rf"^{re.escape(key)}\s*:")
        return next((i for i in range(self.start, self.end) if pattern.match(self.lines[i])), None)

    def value(self, at: int) -> str:
        """What follows `key:` on line `at` (an inline value), stripped."""
        return self.lines[at].split(":", 1)[1].strip()

    def block_end(self, at: int, keep_blank_tail: bool = False) -> int:
        """The first line after key `at`'s block (indented, list, comment or blank lines).

        Blank lines and column-0 comments after the block belong to what follows (a comment
        there usually introduces the next key) unless `keep_blank_tail`.
        """
        end = at + 1
        while end < self.end and (not self.lines[end].strip() or self.lines[end][0] in " \t#-"):
            end += 1
        if not keep_blank_tail:
            while end > at + 1 and (not self.lines[end - 1].strip() or self.lines[end - 1][0] == "#"):
                end -= 1
        return end

    def replace(self, start: int, stop: int, new: list[str]) -> None:
        """Put `new` in place of lines [start, stop)."""
        self.lines[start:stop] = new
        self.end += len(new) - (stop - start)

    def insert(self, at: int, new: list[str]) -> None:
        self.replace(at, at, new)

    def remove(self, key: str) -> None:
        """Drop `key` and its block, if present."""
        at = self.find(key)
        if at is not None:
            self.replace(at, self.block_end(at), [])
