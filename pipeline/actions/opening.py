"""The opening every action shares: resolve the path, keep to content/, load, open the repo.

`paraf`, `tarik`, `number` and `share` each commit one content file on someone's behalf. They
all start the same way, so the guard that keeps them inside content/ is written once here and
no action can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import git as gitpython

from pipeline.git.gitops import identity, open_repo, require_clean
from pipeline.i18n.messages import t
from pipeline.model.document import Document
from pipeline.model.errors import UsageError
from pipeline.model.reader import load_document
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals, load_approvals
from pipeline.office.roster import Official


def content_path(root: Path, path: Path) -> Path:
    """`path` (relative to the working directory) as an existing file under root/content/."""
    path = (path if path.is_absolute() else Path.cwd() / path).resolve()
    if not path.is_file():
        raise UsageError(t("cli.berkas-tidak-ada", berkas=path))
    if not path.is_relative_to(root / "content"):
        raise UsageError(t("cli.bukan-konten", berkas=path))
    return path


@dataclass
class Opened:
    root: Path
    path: Path
    approvals: Approvals
    doc: Document

    @property
    def sign(self) -> bool:
        """At `tanda-tangan` every commit an action makes is signed."""
        return self.approvals.trust_level == TrustLevel.TANDA_TANGAN

    def repo(self) -> gitpython.Repo:
        """The repository, refusing when the item has uncommitted edits of someone else."""
        repo = open_repo(self.root)
        require_clean(repo, self.doc.rel)
        return repo

    def official(self, repo: gitpython.Repo) -> Official | None:
        """The roster's official behind git's configured e-mail (None: not in the roster)."""
        return self.approvals.roster.by_email(identity(repo)[1])


def open_item(root: Path, path: Path) -> Opened:
    root = root.resolve()
    path = content_path(root, path)
    approvals = load_approvals(root)
    return Opened(root, path, approvals, load_document(root, path))



