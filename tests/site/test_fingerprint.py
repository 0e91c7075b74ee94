"""Digests of what templates read: equal values agree across builds, any change differs, and a
value without a stable digest is refused (its page is rendered, never served stale)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from pipeline.i18n.messages import translator
from pipeline.site.fingerprint import Hasher, Uncacheable, content_html_unsafe, lenient


@dataclass
class Row:
    judul: str
    waktu: datetime


def _d(value, main=False) -> bytes:
    return Hasher().digest(value, main)


def test_equal_values_agree_between_builds_and_changes_differ():
    when = datetime(2026, 11, 20, 9, tzinfo=UTC)
    value = {"b": [Row("Pasar", when)], "a": ("x", 1, None, {"y"})}
    same = {"a": ("x", 1, None, {"y"}), "b": [Row("Pasar", when)]}
    assert _d(value) == _d(same)
    assert _d(value) != _d({**value, "b": [Row("Pasar.", when)]})
    assert _d([1]) != _d((1,)) and _d("1") != _d(1) and _d(True) != _d(1)


def test_functions_count_with_what_they_captured():
    assert _d(translator("id")) == _d(translator("id"))
    assert _d(translator("id")) != _d(translator("en"))
    assert _d(functools.partial(round, ndigits=1)) != _d(functools.partial(round, ndigits=2))


def test_an_object_without_a_stable_digest_is_refused():
    class Opaque:
        pass

    with pytest.raises(Uncacheable):
        _d({"x": [Opaque()]})
    assert lenient(Opaque()) == lenient(Opaque())  # settings: by type only


def test_links_pelican_rewrites_at_render_time_are_detected():
    assert content_html_unsafe('<a href="{filename}lain.md">lain</a>')
    assert content_html_unsafe("<img src='|static|foto.jpg'>")
    assert not content_html_unsafe('<a href="/berita/2026/lain/">lain</a> {bukan tautan}')


def _article(title: str, digest: str = "d"):
    from pelican.contents import Article
    from pelican.settings import DEFAULT_CONFIG

    meta = {"title": title, "date": datetime(2026, 11, 20, 9, tzinfo=UTC), "ppid_kunci": digest,
            "slug": title.lower().replace(" ", "-")}
    return Article("<p>isi</p>", meta, settings=dict(DEFAULT_CONFIG), source_path="x.md",
                   context={"generated_content": {}, "static_content": {}, "static_links": set(),
                            "localsiteurl": ""})


def test_the_pages_own_item_counts_its_neighbours_titles_a_listed_item_does_not():
    page = _article("Jembatan")
    page.prev_article = _article("Pasar", "d-pasar")
    before_main, before_listed = _d(page, main=True), _d([page])
    # The neighbour retitled: our reader gives it a new digest (the title is in it).
    page2 = _article("Jembatan")
    page2.prev_article = _article("Pasar Baru", "d-pasar-baru")
    assert _d(page2, main=True) != before_main
    assert _d([page2]) == before_listed  # in a list only the item's own digest counts
    with pytest.raises(Uncacheable):
        _d(_article("Tanpa sidik", digest=""))
