"""The site's dashboard (SOP 002/004 monitoring): this month's figures and the semester's chart."""

from __future__ import annotations

from datetime import datetime, time

from babel.dates import format_date
from markupsafe import Markup

from . import evaluasi, mutu
from .agenda import AgendaRow
from .dates import WIB, now
from .evaluasi_laporan import bars_svg
from .history import HistoryIndex
from .loading import Document
from .policy import Approvals
from .ui import PLATFORM


def dashboard(docs: list[Document], rows: list[AgendaRow], approvals: Approvals,
              history: HistoryIndex, when: datetime | None, lang: str = "id") -> dict:
    today = (when or now()).astimezone(WIB).date()
    month, semester = evaluasi.month_of(today), evaluasi.semester_of(today)
    times = mutu.step_times(docs, approvals, history, datetime.combine(month.start, time.min, WIB),
                            datetime.combine(month.end, time.max, WIB))
    judged = [s for s in times if s.within is not None]
    this = evaluasi.evaluate(docs, approvals, history, month,
                             (sum(s.within for s in judged), len(judged)), rows)
    half = evaluasi.evaluate(docs, approvals, history, semester, rows=rows)
    totals = {m: 0 for m in semester.months}
    for row in half.published:
        totals[row[0]] += 1
    done, count = this.on_time
    return {
        "bulan": format_date(today, "MMMM y", locale=lang),
        "semester": semester.label,
        "terbit": len(this.published),
        "tepat_waktu": round(100 * done / count) if count else None,
        "langkah": count,
        "penolakan": len(this.rejections),
        "per_jenis": sorted((v, n) for _, v, n in this.per_month(1)),
        "per_unit": sorted((v, n) for _, v, n in this.per_month(2)),
        "usang": this.stale,
        "tanpa_unggahan": half.months_without_upload,
        "media_sosial": sorted((PLATFORM.get(p, p), n) for p, n in this.shared.items()),
        "grafik": Markup(bars_svg(list(totals.items()), semester.label)),
    }
