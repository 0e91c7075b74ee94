"""The opening every action shares: resolve the path, keep to content/, load, open the repo,
require it clean, find the official behind git's identity, and at `tanda-tangan` make sure the
signing key is the one the allowed_signers in force lists for that official.

`paraf`, `tarik`, `number` and `share` each commit one content file on someone's behalf. They
all start the same way, so the guard that keeps them inside content/ is written once here and
no action can forget it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import git as gitpython

from pipeline.git.gitops import identity, open_repo, require_clean
from pipeline.git.runner import git
from pipeline.i18n.messages import t
from pipeline.model.dates import now
from pipeline.model.document import Document
from pipeline.model.errors import GitError, UsageError
from pipeline.model.reader import load_document
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals, load_approvals
from pipeline.office.roster import Official

_KEY = re.compile(r"(ssh-[a-z0-9-]+|ecdsa-[a-z0-9-]+|sk-[a-z0-9@.-]+)\s+([A-Za-z0-9+/=]+)")


def signing_key(root: Path) -> str | None:
    """The public key git would sign with (`user.signingkey`: a path or the key itself)."""
    try:
        value = git(root, "config", "--get", "user.signingkey").strip()
    except GitError:
        return None
    if value.startswith("key::"):
        value = value[5:]
    path = Path(value).expanduser()
    if not _KEY.search(value) and path.is_file():
        value = path.read_text(encoding="utf-8", errors="replace")
        public = path.with_name(path.name + ".pub")
        if not _KEY.search(value) and public.is_file():  # a private key: git signs with its pair
            value = public.read_text(encoding="utf-8", errors="replace")
    m = _KEY.search(value)
    return m.group(2) if m else None


def listed_keys(signers: str, email: str) -> list[str]:
    """The keys allowed_signers (its text) lists for `email`."""
    keys = []
    for line in signers.splitlines():
        principals = line.split(" ", 1)[0].split(",")
        if email.casefold() in (p.casefold() for p in principals):
            m = _KEY.search(line)
            if m:
                keys.append(m.group(2))
    return keys


def require_signing_key(root: Path, email: str, signers: str, required: bool = False) -> None:
    """Refuse before committing when the configured key is not the one listed for `email`.
    No key configured at all: git's own refusal (with how to set one up) says it better,
    unless `required` (sahkan names the expected key then too)."""
    have = signing_key(root)
    if have is None and not required:
        return
    have = have or "-"
    listed = listed_keys(signers, email)
    if have not in listed:
        raise UsageError(t("sahkan.kunci-salah", ada=have[:24] + "…",
                           terdaftar=", ".join(k[:24] + "…" for k in listed) or "-", email=email))


def signers_in_force(root: Path) -> str:
    """allowed_signers as the chain of approvals/ states has it in force at HEAD."""
    from pipeline.checks.chain import walk  # the walk reads all history: only when signing
    from pipeline.git.log import load_history

    state = walk(root, load_history(root)).head_state
    return state.signers if state is not None else ""


@dataclass
class Acting:
    """Who acts, when, and in which repository; `sign`: the commit must be signed."""

    repo: gitpython.Repo
    official: Official | None  # None only when the action does not require one (share)
    when: datetime
    sign: bool
    name: str  # git's user.name


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

    def act(self, official_required: bool = True) -> Acting:
        """Repository clean, the official behind git's identity, the signing key checked."""
        repo = self.repo()
        when = now()
        name, email = identity(repo)
        official = self.approvals.roster.by_email(email)
        if official is None and official_required:
            raise UsageError(t("paraf.identitas", email=email or "-"))
        if self.sign and official is not None:
            require_signing_key(self.root, official.git_email, signers_in_force(self.root))
        return Acting(repo, official, when, self.sign, name)


def open_item(root: Path, path: Path) -> Opened:
    root = root.resolve()
    path = content_path(root, path)
    approvals = load_approvals(root)
    return Opened(root, path, approvals, load_document(root, path))



