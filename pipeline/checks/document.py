"""Checks over one Document (plus the shared approvals) returning Findings; registered in
checks/registered.py."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from pipeline.model import types
from pipeline.model.dates import parse_datetime
from pipeline.model.document import Document
from pipeline.model.findings import Finding, Severity
from pipeline.model.urls import doc_url
from pipeline.office.policy import Approvals, Policy, Step
from pipeline.office.roster import same_name


def check_scheduled(doc: Document, now: datetime) -> list[Finding]:
    """An approved item waiting for its `tayang_mulai`: for the record, never an error."""
    if doc.publishable and not doc.due(now):
        return [_at(doc, "tayang_mulai", "jadwal.menunggu", Severity.INFO, waktu=doc.publish_at)]
    return []


def _at(doc: Document, dotted: str, code: str, severity=Severity.ERROR, **params) -> Finding:
    return Finding(doc.rel, code, params, dotted, doc.line_of(dotted), severity)


def check_approvals(doc: Document, approvals: Approvals, now: datetime) -> list[Finding]:
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None:
        return [_at(doc, "jenis", "sop.tidak-ada", jenis=doc.jenis, unit=doc.unit or "-")]
    found = check_required_fields(doc, policy, approvals)
    found += check_chain(doc, policy, approvals, now)
    steps_roles = {s.peran for s in policy.steps if s.needs_paraf}
    for role in doc.paraf:
        if role not in steps_roles:
            found.append(_at(doc, f"paraf.{role}", "paraf.peran-lain", Severity.WARNING,
                             peran=role, sop=policy.nama))
    return found


def check_required_fields(doc: Document, policy: Policy, approvals: Approvals) -> list[Finding]:
    """Fields a step needs (e.g. request letter, archive number); later steps only warn."""
    found = []
    gate = set(policy.gate_steps)
    for step in policy.steps:
        for name in step.wajib_isian:
            if doc.meta.get(name) in (None, "", []):
                severity = Severity.ERROR if step in gate else Severity.WARNING
                found.append(_at(doc, name, "langkah.isian", severity, no=step.no, aksi=step.aksi,
                                 peran_nama=approvals.role_name(step.peran), sop=policy.nama,
                                 isian=name))
    return found


def check_emergency(doc: Document, policy: Policy, approvals: Approvals,
                    now: datetime) -> tuple[list[Finding], set[str]]:
    """An emergency item: (findings, roles whose initials may still be missing)."""
    block = doc.meta.get("darurat")
    if not isinstance(block, dict):
        return [], set()
    if policy.emergency is None:
        return [_at(doc, "darurat", "darurat.tidak-diizinkan", sop=policy.nama)], set()
    minimum, hours = policy.emergency
    when = parse_datetime(block["tanggal"])
    found = []
    added = policy.office_rule("darurat")
    if added:  # say plainly that the signed SOP has no such rule (issue #15)
        found.append(_at(doc, "darurat", "sop.darurat-kantor", Severity.INFO, sop=policy.nama,
                         alasan=added.reason))
    if not any(same_name(o.nama, str(block["oleh"])) for role in minimum
               for o in approvals.roster.holders(role, when)):
        found.append(_at(doc, "darurat.oleh", "darurat.oleh", nama=block["oleh"], tanggal=when,
                         peran=", ".join(approvals.role_name(r) for r in minimum)))
    waiting = [s for s in policy.paraf_steps
               if s.peran not in minimum and not isinstance(doc.paraf.get(s.peran), dict)]
    if waiting:
        deadline = when + timedelta(hours=hours)
        names = ", ".join(approvals.role_name(s.peran) for s in waiting)
        if now <= deadline:
            found.append(_at(doc, "darurat", "darurat.menunggu", Severity.INFO,
                             alasan=block["alasan"], peran=names, batas=deadline))
        else:
            found.append(_at(doc, "darurat", "darurat.lewat", batas=deadline, peran=names))
    return found, {s.peran for s in waiting}


def check_chain(doc: Document, policy: Policy, approvals: Approvals, now: datetime) -> list[Finding]:
    """Every initialling step before publication, in order, by the right person, still current."""
    found, pending = check_emergency(doc, policy, approvals, now)
    previous: tuple[Step, datetime] | None = None
    order = " → ".join(approvals.role_name(s.peran) for s in policy.paraf_steps)
    for step in policy.paraf_steps:
        entry = doc.paraf.get(step.peran)
        name = approvals.role_name(step.peran)
        where = f"paraf.{step.peran}"
        if not isinstance(entry, dict):
            if step.peran not in pending:  # an emergency item's missing initials: reported above
                found.append(_at(doc, "paraf", "paraf.kurang", peran_nama=name, no=step.no,
                                 sop=policy.nama, berkas=doc.rel, peran=step.peran))
            continue
        when = parse_datetime(entry["tanggal"])
        shown = when
        if entry["keputusan"] == "tolak":
            found.append(_rejected(doc, policy, approvals, step, entry, shown, now))
            break  # a rejection stops the chain, as the SOPs' "Tidak" arrows do
        found += _check_holder(doc, step, entry, when, approvals)
        if when > now:
            found.append(_at(doc, f"{where}.tanggal", "paraf.masa-depan", tanggal=shown))
        if entry["sha256"] != doc.content_hash:
            found.append(_at(doc, f"{where}.sha256", "paraf.basi", peran_nama=name,
                             nama=entry["nama"], tanggal=shown))
        if previous and when < previous[1]:
            found.append(_at(doc, f"{where}.tanggal", "paraf.urutan", peran_nama=name,
                             tanggal=shown, sebelum_nama=approvals.role_name(previous[0].peran),
                             tanggal_sebelum=previous[1], sop=policy.nama,
                             urutan=order))
        previous = (step, when)
    return found


def office_note(policy: Policy, rule: str, step: int | None = None) -> str:
    """' (aturan tambahan kantor …)' when the office, not the signed SOP, made this rule."""
    from pipeline.i18n.messages import t

    added = policy.office_rule(rule, step)
    return t("sop.aturan-kantor", alasan=added.reason) if added else ""


def _rejected(doc: Document, policy: Policy, approvals: Approvals, step: Step, entry: dict,
              when: datetime, now: datetime) -> Finding:
    """The SOP's "Tidak" branch: back to its target step; name who initials next, by name."""
    back = policy.step(step.jika_ditolak or 1) or policy.steps[0]
    restart = policy.restart_from(step)
    first = restart[0] if restart else step
    return _at(doc, f"paraf.{step.peran}.keputusan", "paraf.ditolak-kembali",
               peran_nama=approvals.role_name(step.peran), nama=entry["nama"], tanggal=when,
               catatan=entry.get("catatan", ""), sop=policy.nama, kembali_ke=back.no,
               kembali_peran=approvals.role_name(back.peran),
               lanjut_peran=approvals.role_name(first.peran),
               lanjut_nama=approvals.holder_names(first.peran, now),
               kantor=office_note(policy, "jika_ditolak", step.no))


def _check_holder(doc, step: Step, entry: dict, when: datetime, approvals: Approvals):
    holders = approvals.roster.holders(step.peran, when)
    if any(same_name(o.nama, entry["nama"]) for o in holders):
        return []
    hint = ""
    if holders:
        from pipeline.i18n.messages import t

        hint = t("paraf.pejabat-saat-itu", nama=", ".join(o.nama for o in holders))
    return [_at(doc, f"paraf.{step.peran}.nama", "paraf.bukan-pejabat", nama=entry["nama"],
                peran_nama=approvals.role_name(step.peran), tanggal=when,
                pejabat=hint)]


def check_unique_urls(docs: list[Document]) -> list[Finding]:
    """Two published files must never write the same page."""
    by_url: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if doc.loaded and doc.publishable and not doc.exempt and types.is_page(doc.jenis):
            by_url[doc_url(doc)].append(doc)
    found = []
    for url, group in by_url.items():
        for doc in group[1:]:
            found.append(_at(doc, "slug", "situs.url-ganda", url=url, lain=group[0].rel))
    return found


def check_unique_sequence(docs: list[Document]) -> list[Finding]:
    """nomor_urut is the agenda book's sequence: unique per year."""
    seen: dict[tuple[int, int], Document] = {}
    found = []
    for doc in docs:
        nomor = doc.meta.get("nomor_urut") if doc.loaded else None
        if not isinstance(nomor, int) or doc.date is None:
            continue
        key = (doc.date.year, nomor)
        if key in seen:
            found.append(_at(doc, "nomor_urut", "situs.nomor-urut-ganda", nomor=nomor,
                             tahun=doc.date.year, lain=seen[key].rel))
        else:
            seen[key] = doc
    return found
