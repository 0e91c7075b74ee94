"""GitHub's review API in its documented shapes, served on 127.0.0.1."""

from __future__ import annotations

import pytest

from pipeline.forge import api
from pipeline.forge.github import GitHub

from .server import FakeForge, github_pull, github_review


@pytest.fixture
def forge():
    served = FakeForge()
    yield served
    served.close()


@pytest.mark.parametrize(("state", "expected"), [
    ("APPROVED", api.APPROVED), ("CHANGES_REQUESTED", api.CHANGES), ("COMMENTED", api.COMMENTED),
    ("DISMISSED", api.DISMISSED), ("PENDING", api.PENDING), ("SOMETHING_NEW", api.OTHER)])
def test_review_states(forge, state, expected):
    forge.routes["/repos/bantul/ppid/pulls/3/reviews/80"] = (200, github_review(
        80, "agus-bantul", state, "ab" * 20, "2026-11-20T03:00:00Z", "Oke", pr=3))
    review = GitHub(forge.url, "bantul/ppid", "t").review(3, 80)
    assert review.state == expected and review.login == "agus-bantul" and review.body == "Oke"
    assert review.commit_id == "ab" * 20 and review.submitted_at.hour == 3
    assert review.html_url.endswith("/pull/3#pullrequestreview-80")
    assert forge.asked[-1][1] == "Bearer t"


def test_pull_request_and_fork(forge):
    forge.routes["/repos/bantul/ppid/pulls/3"] = (200, github_pull(3, "cd" * 20, "usulan"))
    pr = GitHub(forge.url, "bantul/ppid", "t").pull_request(3)
    assert (pr.head_sha, pr.head_ref, pr.base_ref, pr.same_repo) == ("cd" * 20, "usulan", "main", True)
    forge.routes["/repos/bantul/ppid/pulls/4"] = (200, github_pull(4, "cd" * 20, "x",
                                                                   head_repo="orang/ppid"))
    assert GitHub(forge.url, "bantul/ppid", "t").pull_request(4).same_repo is False


def test_review_list_and_missing_fields(forge):
    forge.routes["/repos/bantul/ppid/pulls/3/reviews"] = (200, [
        github_review(1, "a", "COMMENTED", "ab" * 20, "2026-11-20T03:00:00Z"),
        github_review(2, "b", "APPROVED", "ab" * 20, "2026-11-20T04:00:00Z")])
    assert [r.id for r in GitHub(forge.url, "bantul/ppid", "t").reviews(3)] == [1, 2]
    forge.routes["/repos/bantul/ppid/pulls/3/reviews/5"] = (200, {"state": "APPROVED"})
    with pytest.raises(api.ForgeError, match="'id'"):
        GitHub(forge.url, "bantul/ppid", "t").review(3, 5)
