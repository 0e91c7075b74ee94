"""Forgejo's and Gitea's REST API for pull-request reviews (swagger: PullReview, PullRequest).

GET /api/v1/repos/{owner}/{repo}/pulls/{index}/reviews/{id} answers id, user.login, state
(APPROVED, REQUEST_CHANGES, COMMENT, PENDING, REQUEST_REVIEW, UNKNOWN), body, commit_id,
submitted_at, html_url (Forgejo; Gitea may omit it: pull_request_url then), dismissed, stale;
GET /api/v1/repos/{owner}/{repo}/pulls/{index} answers head.sha, head.ref, head.repo_id,
base.ref, base.repo_id.
"""

from __future__ import annotations

from pipeline.forge.api import (
    APPROVED,
    CHANGES,
    COMMENTED,
    DISMISSED,
    OTHER,
    PENDING,
    ForgeError,
    PullRequest,
    RestForge,
    Review,
    field,
    timestamp,
)
from pipeline.i18n.messages import t

STATES = {"APPROVED": APPROVED, "REQUEST_CHANGES": CHANGES, "COMMENT": COMMENTED,
          "PENDING": PENDING}


class Forgejo(RestForge):
    name = "forgejo"
    list_query = "limit=50"

    def __init__(self, api: str, repo: str, token: str) -> None:
        if not api:
            raise ForgeError(t("forge.api-kosong"))
        self.base = f"{api.rstrip('/')}/repos/{repo}"
        self.headers = {"Accept": "application/json"}
        if token:
            self.headers["Authorization"] = f"token {token}"

    def parse_review(self, data: object, url: str) -> Review:
        return _review(data, url)

    def pull_request(self, pr: int) -> PullRequest:
        data, url = self._get(f"/pulls/{pr}")
        same = field(data, "head", "repo_id", kind=int, url=url) == \
            field(data, "base", "repo_id", kind=int, url=url)
        return PullRequest(field(data, "number", kind=int, url=url),
                           field(data, "head", "sha", url=url), field(data, "head", "ref", url=url),
                           field(data, "base", "ref", url=url), same)


def _review(data: object, url: str) -> Review:
    state = STATES.get(str(field(data, "state", url=url)), OTHER)
    if isinstance(data, dict) and data.get("dismissed") is True:
        state = DISMISSED  # Forgejo keeps the state and flags the dismissal
    link = field(data, "html_url", url=url) or field(data, "pull_request_url", url=url)
    return Review(field(data, "id", kind=int, url=url), field(data, "user", "login", url=url),
                  state, field(data, "body", url=url) or "", field(data, "commit_id", url=url) or "",
                  timestamp(field(data, "submitted_at", url=url), url), link,
                  bool(isinstance(data, dict) and data.get("stale")))
