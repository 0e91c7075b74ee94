"""Which commit introduced an initial, compared by value rather than by line text.

A hosted CMS (Decap on GitHub/Gitea) re-serialises the whole front matter on save: other
quoting, other key order, block instead of flow style, dates in UTC (`2026-11-20T02:13:00.000Z`).
The official's act is the *value* of the entry (name, time as an instant, decision, hash, note),
so a re-serialisation that keeps every value is not a new act: the introducing commit is the
one that first wrote this value, looking past commits that removed and re-added it unchanged.
A changed value (another time, name, decision or hash) was written by whoever changed it.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import UTC
from functools import lru_cache

import yaml

from pipeline.git.history import Change, FileHistory
from pipeline.model.dates import parse_datetime

Value = tuple[tuple[str, str], ...]


def normalised(entry: object) -> Value | None:
    """An entry as comparable data: keys and values as text, `tanggal` as a UTC instant."""
    if not isinstance(entry, dict):
        return None
    out = []
    for key, value in entry.items():
        text = "" if value is None else str(value).strip()
        if str(key) == "tanggal":
            with suppress(ValueError):  # an unreadable time compares as written
                text = parse_datetime(value).astimezone(UTC).isoformat()
        out.append((str(key), text))
    return tuple(sorted(out))


@lru_cache(maxsize=4096)
def line_value(line: str) -> Value | None:
    """The value of one initial line `kabid: {nama: …}` (stripped), None when unreadable."""
    try:
        data = yaml.load(line, Loader=yaml.CSafeLoader)  # noqa: S506 - the safe loader, in C
    except (yaml.YAMLError, ValueError, OverflowError):  # ValueError: an impossible date
        return None
    if not isinstance(data, dict) or len(data) != 1:
        return None
    return normalised(next(iter(data.values())))


def _has(lines: tuple[tuple[str, str], ...], role: str, wanted: Value) -> bool:
    return any(r == role and line_value(text) == wanted for r, text in lines)


def introducing(fh: FileHistory, role: str, line: str, entry: object) -> Change | None:
    """The change that introduced the role's current entry.

    Fast path: the last change that added exactly this line, when it did not also remove a line
    of the same role (the common case: `ppid paraf` wrote it). Otherwise the search is by value.
    """
    wanted_line = (role, line.strip())
    exact = next((c for c in reversed(fh.changes) if wanted_line in c.paraf_added), None)
    if exact is not None and not any(r == role for r, _ in exact.paraf_removed):
        return exact
    wanted = normalised(entry)
    if wanted is None:
        return exact
    for change in reversed(fh.changes):
        if _has(change.paraf_added, role, wanted) and not _has(change.paraf_removed, role, wanted):
            return change
    return None


@lru_cache(maxsize=4096)
def distribution_value(line: str) -> Value | None:
    """The value of one `distribusi` line `- {platform: …, tautan: …}` (stripped)."""
    try:
        data = yaml.load(line, Loader=yaml.CSafeLoader)  # noqa: S506 - the safe loader, in C
    except (yaml.YAMLError, ValueError, OverflowError):
        return None
    return normalised(data[0]) if isinstance(data, list) and len(data) == 1 else None


def distribution_entries(meta: dict) -> list[tuple[str, Value]]:
    """The item's distribution entries as (text shown in messages, value), in any YAML style."""
    entries = meta.get("distribusi")
    out = []
    for entry in entries if isinstance(entries, list) else []:
        value = normalised(entry)
        if value is not None:
            shown = ", ".join(f"{k}: {v}" for k, v in value if k in ("platform", "tautan", "lokasi"))
            out.append((shown, value))
    return out


def distributing(fh: FileHistory, value: Value) -> Change | None:
    """The first change that wrote this link (by value): a later rewrite in another quoting or
    block style by a CMS is not a new act; the same link written again is the same record."""
    return next((c for c in fh.changes if any(distribution_value(line) == value
                                               for line in c.distributed)), None)
