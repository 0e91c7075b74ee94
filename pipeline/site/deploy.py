"""Publishing a built site: atomic releases with rollback, or a commit on a pages branch.

`ppid deploy --to DIR` copies a complete build into DIR/releases/<id>/ and then switches
DIR/current to it with one rename, so a web server pointed at DIR/current never sees a half
release; the last N releases are kept for `ppid rollback`. `ppid deploy --to-branch gh-pages`
commits the build to a branch (GitPython, a temporary index: the working tree is untouched).
A deploy never starts from a failed or partial build: only a build that finished writes the
marker file that deploy requires, and the folder (and the copy made of it) must match the
build's manifest exactly: a file added, removed or changed after the build is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.git.gitops import open_repo
from pipeline.i18n.messages import t
from pipeline.model.dates import now
from pipeline.model.errors import UsageError
from pipeline.site import manifest
from pipeline.site.build import BUILD_MARKER, build_lock

RELEASES = "releases"
CURRENT = "current"


@dataclass
class DeployResult:
    release: str
    message: str


def _require_complete(output: Path) -> dict:
    marker = output / BUILD_MARKER
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UsageError(t("terbit.belum-lengkap", folder=output)) from None
    if isinstance(info, dict) and info.get("intranet"):
        raise UsageError(t("terbit.intranet", folder=output))
    if isinstance(info, dict) and info.get("pratinjau"):  # --revisi-kerja (SOP 004 B), --pratinjau
        code = "terbit.pratinjau-naskah" if info.get("pratinjau_naskah") else "terbit.pratinjau"
        raise UsageError(t(code, folder=output))
    _require_manifest(output, output)
    return info


def _require_manifest(folder: Path, shown: Path) -> None:
    problems = manifest.verify(folder)
    if problems:
        detail = "; ".join(t(f"manifest.{p.code}", berkas=p.path) for p in problems[:5])
        raise UsageError(t("terbit.manifest", folder=shown, rincian=detail))


def releases(target: Path) -> list[str]:
    folder = target / RELEASES
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")) \
        if folder.is_dir() else []


def current_release(target: Path) -> str | None:
    link = target / CURRENT
    return Path(os.readlink(link)).name if link.is_symlink() else None


def _switch(target: Path, release: str) -> None:
    """Point `current` at `release` with one rename (atomic on POSIX)."""
    tmp = target / f".{CURRENT}.{os.getpid()}"
    tmp.unlink(missing_ok=True)
    os.symlink(Path(RELEASES) / release, tmp)
    os.replace(tmp, target / CURRENT)


def _prune(target: Path, keep: int) -> None:
    active = current_release(target)
    for name in releases(target)[:-keep] if keep > 0 else []:
        if name != active:
            shutil.rmtree(target / RELEASES / name, ignore_errors=True)
    for leftover in (target / RELEASES).glob(".*"):  # copies of interrupted deploys
        shutil.rmtree(leftover, ignore_errors=True)


def deploy_to_dir(output: Path, target: Path, keep: int = 5) -> DeployResult:
    info = _require_complete(output)
    target.mkdir(parents=True, exist_ok=True)
    (target / RELEASES).mkdir(exist_ok=True)
    with build_lock(target):
        release = f"{now():%Y%m%dT%H%M%S}-{str(info.get('commit') or 'lokal')[:10]}"
        while (target / RELEASES / release).exists():
            release += "-b"
        # Copy under a hidden name, then rename: a killed deploy leaves only a hidden leftover.
        staging = Path(tempfile.mkdtemp(prefix=".salin-", dir=target / RELEASES))
        shutil.copytree(output, staging, dirs_exist_ok=True, symlinks=False)
        try:
            _require_manifest(staging, output)  # the copy, too: what goes live was listed
        except UsageError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        staging.rename(target / RELEASES / release)
        _switch(target, release)
        _prune(target, keep)
    return DeployResult(release, t("terbit.selesai", rilis=release, folder=target))


def rollback(target: Path, release: str | None = None) -> DeployResult:
    names = releases(target)
    active = current_release(target)
    if release is None:
        older = [n for n in names if active and n < active]
        if not older:
            raise UsageError(t("terbit.tidak-ada-sebelumnya", folder=target))
        release = older[-1]
    elif release not in names:
        raise UsageError(t("terbit.rilis-tidak-ada", rilis=release, daftar=", ".join(names) or "-"))
    with build_lock(target):
        _switch(target, release)
    return DeployResult(release, t("terbit.kembali", rilis=release, folder=target))


def deploy_to_branch(root: Path, output: Path, branch: str) -> DeployResult:
    """Commit the build as the whole tree of `branch`, keeping the branch's history."""
    info = _require_complete(output)
    repo = open_repo(root)
    with tempfile.TemporaryDirectory() as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index"), "GIT_WORK_TREE": str(output)}
        repo.git.add("-A", "--force", ".", env=env)
        tree = repo.git.write_tree(env=env)
    parent = []
    try:
        parent = ["-p", repo.git.rev_parse("--verify", "-q", f"refs/heads/{branch}")]
    except Exception:  # noqa: BLE001 - no such branch yet: the first deploy creates it
        parent = []
    message = f"Terbitkan {info.get('commit', '')[:10]} ({info.get('selesai', '')})"
    commit = repo.git.commit_tree(tree, *parent, "-m", message)
    repo.git.update_ref(f"refs/heads/{branch}", commit)
    return DeployResult(commit[:10], t("terbit.cabang", cabang=branch, commit=commit[:10]))


# The shipped targets, registered in site/targets.py.
def publish_folder(deploy) -> DeployResult:
    return deploy_to_dir(deploy.output, Path(deploy.destination).resolve(), deploy.keep)


def publish_branch(deploy) -> DeployResult:
    return deploy_to_branch(deploy.root, deploy.output, deploy.destination)
