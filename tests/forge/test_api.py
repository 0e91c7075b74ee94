"""The forge's HTTP: JSON from a real local server, and every failure a clear ForgeError."""

from __future__ import annotations

import pytest

from pipeline.forge import api

from .server import FakeForge


@pytest.fixture
def forge():
    served = FakeForge()
    yield served
    served.close()


def test_json_answer_and_headers(forge):
    forge.routes["/x"] = (200, {"a": 1})
    assert api.get_json(f"{forge.url}/x", {"Authorization": "token t"}) == {"a": 1}
    assert forge.asked == [("/x", "token t")]


@pytest.mark.parametrize(("status", "body", "kind", "words"), [
    (404, {"message": "Not Found"}, api.NotFound, "404"),
    (502, {"message": "x"}, api.ForgeError, "HTTP 502"),
    (200, b"<html>bukan json</html>", api.ForgeError, "bukan JSON"),
])
def test_failures_name_the_address(forge, status, body, kind, words):
    forge.routes["/x"] = (status, body)
    with pytest.raises(kind) as caught:
        api.get_json(f"{forge.url}/x", {})
    assert words in caught.value.message and f"{forge.url}/x" in caught.value.message


def test_timeout_and_unreachable(forge):
    forge.delay = 1.5
    forge.routes["/x"] = (200, {})
    with pytest.raises(api.ForgeError, match="tidak menjawab dalam"):
        api.get_json(f"{forge.url}/x", {}, timeout=0.3)
    with pytest.raises(api.ForgeError, match="tidak dapat dihubungi"):
        api.get_json("http://127.0.0.1:9/x", {}, timeout=2)


def test_field_checks_the_shape():
    assert api.field({"user": {"login": "a"}}, "user", "login") == "a"
    assert api.field({"body": None}, "body") == ""
    with pytest.raises(api.ForgeError, match="'id'"):
        api.field({"id": "80"}, "id", kind=int, url="u")
    with pytest.raises(api.ForgeError):
        api.field({"id": True}, "id", kind=int, url="u")  # a bool is no review id
    assert api.timestamp("2026-11-20T03:00:00Z", "u").isoformat() == "2026-11-20T03:00:00+00:00"
