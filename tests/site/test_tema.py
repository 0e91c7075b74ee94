"""Unit tests of pipeline.site.tema: the package's theme merged with an office's theme/static/."""

from __future__ import annotations

from pathlib import Path

from pipeline.site.tema import PACKAGE_THEME, office_css, office_theme


def _package(tmp_path: Path) -> Path:
    """A small package theme of our own, so the merge is fast and its content known."""
    pkg = tmp_path / "paket"
    (pkg / "templates").mkdir(parents=True)
    (pkg / "templates" / "base.html").write_text("<html></html>", encoding="utf-8")
    (pkg / "static" / "css").mkdir(parents=True)
    (pkg / "static" / "css" / "ppid.css").write_text("body{}", encoding="utf-8")
    (pkg / "static" / "img").mkdir()
    (pkg / "static" / "img" / "lambang.svg").write_text("<svg/>", encoding="utf-8")
    return pkg


def _own(folder: Path, rel: str, text: str) -> None:
    path = folder / "theme" / "static" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_without_own_static_files_the_package_theme_is_used(tmp_path):
    assert office_theme(tmp_path) == str(PACKAGE_THEME)
    (tmp_path / "theme" / "static").mkdir(parents=True)  # an empty folder adds nothing
    assert office_theme(tmp_path) == str(PACKAGE_THEME)
    assert (PACKAGE_THEME / "templates").is_dir()


def test_office_files_replace_and_add_to_the_package(tmp_path):
    pkg, site = _package(tmp_path), tmp_path / "situs"
    _own(site, "img/lambang.svg", "<svg id='kantor'/>")
    _own(site, "img/favicon.png", "png")
    merged = Path(office_theme(site, pkg))
    assert merged.parent == site / ".ppid-tema"  # no .git: beside the settings
    assert (merged / "static" / "img" / "lambang.svg").read_text() == "<svg id='kantor'/>"
    assert (merged / "static" / "img" / "favicon.png").read_text() == "png"
    assert (merged / "static" / "css" / "ppid.css").read_text() == "body{}"
    assert (merged / "templates" / "base.html").is_file()
    assert (pkg / "static" / "img" / "lambang.svg").read_text() == "<svg/>"  # package untouched


def test_the_merge_is_reused_and_replaced_when_content_changes(tmp_path):
    pkg, site = _package(tmp_path), tmp_path / "situs"
    (site / ".git").mkdir(parents=True)  # a working clone keeps it inside .git
    _own(site, "css/kantor.css", "a{}")
    first = office_theme(site, pkg)
    assert Path(first).parent == site / ".git" / "ppid" / "tema"
    assert office_theme(site, pkg) == first
    _own(site, "css/kantor.css", "a{color:red}")
    second = office_theme(site, pkg)
    assert second != first and not Path(first).exists()  # the old merge is pruned
    assert Path(second, "static", "css", "kantor.css").read_text() == "a{color:red}"
    assert [p.name for p in Path(second).parent.iterdir()] == [Path(second).name]


def test_a_file_where_the_package_has_a_folder_wins_and_links_are_skipped(tmp_path):
    pkg, site = _package(tmp_path), tmp_path / "situs"
    _own(site, "img", "bukan folder")
    (site / "theme" / "static" / "tautan.css").symlink_to(pkg / "static" / "css" / "ppid.css")
    merged = Path(office_theme(site, pkg))
    assert (merged / "static" / "img").read_text() == "bukan folder"
    assert not (merged / "static" / "tautan.css").exists()


def test_office_css_lists_only_new_style_sheets(tmp_path):
    pkg, site = _package(tmp_path), tmp_path / "situs"
    assert office_css(site, pkg) == []
    _own(site, "css/ppid.css", "replaces, not added")
    _own(site, "css/kantor.css", "a{}")
    _own(site, "tambahan/cetak.css", "b{}")
    _own(site, "img/kantor.png", "png")
    assert office_css(site, pkg) == ["css/kantor.css", "tambahan/cetak.css"]
