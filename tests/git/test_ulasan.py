"""Review trailers written by the notary and read back in one git call."""

from __future__ import annotations

from pipeline.git import ulasan

from ..conftest import PRESS_RELEASE, make_site


def test_trailers_round_trip(tmp_path):
    site = make_site(tmp_path / "situs")
    site.write("content/a.md", PRESS_RELEASE)
    block = ulasan.trailer_block("https://x/pull/1#r-5", 5, "agus-bantul", "ab" * 20, 1)
    site.git("add", "content/a.md")
    site.git("commit", "-q", "-m", "Paraf\n\nBadan pesan.\n\n" + block)
    plain = site.git("rev-parse", "HEAD~1").strip()
    head = site.git("rev-parse", "HEAD").strip()
    found = ulasan.read(site.root, [head, plain])
    assert found[head] == ulasan.Ulasan("https://x/pull/1#r-5", "5", "agus-bantul", "ab" * 20, "1")
    assert found[head].missing == [] and not found[plain].any
    assert found[plain].missing == list(ulasan.KEYS)
    assert ulasan.read(site.root, []) == {}
