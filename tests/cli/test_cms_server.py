"""`ppid cms --sajikan` when something is missing: clear Indonesian messages, never a traceback."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request

import pytest

from pipeline.cli.cms import _bundle, _handler, start_proxy

from ..conftest import ROOT, make_site, require_tool


def _dead_port() -> int:
    with socket.socket() as s:  # bound and closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_admin_says_so_when_the_git_proxy_is_not_running(tmp_path):
    import http.server

    require_tool((ROOT / "node_modules" / ".bin" / "decap-server").exists(), "npm ci belum jalan")
    site = make_site(tmp_path / "situs")
    dist, _ = _bundle(site.root)
    dead = _dead_port()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(site.root, dist, "main", dead))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        request = urllib.request.Request(f"http://127.0.0.1:{httpd.server_address[1]}/api/v1",
                                         b'{"action": "info"}', {"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as down:
            urllib.request.urlopen(request, timeout=10)
        assert down.value.code == 503
        message = json.loads(down.value.read())["error"]
        assert f"tidak berjalan di port {dead}" in message and "make cms" in message
    finally:
        httpd.shutdown()


def test_a_proxy_that_cannot_start_is_named_with_its_reason(tmp_path):
    from pipeline.model.errors import UsageError

    require_tool((ROOT / "node_modules" / ".bin" / "decap-server").exists(), "npm ci belum jalan")
    site = make_site(tmp_path / "situs")
    _, server = _bundle(site.root)
    with socket.socket() as busy:  # the proxy's port is taken by another program
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(UsageError) as failed:
            start_proxy(site.root, server, busy.getsockname()[1])
    assert "berhenti saat dimulai" in failed.value.message


def test_serve_refuses_a_folder_with_uncommitted_work(tmp_path, capsys):
    require_tool((ROOT / "node_modules" / ".bin" / "decap-server").exists(), "npm ci belum jalan")
    site = make_site(tmp_path / "situs")
    site.write("content/berita/setengah-jadi.md", "---\ntitle: x\n---\n")
    code, out = site.ppid("cms", "--sajikan", capsys=capsys)
    assert code == 2 and "belum di-commit" in out and "Traceback" not in out
