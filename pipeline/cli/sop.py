"""`ppid catat` (step records) and `ppid baru evaluasi --bulan/--semester` (issue #15)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli.output import console
from pipeline.i18n.messages import t
from pipeline.model.fields import RECORD_DECISIONS

EVALUATION_TYPES = ("evaluasi", "evaluasi-bulanan", "evaluasi-semester")


def add_commands(cmd) -> None:
    c = cmd.add("catat")
    c.add_argument("berkas", help=t("bantuan.berkas"))
    c.add_argument("--langkah", type=int, metavar="N", help=t("bantuan.catat.langkah"))
    c.add_argument("--keputusan", choices=RECORD_DECISIONS, help=t("bantuan.catat.keputusan"))
    c.add_argument("--platform", metavar="A,B", help=t("bantuan.catat.platform"))
    c.add_argument("--catatan", help=t("bantuan.catat.catatan"))
    c.add_argument("--videotron", metavar="LOKASI", help=t("bantuan.catat.videotron"))
    c.add_argument("--slot", help=t("bantuan.catat.slot"))


def add_new_options(n: argparse.ArgumentParser) -> None:
    n.add_argument("--bulan", metavar="TAHUN-BULAN", help=t("bantuan.baru.bulan"))
    n.add_argument("--semester", metavar="TAHUN-Sn", help=t("bantuan.baru.semester"))


def cmd_catat(args: argparse.Namespace) -> int:
    from pipeline.actions.catat import record_step

    root = Path(args.akar) if getattr(args, "akar", None) else Path(".")
    message = record_step(root, Path(args.berkas), args.langkah, keputusan=args.keputusan,
                          platform=args.platform, catatan=args.catatan,
                          videotron=args.videotron, slot=args.slot)
    console.print(message, style="bold green")
    return 0


def new_evaluation(args: argparse.Namespace, root: Path) -> int:
    from pipeline.actions.evaluasi import new_evaluation as make

    bulan = getattr(args, "bulan", None)
    semester = getattr(args, "semester", None)
    if args.jenis == "evaluasi-bulanan" and not bulan:
        bulan = args.judul
    if args.jenis == "evaluasi-semester" and not semester:
        semester = args.judul
    path = make(root, bulan=bulan, semester=semester)
    console.print(t("baru.dibuat", berkas=path), style="bold green")
    return 0
