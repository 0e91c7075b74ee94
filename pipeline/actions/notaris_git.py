"""The notary's git work: fetch the pull request as data, write a commit without a checkout, push.

Nothing of the pull request is checked out or executed: its files are read with `git cat-file`
(git/snapshot.py), the new tree is built in a temporary index from the head's tree plus the
edited blobs, and the commit is made with `git commit-tree` (signed with the notary's key) and
pushed to the pull request's branch. The work tree stays the default branch's.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from pipeline.git.runner import git
from pipeline.i18n.messages import t
from pipeline.model.errors import GitError, UsageError

PR_REF = "refs/ppid/notaris/kepala"


def fetch_head(root: Path, remote: str, branch: str) -> str:
    """Fetch the pull request's branch into a private ref; its commit id."""
    try:
        git(root, "fetch", "--quiet", "--no-tags", remote, f"+refs/heads/{branch}:{PR_REF}")
    except GitError as exc:
        raise UsageError(t("notaris.ambil-gagal", cabang=branch, detail=str(exc))) from None
    return git(root, "rev-parse", PR_REF).strip()


def has_commit(root: Path, sha: str) -> bool:
    try:
        return git(root, "cat-file", "-t", sha).strip() == "commit"
    except GitError:
        return False


def is_ancestor(root: Path, older: str, newer: str) -> bool:
    done = subprocess.run(["git", "merge-base", "--is-ancestor", older, newer], cwd=root,
                          capture_output=True)
    return done.returncode == 0


def changed_content(root: Path, base: str, head: str) -> list[str]:
    """Content files the pull request changes (added or modified), relative to the merge base."""
    try:
        fork = git(root, "merge-base", base, head).strip()
    except GitError:
        fork = base
    out = git(root, "diff", "--name-only", "--diff-filter=AMR", "-z", fork, head, "--", "content/")
    return [p for p in out.split("\0") if p.endswith((".md", ".markdown", ".yaml", ".yml"))]


def commit_files(root: Path, parent: str, files: dict[str, str], message: str,
                 author: tuple[str, str], when: datetime, authored: datetime,
                 key: Path | None) -> str:
    """A commit on top of `parent` whose tree is parent's with `files` replaced; its id."""
    with tempfile.TemporaryDirectory(prefix="ppid-notaris-") as tmp:
        env = {**os.environ, "GIT_INDEX_FILE": str(Path(tmp) / "index")}
        _run(root, env, "read-tree", parent)
        for rel, text in files.items():
            blob = _run(root, env, "hash-object", "-w", "--stdin", input=text).strip()
            mode = _run(root, env, "ls-tree", parent, "--", rel).split(" ", 1)[0] or "100644"
            _run(root, env, "update-index", "--cacheinfo", f"{mode},{blob},{rel}")
        tree = _run(root, env, "write-tree").strip()
        env.update(GIT_AUTHOR_NAME=author[0], GIT_AUTHOR_EMAIL=author[1],
                   GIT_COMMITTER_NAME=author[0], GIT_COMMITTER_EMAIL=author[1],
                   GIT_AUTHOR_DATE=authored.isoformat(), GIT_COMMITTER_DATE=when.isoformat())
        signing = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={key}"] if key else []
        args = [*signing, "commit-tree", tree, "-p", parent, *(["-S"] if key else []), "-F", "-"]
        try:
            return _run(root, env, *args, input=message).strip()
        except GitError as exc:
            raise UsageError(t("notaris.tanda-tangan-gagal", detail=str(exc))) from None


def push(root: Path, remote: str, commit: str, branch: str) -> None:
    """Fast-forward the pull request's branch to the notary's commit (never forced)."""
    try:
        git(root, "push", "--quiet", remote, f"{commit}:refs/heads/{branch}")
    except GitError as exc:
        raise UsageError(t("notaris.dorong-gagal", cabang=branch, detail=str(exc))) from None


def _run(root: Path, env: dict, *args: str, input: str | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=root, env=env, input=input, capture_output=True,
                          text=True, encoding="utf-8")
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {args[0]} gagal")
    return done.stdout
