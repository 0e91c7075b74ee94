"""Unit tests of pipeline.cli.cms: the local admin server's routes, the save guard, the config."""

from __future__ import annotations

import argparse
import http.server
import json
import threading
import urllib.error
import urllib.request

import pytest

from pipeline.cli.cms import _handler, cmd_cms, current_branch, guard, status_map
from pipeline.model.errors import UsageError

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("cms") / "situs")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    site.git("commit", "-qam", "Paraf kabid")
    return site


@pytest.fixture(scope="module")
def admin(site, tmp_path_factory):
    """The admin server on a free port, its git proxy a port where nothing listens."""
    dist = tmp_path_factory.mktemp("decap")
    (dist / "decap-cms.js").write_text("/* decap */", encoding="utf-8")
    (dist.parent / "rahasia.txt").write_text("di luar dist", encoding="utf-8")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(site.root, dist, "main", 9))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, reply.headers["Content-Type"], reply.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()


def _post(url: str, data: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def test_current_branch_and_outside_a_repository(site, tmp_path):
    assert current_branch(site.root) == "main"
    with pytest.raises(UsageError, match="bukan repositori git") as refused:
        current_branch(tmp_path)
    assert refused.value.exit_code == 2


def test_guard_puts_the_initials_back_on_a_save(site):
    saved = site.read(REL).replace("paraf:", "judul_lama: x\nparaf:").split("paraf:")[0] + \
        "paraf: {kabid: {nama: Palsu, keputusan: setuju}}\n---\n\nIsi baru.\n"
    body = {"action": "persistEntry", "params": {
        "branch": "main", "entry": {"slug": "2026-11-20-jembatan", "path": REL, "raw": saved},
        "options": {"collectionName": "berita"}}}
    raw = guard(site.root, body)["params"]["entry"]["raw"]
    assert "Palsu" not in raw and "Drs. Agus Prasetyo, M.Si." in raw and "Isi baru." in raw
    other = {"action": "getEntry", "params": {"x": 1}}
    assert guard(site.root, other) is other


def test_status_map_has_every_item_with_its_steps(site):
    steps = status_map(site.root)[REL]
    assert [s["state"] for s in steps][:1] == ["selesai"]  # the Kabid has initialled
    assert all(set(s) >= {"peran", "state"} for s in steps) and len(steps) >= 2


def test_admin_routes(admin):
    assert _get(f"{admin}/admin/collections.json")[2].startswith("[")
    code, ctype, text = _get(f"{admin}/admin/config.yml")
    assert code == 200 and ctype == "text/yaml" and "branch: main" in text
    code, ctype, text = _get(f"{admin}/admin/status.json?x=1")
    assert code == 200 and REL in json.loads(text)
    assert _get(f"{admin}/admin/decap/decap-cms.js")[:2] == (200, "text/javascript")
    assert _get(f"{admin}/admin/decap/../rahasia.txt")[0] == 404  # never outside the bundle
    assert _get(f"{admin}/admin/decap/%2e%2e/rahasia.txt")[0] == 404
    assert _get(f"{admin}/lain")[:2] == (404, "text/plain; charset=utf-8")
    assert _get(f"{admin}/admin/")[0] == 200


def test_admin_refuses_publishing_and_bad_json(admin):
    code, reply = _post(f"{admin}/api/v1", b'{"action": "publishUnpublishedEntry"}')
    assert code == 422 and "pull request" in reply["error"]
    code, reply = _post(f"{admin}/api/v1", b"{bukan json")
    assert code == 400 and reply == {"error": "JSON tidak valid"}
    assert _post(f"{admin}/lain", b"{}")[0] == 404
    code, reply = _post(f"{admin}/api/v1", b'{"action": "info"}')  # nothing on the proxy port
    assert code == 503 and "9" in reply["error"]


def test_cmd_cms_writes_the_config_for_a_branch(site, capsys):
    args = argparse.Namespace(akar=str(site.root), sajikan=False, cabang="usulan", port=0,
                              port_proxy=0)
    assert cmd_cms(args) == 0
    written = (site.root / "cms" / "config.yml").read_text(encoding="utf-8")
    assert "branch: usulan" in written and "cabang usulan" in capsys.readouterr().out
    (site.root / "cms" / "config.yml").unlink()  # the module's site stays as it was
