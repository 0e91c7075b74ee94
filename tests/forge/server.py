"""A forge on 127.0.0.1 for the tests: answers in the exact shapes GitHub and Forgejo document.

The real forge is unreachable here; this one serves what a test puts in `routes` (path ->
(status, JSON body)), records what was asked (with the Authorization header), and can be made
to hang (a timeout) or answer something that is not JSON.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..conftest import OFFICIALS, make_site

REPO = "bantul/ppid"
NOTARY = "notaris@bantulkab.go.id"
REL = "content/berita/2026-11-20-jembatan.md"


class FakeForge:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, object]] = {}
        self.asked: list[tuple[str, str]] = []
        self.delay = 0.0
        forge = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                forge.asked.append((self.path, self.headers.get("Authorization", "")))
                if forge.delay:
                    time.sleep(forge.delay)
                status, body = forge.routes.get(self.path.split("?")[0], (404, {"message": "Not Found"}))
                raw = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def github_review(review_id: int, login: str, state: str, commit: str, submitted: str,
                  body: str = "", pr: int = 1) -> dict:
    """GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id} (docs.github.com)."""
    return {
        "id": review_id, "node_id": "PRR_kwDOexample", "user": {"login": login, "id": 1,
                                                                 "type": "User"},
        "body": body, "state": state,
        "html_url": f"https://github.com/{REPO}/pull/{pr}#pullrequestreview-{review_id}",
        "pull_request_url": f"https://api.github.com/repos/{REPO}/pulls/{pr}",
        "_links": {"html": {"href": f"https://github.com/{REPO}/pull/{pr}#pullrequestreview-{review_id}"},
                   "pull_request": {"href": f"https://api.github.com/repos/{REPO}/pulls/{pr}"}},
        "submitted_at": submitted, "commit_id": commit, "author_association": "MEMBER",
    }


def github_pull(number: int, head_sha: str, head_ref: str, base_ref: str = "main",
                head_repo: str = REPO) -> dict:
    """GET /repos/{owner}/{repo}/pulls/{pull_number} (the fields the notary reads, and a few)."""
    return {"number": number, "state": "open", "title": "Usulan naskah",
            "head": {"label": f"bantul:{head_ref}", "ref": head_ref, "sha": head_sha,
                     "repo": {"full_name": head_repo}},
            "base": {"label": "bantul:main", "ref": base_ref, "sha": "0" * 40,
                     "repo": {"full_name": REPO}}}


def forgejo_review(review_id: int, login: str, state: str, commit: str, submitted: str,
                   body: str = "", pr: int = 1, dismissed: bool = False, stale: bool = False) -> dict:
    """GET /api/v1/repos/{owner}/{repo}/pulls/{index}/reviews/{id} (swagger: PullReview)."""
    return {"id": review_id, "user": {"id": 3, "login": login, "full_name": ""}, "team": None,
            "state": state, "body": body, "commit_id": commit, "stale": stale, "official": True,
            "dismissed": dismissed, "comments_count": 0, "submitted_at": submitted,
            "updated_at": submitted,
            "html_url": f"https://git.bantulkab.go.id/{REPO}/pulls/{pr}#issuecomment-{review_id}",
            "pull_request_url": f"https://git.bantulkab.go.id/{REPO}/pulls/{pr}"}


def forgejo_pull(number: int, head_sha: str, head_ref: str, base_ref: str = "main",
                 same_repo: bool = True) -> dict:
    """GET /api/v1/repos/{owner}/{repo}/pulls/{index} (swagger: PullRequest)."""
    return {"id": 7, "number": number, "state": "open", "title": "Usulan naskah",
            "head": {"label": head_ref, "ref": head_ref, "sha": head_sha, "repo_id": 1 if same_repo else 2},
            "base": {"label": base_ref, "ref": base_ref, "sha": "0" * 40, "repo_id": 1}}


def keygen(folder: Path, name: str) -> Path:
    """A new ed25519 key pair; the private key's path (its .pub beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(path)],
                   check=True)
    return path


def without_notary(config: str) -> str:
    """config.yaml without this project's example notary (make_site copies the example's)."""
    return re.sub(r"(?m)^notaris: .*\n", "", config)


def office_with_notary(root: Path, keys: Path, api: str, forge: str = "github",
                       level: str = "tanda-tangan"):
    """A site repository whose first (trusted) state names the notary, its key and the
    officials' forge accounts; agus, dewi and sri (whose kabid term ended) have accounts."""
    site = make_site(root, level=level)
    site.keys = {who: keygen(keys, who) for who in ("agus", "dewi", "notaris", "penyusup")}
    public = {w: site.keys[w].with_suffix(".pub").read_text().strip() for w in site.keys}
    lines = [f'{OFFICIALS[w][1]} namespaces="git" {public[w]}' for w in ("agus", "dewi")]
    lines.append(f'{NOTARY} namespaces="git" {public["notaris"]}')
    site.write("approvals/allowed_signers", "\n".join(lines) + "\n")
    config = without_notary(site.read("approvals/config.yaml"))
    api_line = f", api: {api}" if api else ""
    site.write("approvals/config.yaml", config + f"\nnotaris: {{principal: {NOTARY}, forge: {forge}"
                                                 f"{api_line}, repo: {REPO}}}\n")
    roster = re.sub(r"(?m)^    akun: .*\n", "", site.read("approvals/roster.yaml"))
    for who in ("agus", "dewi", "sri"):
        anchor = f"    git: {{nama: {OFFICIALS[who][0]}, email: {OFFICIALS[who][1]}}}\n"
        assert anchor in roster, who
        roster = roster.replace(anchor, anchor + f"    akun: {{github: {who}-bantul, forgejo: {who}}}\n")
    site.write("approvals/roster.yaml", roster)
    site.git("add", "-A")
    site.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    return site
