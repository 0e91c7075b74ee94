"""What a CMS save may not change: the review lines go back byte for byte.

Decap re-serialises the whole front matter on every save (its own quoting, flow style and date
format). The initials, archive number, distribution links and withdrawal fields are written only
by `ppid paraf`, `nomori`, `bagikan` and `tarik`, and the history checks compare their *lines*:
a reformatted initial would read as "rewritten by another hand". So the local proxy passes every
saved file through `restore`: protected top-level keys in what the CMS sent are dropped, and the
blocks of the version being edited are put back unchanged. A new file can carry none of them.
The content hash may still change (an edit is an edit): the initials then correctly go stale.
"""

from __future__ import annotations

import re

from pipeline.site.cms import PROTECTED

_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
Block = tuple[str | None, list[str]]


def _front(text: str) -> tuple[str, list[str], str]:
    """(before, front-matter lines with their ends, after); a plan file is all front matter."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].rstrip("\r\n") == "---":
        for i in range(1, len(lines)):
            if lines[i].rstrip("\r\n") == "---":
                return lines[0], lines[1:i], "".join(lines[i:])
        return "", lines, ""
    return "", lines, ""


def blocks(lines: list[str]) -> list[Block]:
    """Top-level keys with their lines; indented, list, blank and comment lines belong above."""
    out: list[Block] = []
    for line in lines:
        match = _KEY.match(line)
        if match or not out:
            out.append((match.group(1) if match else None, [line]))
        else:
            out[-1][1].append(line)
    return out


def _withdrawn(old: list[Block]) -> bool:
    return any(k == "status" and "ditarik" in "".join(b) for k, b in old)


def restore(new_text: str, old_text: str | None) -> str:
    """`new_text` with every protected block of `old_text` as it was, and no other."""
    head, new_lines, tail = _front(new_text)
    old = blocks(_front(old_text)[1]) if old_text is not None else []
    keep = set(PROTECTED) | ({"status"} if _withdrawn(old) else set())
    kept = [b for b in blocks(new_lines) if b[0] not in keep]
    original = {k: b for k, b in old if k in keep}
    if "status" in original:  # a withdrawn item stays withdrawn, in its place
        kept.insert(_index_after(kept, "jenis"), ("status", original.pop("status")))
    body = [line for _, lines in kept for line in lines]
    if body and not body[-1].endswith("\n"):
        body[-1] += "\n"
    for _key, lines in original.items():
        body.extend(lines)
    return head + "".join(body) + tail


def _index_after(kept: list[Block], key: str) -> int:
    names = [k for k, _ in kept]
    return names.index(key) + 1 if key in names else len(kept)
