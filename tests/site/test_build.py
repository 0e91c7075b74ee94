"""site/build's own mechanics: the atomic swap, leftovers of killed builds, one build at a time.

A whole build runs in tests/functional/test_build.py; these are the parts that keep output/
whole whatever happens (H17 owns the module; only its stable entry points are used here).
"""

from __future__ import annotations

import os

import pytest

from pipeline.model.errors import BuildError, UsageError
from pipeline.office.config import Instansi
from pipeline.site import manifest
from pipeline.site.build import STAGING_MARK, build_lock, office_names, publish_dir, refuse


def _folder(path, text):
    path.mkdir(parents=True)
    (path / "index.html").write_text(text)
    (path / STAGING_MARK).touch()
    return path


def test_publish_swaps_in_the_new_build_and_drops_the_old_one(tmp_path):
    output = tmp_path / "output"
    publish_dir(_folder(tmp_path / "output.1", "satu"), output)
    assert (output / "index.html").read_text() == "satu" and not (output / STAGING_MARK).exists()
    inode = os.stat(output).st_ino
    publish_dir(_folder(tmp_path / "output.2", "dua"), output)
    assert (output / "index.html").read_text() == "dua" and os.stat(output).st_ino != inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]  # nothing left behind


def test_one_build_of_a_folder_at_a_time(tmp_path):
    output = tmp_path / "output"
    with build_lock(output), pytest.raises(UsageError) as raised, build_lock(output):
        pass
    assert str(output) in str(raised.value) and raised.value.exit_code == 2
    with build_lock(output):  # released afterwards
        pass


def test_a_refused_build_removes_its_staging_and_names_the_problems(tmp_path):
    staging = _folder(tmp_path / "output.x", "x")
    problems = [manifest.Problem(f"berkas-{i}.html", "tambahan") for i in range(7)]
    with pytest.raises(BuildError) as raised:
        refuse(staging, problems)
    assert not staging.exists() and raised.value.exit_code == 3
    assert "berkas-0.html" in str(raised.value) and "berkas-6.html" not in str(raised.value)


def test_the_site_is_named_after_the_office_never_a_default_office():
    assert office_names(Instansi.from_dict({"ppid": "PPID Bunder", "nama": "Kalurahan"})) == {
        "SITENAME": "PPID Bunder", "AUTHOR": "PPID Bunder"}
    assert office_names(Instansi.from_dict({"nama": "Kalurahan Bunder"}))["SITENAME"] == \
        "Kalurahan Bunder"
    assert office_names(Instansi.from_dict({}))["SITENAME"] == "PPID"
