"""`ppid bangun --pratinjau`: options and the command (the build is site/pratinjau.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli.output import console
from pipeline.i18n.messages import language, t
from pipeline.model.errors import UsageError


def add_options(b: argparse.ArgumentParser) -> None:
    """The preview's options on `ppid bangun` (English alias `build --preview`)."""
    b.add_argument("--pratinjau", "--preview", dest="pratinjau", action="store_true",
                   help=t("bantuan.bangun.pratinjau"))
    b.add_argument("--ringkasan", "--summary", dest="ringkasan", metavar="BERKAS",
                   help=t("bantuan.bangun.ringkasan"))
    b.add_argument("--berubah-sejak", "--changed-since", dest="berubah_sejak", metavar="REV",
                   help=t("bantuan.bangun.berubah-sejak"))
    b.add_argument("--tautan-artefak", "--artifact-link", dest="tautan_artefak", metavar="URL",
                   help=t("bantuan.bangun.tautan-artefak"))


def wanted(args: argparse.Namespace) -> bool:
    """True for a preview; a preview-only option without --pratinjau is a usage error."""
    if args.pratinjau:
        if args.intranet:
            raise UsageError(t("pratinjau.intranet"))
        return True
    for name, option in (("ringkasan", "--ringkasan"), ("berubah_sejak", "--berubah-sejak"),
                         ("tautan_artefak", "--tautan-artefak")):
        if getattr(args, name, None):
            raise UsageError(t("pratinjau.opsi-tanpa-pratinjau", opsi=option))
    return False


def cmd_preview(args: argparse.Namespace) -> int:
    from pipeline.checks.run import run_check
    from pipeline.model.findings import count
    from pipeline.site.pratinjau import build_preview, summary
    from pipeline.site.revisi import prepared_build

    root = Path(args.akar).resolve()
    result = run_check(root, None, strict=False)  # its findings go onto the banners
    errors, warnings = count(result.findings)
    console.print(t("cek.ringkasan", berkas=len(result.documents), galat=errors,
                    peringatan=warnings), style="bold yellow" if errors else "bold green")
    with prepared_build(root, result, working=args.revisi_kerja) as prepared:
        for note, style in prepared.notes:
            console.print(note, style=style, markup=False)
        report = build_preview(root, result, Path(args.keluaran) if args.keluaran else None,
                               prepared.settings_file, args.bahasa_situs)
    if args.ringkasan:
        text = summary(root, result, report, args.berubah_sejak, args.tautan_artefak, language())
        with Path(args.ringkasan).open("a", encoding="utf-8") as fh:  # $GITHUB_STEP_SUMMARY
            fh.write(text)
        console.print(t("pratinjau.ringkasan-ditulis", berkas=args.ringkasan))
    if report.problems:
        console.print(t("pratinjau.gagal-sebagian", jumlah=len(report.problems)), style="bold yellow")
        for source, why in report.problems:
            console.print(f"  {source}: {why}", markup=False)
    console.print(t("pratinjau.selesai", folder=report.output, naskah=len(report.states),
                    belum=sum(1 for s in report.states if not s.approved), halaman=report.pages,
                    detik=f"{report.seconds:.1f}"), style="bold green")
    return 0
