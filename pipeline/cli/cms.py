"""`ppid cms`: write cms/config.yml; with `--sajikan`, run the browser CMS on this computer.

The served admin is the office's intranet copy, never part of the published site: a public
/admin/ could not save anything without an OAuth proxy and would only add an attack surface. On
127.0.0.1 one port serves everything, so the browser needs no CORS and no CDN:
  /admin/            the admin page and the office's scripts (pipeline/site/templates/cms-*)
  /admin/decap/      Decap's bundle from node_modules/decap-cms/dist (pinned by package-lock)
  /admin/config.yml  generated from the content-type registry for this branch
  /admin/status.json each item's SOP state, computed by reports/status.item_steps
  /api/v1            forwarded to decap-server (git mode) after `cms_guard.restore` put the
                     review lines back; merging is refused: an item goes live through its pull
                     request and initials, never through the CMS's "publish" button.
"""

from __future__ import annotations

import argparse
import contextlib
import http.server
import json
import os
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from pipeline.cli.output import console
from pipeline.git.runner import git
from pipeline.i18n.messages import t
from pipeline.model.errors import GitError, UsageError
from pipeline.model.types import CONTENT_TYPES
from pipeline.site import cms
from pipeline.site.cms_guard import restore

TEMPLATES = Path(__file__).resolve().parent.parent / "site" / "templates"
ASSETS = {"/admin/cms-id.js": "cms-id.js", "/admin/cms-ppid.js": "cms-ppid.js",
          "/admin/": "cms-admin.html", "/admin/index.html": "cms-admin.html"}
TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html; charset=utf-8",
         ".wasm": "application/wasm", ".json": "application/json", ".yml": "text/yaml"}
REFUSED = ("publishUnpublishedEntry",)


def current_branch(root: Path) -> str:
    try:
        return git(root, "symbolic-ref", "--short", "HEAD").strip()
    except GitError:
        raise UsageError(t("cms.bukan-repo", path=root)) from None


def _old_version(root: Path, params: dict, path: str) -> str | None:
    """The text being edited: on the item's CMS branch if it has one, else on the base branch."""
    slug = (params.get("dataFiles") or [params.get("entry") or {}])[0].get("slug", "")
    name = (params.get("options") or {}).get("collectionName", "")
    for ref in (f"refs/heads/cms/{name}/{slug}", f"refs/heads/{params.get('branch', '')}"):
        with contextlib.suppress(GitError):
            return git(root, "show", f"{ref}:{path}")
    return None


def guard(root: Path, body: dict) -> dict:
    """persistEntry with every protected front-matter block as it was (see site/cms_guard.py)."""
    if body.get("action") != "persistEntry":
        return body
    params = body.get("params") or {}
    for item in [params.get("entry"), *(params.get("dataFiles") or [])]:
        if isinstance(item, dict) and isinstance(item.get("raw"), str):
            item["raw"] = restore(item["raw"], _old_version(root, params, item["path"]))
    return body


def status_map(root: Path) -> dict[str, list[dict]]:
    from pipeline.model.reader import load_corpus
    from pipeline.office.policy import load_approvals
    from pipeline.reports.status import item_steps

    approvals = load_approvals(root)
    return {doc.rel: [vars(s) for s in item_steps(doc, approvals)]
            for doc in load_corpus(root) if doc.loaded}


def _handler(root: Path, dist: Path, branch: str, proxy: int):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # the console belongs to our messages
            return

        def _send(self, code: int, data: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def _json(self, code: int, value: object) -> None:
            self._send(code, json.dumps(value, ensure_ascii=False).encode(), TYPES[".json"])

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = self.path.split("?", 1)[0]
            if path == "/" or path == "/admin":
                self.send_response(302)
                self.send_header("Location", "/admin/")
                self.end_headers()
            elif path in ASSETS:
                data = (TEMPLATES / ASSETS[path]).read_bytes()
                self._send(200, data, TYPES[Path(ASSETS[path]).suffix])
            elif path == "/admin/config.yml":
                self._send(200, cms.render(branch, units=cms.office_units(root)).encode(),
                           TYPES[".yml"])
            elif path == "/admin/collections.json":
                self._json(200, list(CONTENT_TYPES))
            elif path == "/admin/status.json":
                self._json(200, status_map(root))
            elif path.startswith("/admin/decap/"):
                self._static(dist, path.removeprefix("/admin/decap/"))
            else:
                self._send(404, b"tidak ditemukan", "text/plain; charset=utf-8")

        def _static(self, base: Path, rel: str) -> None:
            target = (base / rel).resolve()
            if base not in target.parents or not target.is_file():
                return self._send(404, b"tidak ditemukan", "text/plain; charset=utf-8")
            self._send(200, target.read_bytes(), TYPES.get(target.suffix, "application/octet-stream"))

        def do_POST(self) -> None:  # noqa: N802
            if self.path != "/api/v1":
                return self._send(404, b"", "text/plain")
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            except ValueError:
                return self._json(400, {"error": "JSON tidak valid"})
            if body.get("action") in REFUSED:
                return self._json(422, {"error": t("cms.terbit-lewat-pr")})
            self._forward(guard(root, body))

        def _forward(self, body: dict) -> None:
            request = urllib.request.Request(
                f"http://127.0.0.1:{proxy}/api/v1", json.dumps(body).encode(),
                {"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=60) as reply:
                    self._send(reply.status, reply.read(), TYPES[".json"])
            except urllib.error.HTTPError as exc:
                self._send(exc.code, exc.read(), TYPES[".json"])
            except OSError as exc:
                self._json(503, {"error": t("cms.proxy-mati", proxy=proxy, detail=exc)})

    return Handler


def _bundle(root: Path) -> tuple[Path, Path]:
    """Decap's bundle and decap-server: the site's node_modules, else this checkout's."""
    places = [root / "node_modules", Path(__file__).resolve().parents[2] / "node_modules"]
    modules = next((m for m in places if (m / "decap-cms" / "dist" / "decap-cms.js").is_file()
                    and (m / ".bin" / "decap-server").exists()), None)
    if modules is None:
        raise UsageError(t("cms.tanpa-node", path=places[0] / "decap-cms"))
    return (modules / "decap-cms" / "dist").resolve(), modules / ".bin" / "decap-server"


def start_proxy(root: Path, server: Path, port: int) -> subprocess.Popen:
    """decap-server in git mode on 127.0.0.1 over this clone; waits until it answers."""
    env = {**os.environ, "MODE": "git", "GIT_REPO_DIRECTORY": str(root), "PORT": str(port),
           "BIND_HOST": "127.0.0.1", "LOG_LEVEL": "warn"}
    proc = subprocess.Popen([str(server)], cwd=root, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    probe = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1", b'{"action":"info"}',
                                   {"Content-Type": "application/json"})
    for _ in range(150):
        if proc.poll() is not None:
            out = (proc.stdout.read() if proc.stdout else "").strip().splitlines()
            raise UsageError(t("cms.proxy-gagal", kode=proc.returncode, detail=(out or ["-"])[-1]))
        with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=1):
            return proc
        time.sleep(0.1)
    stop_proxy(proc)
    raise UsageError(t("cms.proxy-mati", proxy=port, detail="timeout"))


def stop_proxy(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def start(root: Path, port: int, proxy_port: int):
    """The git proxy and the admin server, both on 127.0.0.1 (port 0: any free port)."""
    dist, server = _bundle(root)
    branch = current_branch(root)
    if git(root, "status", "--porcelain", "--untracked-files=normal").strip():
        # decap-server checks branches out here and commits with `git add .`: unsaved work
        # would end up in an editor's branch.
        raise UsageError(t("cms.kotor", path=root))
    proc = start_proxy(root, server, proxy_port)
    try:
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                                _handler(root, dist, branch, proxy_port))
    except OSError:
        stop_proxy(proc)
        raise
    return httpd, proc


def serve(root: Path, port: int, proxy_port: int) -> None:
    httpd, proc = start(root, port, proxy_port)
    try:
        with httpd:
            console.print(t("cms.mulai", port=httpd.server_address[1], proxy=proxy_port, repo=root),
                          style="bold green")
            with contextlib.suppress(KeyboardInterrupt):
                httpd.serve_forever()
    finally:
        stop_proxy(proc)
        console.print(t("cms.berhenti"))


def cmd_cms(args: argparse.Namespace) -> int:
    root = Path(args.akar).resolve()
    if args.sajikan:
        serve(root, args.port, args.port_proxy)
        return 0
    branch = args.cabang or current_branch(root)
    path = cms.write(root, branch)
    console.print(t("cms.ditulis", path=path.relative_to(root), jumlah=len(CONTENT_TYPES),
                    cabang=branch), style="bold green")
    return 0


def add_commands(cmd) -> None:
    """`ppid cms` in the grammar (cli/parser.py calls this)."""
    p = cmd.add("cms")
    p.add_argument("--sajikan", "--serve", dest="sajikan", action="store_true",
                   help=t("bantuan.cms.sajikan"))
    p.add_argument("--port", type=int, default=8080, help=t("bantuan.cms.port"))
    p.add_argument("--port-proxy", type=int, default=8081, help=t("bantuan.cms.port-proxy"))
    p.add_argument("--cabang", help=t("bantuan.cms.cabang"))
