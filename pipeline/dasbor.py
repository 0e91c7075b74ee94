"""The site's dashboard (SOP 002/004 monitoring): this month's figures and the semester's chart."""

from __future__ import annotations

from datetime import datetime, time

from babel.dates import format_date
from markupsafe import Markup

from . import evaluasi, mutu, realisasi
from .agenda import AgendaRow
from .dates import WIB, now
from .evaluasi_laporan import monthly_chart
from .history import HistoryIndex
from .loading import Document
from .messages import word
from .policy import Approvals
from .rencana import Quarter
from .ui import PLATFORM


def dashboard(docs: list[Document], rows: list[AgendaRow], approvals: Approvals,
              history: HistoryIndex, when: datetime | None, lang: str = "id",
              detail: bool = False) -> dict:
    """This month's figures; with `detail` (intranet) also rejections' reasons and the plan."""
    today = (when or now()).astimezone(WIB).date()
    month, semester = evaluasi.month_of(today), evaluasi.semester_of(today)
    times = mutu.step_times(docs, approvals, history, datetime.combine(month.start, time.min, WIB),
                            datetime.combine(month.end, time.max, WIB))
    judged = [s for s in times if s.within is not None]
    this = evaluasi.evaluate(docs, approvals, history, month,
                             (sum(s.within for s in judged), len(judged)), rows)
    half = evaluasi.evaluate(docs, approvals, history, semester, rows=rows)
    done, count = this.on_time
    quarter = Quarter.of(today)
    # Public: the quarter's totals only; planned titles stay in the office (intranet, report).
    plan = realisasi.realise(docs, rows, list(quarter.months), today)
    return {
        "triwulan": quarter.label,
        "rincian_penolakan": this.rejections if detail else [],
        "rincian_rencana": plan if detail else [],
        # The plan statuses in the site's language: the reports' one translation.
        "keadaan": {k: word(label, lang) for k, label in realisasi.STATUS_LABEL.items()},
        "rencana": realisasi.summary(plan) if plan else None,
        "halaman_usang": this.stale_pages,
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
        "grafik": Markup(monthly_chart(half, semester.label)),
    }
