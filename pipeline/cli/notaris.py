"""`ppid notaris` (the review notary) and `ppid periksa --daring` (reviews asked again)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from pipeline.cli.output import console
from pipeline.forge.select import TOKEN_ENV
from pipeline.i18n.messages import t
from pipeline.model.errors import PpidError, UsageError
from pipeline.model.findings import Finding


def add_commands(cmd) -> None:
    n = cmd.add("notaris")
    n.add_argument("--ulasan", metavar="BERKAS", required=True, type=Path,
                   help=t("bantuan.notaris.ulasan"))
    n.add_argument("--token-env", default=TOKEN_ENV, metavar="VARIABEL",
                   help=t("bantuan.notaris.token-env", bawaan=TOKEN_ENV))
    n.add_argument("--kunci", metavar="BERKAS", type=Path, help=t("bantuan.notaris.kunci"))
    n.add_argument("--remote", default="origin", help=t("bantuan.notaris.remote"))
    n.add_argument("--tanpa-dorong", action="store_true", help=t("bantuan.notaris.tanpa-dorong"))
    n.add_argument("--ringkasan", metavar="BERKAS", type=Path,
                   help=t("bantuan.notaris.ringkasan"))


def _summary_path(args: argparse.Namespace) -> Path | None:
    if args.ringkasan:
        return args.ringkasan
    env = os.environ.get("GITHUB_STEP_SUMMARY")
    return Path(env) if env else None


def _summarise(path: Path | None, lines: list[str]) -> None:
    """Append to the job summary (Markdown); a summary that cannot be written is only printed."""
    if path is None:
        return
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n\n")
    except OSError:
        pass


def cmd_notaris(args: argparse.Namespace) -> int:
    from pipeline.actions.notaris import Request, notarise, read_artifact

    summary = _summary_path(args)
    heading = f"### {t('notaris.ringkasan')}"
    try:
        review_id, pr, commit = read_artifact(args.ulasan)
        request = Request(review_id, pr, commit, args.token_env, args.kunci, args.remote,
                          push=not args.tanpa_dorong)
        outcome = notarise(Path(args.akar), request)
    except PpidError as exc:
        _summarise(summary, [heading, f"**{t('notaris.ringkasan-gagal')}**: {exc.message}"])
        raise UsageError(exc.message, exc.findings) from None
    lines = [heading, outcome.message]
    lines += [f"- {t('notaris.ringkasan-naskah', berkas=i.rel, no=i.step.no, peran_nama=i.role_name)}"
              for i in outcome.initials]
    _summarise(summary, lines)
    console.print(outcome.message)
    return 0


def online(root: Path) -> list[Finding]:
    """Findings of `periksa --daring`: each notarised initial's review fetched again."""
    from pipeline.checks.daring import online_findings
    from pipeline.git.log import load_history
    from pipeline.model.reader import load_corpus
    from pipeline.office.policy import load_approvals

    approvals = load_approvals(root)
    return online_findings(root, load_corpus(root), approvals, load_history(root))
