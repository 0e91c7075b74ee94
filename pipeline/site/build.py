"""Build the checked site with Pelican into a staging folder, then swap it in atomically.

A failed or interrupted build never touches the published `output/`: Pelican writes only into a
fresh sibling folder, and the switch is one `renameat2(RENAME_EXCHANGE)` (Linux), or two renames
where that call is missing. Leftovers of an interrupted build are removed by the next one.
Pelican is given only the approved closure of content/ as static files (pipeline/checks/closure.py);
before the swap the build writes a manifest of every output file and the approval covering it,
and refuses a folder that does not match it exactly (pipeline/manifest.py).
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.checks import leaks
from pipeline.checks.closure import published_attachments
from pipeline.checks.run import CheckResult
from pipeline.git.log import load_history
from pipeline.i18n.messages import t
from pipeline.model.dates import iso, now
from pipeline.model.errors import BuildError, CheckFailed, UsageError
from pipeline.model.fase import phase
from pipeline.model.findings import Finding
from pipeline.model.types import pelican_paths
from pipeline.office.config import Instansi
from pipeline.site import demo, indekscari, manifest, rendercache
from pipeline.site import revisi as revisi_bangun
from pipeline.site.plugin import SiteData
from pipeline.site.rendercache import RenderCache

STAGING_MARK = manifest.STAGING_MARK
BUILD_MARKER = ".ppid-build.json"  # written last: only a complete build carries it
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@dataclass
class BuildReport:
    output: Path
    pages: int
    seconds: float
    warnings: list[str]
    notes: list[str] = field(default_factory=list)  # ours, in the user's language (cache)


class _Collector(logging.Handler):
    """Pelican logs a broken file and carries on; we collect its errors and fail the build."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.theme: Path | None = None  # the theme Pelican used (an approved revision's, maybe)

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {record.exc_info[1]}"
        (self.errors if record.levelno >= logging.ERROR else self.warnings).append(text)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories; False where the kernel or libc cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def publish_dir(staging: Path, output: Path) -> None:
    """Make `staging` the new `output`; the old output is deleted only after the switch."""
    if not output.exists():
        staging.rename(output)
    elif _exchange(staging, output):
        shutil.rmtree(staging)  # now holds the previous build
    else:
        old = output.with_name(f"{output.name}.{os.getpid()}.old")
        output.rename(old)
        staging.rename(output)
        shutil.rmtree(old)
    (output / STAGING_MARK).unlink(missing_ok=True)


def _clean_leftovers(output: Path) -> None:
    """Remove staging folders of builds that were killed; never the published folder."""
    for path in output.parent.glob(f"{output.name}.*"):
        if path.is_dir() and (path / STAGING_MARK).exists() or path.name.endswith(".old"):
            shutil.rmtree(path, ignore_errors=True)


def index_search(folder: Path) -> None:
    """Pagefind's static search index, one index for the pages that carry item content.

    "und" (no language) switches stemming off: the Snowball Indonesian stemmer folds words
    together that citizens tell apart (pemohon -> pohon, keberatan -> berat). Exact words and
    the prefix of the last word typed ("lapor" finds "laporan") serve Indonesian better.
    """
    # -I (isolated): `python -m` would put the working folder, the office's repository, first
    # on sys.path, so a `pagefind.py` anyone commits at its root would run inside the build
    # (and could write pages into the staging folder before the manifest is sealed).
    done = subprocess.run([sys.executable, "-I", "-m", "pagefind", "--site", str(folder),
                           "--output-subdir", "pagefind", "--force-language", "und"],
                          capture_output=True, text=True, cwd=folder)
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["pagefind"]
        raise BuildError(t("bangun.gagal-cari", detail=detail[0]))


def office_names(instansi: Instansi) -> dict[str, str]:
    """SITENAME and AUTHOR from config.yaml, so no settings file names an office."""
    name = instansi.ppid or instansi.nama or "PPID"
    return {"SITENAME": name, "AUTHOR": name}


def run_pelican(root: Path, site: SiteData, staging: Path, settings_file: str,
                language: str = "id", cache: RenderCache | None = None) -> _Collector:
    from pelican import Pelican
    from pelican.log import console as pelican_console
    from pelican.settings import read_settings

    collector = _Collector()
    logger = logging.getLogger("pelican")
    logger.addHandler(collector)
    pelican_console.quiet = True  # we print our own summary, in the user's language
    # A new office's first build has no content/ yet: Pelican refuses a missing path, so it
    # reads an empty folder and the site still gets its home, DIP, SOP and agenda pages.
    empty = None if (root / "content").is_dir() else Path(tempfile.mkdtemp(prefix="ppid-kosong-"))
    try:
        address = site.approvals.settings.instansi.site_url
        # Only files inside an approved item's hash: never a folder, so a stray file is never
        # collected (the plugin drops anything else Pelican finds, e.g. `{static}` links).
        static = sorted(published_attachments(site.documents, site.published))
        settings = read_settings(str(root / settings_file),
                                 override={"OUTPUT_PATH": str(staging), "PPID": site,
                                           # absolute in feeds; pages stay relative
                                           "SITEURL": address, "FEED_DOMAIN": address,
                                           # the name from config.yaml only (issue #13)
                                           **office_names(site.approvals.settings.instansi),
                                           "PPID_SITUS": address, "PPID_BAHASA": language,
                                           "PPID_INTRANET": site.intranet,
                                           "STATIC_PATHS": static,
                                           # the content types' folders (model/types.py)
                                           **pelican_paths(),
                                           **({"PATH": str(empty)} if empty else {}),
                                           "PPID_RENDER": cache,
                                           "DEFAULT_LANG": language})
        collector.theme = Path(settings["THEME"])
        if cache is not None:
            cache.settings_key = rendercache.settings_key(settings)
        Pelican(settings).run()
    except Exception as exc:  # Pelican raises many kinds; all mean the same to the user
        collector.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        logger.removeHandler(collector)
        pelican_console.quiet = False
        if empty is not None:
            shutil.rmtree(empty, ignore_errors=True)
    return collector


@contextmanager
def build_lock(output: Path):
    """One build or deploy of an output folder at a time (released even on kill -9)."""
    path = output.with_name(f".{output.name}.lock")
    with path.open("w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UsageError(t("bangun.terkunci", folder=output)) from None
        yield


def refuse(staging: Path, problems: list[manifest.Problem]) -> None:
    """Remove the staging folder and fail with the first problems named (exit 3)."""
    shutil.rmtree(staging, ignore_errors=True)
    shown = "; ".join(t(f"manifest.{p.code}", berkas=p.path) for p in problems[:5])
    more = t("manifest.lainnya", jumlah=len(problems) - 5) if len(problems) > 5 else ""
    raise BuildError(t("manifest.gagal", jumlah=len(problems), rincian=shown + more))


def seal(staging: Path, root: Path, site: SiteData, commit: str,
         theme: Path | None = None) -> None:
    """Write the manifest, then prove the folder is exactly what it lists."""
    listed, problems = manifest.describe(staging, root, site.documents, site.published, commit,
                                         theme)
    if problems:
        refuse(staging, problems)
    manifest.write(staging, listed)
    problems = manifest.verify(staging)
    if problems:
        refuse(staging, problems)


def build_site(root: Path, result: CheckResult, output: Path | None = None,
               settings_file: str = "pelicanconf.py", language: str = "id",
               intranet: bool = False) -> BuildReport:
    """Build the public site, or (`intranet`) the office's own copy with the full dashboard."""
    default = "intranet" if intranet else "output"
    output = (output if output is not None else root / default).resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(output):
        return _build(root, result, output, settings_file, language, intranet)


def _build(root: Path, result: CheckResult, output: Path, settings_file: str,
           language: str, intranet: bool) -> BuildReport:
    started = time.perf_counter()
    _clean_leftovers(output)
    staging = Path(tempfile.mkdtemp(prefix=f"{output.name}.", dir=output.parent))
    (staging / STAGING_MARK).touch()
    history = result.history if result.history is not None else load_history(root)
    site = SiteData(root, result.approvals, result.documents, history, now(), intranet=intranet)
    # Pages reused from the last build: hard links to output/ (a demo marks pages in place,
    # which must never write through a link into the published folder).
    cache = RenderCache(root, previous=output, link=not demo.is_demo(root))
    with phase("pelican"):
        collector = run_pelican(root, site, staging, settings_file, language, cache)
    if collector.errors:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(t("bangun.gagal-pelican", detail="; ".join(collector.errors)))
    if demo.is_demo(root):  # `ppid demo`: no page of a throwaway copy passes for the office's
        demo.mark_pages(staging)
    with phase("pagefind"):
        key = indekscari.html_key(staging, cache)
        if not indekscari.reuse(staging, cache, key):
            index_search(staging)
            indekscari.remember(staging, cache, key)
    with phase("pindai-bocor"):
        found = leaks.scan(staging, result.documents, site.now)
    if found:
        shutil.rmtree(staging, ignore_errors=True)
        findings = [Finding(leak.source, "bocor.keluaran", {"keluaran": leak.output,
                                                            "kutipan": leak.excerpt})
                    for leak in found]
        raise CheckFailed(t("bocor.gagal", jumlah=len(found)), findings)
    head = history.head if history is not None else None
    (staging / BUILD_MARKER).write_text(json.dumps({
        "commit": head or "", "selesai": iso(now()), "intranet": intranet,
        "halaman": sum(1 for _ in staging.rglob("*.html")),
        **revisi_bangun.marker(root, settings_file)}), encoding="utf-8")  # SOP 004 B: revision, preview
    with phase("manifest"):
        seal(staging, root, site, head or "", collector.theme)
    with phase("tukar"):
        publish_dir(staging, output)
    cache.save()  # only after a build that went live: a failed one never feeds the cache
    pages = sum(1 for _ in output.rglob("*.html"))
    return BuildReport(output, pages, time.perf_counter() - started, collector.warnings,
                       cache.warnings)
