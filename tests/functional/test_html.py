"""Every built page is valid HTML according to the Nu Html Checker (vnu.jar, run with Java)."""

from __future__ import annotations

import json
import shutil
import subprocess

from ..conftest import ROOT, require_tool

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _vnu(folder) -> list[dict]:
    require_tool(shutil.which("java") is not None and VNU.is_file(),
                 "Nu Html Checker tidak tersedia: jalankan 'make test' (npm ci) dan pasang Java")
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json",
                           "--skip-non-html", str(folder)], capture_output=True, text=True)
    return json.loads(done.stderr or '{"messages": []}')["messages"]


def test_checker_reports_broken_html(tmp_path):
    (tmp_path / "rusak.html").write_text("<!DOCTYPE html><html lang=id><title>x</title>"
                                         "<p><div></span>", encoding="utf-8")
    assert _vnu(tmp_path)  # the checker really runs and really finds errors


def test_example_site_has_no_html_errors(example):
    _, out, _ = example
    messages = _vnu(out)
    assert messages == [], "\n".join(f"{m.get('url')}: {m.get('message')}" for m in messages[:20])
