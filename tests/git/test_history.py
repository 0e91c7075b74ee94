"""git/history: the history index read from a real repository, unusual file names included."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.git.history import _header_paths, _unquote
from pipeline.git.log import load_history

from .conftest import run

NAMES = ['content/berita/kutip "a".md', "content/berita/spasi di nama.md",
         "content/berita/jembatan-ñandú.md", "content/berita/tab\tdi nama.md"]


def _commit(root: Path, rel: str, text: str, message: str) -> str:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    run(root, "add", "--", rel)
    run(root, "commit", "-q", "-m", message)
    return run(root, "rev-parse", "HEAD").strip()


@pytest.mark.parametrize("rel", NAMES)
def test_quoted_and_spaced_names_are_indexed_under_their_real_path(repo, rel):
    first = _commit(repo, rel, "judul: A\n", "tambah")
    second = _commit(repo, rel, "judul: B\n", "ubah")
    index = load_history(repo, use_cache=False)
    history = index.file(rel)
    assert history is not None, sorted(index.files)
    assert [c.commit for c in history.changes] == [first, second]
    assert history.created.old_path is None and history.changes[1].path == rel


def test_rename_of_a_quoted_name_keeps_its_history(repo):
    old, new = 'content/berita/lama "x".md', "content/berita/baru ñ.md"
    first = _commit(repo, old, "judul: sama\nisi panjang yang tidak berubah\n" * 5, "tambah")
    run(repo, "mv", old, new)
    run(repo, "commit", "-q", "-m", "ganti nama")
    history = load_history(repo, use_cache=False).file(new)
    assert history is not None and history.created.commit == first


def test_unquote_reads_c_style_escapes():
    assert _unquote('"content/a\\"b.md"') == 'content/a"b.md'
    assert _unquote('"content/\\303\\261.md"') == "content/ñ.md"
    assert _unquote('"a\\tb"') == "a\tb"
    assert _unquote("content/biasa.md") == "content/biasa.md"


def test_header_paths_of_quoted_and_spaced_halves():
    assert _header_paths('"a/x\\"y.md" "b/x\\"y.md"') == ('x"y.md', 'x"y.md')
    assert _header_paths("a/dua kata.md b/dua kata.md") == ("dua kata.md", "dua kata.md")
    assert _header_paths("a/x.md b/y.md") == ("x.md", "y.md")
