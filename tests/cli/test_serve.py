"""cli/serve: the built site on this machine only, stopped cleanly with Ctrl-C."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from pipeline.cli.serve import serve
from pipeline.model.errors import UsageError


def test_a_missing_folder_is_a_usage_error_naming_it(tmp_path):
    with pytest.raises(UsageError) as raised:
        serve(tmp_path / "output", 8000)
    assert str(tmp_path / "output") in str(raised.value) and raised.value.exit_code == 2


def test_serves_the_folder_on_localhost_and_stops_on_ctrl_c(tmp_path):
    (tmp_path / "index.html").write_text("<h1>Beranda</h1>", encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = ("from pathlib import Path; from pipeline.cli.serve import serve; "
            f"serve(Path({str(tmp_path)!r}), {port})")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    page = b""
    try:
        for _ in range(100):
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        assert page == b"<h1>Beranda</h1>"
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=10)
    assert proc.returncode == 0 and str(port) in out  # Ctrl-C is no traceback
