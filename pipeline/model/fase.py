"""Wall time per phase of one command, for the benchmark (bench/run.py).

`PPID_FASE=<file>` makes the command write {phase: seconds} as JSON to that file when it exits;
without it nothing is recorded or written (the timer costs one dict lookup). Phases that run
more than once add up. A phase spent waiting for work done in the background (the history read)
is named as the wait, so lost overlap shows.
"""

from __future__ import annotations

import atexit
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "PPID_FASE"
_PHASES: dict[str, float] = {}


def _write() -> None:
    target = os.environ.get(ENV)
    if target and _PHASES:
        try:
            with open(target, "w", encoding="utf-8") as fh:
                json.dump({k: round(v, 4) for k, v in _PHASES.items()}, fh, indent=1)
        except OSError:
            pass  # a benchmark aid: never a reason for a command to fail


@contextmanager
def phase(name: str) -> Iterator[None]:
    if not os.environ.get(ENV):
        yield
        return
    if not _PHASES:
        atexit.register(_write)
    started = time.perf_counter()
    try:
        yield
    finally:
        _PHASES[name] = _PHASES.get(name, 0.0) + time.perf_counter() - started


def recorded() -> dict[str, float]:
    return dict(_PHASES)
