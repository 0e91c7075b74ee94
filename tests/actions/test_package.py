"""An office installs the package, never copies it (issue #13): a wheel built from this
repository, installed into a fresh virtual environment, runs `ppid init`, `ppid periksa` and
`ppid bangun` for a new office with nothing of this repository on its path.

The wheel is built as `pip wheel` builds it (PEP 517, setuptools from the package index). The
fresh environment gets the wheel with `--no-deps` and borrows the pinned dependencies of the
project's .venv through a path file (its site-packages added as a plain path: the editable
install of this checkout there is not activated), so the test proves the wheel's own contents
(code, theme, SOP templates, the new office's templates, the entry point) in seconds; resolving
the pins themselves is what `make` already does for .venv.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.conftest import ROOT

SKIPPED = {".git", ".venv", "node_modules", "output", "intranet", "build", "test-artifacts",
           ".pytest_cache", "__pycache__", ".ruff_cache"}


def _source_copy(target: Path) -> Path:
    """The working tree's package sources (what `pip wheel .` reads), without the heavy folders."""
    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in SKIPPED or n.endswith(".egg-info")
                or (Path(folder) == ROOT and n.startswith(("output.", "intranet.")))}
    shutil.copytree(ROOT, target, ignore=ignore, symlinks=True)
    return target


def run(*args: str, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8"})
    assert not ok or done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done


def test_a_wheel_installed_in_a_fresh_venv_makes_checks_and_builds_a_new_office(tmp_path):
    source = _source_copy(tmp_path / "sumber")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "roda"),
        str(source), cwd=tmp_path)
    (wheel,) = (tmp_path / "roda").glob("ppid_pipeline-*.whl")
    listing = run(sys.executable, "-m", "zipfile", "-l", str(wheel), cwd=tmp_path).stdout
    for packaged in ("pipeline/data/tema/templates/base.html", "pipeline/data/tema/static/css/ppid.css",
                     "pipeline/data/kantor/pelicanconf.py.tmpl", "pipeline/data/kantor/gitignore",
                     "pipeline/data/kantor/halaman/profil-ppid.md", "pipeline/data/contoh-config.yaml"):
        assert packaged in listing, packaged
    assert "pipeline/data/sop/003-medsos-kalurahan-bunder.yaml" in listing

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", str(venv), cwd=tmp_path)
    python = venv / "bin" / "python"
    run(str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel),
        cwd=tmp_path)
    site = run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
               cwd=tmp_path).stdout.strip()
    Path(site, "ppid-uji-dependensi.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    where = run(str(python), "-c", "import pipeline; print(pipeline.__file__)", cwd=tmp_path).stdout
    assert where.startswith(site), where  # the installed wheel, not this checkout

    office = tmp_path / "bunder"
    ppid = str(venv / "bin" / "ppid")
    run(ppid, "init", str(office), "--ya", "--instansi", "Pemerintah Kalurahan Bunder",
        "--situs", "https://ppid.bunder.desa.id", "--sop", "003", "--kepala", "Sutrisno",
        "--kepala-email", "sutrisno@bunder.desa.id", cwd=tmp_path)
    run(ppid, "periksa", "--strict", cwd=office)
    run(ppid, "bangun", cwd=office)
    index = (office / "output" / "index.html").read_text(encoding="utf-8")
    assert "<title>PPID Kalurahan Bunder" in index
    assert (office / "output" / "theme" / "css" / "ppid.css").is_file()
    assert not (office / "pipeline").exists() and not (office / "theme" / "templates").exists()
