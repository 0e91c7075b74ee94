"""The evaluation as tables (text, XLSX) and as one self-contained, printable HTML file."""

from __future__ import annotations

from collections import Counter
from statistics import median

from markupsafe import Markup

from pipeline.i18n.messages import language, t, word
from pipeline.model.templating import render
from pipeline.reports import grafik, mutu_laporan, realisasi
from pipeline.reports.evaluasi import Evaluation
from pipeline.reports.export import share, shown_tables

Table = tuple[str, list[str], list[list]]


def _words(*labels: str) -> list[str]:
    return [word(label) for label in labels]


def _matched(how: str) -> str | None:
    """"rujukan" or "judul 83%" in the reader's language."""
    name, _, share = how.partition(" ")
    return " ".join(filter(None, (word(name), share))) if how else None


def _summary(ev: Evaluation) -> list[list]:
    """One figure per row, each a typed cell: counts, a share, dates; never "34% (16/47)"."""
    done, judged = ev.on_time
    today = ev.today
    state = (t("laporan.periode-berjalan", akhir=ev.period.end.strftime("%d-%m-%Y"),
               hari_ini=today.strftime("%d-%m-%Y"))
             if ev.period.running(today) else t("laporan.periode-selesai"))
    outside = sum(s.outside for s in ev.times)
    planned, realised, on_plan_time = realisasi.summary(ev.plan)
    rows = [["Periode", ev.period.label], ["Dari", ev.period.start], ["Sampai", ev.period.end],
            ["Keadaan periode", state],
            ["Naskah terbit", len(ev.published)], ["Naskah ditarik", len(ev.withdrawals)],
            ["Naskah dalam antrean", len(ev.backlog)],
            ["Langkah SOP tepat waktu", done], ["Langkah SOP dinilai", judged],
            ["Langkah SOP tepat waktu (%)", share(done, judged)],
            ["Selesai di luar jam kerja", outside],
            ["Penolakan", len(ev.rejections)],
            ["DIP berkala belum diperbarui 6 bulan", len(ev.stale)],
            ["Halaman usang", len(ev.stale_pages)],
            ["Bulan tanpa unggahan", ", ".join(ev.months_without_upload) or None]]
    if planned:
        rows += [["Rencana konten", planned], ["Rencana konten terwujud", realised],
                 ["Rencana konten tepat waktu", on_plan_time]]
    return [[word(label), value] for label, value in rows]


def tables(ev: Evaluation, detail: bool = True) -> list[Table]:
    """Every table of the evaluation; `detail` adds the rows behind the figures (XLSX, HTML)."""
    totals = Counter(row[0] for row in ev.published)
    withdrawn = ev.withdrawn_per_month()
    social = [[p, n, median(ev.hours_to_post[p]) if ev.hours_to_post.get(p) else None]
              for p, n in sorted(ev.shared.items())]
    stale = _words("Berkas", "Judul", "Terakhir diperbarui", "Hari")
    out = [
        (word("Ringkasan"), _words("Ukuran", "Nilai"), _summary(ev)),
        (word("Per bulan"), _words("Bulan", "Terbit", "Ditarik"),
         [[m, totals.get(m, 0), withdrawn[i]] for i, m in enumerate(ev.period.months)]),
        (word("Per jenis"), _words("Bulan", "Jenis", "Terbit"), [list(r) for r in ev.per_month(1)]),
        (word("Per unit"), _words("Bulan", "Unit", "Terbit"), [list(r) for r in ev.per_month(2)]),
        (word("Per kategori DIP"), _words("Bulan", "Kategori", "Terbit"),
         [list(r) for r in ev.per_month(3) if r[1] != "-"]),
        (word("Penarikan"), _words("Bulan", "Tanggal ditarik", "Judul", "Berkas", "Tanggal terbit",
                                   "Peran", "Pejabat", "Alasan"),
         [[w.month, w.when, w.title, w.file, w.published, w.role, w.official, w.reason]
          for w in ev.withdrawals]),
        (word("Antrean"), _words("Berkas", "Judul", "Jenis", "Unit", "Diterima", "Umur (hari kerja)",
                                 "Menunggu", "Status"),
         [[w.file, w.title, w.kind, w.unit, w.received, w.age, w.waiting_for, w.status]
          for w in ev.backlog]),
        (word("Penolakan"), _words("Tanggal", "Judul", "Peran", "Pejabat", "Alasan"),
         [list(r) for r in ev.rejections]),
        (word("DIP berkala usang"), stale, [list(r) for r in ev.stale]),
        (word("Halaman usang"), stale, [list(r) for r in ev.stale_pages]),
        (word("Rencana dan realisasi"),
         _words("Rencana", "Judul rencana", "Jenis", "Unit", "Bulan target", "Penanggung jawab",
                "Keadaan", "Berkas", "Terbit", "Dicocokkan"),
         [[r.rujukan, r.judul, r.jenis, r.unit, r.bulan, r.penanggung_jawab,
           word(realisasi.STATUS_LABEL[r.status]), r.berkas or None, r.terbit, _matched(r.cara)]
          for r in ev.plan]),
        (word("Media sosial"), _words("Platform", "Naskah dibagikan", "Median jam sejak terbit"),
         social),
    ]
    if detail:
        out.append((word("Naskah terbit"), _words("Bulan", "Tanggal terbit", "Jenis", "Unit",
                                                  "Kategori", "Judul", "Berkas"),
                    [[r[0], r[5], r[1], r[2], r[3], r[4], r[7]] for r in ev.published]))
        out.append(mutu_laporan.detail_rows(ev.times))
    return out


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
                for name, head, rows in shown_tables(tables(ev))]
    return render("pipeline.reports", "evaluasi.html", lang=language(), subtitle=office,
                  title=f"{word('Laporan Evaluasi')} {ev.period.label}", sections=sections)


def as_xlsx(ev: Evaluation, _request) -> list[Table]:
    return tables(ev)


def as_tables(ev: Evaluation, _request) -> list[Table]:
    """The text presentation of `ppid laporan evaluasi` (also the Markdown of the SOP 004 C
    records): every figure and list, without the per-item detail rows."""
    return shown_tables(tables(ev, detail=False))


def as_html(ev: Evaluation, request) -> str:
    return render_html(ev, request.approvals.settings.instansi.nama)
