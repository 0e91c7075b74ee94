"""A check answered from the last result only while nothing its findings depend on has changed."""

from __future__ import annotations

import os

import pytest

from pipeline.git import resultcache
from pipeline.git.pin import PIN_ENV
from pipeline.model.findings import Finding

from .conftest import run


@pytest.fixture
def tree(repo, monkeypatch):
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T09:00")
    monkeypatch.delenv(PIN_ENV, raising=False)
    (repo / "content").mkdir()
    (repo / "approvals").mkdir()
    (repo / "content" / "a.md").write_text("isi\n", encoding="utf-8")
    (repo / "approvals" / "sop.yaml").write_text("level: nama\n", encoding="utf-8")
    run(repo, "add", ".")
    run(repo, "commit", "-q", "-m", "awal")
    return repo


def key(root, paths=None, strict=False):
    return resultcache.fingerprint(root, paths, strict)


def test_same_tree_same_key(tree):
    assert key(tree) == key(tree)


@pytest.mark.parametrize("change", ["content", "mtime", "attachment", "approvals", "head", "clock",
                                    "pin"])
def test_anything_the_findings_depend_on_changes_the_key(tree, monkeypatch, change):
    before = key(tree)
    if change == "content":
        (tree / "content" / "a.md").write_text("isi baru\n", encoding="utf-8")
    elif change == "mtime":  # same size, same bytes count: an edit is still seen
        path = tree / "content" / "a.md"
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    elif change == "attachment":
        (tree / "content" / "foto.jpg").write_bytes(b"\xff\xd8")
    elif change == "approvals":  # same size, different bytes
        (tree / "approvals" / "sop.yaml").write_text("level: ttd\n", encoding="utf-8")
    elif change == "head":
        run(tree, "commit", "-q", "--allow-empty", "-m", "lagi")
    elif change == "clock":
        monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T09:01")
    elif change == "pin":
        monkeypatch.setenv(PIN_ENV, "abc123")
    assert key(tree) != before


def test_strictness_and_the_paths_asked_for_are_part_of_the_key(tree):
    keys = {key(tree), key(tree, strict=True), key(tree, paths=[]),
            key(tree, paths=[tree / "content" / "a.md"])}
    assert len(keys) == 4
    assert key(tree, paths=[tree / "b", tree / "a"]) == key(tree, paths=[tree / "a", tree / "b"])


def test_a_stored_result_answers_its_key_only(tree):
    findings = [Finding("content/a.md", "isi.judul-kosong", line=2)]
    resultcache.store(tree, "k1", findings, 7)
    assert resultcache.load(tree, "k1") == (findings, 7)
    assert resultcache.load(tree, "k2") is None


def test_a_damaged_store_is_a_miss_and_an_unwritable_one_is_skipped(tree):
    resultcache.store(tree, "k1", [], 1)
    stored = tree / ".git" / "ppid" / "check-result.pickle"
    stored.write_bytes(b"rusak")
    assert resultcache.load(tree, "k1") is None
    for path in stored.parent.iterdir():
        path.unlink()
    stored.parent.rmdir()
    stored.parent.write_text("bukan folder\n")  # no folder can be made here, even by root
    resultcache.store(tree, "k1", [], 1)  # no exception: the check runs without the shortcut
    assert resultcache.load(tree, "k1") is None
