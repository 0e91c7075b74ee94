"""Stored parses are reused only for byte-identical files: an edit is never missed."""

from __future__ import annotations

import os

from pipeline.checks.run import run_check
from pipeline.git import parsecache

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"


def _counting(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = parsecache.parse_bytes

    def spy(path, rel, raw):
        parsed.append(rel)
        return real(path, rel, raw)

    monkeypatch.setattr(parsecache, "parse_bytes", spy)
    return parsed


def test_unchanged_files_reuse_their_parse_and_edits_are_seen(site, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    for n in range(3):
        site.write(f"content/berita/2026-11-2{n}-item-{n}.md",
                   PRESS_RELEASE.replace("nomor_urut: 12", f"nomor_urut: {20 + n}"))
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    parsed = _counting(monkeypatch)
    first = run_check(site.root)
    assert len(parsed) == 4 and (site.root / ".git/ppid/parse.pickle").is_file()

    parsed.clear()
    again = run_check(site.root)
    assert parsed == [] and [f.code for f in again.findings] == [f.code for f in first.findings]

    # Same size, same modification time, one changed word: the initial must go stale.
    path = site.root / REL
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("60 meter", "70 meter"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    parsed.clear()
    result = run_check(site.root)
    assert parsed == [REL]
    assert "paraf.basi" in {f.code for f in result.findings if f.path == REL}


def test_a_fresh_clone_in_ci_does_not_store(site, monkeypatch):
    monkeypatch.setenv("CI", "true")
    site.write(REL, PRESS_RELEASE)
    run_check(site.root)
    assert not (site.root / ".git/ppid/parse.pickle").exists()
