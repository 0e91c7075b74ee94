"""`ppid bangun --pratinjau`: the site a branch proposes, for the officials asked to approve it.

Everything the branch holds is built, unapproved items and drafts included, because an official
must see what they initial: each item page carries a banner with its SOP state (site/spanduk.py,
from `reports/status`), every page is `noindex`, robots.txt disallows everything, there is no
sitemap, and the build marker says `pratinjau: true`, which `ppid terbitkan` refuses. Exempt
items stay out even here. A failing check does not stop a preview (that is its point); an item
that cannot be read or rendered is listed on the preview's home page instead of failing the build.

It reuses the normal build's steps (Pelican into a staging folder, search index, manifest,
atomic swap) but never touches the published `output/`: the default folder is `output-pratinjau`,
and a folder holding a build that is not a preview is refused.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.checks import leaks
from pipeline.checks.closure import page_items
from pipeline.checks.run import CheckResult
from pipeline.git.log import load_history
from pipeline.i18n.messages import t
from pipeline.model.dates import iso, now
from pipeline.model.document import Document
from pipeline.model.errors import CheckFailed, UsageError
from pipeline.model.findings import Finding, Severity
from pipeline.model.types import is_page
from pipeline.model.urls import doc_url
from pipeline.site import build, spanduk
from pipeline.site import revisi as revisi_bangun
from pipeline.site.plugin import SiteData

PREVIEW_DIR = "output-pratinjau"
SHOWN_STATUSES = ("terbit", "ditarik", "draf")
# Fields without which an item cannot become a page: it is listed instead of built.
STRUCTURAL = ("jenis", "title", "date", "status")
_PELICAN_SOURCE = re.compile(r"(content/\S+?\.(?:md|markdown))")


@dataclass
class PreviewSite(SiteData):
    """SiteData whose "published" items are those the preview shows, approved or not."""

    shown: frozenset[str] = frozenset()

    def published(self, doc: Document) -> bool:
        return doc.rel in self.shown

    def visible(self, doc: Document) -> bool:
        return True  # a scheduled item is previewed before its time


@dataclass
class Selection:
    shown: list[Document] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)  # rel -> why
    exempt: set[str] = field(default_factory=set)


@dataclass
class PreviewReport:
    output: Path
    pages: int
    seconds: float
    states: list[spanduk.ItemState]
    problems: list[tuple[str, str]]  # (source, why) listed on the preview's home page


def _structural_errors(doc: Document, findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.path == doc.rel and f.severity is Severity.ERROR
            and f.field.split(".")[0] in STRUCTURAL]


def select(documents: list[Document], findings: list[Finding]) -> Selection:
    """Which items the preview builds, which it cannot (and why), which it must not."""
    chosen = Selection()
    for doc in documents:
        if not doc.loaded:
            chosen.unreadable[doc.rel] = "; ".join(f.message() for f in doc.findings)
            continue
        if doc.exempt:
            chosen.exempt.add(doc.rel)
            continue
        if doc.jenis and not is_page(doc.jenis) and doc.status in SHOWN_STATUSES:
            continue  # plans and site-revision records are never pages
        if doc.status not in SHOWN_STATUSES and not _structural_errors(doc, findings):
            continue
        broken = _structural_errors(doc, findings)
        if broken or not doc.title or doc.date is None or not is_page(doc.jenis):
            missing = [name for name, ok in (("jenis", is_page(doc.jenis)), ("title", doc.title),
                                             ("date", doc.date is not None)) if not ok]
            chosen.unreadable[doc.rel] = "; ".join(
                [f"{f.field}: {f.message()}" for f in broken] or
                [t("pratinjau.tak-terbaca", isian=", ".join(missing) or "status")])
            continue
        chosen.shown.append(doc)
    return chosen


def guard_output(output: Path, root: Path) -> None:
    """Never write a preview over the published output or a folder that is no preview."""
    if output == (root / "output").resolve():
        raise UsageError(t("pratinjau.folder-terbit", folder=output))
    if not output.exists() or (output.is_dir() and not any(output.iterdir())):
        return
    try:
        info = json.loads((output / build.BUILD_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UsageError(t("pratinjau.bukan-folder-bangun", folder=output)) from None
    if not (isinstance(info, dict) and info.get("pratinjau_naskah")):
        raise UsageError(t("pratinjau.folder-terbit", folder=output))


def _pelican_problems(errors: list[str], shown: list[Document]) -> list[tuple[str, str]]:
    """Pelican's errors, each named by the item it mentions when it mentions one."""
    known = {doc.rel for doc in shown}
    out = []
    for error in errors:
        found = next((m for m in _PELICAN_SOURCE.findall(error) if m in known), "")
        out.append((found or "Pelican", t("pratinjau.pelican", detail=error)))
    return out


def build_preview(root: Path, result: CheckResult, output: Path | None = None,
                  settings_file: str = "pelicanconf.py", language: str = "id") -> PreviewReport:
    output = (output if output is not None else root / PREVIEW_DIR).resolve()
    guard_output(output, root)
    output.parent.mkdir(parents=True, exist_ok=True)
    with build.build_lock(output):
        return _build(root, result, output, settings_file, language)


def _build(root: Path, result: CheckResult, output: Path, settings_file: str,
           language: str) -> PreviewReport:
    started = time.perf_counter()
    build._clean_leftovers(output)
    chosen = select(result.documents, result.findings)
    history = result.history if result.history is not None else load_history(root)
    when = now()
    site = PreviewSite(root, result.approvals, result.documents, history, when,
                       shown=frozenset(d.rel for d in chosen.shown))
    staging = Path(tempfile.mkdtemp(prefix=f"{output.name}.", dir=output.parent))
    (staging / build.STAGING_MARK).touch()
    collector = build.run_pelican(root, site, staging, settings_file, language)
    problems = sorted(chosen.unreadable.items()) + _pelican_problems(collector.errors, chosen.shown)
    _refuse_exempt_leaks(staging, result.documents, when)
    states = [spanduk.item_state(doc, result.approvals, result.findings, when, language)
              for doc in page_items(result.documents, site.published)]
    pages = {f"{doc_url(s.doc)}index.html": s for s in states}
    spanduk.mark(staging, pages, spanduk.overview(states, problems, language), language)
    build.index_search(staging)
    head = history.head if history is not None else None
    (staging / build.BUILD_MARKER).write_text(json.dumps({
        "commit": head or "", "selesai": iso(now()), "intranet": False,
        "halaman": sum(1 for _ in staging.rglob("*.html")),
        **revisi_bangun.marker(root, settings_file),
        "pratinjau": True, "pratinjau_naskah": True}), encoding="utf-8")
    build.seal(staging, root, site, head or "", collector.theme)
    build.publish_dir(staging, output)
    return PreviewReport(output, sum(1 for _ in output.rglob("*.html")),
                         time.perf_counter() - started, states, problems)


def _refuse_exempt_leaks(staging: Path, documents: list[Document], when) -> None:
    """Drafts are built on purpose; an exempt item's words in any page still stop the preview."""
    found = leaks.scan(staging, [d for d in documents if d.status != "draf"], None)
    if found:
        shutil.rmtree(staging, ignore_errors=True)
        raise CheckFailed(t("bocor.gagal", jumlah=len(found)), [
            Finding(leak.source, "bocor.keluaran", {"keluaran": leak.output, "kutipan": leak.excerpt})
            for leak in found])


# ---- the pull request's job summary ------------------------------------------------------------

ARTIFACT = "pratinjau-situs"  # the artifact's name in .github/workflows/periksa.yml


def summary(root: Path, result: CheckResult, report: PreviewReport, since: str | None = None,
            link: str | None = None, lang: str = "id") -> str:
    """Markdown: every item the branch changed (all items without `since`), its SOP state, the
    next official, and its page's path inside the preview artifact."""
    from pipeline.reports.status import changed_files

    changed = changed_files(root, since) if since else None
    built = {s.doc.rel for s in report.states}
    problems = dict(report.problems)
    rows = []
    for doc in result.documents:
        if changed is not None and doc.rel not in changed:
            continue
        state = None
        if doc.loaded and not doc.exempt and doc.rel not in problems:
            if doc.rel not in built and (changed is None or doc.status not in SHOWN_STATUSES):
                continue  # not built: only a plan or a site-revision record the branch changed
            # worded again: the summary is in the reader's language, the banners in the site's
            state = spanduk.item_state(doc, result.approvals, result.findings, now(), lang)
        rows.append(_summary_row(doc, state, problems.get(doc.rel), lang))
    tautan = t("pratinjau.ringkasan-tautan", lang, url=link) if link else ""
    return render_summary(rows, t("pratinjau.ringkasan-artefak", lang, artefak=ARTIFACT,
                                  tautan=tautan), lang)


def _summary_row(doc: Document, state: spanduk.ItemState | None, problem: str | None,
                 lang: str) -> dict:
    row = {"judul": doc.title or doc.rel, "sumber": doc.rel, "status": doc.status or "-",
           "sop": state.sop if state else "-", "keadaan": "", "berikutnya": "", "halaman": "",
           "langkah": []}
    if problem is not None:
        row["keadaan"] = t("pratinjau.ringkasan-gagal", lang, alasan=problem)
    elif doc.exempt:
        row["keadaan"] = t("pratinjau.ringkasan-dikecualikan", lang)
    elif state is not None:
        row.update(keadaan=state.headline, langkah=[
            {"no": s.no, "peran": s.peran, "keadaan": spanduk.step_label(s, lang)}
            for s in state.steps])
        if state.next_role:
            row["berikutnya"] = f"{state.next_role} ({', '.join(state.next_people) or '-'})"
        row["halaman"] = f"{state.url}index.html" if is_page(doc.jenis) else ""
        if not is_page(doc.jenis):
            row["keadaan"] += " · " + t("pratinjau.ringkasan-bukan-halaman", lang)
    return row


def render_summary(rows: list[dict], artefak: str, lang: str) -> str:
    from pipeline.model.templating import render

    return render("pipeline.site", "pratinjau-ringkasan.md", rows=rows, artefak=artefak,
                  lang=lang).rstrip("\n") + "\n"
