"""`ppid report` (mutu-baku, evaluasi) and `ppid share`: the SOP 002/003/004 commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli.output import console
from pipeline.i18n.messages import t, word
from pipeline.model.errors import UsageError


def _root(args: argparse.Namespace) -> Path:
    return Path(args.akar).resolve()


def _print_tables(tables: list[tuple[str, list[str], list[list]]]) -> None:
    from rich.table import Table

    for name, head, rows in tables:
        table = Table(title=name, title_justify="left")
        for column in head:
            table.add_column(column, overflow="fold")  # wrap, never cut a title or a file name
        for row in rows:
            table.add_row(*("-" if v is None else str(v) for v in row))
        console.print(table)


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.git.log import load_history
    from pipeline.model.reader import load_corpus
    from pipeline.office.policy import load_approvals
    from pipeline.reports import mutu

    root = _root(args)
    approvals = load_approvals(root)
    if args.jenis == "evaluasi":
        return _report_evaluation(args, root, approvals)
    if args.format == "html":
        raise UsageError(t("laporan.format-html"))
    try:
        start, end = mutu.parse_bound(args.dari), mutu.parse_bound(args.sampai)
    except ValueError:
        raise UsageError(t("laporan.tanggal")) from None
    times = mutu.step_times(load_corpus(root), approvals, load_history(root), start, end)
    headers = [word(h) for h in ("SOP", "Langkah", "Peran", "Baku (menit)", "Jumlah", "Median",
                                 "P90", "Tepat waktu")]
    role_headers = [word(h) for h in ("Peran", "Jumlah", "Median", "P90", "Tepat waktu")]
    slow_headers = [word(h) for h in ("Berkas", "Judul", "Menit kerja")]
    steps = [[s.sop, s.no, s.peran, s.standard, s.count, s.median, s.p90,
              None if s.share_within is None else round(100 * s.share_within)]
             for s in mutu.by_step(times)]
    roles = [[s.peran, s.count, s.median, s.p90,
              None if s.share_within is None else round(100 * s.share_within)]
             for s in mutu.by_role(times)]
    slow = [[item, title, minutes] for item, title, minutes in mutu.slowest(times)]
    if args.format == "xlsx":
        from pipeline.reports.export import write_sheets

        path = Path(args.keluaran or "mutu-baku.xlsx")
        write_sheets(path, [(word("Per langkah"), headers, steps), (word("Per peran"), role_headers, roles),
                            (word("Terlama"), slow_headers, slow)])
        console.print(t("laporan.ditulis", berkas=path), style="bold green")
        return 0
    steps = [[*row[:-1], None if row[-1] is None else f"{row[-1]}%"] for row in steps]
    roles = [[*row[:-1], None if row[-1] is None else f"{row[-1]}%"] for row in roles]
    _print_tables([(t("laporan.per-langkah"), headers, steps),
                   (t("laporan.per-peran"), role_headers, roles),
                   (t("laporan.terlama"), slow_headers, slow)])
    return 0


def _report_evaluation(args: argparse.Namespace, root: Path, approvals) -> int:
    from datetime import datetime, time

    from pipeline.git.log import load_history
    from pipeline.model.dates import WIB, now
    from pipeline.model.reader import load_corpus
    from pipeline.reports import evaluasi, evaluasi_laporan, mutu

    text = args.periode or args.bulan or now().strftime("%Y-%m")  # bawaan: bulan berjalan
    try:
        period = evaluasi.parse_period(text)
    except ValueError:
        raise UsageError(t("laporan.periode", nilai=text)) from None
    docs, history = load_corpus(root), load_history(root)
    times = mutu.step_times(docs, approvals, history,
                            datetime.combine(period.start, time.min, WIB),
                            datetime.combine(period.end, time.max, WIB))
    judged = [s for s in times if s.within is not None]
    ev = evaluasi.evaluate(docs, approvals, history, period,
                           (sum(s.within for s in judged), len(judged)))
    tables = evaluasi_laporan.tables(ev)
    if args.format in ("xlsx", "html"):
        path = Path(args.keluaran or f"evaluasi-{period.label}.{args.format}")
        if args.format == "xlsx":
            from pipeline.reports.export import write_sheets

            write_sheets(path, tables)
        else:
            office = approvals.settings.instansi.nama
            path.write_text(evaluasi_laporan.render_html(ev, office), encoding="utf-8")
        console.print(t("laporan.ditulis", berkas=path), style="bold green")
        return 0
    _print_tables(tables)
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    from pipeline.actions.share import captions, record_link

    root = _root(args)
    if args.tautan:
        console.print(record_link(root, Path(args.berkas), *args.tautan), style="bold green")
        return 0
    for item in captions(root, Path(args.berkas)):
        console.print(f"── {item.platform} ({item.length}/{item.limit}) ──", style="bold")
        console.print(item.text, markup=False)
        console.print()
    return 0
