"""git/log: one log pass, the cache keyed by HEAD and extended, approvals/ tree ids, trailers."""

from __future__ import annotations

import pickle
from pathlib import Path

from pipeline.git.log import CACHE_VERSION, ENDORSE_TRAILER, load_history
from pipeline.git.store import _cache_path

from .conftest import run


def _commit(root: Path, rel: str, text: str, message: str = "ubah") -> str:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    run(root, "add", "--", rel)
    run(root, "commit", "-q", "-m", message)
    return run(root, "rev-parse", "HEAD").strip()


def test_not_a_repository_or_no_commit_is_an_empty_history(tmp_path, repo):
    assert load_history(tmp_path).order == [] and load_history(repo).head is None


def test_the_cache_is_extended_with_new_commits_only_and_equals_a_fresh_read(repo):
    first = _commit(repo, "content/a.md", "a\n")
    cached = load_history(repo)
    assert cached.head == first and _cache_path(repo).is_file()
    second = _commit(repo, "content/a.md", "b\n")
    third = _commit(repo, "approvals/config.yaml", "x: 1\n")
    extended = load_history(repo)
    fresh = load_history(repo, use_cache=False)
    assert extended.order == fresh.order == [first, second, third]
    assert [c.commit for c in extended.file("content/a.md").changes] == [first, second]
    assert extended.approvals_changes == fresh.approvals_changes == [(third, ("approvals/config.yaml",))]
    version, stored = pickle.loads(_cache_path(repo).read_bytes())
    assert version == CACHE_VERSION and stored.head == third


def test_a_cache_of_another_version_or_garbage_is_only_a_miss(repo):
    sha = _commit(repo, "content/a.md", "a\n")
    load_history(repo)
    cache = _cache_path(repo)
    cache.write_bytes(pickle.dumps((CACHE_VERSION - 1, "lama")))
    assert load_history(repo).order == [sha]
    cache.write_bytes(b"\x80rusak")
    assert load_history(repo).order == [sha]


def test_a_rewritten_history_is_read_again_not_extended(repo):
    _commit(repo, "content/a.md", "a\n")
    old = _commit(repo, "content/a.md", "b\n")
    load_history(repo)
    run(repo, "reset", "-q", "--hard", "HEAD~1")
    new = _commit(repo, "content/a.md", "c\n")
    index = load_history(repo)
    assert old not in index.order and index.order[-1] == new and len(index.order) == 2


def test_approvals_trees_are_known_where_approvals_may_change(repo):
    root = _commit(repo, "approvals/config.yaml", "x: 1\n")
    plain = _commit(repo, "content/a.md", "a\n")
    changed = _commit(repo, "approvals/config.yaml", "x: 2\n")
    run(repo, "rm", "-q", "-r", "approvals")
    run(repo, "commit", "-q", "-m", "hapus")
    gone = run(repo, "rev-parse", "HEAD").strip()
    index = load_history(repo, use_cache=False)
    assert index.approvals_trees[root] == run(repo, "rev-parse", f"{root}:approvals").strip()
    assert plain not in index.approvals_trees  # a content commit has its parent's tree
    assert index.approvals_trees[changed] == run(repo, "rev-parse", f"{changed}:approvals").strip()
    assert index.approvals_trees[gone] is None


def test_the_endorsement_trailer_is_read_into_the_commit(repo):
    _commit(repo, "content/a.md", "a\n")
    run(repo, "commit", "-q", "--allow-empty", "-m", f"Sah\n\n{ENDORSE_TRAILER}: abc1234def")
    sha = run(repo, "rev-parse", "HEAD").strip()
    index = load_history(repo, use_cache=False)
    assert index.commit(sha).endorses == "abc1234def" and index.commit(sha).subject == "Sah"
