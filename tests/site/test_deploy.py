"""Deploying: atomic releases, rollback, a killed deploy, and a pages branch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.model.attachments import digest
from pipeline.model.errors import UsageError
from pipeline.site import manifest
from pipeline.site.build import BUILD_MARKER
from pipeline.site.deploy import current_release, deploy_to_dir, releases, rollback

from ..conftest import PRESS_RELEASE, ROOT


def _fake_build(folder: Path, label: str, files: int = 3) -> Path:
    """An output folder as a finished build leaves it (pages and the completion marker)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(f"<h1>{label}</h1>", encoding="utf-8")
    for i in range(files):
        page = folder / "berita" / f"{i:05d}" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"{label} {i}", encoding="utf-8")
    (folder / BUILD_MARKER).write_text(json.dumps({"commit": label, "selesai": "x"}))
    found, _ = manifest.files_of(folder)
    manifest.write(folder, {"berkas": {rel: {"sha256": digest(path)} for rel, path in found.items()}})
    return folder


def _live(target: Path) -> str:
    return (target / "current" / "index.html").read_text(encoding="utf-8")


def test_deploy_twice_then_roll_back(site, capsys, tmp_path):
    target = tmp_path / "www"
    one = _fake_build(tmp_path / "satu", "rilis-satu")
    two = _fake_build(tmp_path / "dua", "rilis-dua")
    assert site.ppid("deploy", "--to", str(target), "--output", str(one), capsys=capsys,
                     when="2026-11-21T08:00:00+07:00")[0] == 0
    code, out = site.ppid("deploy", "--to", str(target), "--output", str(two), capsys=capsys,
                          when="2026-11-21T09:00:00+07:00")
    assert code == 0 and "aktif di" in out
    assert sorted(os.listdir(target / "releases")) == ["20261121T080000-rilis-satu",
                                                       "20261121T090000-rilis-dua"]
    assert _live(target) == "<h1>rilis-dua</h1>"
    code, out = site.ppid("rollback", "--to", str(target), capsys=capsys)
    assert code == 0 and _live(target) == "<h1>rilis-satu</h1>"
    assert "dikembalikan ke rilis 20261121T080000-rilis-satu" in out
    code, out = site.ppid("rollback", "--to", str(target), capsys=capsys)
    assert code == 2 and "tidak ada rilis sebelum" in out
    assert site.ppid("rollback", "--to", str(target), "20261121T090000-rilis-dua",
                     capsys=capsys)[0] == 0
    assert _live(target) == "<h1>rilis-dua</h1>"


def test_old_releases_are_pruned_but_never_the_live_one(site, capsys, tmp_path):
    target = tmp_path / "www"
    for hour in range(8, 12):
        build = _fake_build(tmp_path / f"b{hour}", f"jam-{hour}")
        assert site.ppid("deploy", "--to", str(target), "--output", str(build), "--simpan", "2",
                         capsys=capsys, when=f"2026-11-21T{hour:02d}:00:00+07:00")[0] == 0
    assert sorted(os.listdir(target / "releases")) == ["20261121T100000-jam-10",
                                                       "20261121T110000-jam-11"]
    assert _live(target) == "<h1>jam-11</h1>"


def test_a_partial_build_is_never_deployed(site, capsys, tmp_path):
    partial = _fake_build(tmp_path / "sebagian", "x")
    (partial / BUILD_MARKER).unlink()
    code, out = site.ppid("deploy", "--to", str(tmp_path / "www"), "--output", str(partial),
                          capsys=capsys)
    assert code == 2 and "bukan hasil build yang lengkap" in out
    assert not (tmp_path / "www" / "current").exists()


def test_killed_deploy_leaves_the_live_release_complete(site, capsys, tmp_path):
    target = tmp_path / "www"
    first = _fake_build(tmp_path / "satu", "lama", files=5)
    assert site.ppid("deploy", "--to", str(target), "--output", str(first), capsys=capsys)[0] == 0
    big = _fake_build(tmp_path / "besar", "baru", files=6000)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--akar", str(site.root),
                             "deploy", "--to", str(target), "--output", str(big)],
                            cwd=site.root, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 30
    copying = []
    while time.monotonic() < deadline and not copying:
        copying = [p for p in (target / "releases").glob(".salin-*") if any(p.rglob("*.html"))]
        time.sleep(0.01)
    assert copying, "the deploy never started copying"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _live(target) == "<h1>lama</h1>"
    assert len(list((target / "current" / "berita").iterdir())) == 5
    # The next deploy finishes and removes the interrupted copy.
    assert site.ppid("deploy", "--to", str(target), "--output", str(big), capsys=capsys)[0] == 0
    assert _live(target) == "<h1>baru</h1>"
    assert not list((target / "releases").glob(".salin-*"))


def test_deploy_to_a_pages_branch_keeps_the_working_tree(site, capsys):
    site.write("content/berita/2026-11-20-jembatan.md", PRESS_RELEASE)
    site.approve("content/berita/2026-11-20-jembatan.md",
                 [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                  ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    site.commit("content/berita/2026-11-20-jembatan.md")
    assert site.ppid("build", capsys=capsys)[0] == 0
    head = site.git("rev-parse", "HEAD").strip()
    for _ in range(2):
        code, out = site.ppid("deploy", "--to-branch", "gh-pages", capsys=capsys)
        assert code == 0 and "cabang gh-pages" in out
    built = (site.root / "output/berita/2026/jembatan/index.html").read_text(encoding="utf-8")
    assert site.git("show", "gh-pages:berita/2026/jembatan/index.html") == built
    assert site.git("rev-list", "--count", "gh-pages").strip() == "2"
    assert site.git("rev-parse", "HEAD").strip() == head  # main untouched
    assert site.git("diff", "--cached", "--name-only") == ""


# ---- site/deploy's own functions ------------------------------------------------------------


def test_deploy_to_dir_refuses_previews_intranet_and_tampered_copies(tmp_path, monkeypatch):
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-21T08:00:00+07:00")
    target = tmp_path / "www"
    build = _fake_build(tmp_path / "satu", "abc")
    done = deploy_to_dir(build, target)
    assert done.release == "20261121T080000-abc" and current_release(target) == done.release
    again = deploy_to_dir(build, target)  # the same second: a name of its own
    assert again.release == "20261121T080000-abc-b" and releases(target) == [done.release,
                                                                             again.release]
    assert rollback(target).release == done.release
    with pytest.raises(UsageError):
        rollback(target, "tidak-ada")
    for flag in ({"intranet": True}, {"pratinjau": True}):
        marker = build / BUILD_MARKER
        marker.write_text(json.dumps({"commit": "abc", **flag}))
        with pytest.raises(UsageError) as raised:
            deploy_to_dir(build, target)
        assert raised.value.exit_code == 2 and str(build) in str(raised.value)
    (build / BUILD_MARKER).write_text(json.dumps({"commit": "abc"}))
    (build / "tambahan.html").write_text("<p>ditambahkan sesudah build</p>")
    with pytest.raises(UsageError, match="tambahan.html"):
        deploy_to_dir(build, target)
    assert current_release(target) == done.release  # the live release never changed
    assert not list((target / "releases").glob(".*"))  # no hidden copy left behind
