"""`ppid serve`: serve the built site on localhost for previewing."""

from __future__ import annotations

import contextlib
import functools
import http.server
from pathlib import Path

from pipeline.cli.output import console
from pipeline.i18n.messages import t
from pipeline.model.errors import UsageError


def serve(folder: Path, port: int) -> None:
    if not folder.is_dir():
        raise UsageError(t("sajikan.tidak-ada", folder=folder))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        console.print(t("sajikan.mulai", folder=folder, port=port), style="bold green")
        with contextlib.suppress(KeyboardInterrupt):
            httpd.serve_forever()
