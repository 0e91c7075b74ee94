"""`ppid`: the command line. One top-level handler maps errors to exit codes; no tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from pipeline.cli import cms as cli_cms
from pipeline.cli import kantor as cli_kantor
from pipeline.cli import notaris as cli_notaris
from pipeline.cli import pratinjau as cli_pratinjau
from pipeline.cli import revisi as cli_revisi
from pipeline.cli import sop as cli_sop
from pipeline.cli.argtext import argparse_language
from pipeline.cli.laporan import cmd_report, cmd_share
from pipeline.cli.output import console, print_findings
from pipeline.cli.parser import parser, prescan
from pipeline.i18n.messages import set_language, t
from pipeline.model.errors import CheckFailed, PpidError, UsageError
from pipeline.model.findings import FORMATTERS, Finding, count


def _root(args: argparse.Namespace) -> Path:
    return Path(args.akar).resolve()


def _content_paths(root: Path, names: list[str]) -> list[Path] | None:
    """Explicit PATHS (files or folders) to check; None means the whole content/ tree."""
    from pipeline.model.reader import content_files

    if not names:
        return None
    paths: list[Path] = []
    for name in names:
        path = Path(name).resolve()
        if not path.exists():
            raise UsageError(t("cli.berkas-tidak-ada", berkas=name))
        if not path.is_relative_to(root / "content"):
            raise UsageError(t("cli.bukan-konten", berkas=name))
        if path.is_dir():
            paths += [p for p in content_files(root) if p.is_relative_to(path)]
        else:
            paths.append(path)
    return paths


def cmd_check(args: argparse.Namespace) -> int:
    from pipeline.checks.run import run_check
    from pipeline.git import resultcache

    root = _root(args)
    paths = _content_paths(root, args.paths)
    key = resultcache.fingerprint(root, paths, args.strict)
    cached = resultcache.load(root, key)
    if cached is None:
        result = run_check(root, paths, strict=args.strict)
        cached = (result.findings, len(result.documents))
        resultcache.store(root, key, *cached)
    findings, files = cached
    if getattr(args, "daring", False):  # reviews behind notarised initials, asked again
        findings = findings + cli_notaris.online(root)
    if args.changed_since:
        from pipeline.reports.status import changed_files

        changed = changed_files(root, args.changed_since)
        if changed is not None:  # approvals/ changed: every finding concerns the branch
            findings = [f for f in findings if f.path in changed]
            files = sum(1 for p in changed if p.startswith("content/") and p.endswith((".md", ".yaml")))
    _emit(findings, args.format, files)
    return 1 if count(findings)[0] else 0


def cmd_status(args: argparse.Namespace) -> int:
    from rich.table import Table

    from pipeline.model.reader import load_corpus
    from pipeline.office.policy import load_approvals
    from pipeline.reports.status import changed_files, column_names, item_steps, markdown, state_label

    root = _root(args)
    approvals = load_approvals(root)
    changed = changed_files(root, args.changed_since) if args.changed_since else None
    items = []
    for doc in load_corpus(root):
        if not doc.loaded or (changed is not None and doc.rel not in changed):
            continue
        steps = item_steps(doc, approvals)
        if args.changed_since or args.semua or any(s.state != "selesai" for s in steps):
            items.append((doc, steps))
    if args.format == "markdown":
        print(markdown(items, approvals))
        return 0
    for doc, steps in items:
        table = Table(title=f"{doc.title} ({doc.rel}, {doc.status})", title_justify="left")
        for column in column_names():
            table.add_column(column)
        for s in steps:
            table.add_row(str(s.no), s.peran, state_label(s), s.nama, s.tanggal)
        console.print(table)
    if not items:
        console.print(t("status.semua-lengkap"), style="bold green")
    return 0


def _emit(findings: list[Finding], fmt: str, files: int) -> None:
    if fmt == "teks":
        print_findings(findings)
        errors, warnings = count(findings)
        console.print(t("cek.ringkasan", berkas=files, galat=errors, peringatan=warnings),
                      style="bold red" if errors else "bold green")
    else:
        print(FORMATTERS[fmt](findings))


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.checks.run import run_check
    from pipeline.site.build import build_site
    from pipeline.site.revisi import prepared_build

    if cli_pratinjau.wanted(args):  # issue #12: unapproved items too, never deployable
        return cli_pratinjau.cmd_preview(args)
    root = _root(args)
    result = run_check(root, None, strict=args.strict)
    if result.errors:
        raise CheckFailed(t("cek.gagal", galat=len(result.errors)), result.findings)
    if result.findings:
        print_findings(result.findings)
    # SOP 004 B: Pelican gets the approved site revision's theme and settings (or, with
    # --revisi-kerja, the working folder's, marked as a preview that deploy refuses).
    with prepared_build(root, result, working=args.revisi_kerja, strict=args.strict) as prepared:
        for note, style in prepared.notes:
            console.print(note, style=style, markup=False)
        report = build_site(root, result, output=Path(args.keluaran) if args.keluaran else None,
                            settings_file=prepared.settings_file, language=args.bahasa_situs,
                            intranet=args.intranet)
    for note in report.notes:  # e.g. an unreadable render cache, ignored
        console.print(note, style="yellow", markup=False)
    console.print(t("bangun.intranet" if args.intranet else "bangun.selesai", folder=report.output,
                    halaman=report.pages, detik=f"{report.seconds:.1f}"), style="bold green")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from pipeline.cli.serve import serve

    serve(_root(args) / (args.keluaran or "output"), args.port)
    return 0


def cmd_paraf(args: argparse.Namespace) -> int:
    from pipeline.actions.paraf import record_paraf

    if args.tolak and not (args.catatan or "").strip():
        raise UsageError(t("paraf.catatan-wajib"))
    result = record_paraf(_root(args), Path(args.berkas), args.peran, tolak=args.tolak,
                          catatan=args.catatan)
    console.print(result.message, style="bold green")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from pipeline.actions.tarik import record_withdrawal

    console.print(record_withdrawal(_root(args), Path(args.berkas), args.alasan), style="bold green")
    return 0


def cmd_number(args: argparse.Namespace) -> int:
    from pipeline.actions.numbering import assign_number

    result = assign_number(_root(args), Path(args.berkas))
    console.print(result.message, style="bold green")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from pipeline.actions.scaffold import new_document

    if args.jenis in cli_sop.EVALUATION_TYPES:  # SOP 004 C records (issue #15)
        return cli_sop.new_evaluation(args, _root(args))
    path = new_document(_root(args), args.jenis, args.judul, unit=args.unit, rencana=args.rencana,
                        triwulan=args.triwulan)
    console.print(t("baru.dibuat", berkas=path), style="bold green")
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from pipeline.git.log import load_history
    from pipeline.model.dates import now
    from pipeline.model.reader import load_corpus
    from pipeline.office.policy import load_approvals
    from pipeline.reports import export
    from pipeline.reports.agenda import agenda_rows

    root = _root(args)
    approvals = load_approvals(root)
    year = args.tahun or now().year
    rows = agenda_rows(load_corpus(root), approvals, load_history(root), year)
    path = Path(args.keluaran or f"buku-agenda-{year}.{args.format}")
    title = t("agenda.judul", tahun=year)
    subtitle = t("agenda.subjudul", ppid=approvals.config["instansi"]["ppid"], jumlah=len(rows))
    if args.format == "csv":
        export.write_csv(rows, path)
    elif args.format == "xlsx":
        export.write_xlsx(rows, path, title)
    else:
        export.write_html(rows, path, title, subtitle)
    console.print(t("agenda.ditulis", jumlah=len(rows), berkas=path), style="bold green")
    return 0


def cmd_hash_data(args: argparse.Namespace) -> int:
    from pipeline.checks.privacy import value_hash

    print(value_hash(args.jenis, args.nilai))
    return 0


def cmd_strip_gps(args: argparse.Namespace) -> int:
    from pipeline.checks.files import strip_gps

    for name in args.berkas:
        path = Path(name)
        if not path.is_file():
            raise UsageError(t("cli.berkas-tidak-ada", berkas=name))
        changed = strip_gps(path)
        console.print(t("gps.dihapus" if changed else "gps.tidak-ada", berkas=name))
    return 0


def cmd_deploy(args: argparse.Namespace) -> int:
    from pipeline.site.targets import Deploy, targets

    root = _root(args)
    output = Path(args.keluaran).resolve() if args.keluaran else root / "output"
    chosen = [target for target in targets() if getattr(args, target.dest, None)]
    if len(chosen) != 1:
        raise UsageError(t("terbit.pilih-tujuan", pilihan=" | ".join(
            f"{target.option} {target.metavar}" for target in targets())))
    target = chosen[0]
    result = target.publish(Deploy(root, output, getattr(args, target.dest), args.simpan))
    console.print(result.message, style="bold green")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    from pipeline.site.deploy import rollback

    result = rollback(Path(args.to).resolve(), args.rilis)
    console.print(result.message, style="bold green")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from pipeline.model.schema import json_schema
    from pipeline.model.types import CONTENT_TYPES

    folder = Path(args.keluaran)
    folder.mkdir(parents=True, exist_ok=True)
    for jenis, ctype in CONTENT_TYPES.items():
        text = json.dumps(json_schema(ctype), ensure_ascii=False, indent=2) + "\n"
        (folder / f"{jenis}.schema.json").write_text(text, encoding="utf-8")
    console.print(t("skema.ditulis", jumlah=len(CONTENT_TYPES), folder=folder))
    return 0


def cmd_sahkan(args: argparse.Namespace) -> int:
    from pipeline.actions.sahkan import endorse

    console.print(endorse(_root(args)))
    return 0


HANDLERS = {
    "sahkan": cmd_sahkan, "periksa": cmd_check, "status": cmd_status, "bangun": cmd_build,
    "sajikan": cmd_serve, "paraf": cmd_paraf, "tarik": cmd_withdraw, "nomori": cmd_number,
    "baru": cmd_new, "agenda": cmd_agenda, "hash-data": cmd_hash_data, "terbitkan": cmd_deploy,
    "kembalikan": cmd_rollback, "hapus-gps": cmd_strip_gps, "laporan": cmd_report,
    "bagikan": cmd_share, "revisi": cli_revisi.cmd_revisi, "skema": cmd_schema,
    "cms": cli_cms.cmd_cms,
    "init": cli_kantor.cmd_init, "demo": cli_kantor.cmd_demo, "notaris": cli_notaris.cmd_notaris,
    "catat": cli_sop.cmd_catat,
}


def parse(argv: list[str]) -> argparse.Namespace:
    """argv -> arguments, argparse's own texts in the language argv (or $PPID_LANG) asks for."""
    lang, root = prescan(argv)
    set_language(lang)
    with argparse_language():
        return parser(HANDLERS, root).parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parse(argv)
    except SystemExit as exc:  # argparse: --help is 0, bad usage is 2
        return int(exc.code or 0)
    set_language(args.lang)
    if args.akar_kepercayaan:
        os.environ["PPID_AKAR_KEPERCAYAAN"] = args.akar_kepercayaan
    try:
        return args.func(args)
    except PpidError as exc:
        if exc.findings:
            print_findings(exc.findings)
        console.print(exc.message, style="bold red")
        return exc.exit_code
    except KeyboardInterrupt:
        console.print(t("dibatalkan"), style="bold red")
        return 130
    except Exception as exc:  # a bug of ours: say so plainly, details only on request
        if os.environ.get("PPID_DEBUG"):
            raise
        console.print(t("internal", detail=f"{type(exc).__name__}: {exc}"), style="bold red")
        return 3


if __name__ == "__main__":
    sys.exit(main())


