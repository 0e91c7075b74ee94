"""Plan against realisation (SOP 004 A.1 and C.1): which planned items were published, and when.

An item realises a plan entry exactly when it cites it (`rencana: 2026-Q4/R03`). Items that cite
no plan are matched by title as a fallback: same type and unit, published since the quarter
began, at least MIN_SIMILARITY of their words shared; the best pairs are taken first and each
item realises one entry at most. The report says how each pair was made, so a reader can judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from pipeline.checks.rencana import Quarter, adopted, items, plans, quarter_of_file
from pipeline.model.dates import WIB, parse_datetime
from pipeline.model.document import Document
from pipeline.office.roster import same_name
from pipeline.reports.agenda import AgendaRow

MIN_SIMILARITY = 0.6
TEPAT, TERLAMBAT, TIDAK_TERBIT, BELUM = "tepat-waktu", "terlambat", "tidak-terbit", "belum-jatuh-tempo"
# Published before the plan was signed (a plan adopted after its quarter began): the item was not
# realising an adopted plan then, so it is not scored "on time" (issue #15).
SEBELUM = "sebelum-rencana"
STATUS_LABEL = {TEPAT: "tepat waktu", TERLAMBAT: "terlambat", TIDAK_TERBIT: "tidak terbit",
                BELUM: "belum jatuh tempo", SEBELUM: "terbit sebelum rencana disahkan"}
_WORD = re.compile(r"[0-9a-zà-ÿ]+")


@dataclass(frozen=True)
class Realisation:
    rujukan: str  # 2026-Q4/R03
    judul: str
    jenis: str
    unit: str
    bulan: str
    penanggung_jawab: str
    status: str
    berkas: str = ""
    terbit: datetime | None = None
    cara: str = ""  # "rujukan" or "judul 87%"


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def similarity(a: str, b: str) -> float:
    """Share of words two titles have in common (Dice coefficient over word sets)."""
    wa, wb = _words(a), _words(b)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def _status(bulan: str, terbit: datetime | None, today: date) -> str:
    if terbit is not None:
        return TEPAT if terbit.astimezone(WIB).strftime("%Y-%m") <= bulan else TERLAMBAT
    return TIDAK_TERBIT if bulan < today.strftime("%Y-%m") else BELUM


def signed_on(plan: Document) -> datetime | None:
    """When a plan was adopted: its last approving initial."""
    times = []
    for entry in (plan.paraf or {}).values():
        if isinstance(entry, dict) and entry.get("keputusan") == "setuju":
            try:
                times.append(parse_datetime(entry.get("tanggal")))
            except ValueError:
                continue
    return max(times) if times else None


def realise(docs: list[Document], rows: list[AgendaRow], months: list[str],
            today: date) -> list[Realisation]:
    """Every entry of an adopted plan whose target month is one of `months`, with its outcome."""
    published = {r.berkas: r.terbit for r in rows if r.terbit is not None}
    items_by_file = {d.rel: d for d in docs if d.loaded and d.status == "terbit"
                     and d.rel in published}
    wanted = set(months)
    entries: list[tuple[str, Quarter, dict]] = []
    adopted_on: dict[str, datetime | None] = {}
    for label, plan in sorted(plans(docs).items()):
        if adopted(plan):
            quarter = quarter_of_file(plan.rel)
            adopted_on[label] = signed_on(plan)
            entries += [(f"{label}/{e.get('kode')}", quarter, e) for e in items(plan)
                        if str(e.get("bulan")) in wanted]
    matched: dict[str, tuple[str, str]] = {}  # reference -> (file, how)
    for rel, doc in items_by_file.items():
        ref = doc.meta.get("rencana")
        if isinstance(ref, str) and ref not in matched:
            matched[ref] = (rel, "rujukan")
    _match_titles(entries, items_by_file, published, matched)
    out = []
    for ref, _quarter, e in entries:
        rel, how = matched.get(ref, ("", ""))
        when = published.get(rel) if rel else None
        status = _status(str(e.get("bulan")), when, today)
        signed = adopted_on.get(ref.split("/", 1)[0])
        if status == TEPAT and when is not None and signed is not None and when < signed:
            status = SEBELUM
        out.append(Realisation(ref, str(e.get("judul") or ""), str(e.get("jenis") or ""),
                               str(e.get("unit") or ""), str(e.get("bulan")),
                               str(e.get("penanggung_jawab") or ""), status, rel, when, how))
    return out


def _match_titles(entries, items_by_file, published, matched) -> None:
    """Greedy best-first title matching for entries no item cites."""
    free = [(rel, d) for rel, d in items_by_file.items() if not d.meta.get("rencana")]
    pairs = []
    for ref, quarter, e in entries:
        if ref in matched:
            continue
        for rel, doc in free:
            if doc.jenis != e.get("jenis") or not same_name(doc.unit, str(e.get("unit") or "")):
                continue
            if published[rel].astimezone(WIB).date() < quarter.start:
                continue
            score = similarity(str(e.get("judul") or ""), doc.title)
            if score >= MIN_SIMILARITY:
                pairs.append((score, ref, rel))
    taken: set[str] = set()
    for score, ref, rel in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if ref not in matched and rel not in taken:
            matched[ref] = (rel, f"judul {round(100 * score)}%")
            taken.add(rel)


def summary(rows: list[Realisation]) -> tuple[int, int, int]:
    """(entries planned for the period, realised, realised on time)."""
    done = [r for r in rows if r.terbit is not None]
    return len(rows), len(done), sum(1 for r in done if r.status == TEPAT)
