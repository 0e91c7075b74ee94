"""Lighthouse (mobile) on the home page, an article, a DIP category page and search: at least 95 in
performance, accessibility, best practices and SEO. Lighthouse comes from npm (package.json) and
drives Debian's Chromium on this machine; nothing leaves it. The scores are kept as an artifact."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

from ..conftest import CHROMIUM, ROOT, require_tool

SCRIPT = ROOT / "tests" / "lighthouse.mjs"
PAGES = ["/", "/berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/", "/informasi/berkala/", "/cari/"]


def test_lighthouse_scores_at_least_95_everywhere(served):
    require_tool((ROOT / "node_modules" / "lighthouse").is_dir() and shutil.which("node") is not None
                 and os.path.exists(CHROMIUM), "Lighthouse (npm ci) atau Chromium tidak tersedia")
    done = subprocess.run(["node", str(SCRIPT), served, *PAGES], capture_output=True, text=True,
                          env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "lighthouse.json").write_text(json.dumps(results, indent=2))
    assert set(results) == set(PAGES)
    for path, result in results.items():
        assert result["runtimeError"] is None, (path, result)
        low = {k: v for k, v in result["scores"].items() if v is None or v < 0.95}
        assert len(result["scores"]) == 4 and not low, (path, low, result["failed"])
