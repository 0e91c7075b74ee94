"""bench/RESULTS.md: the table of one run, each phase, and the earlier measurements kept below."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EARLIER = "<!-- earlier measurements below: kept as they were -->"
ROWS = [  # key, what, compared with
    ("check_cold", "`ppid check` cold (no cache)", None),
    ("check_commit", "`ppid check` after one new commit", None),
    ("check_pr", "`ppid check --changed-since` (a PR's files, history cache present)", None),
    ("build_cold", "`ppid build` cold (no render cache, no output/)", "pelican"),
    ("build_same", "`ppid build`, nothing changed", "pelican_cache"),
    ("build_new", "`ppid build` after one new item (received and initialled)", "pelican_cache"),
    ("build_changed", "`ppid build` after one changed item (corrected, initialled again)",
     "pelican_cache"),
    ("build_cold_v2", "`ppid build` cold, final code (rerun at the end)", None),
    ("build_same_v2", "`ppid build`, nothing changed, final code (rerun at the end)", None),
    ("build_new_v2", "`ppid build` after one new item, final code (rerun at the end)", None),
    ("build_changed_v2", "`ppid build` after one changed item, final code (rerun at the end)",
     None),
    ("hugo_v2", "Hugo cold (rerun at the end, same minutes as the rows above)", None),
    ("check_cold_v2", "`ppid check` cold (rerun at the end)", None),
    ("check_commit_v2", "`ppid check` after one new commit (rerun at the end)", None),
    ("check_pr_v2", "`ppid check --changed-since`, a PR (rerun at the end)", None),
]
PHASES = ["baca-naskah", "cek-naskah", "tunggu-riwayat", "cek-korpus-riwayat", "pelican",
          "render-kunci", "render", "render-pakai-ulang", "pagefind", "pindai-bocor", "manifest",
          "tukar"]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({cpu}), {int(mem) // 1024 // 1024} GiB RAM, "
            f"Python {platform.python_version()}, {git}; load average at the end {load}")


def _cell(run) -> str:
    return f"{run.seconds:.2f} s / {run.rss_mb:.0f} MB" if run else "—"


def table(rows: list[dict]) -> list[str]:
    head = "| row | " + " | ".join(f"{r['n']:,} items ({r['commits']:,} commits)" for r in rows)
    lines = [head + " |", "|---|" + "---:|" * len(rows)]
    for key, what, other in ROWS:
        lines.append(f"| {what} | " + " | ".join(_cell(r.get(key)) for r in rows) + " |")
        if other:
            label = "plain Pelican" + (" (its content cache, 2nd run)" if other.endswith("cache")
                                       else " (cold)")
            lines.append(f"| ↳ {label} | " + " | ".join(_cell(r.get(other)) for r in rows) + " |")
            lines.append("| ↳ Hugo (cold, simple templates) | "
                         + " | ".join(_cell(r.get("hugo")) for r in rows) + " |")
    return lines


def phases(rows: list[dict]) -> list[str]:
    lines = []
    for r in rows:
        lines += ["", f"Phases at {r['n']:,} items (seconds; `PPID_FASE`):", "",
                  "| row | " + " | ".join(PHASES) + " |", "|---|" + "---:|" * len(PHASES)]
        for key, _what, _ in ROWS:
            got = r[key].phases if r.get(key) else {}
            if not got:
                continue
            lines.append(f"| {key} | " + " | ".join(
                f"{got[p]:.2f}" if p in got else "" for p in PHASES) + " |")
    return lines


def write(rows: list[dict], note: str = "") -> str:
    lines = ["# Benchmark results", "",
             f"Measured {datetime.now():%Y-%m-%d %H:%M} UTC on {machine()}."]
    if note:
        lines += ["", note]
    lines += ["", "Each cell: wall time of the whole command / its peak resident memory. Rows at "
              "10,000 items ran once, at 1,000 the median of three.", ""]
    lines += table(rows) + phases(rows)
    text = "\n".join(lines) + "\n"
    target = ROOT / "bench" / "RESULTS.md"
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    earlier = old[old.index(EARLIER):] if EARLIER in old else f"{EARLIER}\n\n{old}"
    target.write_text(text + "\n" + earlier, encoding="utf-8")
    return text
