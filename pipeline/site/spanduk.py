"""The preview's banners: where each item stands in its SOP, written onto the built pages.

The state is `reports/status.item_steps`, the computation behind `ppid status` and the pull
request's summary; this module only words it (the first step not done names the role and the
people holding it today) and adds the item's findings from the check that just ran. The banners
are inserted into the built HTML, not rendered by a template: a preview may be built with the
approved site revision's theme (SOP 004 B), which need not know about previews.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline.i18n.messages import CATALOG, t
from pipeline.model.document import Document
from pipeline.model.findings import Finding, Severity
from pipeline.model.templating import render
from pipeline.model.urls import doc_url
from pipeline.office.policy import Approvals
from pipeline.office.roster import same_name
from pipeline.reports.status import StepState, item_steps

MAX_FINDINGS = 8  # on a banner; the rest is counted ('ppid periksa' lists them all)
_BODY = re.compile(r"<body[^>]*>\s*(?:<a [^>]*href=\"#[^\"]*\"[^>]*>.*?</a>)?", re.S | re.I)
_HEAD = re.compile(r"<head[^>]*>", re.I)
_ROBOTS = re.compile(r"<meta\s+name=[\"']robots[\"'][^>]*>\s*", re.I)
_MAIN_END = re.compile(r"</main>", re.I)
NOINDEX = '<meta name="robots" content="noindex, nofollow">'
ROBOTS_TXT = "# Pratinjau usulan (ppid bangun --pratinjau): tidak untuk mesin pencari\n" \
             "User-agent: *\nDisallow: /\n"


@dataclass
class ItemState:
    """One item of the preview: its SOP steps, the headline of its banner, its findings."""

    doc: Document
    url: str
    sop: str
    steps: list[StepState]
    headline: str
    approved: bool
    next_role: str = ""
    next_people: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def _people(approvals: Approvals, peran: str, unit: str, when: datetime) -> list[str]:
    """Who holds `peran` today; those of the item's unit first when the terms name units."""
    holders = approvals.roster.holders(peran, when)
    own = [o for o in holders for term in o.terms
           if term.peran == peran and term.unit and same_name(term.unit, unit)]
    return [o.nama for o in (own or holders)]


def item_state(doc: Document, approvals: Approvals, findings: list[Finding], when: datetime,
               lang: str) -> ItemState:
    policy = approvals.policy_for(doc.jenis, doc.unit)
    steps = item_steps(doc, approvals)
    mine = [f for f in findings if f.path == doc.rel and f.severity is not Severity.INFO]
    mine.sort(key=lambda f: (not f.code.startswith("privasi."), f.severity is not Severity.ERROR))
    state = ItemState(doc, doc_url(doc), policy.nama if policy else "-", steps, "", False,
                      findings=mine)
    if policy is None:
        state.headline = t("pratinjau.tanpa-sop", lang)
        return state
    pending = next((st for st in steps if st.state != "selesai"), None)
    if pending is None:
        state.approved = doc.status != "draf"
        state.headline = t("pratinjau.draf-lengkap" if doc.status == "draf" else "pratinjau.lengkap",
                           lang)
        return state
    st = pending
    # item_steps names the role; the policy's step of that number gives its id for the roster
    peran = next((s.peran for s in policy.steps if s.no == st.no), "")
    people = _people(approvals, peran, doc.unit, when)
    state.next_role, state.next_people = st.peran, people
    nama = ", ".join(people) or t("pratinjau.tanpa-pejabat", lang)
    if st.state == "ditolak":
        state.headline = t("pratinjau.ditolak", lang, peran=st.peran, nama=st.nama or nama,
                           catatan=st.catatan or "-")
    elif doc.status == "draf":
        state.headline = t("pratinjau.draf", lang, peran=st.peran, nama=nama)
    else:
        code = "pratinjau.menunggu-ulang" if st.state == "basi" else "pratinjau.menunggu"
        state.headline = t(code, lang, peran=st.peran, nama=nama)
    return state


def step_label(step: StepState, lang: str) -> str:
    code = f"status.keadaan.{step.state}"
    label = t(code, lang) if code in CATALOG else step.state
    if step.nama:
        label += " " + t("pratinjau.oleh", lang, nama=step.nama, waktu=step.tanggal)
    return f"{label}: {step.catatan}" if step.catatan else label


def _finding_rows(state: ItemState, lang: str) -> list[dict]:
    rows = []
    for f in state.findings[:MAX_FINDINGS]:
        kind = "privasi" if f.code.startswith("privasi.") else \
            "galat" if f.severity is Severity.ERROR else "peringatan"
        rows.append({"jenis": t(f"pratinjau.temuan-{kind}", lang), "privasi": kind == "privasi",
                     "teks": f.message(lang), "baris": f.line or ""})
    return rows


def _details_label(state: ItemState, lang: str) -> str:
    done = sum(1 for s in state.steps if s.state == "selesai")
    private = sum(1 for f in state.findings if f.code.startswith("privasi."))
    extra = t("pratinjau.rincian-privasi", lang, privasi=private) if private else ""
    return t("pratinjau.rincian", lang, selesai=done, jumlah=len(state.steps),
             temuan=len(state.findings), privasi=extra)


def banner(state: ItemState | None, lang: str, home: str) -> str:
    """The banner's HTML: the site-wide notice, and the item's state when it is an item page."""
    item = None
    if state is not None:
        item = {"judul": state.headline, "approved": state.approved,
                "sop": t("pratinjau.langkah", lang, sop=state.sop),
                "langkah": [t("pratinjau.langkah-baris", lang, no=s.no, peran=s.peran,
                              keadaan=step_label(s, lang)) for s in state.steps],
                "temuan": _finding_rows(state, lang),
                "lainnya": max(0, len(state.findings) - MAX_FINDINGS), "sumber": state.doc.rel,
                "rincian": _details_label(state, lang),
                # open when it must not be missed: personal data, or a rejection's note
                "buka": any(f.code.startswith("privasi.") for f in state.findings)
                or any(s.state == "ditolak" for s in state.steps)}
    return render("pipeline.site", "pratinjau-spanduk.html", lang=lang, item=item, home=home)


def _insert(html: str, pattern: re.Pattern, text: str, before: bool = False) -> str:
    found = pattern.search(html)
    if not found:
        return html
    at = found.start() if before else found.end()
    return html[:at] + text + html[at:]


def _home(rel: str) -> str:
    """The preview's home page, relative to a page (a downloaded artifact has no server)."""
    depth = rel.count("/")
    return "../" * depth + "index.html" if depth else "index.html"


def mark(folder: Path, states: dict[str, ItemState], overview: str, lang: str) -> int:
    """Banner, noindex on every page; the overview on the home page; robots.txt says no.

    `states` maps an item page's path in the folder to its state. Returns pages marked."""
    marked = 0
    for page in sorted(folder.rglob("*.html")):
        rel = page.relative_to(folder).as_posix()
        if rel.startswith("pagefind/"):
            continue
        html = page.read_text(encoding="utf-8")
        html = _ROBOTS.sub("", html)
        html = _insert(html, _HEAD, NOINDEX)
        html = _insert(html, _BODY, banner(states.get(rel), lang, _home(rel)))
        if rel == "index.html" and overview:
            html = _insert(html, _MAIN_END, overview, before=True)
        # a new file, never written in place: a page may be a hard link to another build's
        fresh = page.with_name(page.name + ".baru")
        fresh.write_text(html, encoding="utf-8")
        fresh.replace(page)
        marked += 1
    (folder / "robots.txt").write_text(ROBOTS_TXT, encoding="utf-8")
    (folder / "sitemap.xml").unlink(missing_ok=True)  # nothing of a preview is to be indexed
    return marked


def overview(states: list[ItemState], problems: list[tuple[str, str]], lang: str) -> str:
    """The home page's list: every item of the preview, then what could not be built."""
    rows = [{"judul": s.doc.title or s.doc.rel, "url": s.url + "index.html", "sumber": s.doc.rel,
             "status": s.doc.status, "keadaan": s.headline, "approved": s.approved}
            for s in sorted(states, key=lambda s: (s.approved, s.doc.rel))]
    return render("pipeline.site", "pratinjau-daftar.html", lang=lang, rows=rows,
                  problems=problems)
