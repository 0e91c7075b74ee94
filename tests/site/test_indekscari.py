"""The search index is reused only when no HTML page changed, and only verified files."""

from __future__ import annotations

from pipeline.site import indekscari

from .test_rendercache import NEWS, NEWS_ROLES, _edit, _snapshot, built  # noqa: F401


def _index(snapshot: dict) -> dict:
    return {k: v for k, v in snapshot.items() if k.startswith(indekscari.FOLDER + "/")}


def _without_dashboard(target) -> None:
    """The dashboard chart's SVG ids count matplotlib's charts in this test process, so its
    page differs between two in-process builds; a command line build draws one chart."""
    config = target.site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "dasbor: false\n", encoding="utf-8")
    target.build()


def test_index_reused_when_no_page_changed_and_rebuilt_when_one_did(built):  # noqa: F811
    _without_dashboard(built)
    first = _index(_snapshot(built.output))
    assert first
    built.build()
    again = _index(_snapshot(built.output))
    assert again == first  # same bytes and same files (inodes): linked, not rewritten
    rel = NEWS["a"][0]
    _edit(built.site, rel, "sepanjang 60 meter.", "sepanjang 65 meter.")
    built.site.approve(rel, NEWS_ROLES)
    built.build()
    after = _index(_snapshot(built.output))
    assert {v[1] for v in after.values()}.isdisjoint({v[1] for v in first.values()})
    built.same_as_cold()


def test_a_tampered_index_file_is_never_reused(built):  # noqa: F811
    _without_dashboard(built)
    before = _index(_snapshot(built.output))
    victim = next(rel for rel in sorted(before) if rel.endswith(".pf_meta"))
    (built.output / victim).write_bytes(b"dirusak")
    built.build()
    after = _index(_snapshot(built.output))
    assert (built.output / victim).read_bytes() != b"dirusak"
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}


def test_a_page_pagefind_does_not_index_never_forces_a_new_index(built):  # noqa: F811
    """The dashboard differs between these in-process builds (see _without_dashboard) but
    carries no data-pagefind-body: the index stays the same files."""
    first = _index(_snapshot(built.output))
    built.build()
    assert "dasbor/index.html" in built.log()["dirender"]
    assert _index(_snapshot(built.output)) == first
