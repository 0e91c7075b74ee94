"""Buku Agenda (SOP 001): every item received, from Git history, with its initials and filing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pipeline.git.history import HistoryIndex
from pipeline.git.trail import TrailEntry, history_trail
from pipeline.model.dates import WIB
from pipeline.model.document import Document
from pipeline.model.types import CONTENT_TYPES
from pipeline.model.urls import doc_url
from pipeline.office.policy import Approvals


@dataclass
class AgendaRow:
    nomor_urut: int | None
    diterima: datetime | None
    jenis: str
    judul: str
    unit: str
    klasifikasi: str
    nomor_arsip: str
    paraf: list[TrailEntry]
    terbit: datetime | None
    status: str
    url: str  # absolute, for exports read outside the site
    berkas: str
    alamat: str = ""  # site-relative, for the site's own agenda page (works on any copy)
    kunci_status: str = ""  # draf | terbit | ditarik | dikecualikan: the site translates it


STATUS_LABEL = {"draf": "Draf", "terbit": "Terbit", "ditarik": "Ditarik",
                "dikecualikan": "Dikecualikan"}


def _published_at(doc: Document, approvals: Approvals, trail: list[TrailEntry]) -> datetime | None:
    """When the last initial the SOP requires before publication was given (approved)."""
    if not doc.publishable:
        return None
    policy = approvals.policy_for(doc.jenis, doc.unit)
    needed = {s.peran for s in policy.paraf_steps} if policy else set()
    latest: dict[str, TrailEntry] = {}
    for entry in trail:
        if entry.peran in needed:
            latest[entry.peran] = entry
    if set(latest) != needed or any(e.keputusan != "setuju" for e in latest.values()):
        return None
    approved = max((e.tanggal for e in latest.values() if e.tanggal), default=None)
    if approved and doc.publish_at and doc.publish_at > approved:
        return doc.publish_at  # scheduled: it went live at its time, not at the last initial
    return approved


def agenda_rows(documents: list[Document], approvals: Approvals, history: HistoryIndex | None,
                year: int | None = None) -> list[AgendaRow]:
    site = approvals.settings.instansi.site_url
    rows = []
    for doc in documents:
        # a plan or a site change is no agenda item
        if not doc.loaded or not getattr(CONTENT_TYPES.get(doc.jenis), "agenda", False):
            continue
        fh = history.file(doc.rel) if history else None
        received = history.commit(fh.created.commit).author_date.astimezone(WIB) if fh else None
        if year is not None and (received or doc.date) and (received or doc.date).year != year:
            continue
        trail = history_trail(doc, approvals, history)
        meta = doc.meta
        visible = doc.publishable and not doc.exempt
        # An exempt item is listed by title only: it was never published ("Terbit").
        status = "dikecualikan" if doc.exempt and doc.status == "terbit" else doc.status
        rows.append(AgendaRow(
            meta.get("nomor_urut") if isinstance(meta.get("nomor_urut"), int) else None,
            received, str(meta.get("jenis_berita") or CONTENT_TYPES[doc.jenis].label), doc.title,
            doc.unit, str(meta.get("klasifikasi") or ""), str(meta.get("nomor_arsip") or ""),
            trail, _published_at(doc, approvals, trail), STATUS_LABEL.get(status, status),
            f"{site}/{doc_url(doc)}" if visible else "", doc.rel,
            doc_url(doc) if visible else "", status))
    far = datetime.max.replace(tzinfo=WIB)
    rows.sort(key=lambda r: (r.diterima or far, r.nomor_urut or 0, r.berkas))
    return rows
