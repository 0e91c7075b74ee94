"""`ppid sahkan`: an administrator endorses the approvals/ committed at HEAD.

The endorsement is an empty commit of the administrator's own (signed at `tanda-tangan`) with
the trailer `Sahkan-Approvals: <tree id of approvals/>`. chain.py counts it towards the
threshold of the change, or ratifies a change somebody else made without authority. Before
committing, the signing key is compared with the one listed for this official in the
allowed_signers in force, so a wrong key is named now rather than by a later check.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.actions.opening import require_signing_key
from pipeline.checks.chain import walk
from pipeline.git.gitops import identity, open_repo
from pipeline.git.log import ENDORSE_TRAILER, load_history
from pipeline.git.runner import git
from pipeline.i18n.messages import t
from pipeline.model.dates import now, tanggal_waktu
from pipeline.model.errors import GitError, UsageError
from pipeline.office.config import TrustLevel
from pipeline.office.policy import load_approvals


def endorse(root: Path) -> str:
    """Commit the endorsement of approvals/ at HEAD; the sentence saying what came of it."""
    root = root.resolve()
    load_approvals(root)  # a broken approvals/ is reported before anything is committed
    repo = open_repo(root)
    if repo.git.status("--porcelain", "--", "approvals"):
        raise UsageError(t("sahkan.kotor"))
    tree = git(root, "rev-parse", "HEAD:approvals").strip()
    chain = walk(root, load_history(root))
    state = chain.head_state
    if state is None:
        raise UsageError(t("sahkan.tanpa-riwayat"))
    if state.tree == tree:
        return t("sahkan.sudah-berlaku", commit=state.since[:10])
    when = now()
    email = identity(repo)[1]
    official = next((o for o in state.admins(when) if o.git_email.casefold() == email.casefold()),
                    None)
    if official is None:
        raise UsageError(t("sahkan.bukan-pengelola", email=email or "-", peran=state.role_list(),
                           tanggal=tanggal_waktu(when)))
    sign = state.level == TrustLevel.TANDA_TANGAN
    if sign:
        require_signing_key(root, official.git_email, state.signers, required=True)
    message = (f"Pengesahan approvals/ oleh {official.nama}\n\n"
               f"{ENDORSE_TRAILER}: {tree}\n")
    try:
        git(root, "commit", "-q", "--allow-empty", *(["-S"] if sign else []), "-m", message)
    except GitError as exc:
        raise UsageError(t("paraf.perlu-kunci", detail=str(exc).splitlines()[-1])) from None
    after = walk(root, load_history(root)).head_state
    done = after is not None and after.tree == tree
    return t("sahkan.berlaku" if done else "sahkan.dicatat",
             commit=repo.head.commit.hexsha[:10], pohon=tree[:12])
