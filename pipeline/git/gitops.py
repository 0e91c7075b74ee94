"""Commits made by ppid on a person's behalf: one file, their identity, signed when required."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import git

from pipeline.i18n.messages import t
from pipeline.model.errors import UsageError


def open_repo(root: Path) -> git.Repo:
    try:
        return git.Repo(root)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError) as exc:
        raise UsageError(t("paraf.bukan-repo", akar=root)) from exc


def identity(repo: git.Repo) -> tuple[str, str]:
    """Author name and e-mail as git itself would record them (env and config honoured)."""
    ident = repo.git.var("GIT_AUTHOR_IDENT")
    m = re.match(r"^(.*) <(.*)> \d+ [+-]\d{4}$", ident)
    return (m.group(1), m.group(2)) if m else ("", "")


def require_clean(repo: git.Repo, rel: str) -> None:
    """The file must be committed and unchanged, so that our commit holds only our change."""
    status = repo.git.status("--porcelain", "--untracked-files=all", "--", rel)
    if status.startswith("??"):
        raise UsageError(t("paraf.belum-dilacak", berkas=rel))
    if status:
        raise UsageError(t("paraf.kotor", berkas=rel))


def commit_file(repo: git.Repo, path: Path, rel: str, new_text: str, message: str,
                when: datetime, sign: bool) -> str:
    """Write `new_text` and commit only that file; restore the file if git refuses."""
    old_text = path.read_text(encoding="utf-8")
    path.write_text(new_text, encoding="utf-8")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S%z")
    try:
        repo.git.commit("-q", *(["-S"] if sign else []), "-m", message, "--", rel,
                        env={"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp})
    except git.GitCommandError as exc:
        path.write_text(old_text, encoding="utf-8")  # leave the file as it was
        detail = (exc.stderr or "").strip().splitlines()
        raise UsageError(t("paraf.perlu-kunci", detail=detail[-1] if detail else exc)) from None
    return repo.head.commit.hexsha[:10]
