"""`ppid periksa --daring`: the reviews behind notarised initials, asked again from the forge."""

from __future__ import annotations

import os

from pipeline.checks.daring import online_findings
from pipeline.git.log import load_history
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals

from ..actions.test_notaris import office  # noqa: F401 - the fixture
from ..forge.server import github_review


def _periksa_daring(office, capsys):  # noqa: F811
    saved = dict(os.environ)
    os.environ["PPID_FORGE_TOKEN"] = "token-uji"
    try:
        return office.site.ppid("periksa", "--daring", capsys=capsys)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _online(office) -> list[str]:  # noqa: F811
    root = office.site.root
    os.environ["PPID_FORGE_TOKEN"] = "token-uji"
    try:
        return [f.code for f in online_findings(root, load_corpus(root), load_approvals(root),
                                                load_history(root))]
    finally:
        os.environ.pop("PPID_FORGE_TOKEN")


def test_a_dismissed_or_missing_review_fails_the_online_check(office, capsys):  # noqa: F811
    assert office.review(80, "agus-bantul", "APPROVED")[0] == 0
    office.pull()
    assert _online(office) == []  # the review still stands
    route = "/repos/bantul/ppid/pulls/1/reviews/80"
    reviewed = office.forge.routes[route][1]["commit_id"]
    office.forge.routes[route] = (200, github_review(80, "agus-bantul", "DISMISSED", reviewed,
                                                     "2026-11-20T03:00:00Z"))
    code, out = _periksa_daring(office, capsys)
    assert code == 1 and "dicabut (dismissed)" in out and "notaris.ulasan-dicabut" in out
    del office.forge.routes[route]
    assert _online(office) == ["notaris.ulasan-hilang"]
    # Offline, the history alone cannot know: the initial stands.
    assert "notaris.ulasan" not in office.site.ppid("periksa", capsys=capsys)[1]


def test_a_review_that_now_says_something_else(office):  # noqa: F811
    assert office.review(80, "agus-bantul", "APPROVED")[0] == 0
    office.pull()
    route = "/repos/bantul/ppid/pulls/1/reviews/80"
    office.forge.routes[route] = (200, github_review(80, "agus-bantul", "CHANGES_REQUESTED",
                                                     "b" * 40, "2026-11-20T03:00:00Z"))
    assert _online(office) == ["notaris.ulasan-beda"]
