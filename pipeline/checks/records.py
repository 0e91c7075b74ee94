"""Records of the steps that leave no initial (issue #15): `catatan_langkah` and `distribusi`.

A step with `rekaman` in its policy is proven by one line `langkah-N: {peran, nama, tanggal, …}`
under `catatan_langkah`, written by `ppid catat` as the holder of the recording role (the
receiving Kasie's YA in SOP 001, the Ketua's instruction, the platform choice and the
acknowledgements of the links in SOP 003, the Kepala Dinas's receipt of a content plan in
SOP 004 A.1). The line must name a holder of that role on its date, and at `penulis` and
`tanda-tangan` the commit that wrote it must be theirs (and signed by them). A requirement
added to a policy applies to items dated from its `sejak`; older items are left as they were.
"""

from __future__ import annotations

from datetime import datetime

from pipeline.checks.trust import Signed
from pipeline.git.history import HistoryIndex
from pipeline.model.dates import parse_datetime
from pipeline.model.document import Document
from pipeline.model.findings import Finding, Severity
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals, Policy, Step
from pipeline.office.roster import same_name

RECORDS = "catatan_langkah"


def _at(doc: Document, dotted: str, code: str, severity=Severity.ERROR, **params) -> Finding:
    return Finding(doc.rel, code, params, dotted, doc.line_of(dotted) or doc.line_of(RECORDS),
                   severity)


def _dated(doc: Document) -> datetime | None:
    try:
        return parse_datetime(doc.meta.get("date"))
    except ValueError:
        return None


def records_of(doc: Document) -> dict:
    block = doc.meta.get(RECORDS)
    return block if isinstance(block, dict) else {}


def check_document(doc: Document, approvals: Approvals) -> list[Finding]:
    """Required records and fields of the policy's steps, without history."""
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None or not doc.loaded:
        return []
    found = _distribution_entries(doc)
    dated = _dated(doc)
    gate = set(policy.gate_steps)
    for step in policy.steps:
        severity = Severity.ERROR if step in gate else Severity.WARNING
        if step.wajib_sejak and dated and dated >= step.wajib_sejak.since:
            for name in step.wajib_sejak.fields:
                if doc.meta.get(name) in (None, "", []):
                    found.append(_at(doc, name, "langkah.isian-sejak", severity, no=step.no,
                                     peran_nama=approvals.role_name(step.peran), sop=policy.nama,
                                     isian=name, sejak=step.wajib_sejak.since))
        if step.rekaman and dated and dated >= step.rekaman.since:
            found += _record(doc, policy, approvals, step, severity)
    return found


def _record(doc: Document, policy: Policy, approvals: Approvals, step: Step,
            severity: Severity) -> list[Finding]:
    spec = step.rekaman
    key = f"langkah-{step.no}"
    entry = records_of(doc).get(key)
    who = approvals.role_name(spec.by)
    base = {"no": step.no, "sop": policy.nama, "peran_nama": who, "berkas": doc.rel,
            "peran": spec.by, "uraian": step.uraian}
    if not isinstance(entry, dict):
        if not doc.publishable and severity is Severity.ERROR:
            severity = Severity.INFO  # a draft in progress: the record comes before publication
        return [_at(doc, RECORDS, "catatan.kurang", severity, **base)]
    where = f"{RECORDS}.{key}"
    found = []
    if entry.get("peran") != spec.by:
        found.append(_at(doc, f"{where}.peran", "catatan.peran-salah", **base,
                         ditulis=approvals.role_name(str(entry.get("peran")))))
        return found
    try:
        when = parse_datetime(entry.get("tanggal"))
    except ValueError:
        return found  # the schema reports the date
    holders = approvals.roster.holders(spec.by, when)
    if not any(same_name(o.nama, str(entry.get("nama", ""))) for o in holders):
        found.append(_at(doc, f"{where}.nama", "catatan.bukan-pejabat", **base,
                         nama=entry.get("nama", ""), tanggal=when,
                         pejabat=", ".join(o.nama for o in holders) or "-"))
    for name in spec.keys:
        if entry.get(name) in (None, "", []):
            found.append(_at(doc, where, "catatan.isian", **base, isian=name))
    if entry.get("keputusan") == "tidak" and step in policy.gate_steps:
        found.append(_at(doc, f"{where}.keputusan", "catatan.tidak", **base,
                         nama=entry.get("nama", "")))
    return found


def _distribution_entries(doc: Document) -> list[Finding]:
    """A website or social-media entry needs its link; a videotron entry its place and slot."""
    entries = doc.meta.get("distribusi")
    found = []
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict):
            continue
        if entry.get("platform") == "videotron":
            missing = [k for k in ("lokasi", "slot", "tanggal") if not entry.get(k)]
        else:
            missing = [] if entry.get("tautan") else ["tautan"]
        for name in missing:
            found.append(_at(doc, f"distribusi[{i}]", "distribusi.isian", isian=name,
                             platform=entry.get("platform", "-")))
    return found


def check_history(docs: list[Document], approvals: Approvals,
                  history: HistoryIndex) -> tuple[list[Finding], list[Signed]]:
    """Each record line written by its official (signed at `tanda-tangan`)."""
    found: list[Finding] = []
    signed: list[Signed] = []
    if approvals.trust_level == TrustLevel.NAMA or history.head is None:
        return found, signed
    for doc in docs:
        records = records_of(doc) if doc.loaded else {}
        fh = history.file(doc.rel) if records else None
        if fh is None:
            continue
        lines = doc.front_matter.split("\n")
        for key, entry in records.items():
            line_no = doc.line_of(f"{RECORDS}.{key}")
            if not isinstance(entry, dict) or line_no is None:
                continue
            text = lines[line_no - doc.first_line].strip()
            change = next((c for c in reversed(fh.changes) if (key, text) in c.paraf_added), None)
            params = {"kunci": key, "nama": entry.get("nama", "")}
            if change is None:
                found.append(Finding(doc.rel, "catatan.tanpa-riwayat", params,
                                     f"{RECORDS}.{key}", line_no))
                continue
            commit = history.commit(change.commit)
            official = approvals.roster.by_email(commit.author_email)
            params.update(commit=commit.short, penulis=commit.author_name,
                          email=commit.author_email)
            if official is None or not same_name(official.nama, str(entry.get("nama", ""))):
                found.append(Finding(doc.rel, "catatan.bukan-penulis", params,
                                     f"{RECORDS}.{key}", line_no))
                continue
            signed.append(Signed(change.commit, official.git_email, Finding(
                doc.rel, "catatan.tanda-tangan-salah", params, f"{RECORDS}.{key}", line_no),
                "catatan.tanpa-tanda-tangan"))
    return found, signed


def record_time(doc: Document, step: Step) -> datetime | None:
    """When a recorded step was done (its `catatan_langkah` line, or for a publishing step the
    first `distribusi` entry): what the standard-time reports measure it by."""
    entry = records_of(doc).get(f"langkah-{step.no}")
    value = entry.get("tanggal") if isinstance(entry, dict) else None
    if value is None and step.aksi == "tayang":
        shown = [e.get("tanggal") for e in doc.meta.get("distribusi") or []
                 if isinstance(e, dict) and e.get("tanggal")]
        value = min(shown, key=lambda v: parse_datetime(v), default=None) if shown else None
    try:
        return parse_datetime(value) if value is not None else None
    except ValueError:
        return None
