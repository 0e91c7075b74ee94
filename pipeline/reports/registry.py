"""The reports `ppid laporan` offers: each one's computation and presentations in one record.

A report is a name, a `compute(request)` that returns its result, and presentations keyed by
format: `teks` and `xlsx` return tables (title, header, rows), `html` returns a whole page.
`cli/laporan.py` only dispatches; the list of reports is `reports/registered.py`, which its
users import (it imports this module, never the reverse: no import cycle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Table = tuple[str, list[str], list[list]]
FORMATS = ("teks", "xlsx", "html")


@dataclass
class Request:
    """What a report may be asked for: the site and the period options of `ppid laporan`."""

    root: Path
    approvals: Any  # office.policy.Approvals, loaded once by the CLI
    periode: str | None = None
    bulan: str | None = None
    dari: str | None = None
    sampai: str | None = None


@dataclass(frozen=True)
class Report:
    name: str
    compute: Callable[[Request], Any]
    # format -> presentation(result, request): tables for teks/xlsx, a str for html
    presentations: dict[str, Callable[[Any, Request], Any]]
    # (result, format) -> default output file name when --keluaran is not given
    filename: Callable[[Any, str], str]


_REPORTS: dict[str, Report] = {}


def register(report: Report) -> Report:
    unknown = set(report.presentations) - set(FORMATS)
    if unknown or report.name in _REPORTS:
        raise ValueError(f"report {report.name}: duplicate name or unknown format {sorted(unknown)}")
    _REPORTS[report.name] = report
    return report


def unregister(name: str) -> None:
    _REPORTS.pop(name, None)


def names() -> list[str]:
    return list(_REPORTS)


def get(name: str) -> Report:
    return _REPORTS[name]


def offering(fmt: str) -> list[str]:
    """The reports that have a presentation in `fmt` (for the message when one lacks it)."""
    return [r.name for r in _REPORTS.values() if fmt in r.presentations]
