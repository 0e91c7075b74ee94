"""Caches under .git/ppid/: the place, atomic replacement, and what counts as a miss."""

from __future__ import annotations

import pickle

import pytest

from pipeline.git.store import UNREADABLE_CACHE, _cache_path, write_pickle


def test_cache_lives_in_git_dir_or_beside_a_checkout_without_one(repo, tmp_path):
    assert _cache_path(repo) == repo / ".git" / "ppid" / "history.pickle"
    plain = tmp_path / "ekspor"
    assert _cache_path(plain) == plain / ".ppid-cache" / "ppid" / "history.pickle"


def test_write_pickle_creates_folders_replaces_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "a" / "b" / "history.pickle"
    write_pickle(path, {"versi": 1})
    write_pickle(path, {"versi": 2})
    assert pickle.loads(path.read_bytes()) == {"versi": 2}
    assert sorted(p.name for p in path.parent.iterdir()) == ["history.pickle"]


@pytest.mark.parametrize("data", [b"", b"bukan pickle", pickle.dumps(1)[:-3],
                                  b"\x80\x04\x95\x17\x00\x00\x00\x00\x00\x00\x00\x8c\x0bmodul.hilang"
                                  b"\x94\x8c\x01X\x94\x93\x94."])
def test_damaged_or_foreign_pickles_raise_only_what_counts_as_a_miss(tmp_path, data):
    path = tmp_path / "history.pickle"
    path.write_bytes(data)
    with pytest.raises(UNREADABLE_CACHE), path.open("rb") as fh:
        pickle.load(fh)
