"""Unit tests of pipeline.checks.tema: the emblem must be a file of the theme the site uses."""

from __future__ import annotations

from pipeline.checks.tema import check_emblem

CONFIG = "instansi:\n  nama: Dinas Kominfo\n  lambang: img/kantor.png\n"


def _office(tmp_path, config: str = CONFIG):
    (tmp_path / "approvals").mkdir()
    (tmp_path / "approvals" / "config.yaml").write_text(config, encoding="utf-8")
    return tmp_path


def test_no_emblem_and_the_package_emblem_are_fine(tmp_path):
    root = _office(tmp_path)
    assert check_emblem(root, "") == []
    assert check_emblem(root, "img/lambang.svg") == []  # shipped by the package's theme
    assert check_emblem(root, "theme/static/img/lambang.svg") == []  # the prefix is optional


def test_the_office_own_file_is_fine(tmp_path):
    root = _office(tmp_path)
    (root / "theme" / "static" / "img").mkdir(parents=True)
    (root / "theme" / "static" / "img" / "kantor.png").write_bytes(b"\x89PNG")
    assert check_emblem(root, "img/kantor.png") == []


def test_a_missing_emblem_is_named_with_its_config_line(tmp_path):
    root = _office(tmp_path)
    (root / "theme" / "static" / "img").mkdir(parents=True)  # a folder is not the file
    (root / "theme" / "static" / "img" / "kantor.png").mkdir()
    [found] = check_emblem(root, "theme/static/img/kantor.png")
    assert (found.path, found.code, found.field, found.line) == (
        "approvals/config.yaml", "tema.lambang-hilang", "instansi.lambang", 3)
    assert found.params == {"lambang": "theme/static/img/kantor.png",
                            "berkas": "theme/static/img/kantor.png"}
    text = found.message("id")
    assert "theme/static/img/kantor.png" in text and "tidak ada" in text


def test_a_missing_emblem_without_a_readable_config_has_no_line(tmp_path):
    [found] = check_emblem(tmp_path, "img/hilang.svg")  # no approvals/config.yaml at all
    assert found.line is None and found.params["berkas"] == "theme/static/img/hilang.svg"
    (tmp_path / "approvals").mkdir()
    (tmp_path / "approvals" / "config.yaml").write_bytes(b"\xff\xfelambang: \x80\n")  # not UTF-8
    [found] = check_emblem(tmp_path, "img/hilang.svg")
    assert found.line is None and found.code == "tema.lambang-hilang"


def test_an_emblem_outside_the_theme_is_refused(tmp_path):
    root = _office(tmp_path)
    (root / "approvals" / "x.png").write_bytes(b"\x89PNG")
    (root / "theme" / "static").mkdir(parents=True)
    assert [f.code for f in check_emblem(root, "../../approvals/x.png")] == ["tema.lambang-hilang"]
