"""Stable digests of what a template reads, for the render cache's keys (site/rendercache.py).

`feed` writes a canonical encoding of a value into a hash: plain values, dates, containers,
dataclasses, enums, functions (by module, name, defaults and closure: the site's `t` differs by
language only in its closure), Pelican's content objects (by the digest our reader stored on
them, see plugin.PpidReader) and its category/tag wrappers. Anything else raises `Uncacheable`,
and the page is simply rendered: an unknown object can never produce a stale page, only a miss.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from datetime import date, datetime, time
from enum import Enum
from types import BuiltinFunctionType, FunctionType, MethodType

from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

# Pelican rewrites `{filename}`/`{static}` links in a page's HTML with other items' addresses at
# render time: such a body depends on other items, so its page is always rendered.
INTRASITE = re.compile(r"""=\s*["']?\s*(?:\{\w+\}|\|\w+\|)""")
NEIGHBOURS = ("prev_article", "next_article", "prev_article_in_category",
              "next_article_in_category")
_DIGEST_ATTR = "ppid_kunci"  # set by plugin.PpidReader from everything it returns


class Uncacheable(Exception):
    """A value whose digest would not be stable between builds."""


def content_html_unsafe(html: str) -> bool:
    return bool(INTRASITE.search(html))


class Hasher:
    """One build's digests; containers and items seen again are taken from the memo.

    The write phase only reads the context the generators finished building (Pelican's phase
    split), so a list's digest cannot change between two pages of one build.
    """

    def __init__(self) -> None:
        self._memo: dict[int, tuple[object, bytes]] = {}

    def digest(self, value: object, main: bool = False) -> bytes:
        h = hashlib.sha256()
        self.feed(h, value, main)
        return h.digest()

    def _memoised(self, value: object, build) -> bytes:
        hit = self._memo.get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
        h = hashlib.sha256()
        build(h)
        out = h.digest()
        self._memo[id(value)] = (value, out)  # the value is kept so its id is never reused
        return out

    def feed(self, h, value: object, main: bool = False) -> None:
        if value is None or isinstance(value, (bool, int, float, str, bytes)):
            h.update(f"{type(value).__name__}:{value!r}\x00".encode())
        elif isinstance(value, (datetime, date, time)):
            h.update(f"{type(value).__name__}:{value.isoformat()}|{value!r}\x00".encode())
        elif isinstance(value, Content):
            self._content(h, value, main)
        elif isinstance(value, URLWrapper):
            h.update(f"url:{type(value).__name__}|{value.name}|{value.slug}|{value.url}\x00".encode())
        elif isinstance(value, Enum):
            h.update(f"enum:{type(value).__qualname__}.{value.name}\x00".encode())
        elif isinstance(value, (dict, list, tuple, set, frozenset)):
            h.update(self._memoised(value, lambda inner: self._container(inner, value)))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            h.update(f"dc:{type(value).__qualname__}\x00".encode())
            for f in dataclasses.fields(value):
                h.update(f.name.encode() + b"=")
                self.feed(h, getattr(value, f.name))
        elif callable(value):
            self.callable(h, value)
        else:
            raise Uncacheable(type(value).__qualname__)

    def _container(self, h, value) -> None:
        h.update(f"{type(value).__name__}[{len(value)}\x00".encode())
        if isinstance(value, dict):
            items = sorted(value.items(), key=lambda kv: repr(kv[0]))
            for key, item in items:
                self.feed(h, key)
                self.feed(h, item)
        elif isinstance(value, (set, frozenset)):
            for digest in sorted(self.digest(item) for item in value):
                h.update(digest)
        else:
            for item in value:
                self.feed(h, item)
        h.update(b"]")

    def callable(self, h, fn) -> None:
        """Functions by identity and captured state: behaviour is the code's (in the code key)."""
        if isinstance(fn, functools.partial):
            h.update(b"partial:")
            self.callable(h, fn.func)
            self.feed(h, fn.args)
            self.feed(h, fn.keywords)
        elif isinstance(fn, MethodType):
            h.update(f"method:{fn.__qualname__}\x00".encode())
            self.feed(h, fn.__self__)
        elif isinstance(fn, (FunctionType, BuiltinFunctionType)):
            h.update(f"fn:{fn.__module__}.{fn.__qualname__}\x00".encode())
            self.feed(h, getattr(fn, "__defaults__", None))
            for cell in getattr(fn, "__closure__", None) or ():
                self.feed(h, cell.cell_contents)
        elif isinstance(fn, type):
            h.update(f"type:{fn.__module__}.{fn.__qualname__}\x00".encode())
        else:
            raise Uncacheable(type(fn).__qualname__)

    def _content(self, h, item: Content, main: bool) -> None:
        """An item by what our reader produced, plus what Pelican added (address, category).

        The page's own item (`main`) also by its HTML and its neighbours' titles and addresses,
        which its page shows; an item inside a list only by its own digest."""
        own = getattr(item, _DIGEST_ATTR, None)
        if not own:
            raise Uncacheable("content without a digest")
        h.update(self._memoised(item, lambda inner: self._content_own(inner, item, own)))
        if not main:
            return
        html = getattr(item, "_content", "") or ""
        if content_html_unsafe(html):
            raise Uncacheable("intrasite link")
        h.update(hashlib.sha256(html.encode()).digest())
        for name in NEIGHBOURS:
            self.feed(h, getattr(item, name, None))

    def _content_own(self, h, item: Content, own: str) -> None:
        h.update(f"content:{type(item).__name__}|{own}\x00".encode())
        for attr in ("url", "save_as", "status", "template", "slug", "lang", "in_default_lang"):
            self.feed(h, getattr(item, attr, None))
        self.feed(h, getattr(item, "date", None))
        self.feed(h, getattr(item, "category", None))
        self.feed(h, list(getattr(item, "tags", None) or []))
        self.feed(h, len(getattr(item, "translations", None) or []))


def lenient(value: object) -> bytes:
    """A digest for settings: an object without a stable digest counts by its type only."""
    hasher = Hasher()
    h = hashlib.sha256()
    if isinstance(value, dict):
        for key in sorted(value, key=str):
            h.update(str(key).encode() + b"=")
            h.update(lenient(value[key]))
        return h.digest()
    try:
        hasher.feed(h, value)
    except Uncacheable:
        h.update(f"?{type(value).__qualname__}".encode())
    return h.digest()
