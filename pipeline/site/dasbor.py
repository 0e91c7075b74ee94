"""The site's dashboard (SOP 002/004 monitoring): this month's figures and the semester's chart."""

from __future__ import annotations

from datetime import date, datetime, time

from babel.dates import format_date
from markupsafe import Markup

from pipeline.checks.rencana import Quarter
from pipeline.git.history import HistoryIndex
from pipeline.i18n.messages import CATALOG, translator, word
from pipeline.i18n.ui import PLATFORM
from pipeline.model.dates import WIB, now
from pipeline.model.document import Document
from pipeline.model.types import CONTENT_TYPES
from pipeline.office.policy import Approvals
from pipeline.reports import evaluasi, grafik, mutu, realisasi
from pipeline.reports.agenda import AgendaRow


def month_label(key: str, lang: str) -> str:
    """'2026-11' -> 'Nov 2026': a month as people write it, short enough for a phone."""
    year, month = (int(x) for x in key.split("-"))
    return format_date(date(year, month, 1), "LLL y", locale=lang).replace(".", "")


def _chart(half: evaluasi.Evaluation, title: str, lang: str) -> str:
    """The semester's items per month, per content type named in the site's language."""
    t = translator(lang)
    names = {ct.label: t(f"jenis-{key}") for key, ct in CONTENT_TYPES.items()
             if f"situs.jenis-{key}" in CATALOG}
    series = {names.get(k, k): v for k, v in half.series().items()}
    return grafik.month_bars([month_label(m, lang) for m in half.period.months], series, title)


def _per_type(ev: evaluasi.Evaluation, lang: str) -> tuple[list, list]:
    """Items by content type, and press releases by their news category (two separate lists)."""
    t = translator(lang)
    labels = {ct.label: t(f"jenis-{key}") for key, ct in CONTENT_TYPES.items()
              if f"situs.jenis-{key}" in CATALOG}
    types: dict[str, int] = {}
    news: dict[str, int] = {}
    for row in ev.published:
        name = labels.get(row[6], row[6])
        types[name] = types.get(name, 0) + 1
        if row[6] == CONTENT_TYPES["siaran-pers"].label and row[1] != row[6]:
            news[row[1]] = news.get(row[1], 0) + 1
    return sorted(types.items()), sorted(news.items())


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
    per_type, per_news = _per_type(this, lang)
    title = translator(lang)("dasbor-grafik", s=semester.label)
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
        "per_jenis": per_type,
        "per_berita": per_news,
        "per_unit": sorted((v, n) for _, v, n in this.per_month(2)),
        "usang": this.stale,
        "tanpa_unggahan": [month_label(m, lang) for m in half.months_without_upload],
        "media_sosial": sorted((PLATFORM.get(p, p), n) for p, n in this.shared.items()),
        "grafik": Markup(_chart(half, title, lang)),
    }
