"""git/merges: a merge that takes one side's stale copy is the merger's own change."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from pipeline.git.log import load_history
from pipeline.git.merges import MergeSides

from .conftest import run

REL = "content/berita/a.md"
OTHER = "content/berita/b.md"
ITEM = "---\ntitle: A\nstatus: terbit\n---\n\nIsi.\n"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    run(root, "add", "--", rel)


def _as(root: Path, who: str, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": who, "GIT_AUTHOR_EMAIL": f"{who}@contoh.go.id",
           "GIT_COMMITTER_NAME": who, "GIT_COMMITTER_EMAIL": f"{who}@contoh.go.id"}
    return subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True,
                          text=True).stdout


def _fork(repo: Path) -> None:
    """main withdraws the item; the branch `cabang` (from before) edits another file."""
    _write(repo, REL, ITEM)
    _write(repo, OTHER, "---\ntitle: B\n---\n")
    run(repo, "commit", "-q", "-m", "awal")
    run(repo, "branch", "cabang")
    _write(repo, REL, ITEM.replace("status: terbit", "status: ditarik"))
    _as(repo, "pejabat", "commit", "-q", "-m", "tarik")
    run(repo, "checkout", "-q", "cabang")
    _write(repo, OTHER, "---\ntitle: B baru\n---\n")
    run(repo, "commit", "-q", "-m", "ubah b")
    run(repo, "checkout", "-q", "main")


def test_taking_the_stale_side_is_recorded_as_the_mergers_change(repo):
    _fork(repo)
    _as(repo, "penyusup", "merge", "-q", "-s", "ours", "--no-edit", "cabang")
    _as(repo, "penyusup", "checkout", "cabang", "--", REL)
    _as(repo, "penyusup", "commit", "-q", "--amend", "--no-edit")
    merge = run(repo, "rev-parse", "HEAD").strip()
    history = load_history(repo, use_cache=False)
    own = [c for c in history.file(REL).changes if c.commit == merge]
    assert len(own) == 1 and own[0].merge and own[0].status == ("ditarik", "terbit")
    assert history.commit(merge).author_name == "penyusup"
    assert REL in history.touched[merge]


def test_an_honest_merge_takes_the_other_sides_work_without_blame(repo):
    _fork(repo)
    run(repo, "merge", "-q", "--no-edit", "cabang")
    merge = run(repo, "rev-parse", "HEAD").strip()
    history = load_history(repo, use_cache=False)
    assert all(c.commit != merge for c in history.file(REL).changes)
    assert all(c.commit != merge for c in history.file(OTHER).changes)  # the branch did it


def test_pairs_hold_each_parents_diff(repo):
    _fork(repo)
    run(repo, "merge", "-q", "--no-edit", "cabang")
    merge, first, second = run(repo, "rev-list", "--parents", "-n1", "HEAD").split()
    sides = MergeSides(repo, [[merge, first, second]])
    from_main = {c.path for c in sides.pairs[(merge, first)][0]}
    from_branch = {c.path for c in sides.pairs[(merge, second)][0]}
    assert from_main == {OTHER} and from_branch == {REL}
    assert MergeSides(repo, []).pairs == {}
