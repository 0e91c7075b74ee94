"""The caching writer never writes through a hard link into the previous output."""

from __future__ import annotations

import os

from pelican.settings import DEFAULT_CONFIG

from pipeline.site.writer import CachingWriter


def test_a_linked_file_is_replaced_not_written_through(tmp_path):
    previous, staging = tmp_path / "output", tmp_path / "staging"
    previous.mkdir()
    staging.mkdir()
    (previous / "feed.xml").write_text("lama", encoding="utf-8")
    os.link(previous / "feed.xml", staging / "feed.xml")
    writer = CachingWriter(str(staging), settings=dict(DEFAULT_CONFIG))
    with writer._open_w(str(staging / "feed.xml"), "utf-8") as fh:
        fh.write("baru")
    assert (staging / "feed.xml").read_text(encoding="utf-8") == "baru"
    assert (previous / "feed.xml").read_text(encoding="utf-8") == "lama"
    assert (staging / "feed.xml").stat().st_ino != (previous / "feed.xml").stat().st_ino
