"""The evaluation as tables (text, XLSX) and as one self-contained, printable HTML file."""

from __future__ import annotations

import html
from collections import Counter
from statistics import median

from . import grafik, realisasi
from .dates import tanggal_waktu
from .evaluasi import Evaluation
from .export import html_page

Table = tuple[str, list[str], list[list]]


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
        summary.append(["Rencana konten terwujud",
                        f"{realised} dari {planned} ({on_plan_time} tepat waktu)"])
    social = [[p, n, median(ev.hours_to_post[p]) if ev.hours_to_post.get(p) else None]
              for p, n in sorted(ev.shared.items())]
    return [
        ("Ringkasan", ["Ukuran", "Nilai"], summary),
        ("Per bulan", ["Bulan", "Terbit"], [[m, totals.get(m, 0)] for m in ev.period.months]),
        ("Per jenis", ["Bulan", "Jenis", "Terbit"], [list(r) for r in ev.per_month(1)]),
        ("Per unit", ["Bulan", "Unit", "Terbit"], [list(r) for r in ev.per_month(2)]),
        ("Per kategori DIP", ["Bulan", "Kategori", "Terbit"],
         [list(r) for r in ev.per_month(3) if r[1] != "-"]),
        ("Penolakan", ["Tanggal", "Judul", "Peran", "Pejabat", "Alasan"],
         [[tanggal_waktu(w), title, role, name, reason] for w, title, role, name, reason
          in ev.rejections]),
        ("DIP berkala usang", ["Berkas", "Judul", "Terakhir diperbarui", "Hari"],
         [[f, title, d.isoformat(), days] for f, title, d, days in ev.stale]),
        ("Halaman usang", ["Berkas", "Judul", "Terakhir diperbarui", "Hari"],
         [[f, title, d.isoformat(), days] for f, title, d, days in ev.stale_pages]),
        ("Rencana dan realisasi", ["Rencana", "Judul rencana", "Jenis", "Unit", "Bulan target",
                                   "Penanggung jawab", "Keadaan", "Berkas", "Terbit", "Dicocokkan"],
         [[r.rujukan, r.judul, r.jenis, r.unit, r.bulan, r.penanggung_jawab,
           realisasi.STATUS_LABEL[r.status], r.berkas or None,
           tanggal_waktu(r.terbit) if r.terbit else None, r.cara or None] for r in ev.plan]),
        ("Media sosial", ["Platform", "Naskah dibagikan", "Median jam sejak terbit"], social),
    ]


def monthly_chart(ev: Evaluation, title: str = "Naskah terbit per bulan") -> str:
    return grafik.stacked_bars(ev.period.months, ev.series(), title)


def plan_chart(ev: Evaluation, title: str = "Rencana konten") -> str:
    statuses = Counter(r.status for r in ev.plan)
    return grafik.horizontal_bars([(label, statuses[key]) for key, label
                                   in realisasi.STATUS_LABEL.items() if statuses[key]], title)


def render_html(ev: Evaluation, office: str) -> str:
    title = f"Laporan Evaluasi {ev.period.label}"
    sections = []
    for name, head, rows in tables(ev):
        chart = monthly_chart(ev) if name == "Per bulan" else \
            plan_chart(ev) if name == "Rencana dan realisasi" else ""
        cells = "".join(
            "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row)
            + "</tr>" for row in rows) or f'<tr><td colspan="{len(head)}">tidak ada</td></tr>'
        header = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in head)
        sections.append(f"<section><h2>{html.escape(name)}</h2>{chart}<table><thead><tr>"
                        f"{header}</tr></thead><tbody>{cells}</tbody></table></section>")
    return html_page(title, office, "\n".join(sections), EVALUATION_CSS)


EVALUATION_CSS = """\
body { max-width: 60rem; }
table { border-collapse: collapse; min-width: 50%; font-size: .9rem; margin-bottom: 1rem; }
th, td { border: 1px solid #999; padding: .3rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #dce6f1; }
svg { max-width: 100%; height: auto; }
@media print { @page { size: A4; margin: 1.5cm; } body { margin: 0; } section { break-inside: avoid; } }
"""
