"""Read content files once into `Document`s: typed front matter, body, canonical hash.

Loading never raises on bad input: a file that cannot be parsed becomes a Document with no
metadata and a finding that says why, so every problem in the tree is reported in one run.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

import yaml
from frontmatter.default_handlers import YAMLHandler

from pipeline.model.dates import parse_datetime
from pipeline.model.findings import Finding

CONTENT_DIR = "content"
MAX_BYTES = 2 * 1024 * 1024  # a content file larger than this is refused unread
MAX_DEPTH = 20  # front matter needs four or five levels; deeper is a mistake or an attack
_DEEP_INDENT = re.compile(rf"(?m)^ {{{4 * MAX_DEPTH + 1}}}")
_ALIAS_HINT = re.compile(r"(?:^|[\s\[{,:-])[&*][A-Za-z0-9_]")
CONTENT_SUFFIXES = (".md", ".markdown")
# Content plans (SOP 004 A.1) are tables, not pages: plain YAML files in this folder only.
PLAN_DIR = "rencana"
PLAN_SUFFIXES = (".yaml", ".yml")
# Keys that record the review, filing and life cycle of the content rather than the content
# itself: excluded from the hash so that adding an initial, a distribution link, the archive
# number (SOP 001 files it at step 5, after the initials) or withdrawing the item does not make
# the initials stale. Every other key and the body are covered.
UNHASHED_KEYS = ("paraf", "distribusi", "nomor_arsip", "status", "alasan_penarikan",
                 "tanggal_penarikan", "catatan_langkah")  # step records (issue #15) like initials
_HANDLER = YAMLHandler()
_KEY_RE = re.compile(r"^(\s*)(?:- )?([^\s:#][^:#]*?)\s*:(?:\s|$)")


@dataclass
class Document:
    path: Path  # absolute
    rel: str  # repository-relative, POSIX
    meta: dict = field(default_factory=dict)
    body: str = ""
    front_matter: str = ""
    findings: list[Finding] = field(default_factory=list)  # problems met while loading
    body_line: int = 1  # file line on which the body starts (it begins with the '---' newline)
    attachments: dict[str, str] = field(default_factory=dict)  # path as written -> sha256
    first_line: int = 2  # file line of the front matter's first line (1 for a plain YAML plan)

    @property
    def loaded(self) -> bool:
        return not self.findings

    @property
    def jenis(self) -> str:
        return str(self.meta.get("jenis") or "")

    @property
    def status(self) -> str:
        return str(self.meta.get("status") or "")

    @property
    def unit(self) -> str:
        return str(self.meta.get("unit") or "")

    @property
    def title(self) -> str:
        return str(self.meta.get("title") or "")

    @property
    def publishable(self) -> bool:
        """Would this item appear on the site (as content or, if exempt, as a listing)?"""
        return self.status in ("terbit", "ditarik")

    @property
    def is_plan(self) -> bool:
        """A content plan: initialled like any item, never a page of the site."""
        return self.jenis == "rencana"

    @cached_property
    def publish_at(self) -> datetime | None:
        try:
            return parse_datetime(self.meta["tayang_mulai"]) if self.meta.get("tayang_mulai") else None
        except ValueError:
            return None

    def due(self, when: datetime) -> bool:
        """Not scheduled, or its publication time has come."""
        return self.publish_at is None or self.publish_at <= when

    @property
    def exempt(self) -> bool:
        return self.meta.get("kategori") == "dikecualikan"

    @cached_property
    def date(self) -> datetime | None:
        try:
            return parse_datetime(self.meta.get("date"))
        except ValueError:
            return None

    @property
    def paraf(self) -> dict:
        value = self.meta.get("paraf")
        return value if isinstance(value, dict) else {}

    @cached_property
    def content_hash(self) -> str:
        return canonical_hash(self.meta, self.body, self.attachments)

    @cached_property
    def _key_table(self) -> list[tuple[int, int, str | None, bool]]:
        return list(_keys(self.front_matter.split("\n")))

    def line_of(self, dotted: str) -> int | None:
        """Line of a (dotted) front-matter key in the file, or of its nearest found parent."""
        found = line_of(self.front_matter, dotted, self._key_table)
        return None if found is None else found - 2 + self.first_line


def _json_default(value: object) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def canonical_body(body: str) -> str:
    return body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def canonical_hash(meta: dict, body: str, attachments: dict[str, str] | None = None) -> str:
    """sha256 of the document without its review blocks, insensitive to key order and CRLF.

    The digests of its attachments are part of it: a swapped PDF makes the initials stale.
    """
    reviewed = {k: v for k, v in meta.items() if k not in UNHASHED_KEYS}
    text = json.dumps(reviewed, sort_keys=True, ensure_ascii=False, default=_json_default)
    payload = text + "\n\x1e\n" + canonical_body(body)
    if attachments:
        payload += "\n\x1d\n" + "\n".join(f"{p} {d}" for p, d in sorted(attachments.items()))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _keys(lines: list[str]):
    """(index, indent, key, is_item) of every `key:` line; a `- key:` item's key sits 2 deeper."""
    for i, text in enumerate(lines):
        m = _KEY_RE.match(text)
        if m:
            dash = text.lstrip().startswith("- ")
            yield i, len(m.group(1)) + (2 if dash else 0), m.group(2).strip("'\""), dash
        elif text.lstrip().startswith("- "):
            yield i, len(text) - len(text.lstrip()) + 2, None, True


def line_of(front_matter: str, dotted: str, keys: list | None = None) -> int | None:
    """1-based file line of `a.b[2].c` (front matter starts at line 2), or its nearest parent."""
    steps = []
    for part in (p for p in dotted.split(".") if p):
        name, *indexes = part.replace("]", "").split("[")
        steps.append((name, [int(x) for x in indexes if x.isdigit()]))
    if not steps:
        return None
    if keys is None:
        keys = list(_keys(front_matter.split("\n")))
    pos, depth, found = 0, -1, None
    for name, indexes in steps:
        hit = next(((n, ind) for n, (_, ind, key, _d) in enumerate(keys[pos:], pos)
                    if key == name and ind > depth), None)
        if hit is None or any(ind <= depth for _, ind, _k, _d in keys[pos:hit[0]]):
            break
        pos, depth, found = hit[0] + 1, hit[1], keys[hit[0]][0]
        for index in indexes:  # the index-th `- ` item below this key
            items = []
            for n, (_, ind, _key, dash) in enumerate(keys[pos:], pos):
                if ind <= depth and not dash:
                    break
                if dash and (not items or ind == keys[items[0]][1]):
                    items.append(n)
            if index >= len(items):
                return found + 2
            found, pos, depth = keys[items[index]][0], items[index], keys[items[index]][1] - 1
    return None if found is None else found + 2


class _UniqueKeys(yaml.CSafeLoader):
    """The safe loader, refusing a key written twice in one mapping.

    YAML keeps the last of two equal keys silently, while the history reader (git/history.py)
    judges the lines that changed: a second `"status": terbit` added below an official's
    `status: ditarik` (or a second `title:`) would change what is published without any line
    the history reader recognises being touched. A duplicate is never intended: refused.
    """

    def construct_mapping(self, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            # A plain scalar key is compared as written ("status" and status are one key);
            # only other keys are constructed here (the base class constructs them again).
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else \
                self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key: the base class reports it
                break
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"kunci '{key}' ditulis dua kali", key_node.start_mark)
        return super().construct_mapping(node, deep)

    def construct_yaml_timestamp(self, node):
        """A date YAML recognises but no calendar has (2026-02-31) stays text: the schema then
        names its file, line and field, instead of the whole run failing on a ValueError."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_UniqueKeys.add_constructor("tag:yaml.org,2002:timestamp", _UniqueKeys.construct_yaml_timestamp)


def _too_deep(text: str) -> bool:
    """Flow brackets nested deeper than MAX_DEPTH, or indentation no sane front matter has."""
    if _DEEP_INDENT.search(text):
        return True
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False  # the usual case, decided without a character loop
    depth, quote = 0, ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif ch in "]}":
            depth = max(depth - 1, 0)
        elif ch == "\n":
            quote = ""  # quoted scalars in front matter stay on one line
    return False


def _depth(value: object) -> int:
    """Nesting depth, iteratively (a recursive walk is what deep YAML would break)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, level + 1) for child in children)
    return deepest


def _has_alias(front_matter: str) -> bool:
    """YAML anchors/aliases: useless in front matter, and the classic way to blow up memory."""
    try:
        return any(isinstance(e, (yaml.AliasEvent,)) or getattr(e, "anchor", None)
                   for e in yaml.parse(front_matter, Loader=yaml.CSafeLoader))
    except yaml.YAMLError:
        return False  # the loader reports the syntax error with its line


def split_front_matter(text: str) -> tuple[str, str] | None:
    if not _HANDLER.detect(text):
        return None
    try:
        return _HANDLER.split(text)
    except ValueError:
        return None


def is_plan_file(rel: str) -> bool:
    return rel.endswith(PLAN_SUFFIXES)


def parse_text(path: Path, rel: str, text: str) -> Document:
    """A Markdown file with front matter, or (by its name) a plain YAML content plan."""
    doc = Document(path, rel)
    text = text.lstrip("\ufeff")
    if is_plan_file(rel):
        doc.first_line, doc.front_matter = 1, text
        return _parse_front_matter(doc)
    parts = split_front_matter(text)
    if parts is None:
        doc.findings.append(Finding(rel, "baca.tanpa-front-matter", {}, line=1))
        doc.body = text
        return doc
    front_matter, doc.body = parts
    doc.body_line = text.count("\n", 0, len(text) - len(doc.body)) + 1
    # The splitter keeps the newline after the opening '---'; drop it so that line i of the
    # front matter is line i + 2 of the file.
    doc.front_matter = front_matter[2:] if front_matter.startswith("\r\n") else \
        front_matter[1:] if front_matter.startswith("\n") else front_matter
    return _parse_front_matter(doc)


def _parse_front_matter(doc: Document) -> Document:
    rel, front_matter, first = doc.rel, doc.front_matter, doc.first_line
    if _too_deep(front_matter):  # before parsing: very deep YAML crashes the C parser itself
        doc.findings.append(Finding(rel, "baca.bersarang", {"maks": MAX_DEPTH}, line=first))
        return doc
    if _ALIAS_HINT.search(front_matter) and _has_alias(front_matter):
        doc.findings.append(Finding(rel, "baca.alias", {}, line=first))
        return doc
    try:
        meta = yaml.load(doc.front_matter, Loader=_UniqueKeys)  # noqa: S506 - safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first if mark is not None else 1
        detail = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        doc.findings.append(Finding(rel, "baca.yaml", {"detail": detail}, line=line))
        return doc
    except RecursionError:
        doc.findings.append(Finding(rel, "baca.yaml", {"detail": "terlalu bersarang"}, line=1))
        return doc
    if meta is None:
        meta = {}
    if _depth(meta) > MAX_DEPTH:
        doc.findings.append(Finding(rel, "baca.bersarang", {"maks": MAX_DEPTH}, line=first))
        return doc
    if not isinstance(meta, dict):
        kind = "daftar" if isinstance(meta, list) else type(meta).__name__
        doc.findings.append(Finding(rel, "baca.bukan-peta", {"tipe": kind}, line=first))
        return doc
    doc.meta = {str(k): v for k, v in meta.items()}
    return doc













