"""`ppid revisi`: the site revision at HEAD and the approved one (SOP 004 B)."""

from __future__ import annotations

from pathlib import Path

from pipeline.checks.revisi import head_revision, site_state
from pipeline.checks.run import run_check
from pipeline.cli.output import console, print_findings
from pipeline.i18n.messages import t
from pipeline.model.errors import UsageError
from pipeline.model.findings import Severity


def cmd_revisi(args) -> int:

    root = Path(args.akar).resolve()
    if args.digest:
        head = head_revision(root)
        if head is None:
            raise UsageError(t("revisi.tanpa-git"))
        print(head[1])
        return 0
    result = run_check(root, None, strict=args.strict)
    state = site_state(root, result.approvals, result.documents, result.findings, result.history)
    if args.commit:  # for the publish workflow: the one line it installs the checker from
        if state.commit is None or result.errors:
            print_findings([f for f in result.findings if f.severity is Severity.ERROR]
                           + state.findings)
            console.print(t("revisi.tidak-ada-commit"), style="bold red")
            return 1
        print(state.commit)
        return 0
    if not state.adopted:
        console.print(t("revisi.tidak-berlaku"))
        return 0
    print_findings(state.findings)
    if state.head is not None:
        keadaan = t("revisi.keadaan-sama") if state.current else t(
            "revisi.keadaan-beda", berubah=", ".join(state.changed) or "-")
        console.print(t("revisi.keadaan", revisi_head=state.head_digest, commit_head=state.head[:10],
                        revisi=state.digest or "-", commit=(state.commit or "-")[:10],
                        rekaman=state.approved.rel if state.approved else "-", keadaan=keadaan),
                      markup=False)
    return 0 if state.current else 1
