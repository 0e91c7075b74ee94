"""Every report `ppid laporan` offers, in the order its help lists them.

A new report: a module with its computation and presentations (a template in
`reports/templates/` for HTML), one `register(Report(...))` here, and a test. Functions are
named as "module:function" and imported when the report runs, so building the CLI parser
(which lists these names) does not load the reports' dependencies.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from pipeline.reports.registry import Report, register


def _lazy(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")

    def call(*args: Any) -> Any:
        return getattr(import_module(f"pipeline.reports.{module}"), name)(*args)

    return call


register(Report(
    "mutu-baku", _lazy("mutu_laporan:compute"),
    {"teks": _lazy("mutu_laporan:teks"), "xlsx": _lazy("mutu_laporan:xlsx"),
     "html": _lazy("mutu_laporan:html")},
    lambda _times, fmt: f"mutu-baku.{fmt}",
))
register(Report(
    "evaluasi", _lazy("evaluasi:compute"),
    {"teks": _lazy("evaluasi_laporan:as_tables"), "xlsx": _lazy("evaluasi_laporan:as_xlsx"),
     "html": _lazy("evaluasi_laporan:as_html")},
    lambda ev, fmt: f"evaluasi-{ev.period.label}.{fmt}",
))
