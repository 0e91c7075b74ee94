"""One small interface over a forge's pull-request review API, and the HTTP it needs.

The notary (actions/notaris.py) and `ppid periksa --daring` never trust what a workflow event or
artifact says about a review: they ask the forge again, through `Forge`. Two implementations
(github.py, forgejo.py) map each API's own shapes to `Review` and `PullRequest`; which one an
office uses is chosen in approvals/config.yaml (`notaris.forge`).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from pipeline.i18n.messages import t
from pipeline.model.errors import UsageError

TIMEOUT = 20.0  # seconds: a forge that does not answer in time is an error, not a hang

# The review's verdict, the same words for every forge.
APPROVED, CHANGES, COMMENTED, DISMISSED, PENDING, OTHER = (
    "setuju", "tolak", "komentar", "dicabut", "tertunda", "lain")


class ForgeError(UsageError):
    """The forge could not be asked, or answered something unusable (exit 2)."""


class NotFound(ForgeError):
    """The forge says there is no such review or pull request (HTTP 404)."""


@dataclass(frozen=True)
class Review:
    id: int
    login: str  # the reviewer's forge account
    state: str  # APPROVED, CHANGES, COMMENTED, DISMISSED, PENDING or OTHER
    body: str
    commit_id: str  # the commit the reviewer saw
    submitted_at: datetime | None
    html_url: str
    stale: bool = False  # Forgejo: the pull request changed after this review


@dataclass(frozen=True)
class PullRequest:
    number: int
    head_sha: str
    head_ref: str  # the branch the notary pushes to
    base_ref: str
    same_repo: bool  # head branch in the base repository (not a fork)


class Forge(Protocol):
    name: str

    def review(self, pr: int, review_id: int) -> Review: ...

    def pull_request(self, pr: int) -> PullRequest: ...

    def reviews(self, pr: int) -> list[Review]: ...


class RestForge:
    """What both REST APIs share: the base address, headers, and the review endpoints' paths.

    A subclass sets `base` and `headers` and parses one review answer in `parse_review`."""

    name = ""
    list_query = ""  # how many reviews one page of the list holds (the forge's own parameter)
    base = ""
    headers: dict[str, str] = {}

    def parse_review(self, data: object, url: str) -> Review:
        raise NotImplementedError

    def _get(self, path: str) -> tuple[object, str]:
        url = f"{self.base}{path}"
        return get_json(url, self.headers), url

    def review(self, pr: int, review_id: int) -> Review:
        data, url = self._get(f"/pulls/{pr}/reviews/{review_id}")
        return self.parse_review(data, url)

    def reviews(self, pr: int) -> list[Review]:
        data, url = self._get(f"/pulls/{pr}/reviews?{self.list_query}")
        if not isinstance(data, list):
            raise ForgeError(t("forge.bentuk", alamat=url, isian="[]"))
        return [self.parse_review(item, url) for item in data]


def get_json(url: str, headers: dict[str, str], timeout: float | None = None) -> object:
    """GET `url` and decode JSON; every failure is a ForgeError naming the address."""
    timeout = timeout or TIMEOUT
    request = urllib.request.Request(url, headers={"User-Agent": "ppid-notaris", **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 - https/http only
            raw = answer.read(5_000_000)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise NotFound(t("forge.tidak-ada", alamat=url)) from None
        raise ForgeError(t("forge.http", alamat=url, kode=exc.code, alasan=exc.reason)) from None
    except TimeoutError:
        raise ForgeError(t("forge.waktu-habis", alamat=url, detik=int(timeout))) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError):
            raise ForgeError(t("forge.waktu-habis", alamat=url, detik=int(timeout))) from None
        raise ForgeError(t("forge.gagal", alamat=url, detail=str(reason))) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ForgeError(t("forge.bukan-json", alamat=url)) from None


def field(data: object, *path: str, kind: type = str, url: str = "") -> object:
    """data[path…] of the expected kind, or a ForgeError naming the missing field."""
    value = data
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if kind is str and value is None:
        return ""
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise ForgeError(t("forge.bentuk", alamat=url, isian=".".join(path)))
    return value


def timestamp(value: object, url: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise ForgeError(t("forge.bentuk", alamat=url, isian="submitted_at")) from None
