"""Time `ppid check` (cold, warm, after one new commit) and `ppid build` against plain Pelican.

    python bench/run.py            # N = 1000 and 10000, writes bench/RESULTS.md
    python bench/run.py 1000       # one size only

Each timing is the median wall time of whole command runs (process start included), on the
repositories made by bench/generate.py in a temporary folder.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PPID = str(BIN / "ppid")
PELICAN = str(BIN / "pelican")
PLAIN_SETTINGS = '''
PATH = "content"
THEME = "simple"
TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
DEFAULT_PAGINATION = 10
DIRECT_TEMPLATES = ["index"]
ARTICLE_PATHS = ["berita"]
PAGE_PATHS = ["halaman", "informasi"]
for _kind in ("CATEGORY", "TAG", "AUTHOR", "ARCHIVES", "CATEGORIES", "TAGS", "AUTHORS",
              "YEAR_ARCHIVE", "MONTH_ARCHIVE", "DAY_ARCHIVE", "DRAFT", "DRAFT_PAGE"):
    globals()[f"{_kind}_SAVE_AS"] = ""
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
'''


def timed(cmd: list[str], cwd: Path, runs: int = 3, before=None) -> float:
    """Median wall time; a run that does not succeed is never timed as if it had."""
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=cwd, capture_output=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            tail = (done.stdout + done.stderr).decode("utf-8", "replace")[-800:]
            raise SystemExit(f"{' '.join(cmd)} gagal (kode {done.returncode}):\n{tail}")
    return statistics.median(times)


def clear_caches(repo: Path):
    return lambda: shutil.rmtree(repo / ".git" / "ppid", ignore_errors=True)


def one_new_commit(repo: Path) -> None:
    """An editor's next commit: one new press release."""
    path = repo / "content" / "berita" / "baru" / f"bench-{time.time_ns()}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\ntitle: Baru\ndate: 2026-11-20 09:00\njenis: siaran-pers\nstatus: draf\n"
                    "unit: Diskominfo\nringkasan: Baru.\njenis_berita: Kegiatan\n---\nIsi.\n",
                    encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "-c", "user.name=Rina Susanti", "-c",
                    "user.email=rina.susanti@bantulkab.go.id", "commit", "-qm", "Naskah baru"],
                   cwd=repo, check=True)


def measure(n: int, workdir: Path) -> dict:
    repo = workdir / str(n)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(n), str(repo)],
                   check=True, stdout=subprocess.DEVNULL)
    generated = time.perf_counter() - started
    commits = int(subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=repo, check=True,
                                 capture_output=True, text=True).stdout)
    row = {"n": n, "commits": commits, "generate": generated}
    row["cold"] = timed([PPID, "check"], repo, before=clear_caches(repo))
    row["warm"] = timed([PPID, "check"], repo)
    row["incremental"] = timed([PPID, "check"], repo, before=lambda: one_new_commit(repo))
    row["build"] = timed([PPID, "build", "--output", str(workdir / f"out-{n}")], repo, runs=1)
    row["intranet"] = timed([PPID, "build", "--intranet", "--output", str(workdir / f"in-{n}")],
                            repo, runs=1)
    # The semester of the newest content plan: a full evaluation with plan against realisation.
    newest = max(p.stem for p in (repo / "content" / "rencana").glob("*.yaml"))
    row["semester"] = f"{newest[:4]}-S{1 if newest[-1] in '12' else 2}"
    row["evaluasi"] = timed([PPID, "report", "evaluasi", "--periode", row["semester"], "--format",
                             "xlsx", "--keluaran", str(workdir / f"ev-{n}.xlsx")], repo)
    plain = workdir / f"{n}-pelican"
    (plain / "plainconf.py").write_text(PLAIN_SETTINGS, encoding="utf-8")
    row["pelican"] = timed([PELICAN, "-q", "-s", "plainconf.py", "-o", str(workdir / f"plain-{n}")],
                           plain, runs=1)
    return row


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {int(mem) // 1024 // 1024} GiB RAM, "
            f"Python {platform.python_version()}, {git}, {platform.platform()}")


def write_results(rows: list[dict]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.now():%Y-%m-%d %H:%M} on {machine()}.",
        "",
        "Repositories made by `bench/generate.py` (items received, initialled step by step by the",
        "office holder of the day, 1 in 10 rejected and fixed, archive numbers filed; 5 years of",
        "history). Times are medians of whole command runs including process start. Trust level",
        "`penulis`: every initial is traced to the commit that wrote it.",
        "",
        "| items | commits | `ppid check` cold | warm (unchanged) | after 1 new commit | "
        "`ppid build` | plain Pelican | `build --intranet` | `report evaluasi` (semester) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['n']:,} | {r['commits']:,} | {r['cold']:.2f} s | {r['warm']:.2f} s | "
                     f"{r['incremental']:.2f} s | {r['build']:.1f} s | {r['pelican']:.1f} s | "
                     f"{r['intranet']:.1f} s | {r['evaluasi']:.2f} s ({r['semester']}) |")
    lines += [
        "",
        "- *cold*: no cache; the whole history is read (`git log -p`) and every file parsed.",
        "- *warm*: nothing changed since the last check; answered from the result cache.",
        "- *after 1 new commit*: the history cache is extended by the new commit only; all files",
        "  are parsed and checked again.",
        "- *`ppid build`*: the check (warm history), Pelican with our reader, DIP, SOP and agenda",
        "  pages, feed and sitemap, the Pagefind search index, and the scan of every output file for",
        "  exempt and draft text; then the atomic swap.",
        "- *plain Pelican*: Pelican 4.12 with its `simple` theme and Markdown reader on the same",
        "  bodies and titles, with the same page types switched off; no checking at all.",
        "- Every generated quarter has a content plan (SOP 004 A.1, 27 entries, signed by the",
        "  Koordinator; a third of the planned items cite it, the rest are matched by title).",
        "- *`build --intranet`*: the office's copy (full dashboard with the plan item by item).",
        "- *`report evaluasi`*: the newest plan's semester as XLSX, plan against realisation",
        "  included.",
        "",
    ]
    text = "\n".join(lines)
    (ROOT / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    return text


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    with tempfile.TemporaryDirectory(prefix="ppid-bench-") as tmp:
        rows = [measure(n, Path(tmp)) for n in sizes]
    print(write_results(rows))


if __name__ == "__main__":
    main()
