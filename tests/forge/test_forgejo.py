"""Forgejo's and Gitea's review API in the swagger's shapes (PullReview), served on 127.0.0.1."""

from __future__ import annotations

import pytest

from pipeline.forge import api
from pipeline.forge.forgejo import Forgejo

from .server import FakeForge, forgejo_pull, forgejo_review


@pytest.fixture
def forge():
    served = FakeForge()
    yield served
    served.close()


@pytest.mark.parametrize(("state", "dismissed", "expected"), [
    ("APPROVED", False, api.APPROVED), ("REQUEST_CHANGES", False, api.CHANGES),
    ("COMMENT", False, api.COMMENTED), ("APPROVED", True, api.DISMISSED),
    ("REQUEST_REVIEW", False, api.OTHER)])
def test_review_states(forge, state, dismissed, expected):
    forge.routes["/api/v1/repos/bantul/ppid/pulls/2/reviews/9"] = (200, forgejo_review(
        9, "agus", state, "ef" * 20, "2026-11-20T10:00:00+07:00", "Catatan", pr=2,
        dismissed=dismissed, stale=True))
    review = Forgejo(f"{forge.url}/api/v1", "bantul/ppid", "t").review(2, 9)
    assert review.state == expected and review.login == "agus" and review.stale is True
    assert review.submitted_at.utcoffset().total_seconds() == 7 * 3600
    assert forge.asked[-1][1] == "token t"


def test_gitea_without_html_url_links_the_pull_request(forge):
    answer = forgejo_review(9, "agus", "APPROVED", "ef" * 20, "2026-11-20T10:00:00+07:00")
    del answer["html_url"]
    forge.routes["/api/v1/repos/bantul/ppid/pulls/1/reviews/9"] = (200, answer)
    review = Forgejo(f"{forge.url}/api/v1", "bantul/ppid", "t").review(1, 9)
    assert review.html_url == "https://git.bantulkab.go.id/bantul/ppid/pulls/1"


def test_pull_request_and_api_address(forge):
    forge.routes["/api/v1/repos/bantul/ppid/pulls/2"] = (200, forgejo_pull(2, "ef" * 20, "usulan"))
    pr = Forgejo(f"{forge.url}/api/v1/", "bantul/ppid", "t").pull_request(2)
    assert (pr.head_ref, pr.base_ref, pr.same_repo) == ("usulan", "main", True)
    forge.routes["/api/v1/repos/bantul/ppid/pulls/3"] = (200, forgejo_pull(3, "ef" * 20, "x",
                                                                           same_repo=False))
    assert Forgejo(f"{forge.url}/api/v1", "bantul/ppid", "t").pull_request(3).same_repo is False
    forge.routes["/api/v1/repos/bantul/ppid/pulls/2/reviews"] = (200, [])
    assert Forgejo(f"{forge.url}/api/v1", "bantul/ppid", "t").reviews(2) == []
    with pytest.raises(api.ForgeError, match="notaris.api"):
        Forgejo("", "bantul/ppid", "t")
