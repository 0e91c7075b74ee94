"""GitHub's REST API for pull-request reviews (docs.github.com/en/rest/pulls/reviews).

GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id} answers id, user.login,
state (APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING), body, commit_id,
submitted_at, html_url; GET /repos/{owner}/{repo}/pulls/{pull_number} answers head.sha,
head.ref, head.repo.full_name and base.ref.
"""

from __future__ import annotations

from pipeline.forge.api import (
    APPROVED,
    CHANGES,
    COMMENTED,
    DISMISSED,
    OTHER,
    PENDING,
    PullRequest,
    RestForge,
    Review,
    field,
    timestamp,
)

STATES = {"APPROVED": APPROVED, "CHANGES_REQUESTED": CHANGES, "COMMENTED": COMMENTED,
          "DISMISSED": DISMISSED, "PENDING": PENDING}


class GitHub(RestForge):
    name = "github"
    list_query = "per_page=100"

    def __init__(self, api: str, repo: str, token: str) -> None:
        self.base = f"{(api or 'https://api.github.com').rstrip('/')}/repos/{repo}"
        self.repo = repo
        self.headers = {"Accept": "application/vnd.github+json",
                        "X-GitHub-Api-Version": "2022-11-28"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"

    def parse_review(self, data: object, url: str) -> Review:
        return _review(data, url)

    def pull_request(self, pr: int) -> PullRequest:
        data, url = self._get(f"/pulls/{pr}")
        head_repo = field(data, "head", "repo", "full_name", url=url)
        return PullRequest(field(data, "number", kind=int, url=url),
                           field(data, "head", "sha", url=url), field(data, "head", "ref", url=url),
                           field(data, "base", "ref", url=url),
                           str(head_repo).casefold() == self.repo.casefold())


def _review(data: object, url: str) -> Review:
    state = str(field(data, "state", url=url))
    return Review(field(data, "id", kind=int, url=url), field(data, "user", "login", url=url),
                  STATES.get(state, OTHER), field(data, "body", url=url) or "",
                  field(data, "commit_id", url=url) or "",
                  timestamp(field(data, "submitted_at", url=url), url),
                  field(data, "html_url", url=url))
