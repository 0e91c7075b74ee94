"""The mutu-baku report (SOP step times against their standard) as tables for text and XLSX.

Every figure can be traced back: "Rincian langkah" lists each measured step of each item (who,
from when to when, working minutes, standard, on time), "Metode" how every SOP step is measured
(its evidence, or the step it is measured with), and the summary states the working-time rule.
"""

from __future__ import annotations

from pipeline.i18n.messages import language, t, word
from pipeline.model.dates import now
from pipeline.model.errors import UsageError
from pipeline.model.templating import render
from pipeline.office.policy import Approvals
from pipeline.reports import mutu
from pipeline.reports.export import share, shown_tables
from pipeline.reports.registry import Request, Table


def compute(request: Request) -> list:
    from pipeline.git.log import load_history
    from pipeline.model.reader import load_corpus

    try:
        start, end = mutu.parse_bound(request.dari), mutu.parse_bound(request.sampai)
    except ValueError:
        raise UsageError(t("laporan.tanggal")) from None
    return mutu.step_times(load_corpus(request.root), request.approvals,
                           load_history(request.root), start, end)


def _words(*labels: str) -> list[str]:
    return [word(label) for label in labels]


def _stats(s: mutu.StepStats) -> list:
    return [s.count, s.median if s.count else None, s.p90 if s.count else None, s.within,
            s.judged, share(s.within, s.judged), s.outside]


STATS = ("Jumlah", "Median", "P90", "Tepat waktu", "Dinilai", "Tepat waktu (%)",
         "Selesai di luar jam kerja")


def summary_rows(times: list[mutu.StepTime], approvals: Approvals) -> list[list]:
    """The figures and the method in words: the rule and every merged step."""
    total = mutu.overall(times)
    rows = [["Langkah diukur", total.count], ["Langkah SOP tepat waktu", total.within],
            ["Langkah SOP dinilai", total.judged],
            ["Langkah SOP tepat waktu (%)", share(total.within, total.judged)],
            ["Selesai di luar jam kerja", total.outside]]
    rows = [[word(label), value] for label, value in rows]
    rows.append([word("Aturan jam kerja"), t("laporan.aturan-jam-kerja")])
    rows += [[word("Langkah digabung"), t("laporan.digabung", sop=sop, langkah=label, menit=minutes)]
             for sop, label, minutes in mutu.merged_steps(times)]
    return rows


def detail_rows(times: list[mutu.StepTime]) -> Table:
    """Per item and step: the rows every other figure is counted from."""
    head = _words("Berkas", "Judul", "SOP", "Langkah", "Mencakup langkah", "Peran", "Pejabat",
                  "Mulai", "Selesai", "Menit kerja", "Menit kalender", "Baku (menit)",
                  "Tepat waktu", "Di luar jam kerja", "Cara hitung")
    rows = [[s.item, s.title, s.sop, s.no, s.steps, s.peran, s.official, s.start, s.end, s.minutes,
             s.calendar, s.standard, s.within, s.outside, t(f"laporan.cara.{s.rule}")]
            for s in times]
    return word("Rincian langkah"), head, rows


def method_rows(approvals: Approvals) -> Table:
    """How each step of each SOP is measured: its evidence, or the step it is measured with."""
    rows, today = [], now()
    for policy in approvals.policies.values():
        how = mutu.method(policy, today)  # for an item received today: every record rule on
        covered = {no: leg for leg in how.legs for no in leg.steps}
        for step in policy.steps:
            leg = covered.get(step.no)
            if step in how.before:
                note = t("laporan.bukti.awal")
            elif leg is None:
                note = t("laporan.bukti.tidak")
            elif leg.step.no != step.no:
                note = t("laporan.bukti.gabung", ke=leg.step.no)
            else:
                note = _evidence_note(policy, step, approvals, today)
            rows.append([policy.nama, step.no, approvals.role_name(step.peran), step.menit,
                         leg.label if leg else None, leg.standard if leg else None, note])
    return word("Metode"), _words("SOP", "Langkah", "Peran", "Baku (menit)", "Mencakup langkah",
                                  "Baku diukur (menit)", "Bukti"), rows


def _evidence_note(policy, step, approvals: Approvals, today) -> str:
    kind = mutu.evidence(policy, step, today)
    if kind == "paraf":
        return t("laporan.bukti.paraf", peran=approvals.role_name(step.peran))
    if kind == "arsip":
        return t("laporan.bukti.arsip")
    rule = step.rekaman if kind == "catatan" else step.wajib_sejak
    since = rule.since.date().isoformat() if rule is not None else "-"
    return t(f"laporan.bukti.{kind}", kunci=f"langkah-{step.no}", sejak=since)


def tables(times: list[mutu.StepTime], approvals: Approvals, detail: bool = True) -> list[Table]:
    """The report's tables; without `detail` (the terminal) the per-item rows and the step
    numbers' own column are left out ("4–5" stands in the step column)."""
    if detail:
        head = _words("SOP", "Langkah", "Mencakup langkah", "Peran", "Baku (menit)", *STATS)
        steps = [[s.sop, s.no, s.steps, s.peran, s.standard, *_stats(s)] for s in mutu.by_step(times)]
    else:
        head = _words("SOP", "Langkah", "Peran", "Baku (menit)", *STATS)
        steps = [[s.sop, s.steps, s.peran, s.standard, *_stats(s)] for s in mutu.by_step(times)]
    roles = [[s.peran, *_stats(s)] for s in mutu.by_role(times)]
    slow = [[item, title, minutes] for item, title, minutes in mutu.slowest(times)]
    return [(word("Ringkasan"), _words("Ukuran", "Nilai"), summary_rows(times, approvals)),
            (word("Per langkah"), head, steps), (word("Per peran"), _words("Peran", *STATS), roles),
            (word("Terlama"), _words("Berkas", "Judul", "Menit kerja"), slow),
            *([detail_rows(times)] if detail else []), method_rows(approvals)]


def xlsx(times: list, request: Request) -> list[Table]:
    return tables(times, request.approvals)


def html(times: list, request: Request) -> str:
    """One self-contained, printable page, like the evaluation's (templates/evaluasi.html)."""
    sections = [{"name": name, "head": head, "rows": rows, "chart": ""}
                for name, head, rows in shown_tables(tables(times, request.approvals))]
    return render("pipeline.reports", "evaluasi.html", lang=language(), sections=sections,
                  subtitle=request.approvals.settings.instansi.nama, title=word("Laporan Mutu Baku"))


def teks(times: list, request: Request) -> list[Table]:
    named = tables(times, request.approvals, detail=False)
    titles = {word("Per langkah"): t("laporan.per-langkah"), word("Per peran"): t("laporan.per-peran"),
              word("Terlama"): t("laporan.terlama")}
    return shown_tables([(titles.get(name, name), head, rows) for name, head, rows in named])
