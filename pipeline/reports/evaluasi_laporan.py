"""The evaluation as tables (text, XLSX) and as one self-contained, printable HTML file."""

from __future__ import annotations

from collections import Counter
from statistics import median

from markupsafe import Markup

from pipeline.i18n.messages import language, t, word
from pipeline.model.dates import tanggal_waktu
from pipeline.model.templating import render
from pipeline.reports import grafik, realisasi
from pipeline.reports.evaluasi import Evaluation

Table = tuple[str, list[str], list[list]]


def _words(*labels: str) -> list[str]:
    return [word(label) for label in labels]


def _matched(how: str) -> str | None:
    """"rujukan" or "judul 83%" in the reader's language."""
    name, _, share = how.partition(" ")
    return " ".join(filter(None, (word(name), share))) if how else None


def tables(ev: Evaluation) -> list[Table]:
    totals = Counter(row[0] for row in ev.published)
    done, judged = ev.on_time
    summary = [["Periode", ev.period.label],
               ["Naskah terbit", len(ev.published)],
               ["Langkah SOP tepat waktu", f"{round(100 * done / judged)}% ({done}/{judged})"
                if judged else "-"],
               ["Penolakan", len(ev.rejections)],
               ["DIP berkala belum diperbarui 6 bulan", len(ev.stale)],
               ["Halaman usang", len(ev.stale_pages)],
               ["Bulan tanpa unggahan", ", ".join(ev.months_without_upload) or "-"]]
    planned, realised, on_plan_time = realisasi.summary(ev.plan)
    if planned:
        summary.append(["Rencana konten terwujud", t("laporan.rencana-angka", terwujud=realised,
                                                     rencana=planned, tepat=on_plan_time)])
    summary = [[word(label), value] for label, value in summary]
    social = [[p, n, median(ev.hours_to_post[p]) if ev.hours_to_post.get(p) else None]
              for p, n in sorted(ev.shared.items())]
    stale = _words("Berkas", "Judul", "Terakhir diperbarui", "Hari")
    return [
        (word("Ringkasan"), _words("Ukuran", "Nilai"), summary),
        (word("Per bulan"), _words("Bulan", "Terbit"),
         [[m, totals.get(m, 0)] for m in ev.period.months]),
        (word("Per jenis"), _words("Bulan", "Jenis", "Terbit"), [list(r) for r in ev.per_month(1)]),
        (word("Per unit"), _words("Bulan", "Unit", "Terbit"), [list(r) for r in ev.per_month(2)]),
        (word("Per kategori DIP"), _words("Bulan", "Kategori", "Terbit"),
         [list(r) for r in ev.per_month(3) if r[1] != "-"]),
        (word("Penolakan"), _words("Tanggal", "Judul", "Peran", "Pejabat", "Alasan"),
         [[tanggal_waktu(w, language()), title, role, name, reason]
          for w, title, role, name, reason in ev.rejections]),
        (word("DIP berkala usang"), stale,
         [[f, title, d.isoformat(), days] for f, title, d, days in ev.stale]),
        (word("Halaman usang"), stale,
         [[f, title, d.isoformat(), days] for f, title, d, days in ev.stale_pages]),
        (word("Rencana dan realisasi"),
         _words("Rencana", "Judul rencana", "Jenis", "Unit", "Bulan target", "Penanggung jawab",
                "Keadaan", "Berkas", "Terbit", "Dicocokkan"),
         [[r.rujukan, r.judul, r.jenis, r.unit, r.bulan, r.penanggung_jawab,
           word(realisasi.STATUS_LABEL[r.status]), r.berkas or None,
           tanggal_waktu(r.terbit, language()) if r.terbit else None, _matched(r.cara)]
          for r in ev.plan]),
        (word("Media sosial"), _words("Platform", "Naskah dibagikan", "Median jam sejak terbit"),
         social),
    ]


def monthly_chart(ev: Evaluation, title: str | None = None) -> str:
    return grafik.stacked_bars(ev.period.months, ev.series(),
                               title or word("Naskah terbit per bulan"))


def plan_chart(ev: Evaluation) -> str:
    statuses = Counter(r.status for r in ev.plan)
    return grafik.horizontal_bars([(word(label), statuses[key]) for key, label
                                   in realisasi.STATUS_LABEL.items() if statuses[key]],
                                  word("Rencana konten"))


def render_html(ev: Evaluation, office: str) -> str:
    """One self-contained, printable page (templates/evaluasi.html), charts inline as SVG."""
    charts = {word("Per bulan"): monthly_chart, word("Rencana dan realisasi"): plan_chart}
    sections = [{"name": name, "head": head, "rows": rows,
                 "chart": Markup(charts[name](ev)) if name in charts else ""}
                for name, head, rows in tables(ev)]
    return render("pipeline.reports", "evaluasi.html", lang=language(), subtitle=office,
                  title=f"{word('Laporan Evaluasi')} {ev.period.label}", sections=sections)


def as_tables(ev: Evaluation, _request) -> list[Table]:
    """The text and XLSX presentation of `ppid laporan evaluasi`."""
    return tables(ev)


def as_html(ev: Evaluation, request) -> str:
    return render_html(ev, request.approvals.settings.instansi.nama)
