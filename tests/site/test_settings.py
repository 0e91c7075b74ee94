"""site/settings: what every office's pelicanconf.py starts from."""

from __future__ import annotations

import runpy
from pathlib import Path

from pipeline.site import settings

ROOT = Path(__file__).resolve().parents[2]


def test_our_reader_owns_markdown_and_the_theme_ships_in_the_package():
    assert settings.PLUGINS == ["pipeline.site.plugin"]
    assert settings.READERS["md"] is None and settings.READERS["html"] is None
    assert (Path(settings.THEME) / "templates" / "base.html").is_file()
    assert settings.JINJA_ENVIRONMENT["autoescape"] is True


def test_pages_not_written_and_feeds_left_to_the_pipeline():
    for kind in ("CATEGORY", "TAG", "AUTHOR", "ARCHIVES", "DRAFT"):
        assert getattr(settings, f"{kind}_SAVE_AS") == ""
    assert settings.FEED_ALL_ATOM is None and settings.DELETE_OUTPUT_DIRECTORY is False
    assert {"tanggal_waktu", "tanggal", "ringkas_jejak"} <= set(settings.JINJA_FILTERS)


def test_the_examples_pelicanconf_builds_on_these_defaults():
    conf = runpy.run_path(str(ROOT / "pelicanconf.py"))
    assert conf["PLUGINS"] == settings.PLUGINS and conf["READERS"] == settings.READERS
    assert conf["TIMEZONE"] == "Asia/Jakarta"
