"""checks/cms: cms/config.yml may offer only declared fields, never a review field, lines named."""

from __future__ import annotations

from pathlib import Path

from pipeline.checks.cms import CONFIG_PATH, PROTECTED, check_config

ROOT = Path(__file__).resolve().parents[2]
COLLECTION = """\
collections:
- name: siaran-pers
  folder: {folder}
  filter: {{field: jenis, value: siaran-pers}}
  fields:
  - {{name: title, label: Judul}}
  - {{name: body, label: Isi}}
{extra}"""


def _check(tmp_path, text: str):
    path = tmp_path / CONFIG_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return [(f.code, f.field, f.line) for f in check_config(tmp_path)]


def test_the_shipped_config_of_the_example_passes():
    assert check_config(ROOT) == []


def test_no_config_no_findings(tmp_path):
    assert check_config(tmp_path) == []


def test_unknown_and_protected_fields_are_named_with_their_line(tmp_path):
    extra = "  - {name: warna, label: Warna}\n  - {name: paraf, label: Paraf}\n"
    found = _check(tmp_path, COLLECTION.format(folder="content/berita", extra=extra))
    assert found == [("cms.field-tak-dikenal", "warna", 8), ("cms.field-terlindung", "paraf", 9)]
    assert "paraf" in PROTECTED and "distribusi" in PROTECTED


def test_a_wrong_folder_and_an_unknown_type(tmp_path):
    text = COLLECTION.format(folder="content/lain", extra="") + \
        "- name: brosur\n  folder: content/brosur\n  fields: []\n"
    found = _check(tmp_path, text)
    assert found == [("cms.folder", "", 3), ("cms.jenis-tak-dikenal", "", 8)]


def test_unreadable_yaml_is_one_finding_not_a_crash(tmp_path):
    found = _check(tmp_path, "collections: [: :\n")
    assert [code for code, _, _ in found] == ["cms.yaml"]
    (tmp_path / CONFIG_PATH).write_bytes(b"\xff\xfe bukan utf-8")
    assert [f.code for f in check_config(tmp_path)] == ["cms.yaml"]
