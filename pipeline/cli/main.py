"""`ppid`: the command line. One top-level handler maps errors to exit codes; no tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.cli import revisi as cli_revisi
from pipeline.cli.laporan import cmd_report, cmd_share
from pipeline.cli.output import console, print_findings
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
    from pipeline.reports.status import STATE_LABEL, changed_files, item_steps, markdown

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
        for column in ("Langkah", "Peran", "Keadaan", "Oleh", "Waktu"):
            table.add_column(column)
        for s in steps:
            table.add_row(str(s.no), s.peran, STATE_LABEL.get(s.state, s.state) +
                          (f": {s.catatan}" if s.catatan else ""), s.nama, s.tanggal)
        console.print(table)
    if not items:
        console.print(t("status.semua-lengkap"), style="bold green")
    return 0


def _emit(findings: list[Finding], fmt: str, files: int) -> None:
    if fmt == "text":
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
        report = build_site(root, result, output=Path(args.output) if args.output else None,
                            settings_file=prepared.settings_file, language=args.bahasa,
                            intranet=args.intranet)
    console.print(t("bangun.intranet" if args.intranet else "bangun.selesai", folder=report.output,
                    halaman=report.pages, detik=f"{report.seconds:.1f}"), style="bold green")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from pipeline.cli.serve import serve

    serve(_root(args) / (args.output or "output"), args.port)
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
    title = f"Buku Agenda {year}"
    subtitle = f"{approvals.config['instansi']['ppid']} — dibuat dari riwayat Git, {len(rows)} naskah"
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
    from pipeline.site.deploy import deploy_to_branch, deploy_to_dir

    root = _root(args)
    output = Path(args.output).resolve() if args.output else root / "output"
    if bool(args.to) == bool(args.to_branch):
        raise UsageError(t("terbit.pilih-tujuan"))
    result = deploy_to_dir(output, Path(args.to).resolve(), args.simpan) if args.to else \
        deploy_to_branch(root, output, args.to_branch)
    console.print(result.message, style="bold green")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    from pipeline.site.deploy import rollback

    result = rollback(Path(args.to).resolve(), args.rilis)
    console.print(result.message, style="bold green")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from pipeline.model.schema import CONTENT_TYPES, json_schema

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


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ppid", description="Jalur terbit situs PPID")
    p.add_argument("--version", action="version", version=f"ppid {__version__}")
    p.add_argument("--lang", choices=("id", "en"), default=None, help="bahasa pesan (id/en)")
    p.add_argument("--akar", default=".", help="akar repositori situs (bawaan: folder ini)")
    p.add_argument("--akar-kepercayaan", metavar="COMMIT",
                   help="commit akar kepercayaan approvals/, dipatok di luar repositori "
                        "(bawaan: $PPID_AKAR_KEPERCAYAAN, git config ppid.akarKepercayaan)")
    sub = p.add_subparsers(dest="perintah", required=True)

    sa = sub.add_parser("sahkan", help="sahkan approvals/ di HEAD sebagai pengelola (commit "
                                       "bertanda tangan)")
    sa.set_defaults(func=cmd_sahkan)

    c = sub.add_parser("check", help="periksa konten terhadap skema, SOP dan paraf")
    c.add_argument("paths", nargs="*", help="berkas atau folder di bawah content/ (bawaan: semua)")
    c.add_argument("--format", choices=tuple(FORMATTERS), default="text")
    c.add_argument("--strict", action="store_true", help="peringatan dianggap galat (untuk CI)")
    c.add_argument("--changed-since", metavar="REV",
                   help="laporkan hanya naskah yang berubah sejak REV (mis. origin/main)")
    c.set_defaults(func=cmd_check)

    st = sub.add_parser("status", help="keadaan setiap langkah SOP: siapa harus memaraf berikutnya")
    st.add_argument("--changed-since", metavar="REV", help="hanya naskah yang berubah sejak REV")
    st.add_argument("--semua", action="store_true", help="tampilkan juga naskah yang sudah lengkap")
    st.add_argument("--format", choices=("teks", "markdown"), default="teks")
    st.set_defaults(func=cmd_status)

    b = sub.add_parser("build", help="periksa lalu bangun situs dengan Pelican")
    b.add_argument("--output", help="folder keluaran (bawaan: output; intranet: intranet)")
    b.add_argument("--intranet", action="store_true",
                   help="salinan kantor: dasbor lengkap (alasan penolakan, rencana konten), noindex")
    b.add_argument("--strict", action="store_true")
    b.add_argument("--revisi-kerja", action="store_true",
                   help="pratinjau dengan tema dan pengaturan di folder kerja (SOP 004 B.4); "
                        "ppid deploy menolak hasilnya")
    b.add_argument("--bahasa", choices=("id", "en"), default="id",
                   help="bahasa antarmuka situs (isi tetap bahasa Indonesia)")
    b.set_defaults(func=cmd_build)

    s = sub.add_parser("serve", help="sajikan situs yang sudah dibangun")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--output", help="folder yang disajikan (bawaan: output)")
    s.set_defaults(func=cmd_serve)

    pa = sub.add_parser("paraf", help="catat paraf Anda pada sebuah berkas dan commit")
    pa.add_argument("berkas")
    pa.add_argument("--peran", required=True, help="id peran, mis. kabid")
    pa.add_argument("--tolak", action="store_true", help="tolak (wajib dengan --catatan)")
    pa.add_argument("--catatan", help="catatan atau alasan penolakan")
    pa.set_defaults(func=cmd_paraf)

    ta = sub.add_parser("tarik", help="tarik naskah yang sudah terbit (oleh pejabat) dan commit")
    ta.add_argument("berkas")
    ta.add_argument("--alasan", required=True, help="alasan penarikan, tampil di halaman naskah")
    ta.set_defaults(func=cmd_withdraw)

    nr = sub.add_parser("number", help="beri nomor arsip berikutnya (SOP 001 langkah 5) dan commit")
    nr.add_argument("berkas")
    nr.set_defaults(func=cmd_number)

    n = sub.add_parser("new", help="buat berkas konten baru yang benar")
    n.add_argument("jenis")
    n.add_argument("judul", nargs="?", help="judul (rencana: tidak perlu)")
    n.add_argument("--unit", default="", help="unit/OPD sumber")
    n.add_argument("--rencana", metavar="TAHUN-Qn/KODE",
                   help="wujudkan butir rencana konten: judul, unit dan kategori diisi dari rencana")
    n.add_argument("--triwulan", help="jenis rencana: triwulan, mis. 2027-Q1 (bawaan: berikutnya)")
    n.set_defaults(func=cmd_new)

    ag = sub.add_parser("agenda", help="tulis Buku Agenda dari riwayat git")
    ag.add_argument("--tahun", type=int, help="tahun diterima (bawaan: tahun ini)")
    ag.add_argument("--format", choices=("xlsx", "csv", "html"), default="xlsx")
    ag.add_argument("--keluaran", help="berkas tujuan (bawaan: buku-agenda-TAHUN.FORMAT)")
    ag.set_defaults(func=cmd_agenda)

    hd = sub.add_parser("hash-data", help="sha256 sebuah data pribadi untuk data_pribadi_diizinkan")
    hd.add_argument("jenis", choices=("nik", "kk", "npwp", "nip", "telepon", "email", "rekening"))
    hd.add_argument("nilai")
    hd.set_defaults(func=cmd_hash_data)

    dp = sub.add_parser("deploy", help="terbitkan hasil build: folder rilis atau cabang git")
    dp.add_argument("--to", help="folder tujuan (rilis di releases/, tautan current)")
    dp.add_argument("--to-branch", help="cabang git tujuan, mis. gh-pages")
    dp.add_argument("--output", help="hasil build yang diterbitkan (bawaan: output)")
    dp.add_argument("--simpan", type=int, default=5, help="jumlah rilis yang disimpan (bawaan 5)")
    dp.set_defaults(func=cmd_deploy)

    rb = sub.add_parser("rollback", help="kembalikan situs ke rilis sebelumnya")
    rb.add_argument("--to", required=True, help="folder tujuan deploy")
    rb.add_argument("rilis", nargs="?", help="nama rilis (bawaan: rilis sebelum yang aktif)")
    rb.set_defaults(func=cmd_rollback)

    gp = sub.add_parser("hapus-gps", help="hapus lokasi GPS dari foto (EXIF)")
    gp.add_argument("berkas", nargs="+")
    gp.set_defaults(func=cmd_strip_gps)

    rp = sub.add_parser("report", help="laporan: mutu-baku (waktu tiap langkah SOP), evaluasi")
    rp.add_argument("jenis", choices=("mutu-baku", "evaluasi"))
    rp.add_argument("--periode", help="evaluasi: 2026-S2 (semester), 2026-Q4 (triwulan)")
    rp.add_argument("--bulan", help="evaluasi: satu bulan, mis. 2026-11")
    rp.add_argument("--dari", help="naskah diterima sejak tanggal ini")
    rp.add_argument("--sampai", help="naskah diterima sampai tanggal ini")
    rp.add_argument("--format", choices=("teks", "xlsx", "html"), default="teks")
    rp.add_argument("--keluaran", help="berkas keluaran (bawaan: mutu-baku.xlsx, evaluasi-….xlsx)")
    rp.set_defaults(func=cmd_report)

    sh = sub.add_parser("share", help="teks unggahan per platform, atau catat tautannya (SOP 003)")
    sh.add_argument("berkas")
    sh.add_argument("--tautan", nargs=2, metavar=("PLATFORM", "URL"),
                    help="catat tautan unggahan, mis. --tautan instagram https://www.instagram.com/p/…")
    sh.set_defaults(func=cmd_share)

    cli_revisi.add_parser(sub)

    sc = sub.add_parser("schema", help="tulis JSON Schema front matter per jenis")
    sc.add_argument("--keluaran", default="schema", help="folder tujuan (bawaan: schema)")
    sc.set_defaults(func=cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse: --help is 0, bad usage is 2
        return int(exc.code or 0)
    if args.lang:
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


