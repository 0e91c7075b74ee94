"""`ppid laporan` (dispatching to reports/registry) and `ppid bagikan`: SOP 002/003/004 commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli.output import console
from pipeline.i18n.messages import t
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
    """Dispatch to the registered report: compute once, then present in the chosen format."""
    from pipeline.office.policy import load_approvals
    from pipeline.reports import registered, registry  # noqa: F401 - registered: the shipped reports

    report = registry.get(args.jenis)
    present = report.presentations.get(args.format)
    if present is None:
        raise UsageError(_no_format(report, args.format))
    root = _root(args)
    request = registry.Request(root, load_approvals(root), periode=args.periode, bulan=args.bulan,
                               dari=args.dari, sampai=args.sampai)
    result = report.compute(request)
    shown = present(result, request)
    if args.format == "teks":
        _print_tables(shown)
        return 0
    path = Path(args.keluaran or report.filename(result, args.format))
    if args.format == "xlsx":
        from pipeline.reports.export import write_sheets

        write_sheets(path, shown)
    else:
        path.write_text(shown, encoding="utf-8")
    console.print(t("laporan.ditulis", berkas=path), style="bold green")
    return 0


def _no_format(report, fmt: str) -> str:
    from pipeline.reports import registry

    others = [name for name in registry.offering(fmt) if name != report.name]
    return t("laporan.format-tak-ada" if others else "laporan.format-tak-ada-sama-sekali",
             jenis=report.name, daftar=", ".join(report.presentations), format=fmt,
             lain=", ".join(others))


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
