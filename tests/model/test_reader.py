"""model/reader: content files read with size and encoding limits, attachments' digests, the corpus."""

from __future__ import annotations

import hashlib

from pipeline.model.document import MAX_BYTES
from pipeline.model.reader import content_files, load_corpus, load_document, read_content

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"


def _put(root, rel, data: bytes):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_content_files_are_markdown_anywhere_and_yaml_plans_only_in_their_folder(tmp_path):
    for rel in ("content/berita/a.md", "content/halaman/b.markdown", "content/rencana/2026-Q4.yaml",
                "content/berita/x.yaml", "content/gambar/c.png", "content/rencana/lain/d.yaml",
                "luar.md"):
        _put(tmp_path, rel, b"")
    found = [p.relative_to(tmp_path).as_posix() for p in content_files(tmp_path)]
    assert found == ["content/berita/a.md", "content/halaman/b.markdown",
                     "content/rencana/2026-Q4.yaml"]
    assert content_files(tmp_path / "kosong") == []


def test_a_file_too_big_or_not_utf8_or_missing_is_a_finding_not_a_crash(tmp_path):
    big = _put(tmp_path, "content/berita/besar.md", b"x" * (MAX_BYTES + 1))
    (finding,) = load_document(tmp_path, big).findings
    assert finding.code == "baca.terlalu-besar" and finding.params["maks"] == 2
    latin = _put(tmp_path, "content/berita/latin.md", "---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    (finding,) = load_document(tmp_path, latin).findings
    assert finding.code == "baca.encoding" and finding.params["posisi"] == 14  # the byte after "Caf"
    (finding,) = load_document(tmp_path, tmp_path / "content/berita/hilang.md").findings
    assert finding.code == "baca.gagal" and finding.path == "content/berita/hilang.md"


def test_relative_and_absolute_paths_give_the_same_relative_name(tmp_path):
    path = _put(tmp_path, REL, PRESS_RELEASE.encode())
    assert read_content(tmp_path, path)[1] == REL
    absolute, rel, raw = read_content(tmp_path, path.relative_to(tmp_path))
    assert absolute == path and rel == REL and raw == PRESS_RELEASE.encode()


def test_attachments_digests_are_read_each_time_and_unsafe_ones_marked(tmp_path):
    photo = _put(tmp_path, "content/gambar/a.png", b"gambar-1")
    _put(tmp_path, REL, (PRESS_RELEASE + "\n![a](gambar/a.png) [b](../luar.pdf)\n").encode())
    doc = load_document(tmp_path, tmp_path / REL)
    assert doc.attachments == {"gambar/a.png": hashlib.sha256(b"gambar-1").hexdigest(),
                               "../luar.pdf": "-"}
    before = doc.content_hash
    photo.write_bytes(b"gambar-2")  # the file changed, the text did not: another hash
    assert load_document(tmp_path, tmp_path / REL).content_hash != before


def test_load_corpus_reads_every_file_or_only_those_named(tmp_path):
    _put(tmp_path, REL, PRESS_RELEASE.encode())
    _put(tmp_path, "content/berita/b.md", b"tanpa front matter")
    assert [d.loaded for d in load_corpus(tmp_path)] == [True, False]
    assert [d.rel for d in load_corpus(tmp_path, [tmp_path / REL])] == [REL]
