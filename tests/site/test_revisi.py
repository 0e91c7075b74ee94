"""site/revisi: what an approved site revision hands Pelican, exported safely, previews marked."""

from __future__ import annotations

import json
import os

import pytest

from pipeline.checks.revisi import head_revision
from pipeline.checks.run import run_check
from pipeline.model.errors import BuildError, CheckFailed, UsageError
from pipeline.model.reader import load_document
from pipeline.site.revisi import (
    SETTINGS,
    SIDECAR,
    export_revision,
    marker,
    new_record,
    prepared_build,
    theme_dir,
)

from ..conftest import make_site


def test_export_takes_theme_and_settings_of_the_commit_not_the_working_folder(site, tmp_path):
    head = site.git("rev-parse", "HEAD").strip()
    (site.root / "pelicanconf.py").write_text("# diubah, belum di-commit\n")
    export_revision(site.root, head, tmp_path / "ekspor")
    assert (tmp_path / "ekspor/theme/templates/base.html").is_file()
    assert (tmp_path / "ekspor/pelicanconf.py").read_text() != "# diubah, belum di-commit\n"
    with pytest.raises(BuildError):
        export_revision(site.root, "0" * 40, tmp_path / "tidak")


def test_a_symlink_in_an_approved_theme_is_refused(site, tmp_path):
    os.symlink("../../.git/config", site.root / "theme" / "static" / "bocor.txt")
    site.git("add", "theme")
    site.git("commit", "-q", "-m", "Tautan")
    with pytest.raises(BuildError, match="bocor.txt"):
        export_revision(site.root, site.git("rev-parse", "HEAD").strip(), tmp_path / "ekspor")


def test_marker_fails_closed_and_theme_dir_follows_it(tmp_path):
    assert marker(tmp_path, "pelicanconf.py") == {} and theme_dir(tmp_path, "pelicanconf.py") == \
        tmp_path / "theme"
    (tmp_path / SETTINGS).write_text("")
    (tmp_path / SIDECAR).write_text("{rusak")
    assert marker(tmp_path, SETTINGS) == {"pratinjau": True}  # unreadable: never approved
    assert theme_dir(tmp_path, SETTINGS) == tmp_path / "theme"
    (tmp_path / SIDECAR).write_text(json.dumps({"pratinjau": False, "revisi_situs": {}}))
    assert theme_dir(tmp_path, SETTINGS) == tmp_path / "revisi" / "theme"


def test_without_an_approved_revision_strict_refuses_and_working_is_a_preview(tmp_path):
    repo = make_site(tmp_path / "s", level="nama", revisi=True)
    result = run_check(repo.root)
    with pytest.raises(CheckFailed), prepared_build(repo.root, result, strict=True):
        pass
    with prepared_build(repo.root, result) as plain:
        assert plain.settings_file == "pelicanconf.py" and plain.notes
    with prepared_build(repo.root, result, working=True) as preview:
        fields = marker(repo.root, preview.settings_file)
        assert fields["pratinjau"] is True
        assert fields["revisi_situs"]["commit"] == repo.git("rev-parse", "HEAD").strip()
    assert not os.path.exists(preview.settings_file)  # the temporary folder is gone


def test_a_new_record_carries_heads_digest(tmp_path, monkeypatch):
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T09:00:00+07:00")
    repo = make_site(tmp_path / "s", level="nama", revisi=True)
    rel = new_record(repo.root, "Revisi tema November")
    doc = load_document(repo.root, repo.root / rel)
    assert doc.loaded and doc.jenis == "perubahan-situs" and doc.meta["revisi"] == \
        head_revision(repo.root)[1]
    assert new_record(repo.root, "Revisi tema November").endswith("-2.md")
    with pytest.raises(UsageError):
        new_record(tmp_path, "Tanpa git")
