"""`ppid init` and `ppid demo`: their options and handlers (actions/init.py, actions/demo.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli.output import console
from pipeline.i18n.messages import t


def add_commands(cmd) -> None:
    """The two verbs, on the parser's _Commands (cli/parser.py)."""
    i = cmd.add("init")
    i.add_argument("folder", metavar="FOLDER", help=t("bantuan.init.folder"))
    for name in ("instansi", "situs", "ppid", "email", "telepon", "alamat", "atasan", "kepala",
                 "kepala-email", "kunci", "paket"):
        i.add_argument(f"--{name}", help=t(f"bantuan.init.{name}"))
    i.add_argument("--sop", nargs="+", metavar="KODE", help=t("bantuan.init.sop"))
    i.add_argument("--tingkat", help=t("bantuan.init.tingkat"))
    i.add_argument("--pejabat", action="append", default=[], metavar="NAMA|EMAIL|PERAN[|KUNCI]",
                   help=t("bantuan.init.pejabat"))
    i.add_argument("--ya", action="store_true", help=t("bantuan.init.ya"))
    i.add_argument("--paksa", action="store_true", help=t("bantuan.init.paksa"))
    i.add_argument("--ambil-alih", action="store_true", help=t("bantuan.init.ambil-alih"))

    d = cmd.add("demo")
    d.add_argument("folder", nargs="?", metavar="FOLDER", help=t("bantuan.demo.folder"))
    d.add_argument("--sebagai", metavar="PERAN", help=t("bantuan.demo.sebagai"))
    d.add_argument("--dari", metavar="REPO", help=t("bantuan.demo.dari"))


def cmd_init(args: argparse.Namespace) -> int:
    from pipeline.actions.init import Options, init

    opts = Options(Path(args.folder), **{k: getattr(args, k) for k in (
        "instansi", "situs", "ppid", "email", "telepon", "alamat", "atasan", "sop", "tingkat",
        "kepala", "kepala_email", "kunci", "paket", "pejabat", "ya", "paksa")})
    if args.ambil_alih:
        from pipeline.actions.demo import take_over

        console.print(take_over(opts), style="green")
        return 0
    console.print(init(opts), style="green")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.actions import demo
    from pipeline.model.errors import UsageError

    if args.sebagai:
        console.print(demo.play(Path(args.folder or args.akar).resolve(), args.sebagai))
        return 0
    if not args.folder:
        raise UsageError(t("kantor.demo-folder"))
    source = Path(args.dari).resolve() if args.dari else demo.example_repository()
    console.print(demo.make_demo(source, Path(args.folder)), style="green")
    return 0
