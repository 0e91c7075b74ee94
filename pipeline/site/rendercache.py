"""Content-addressed render cache: a page is rendered only when something it shows changed.

A page's key is a sha256 over everything that can change its bytes: the code (every file of the
installed package, Pelican's, Jinja's and Markdown's versions), the Jinja environment (filters,
globals such as the site's `t` and its language, environment options), the sources of the
template and of every template it extends, imports or includes, the output name, and the value
of every variable the template chain reads from the context (found with Jinja's own
`meta.find_undeclared_variables`): the item itself (its reader digest: body, front matter, the
trail of initials from history, photos; its HTML and its neighbours), the footer's list of
pages, the office's config, and so on. Nothing is keyed on a file's time.

The store in .git/ppid/render/ maps keys to sha256 digests of the rendered bytes, kept as blobs
named by their digest. A hit is placed into the staging folder by a hard link to the same file of
the previous output (verified by digest first: its bytes and time are kept, so only changed
files are written) or else by a copy of the verified blob. A cache is an accelerator, never a
source of truth: an unreadable store or a blob whose bytes do not match its name is ignored with
a warning and the page is rendered; a store of another code version is ignored; every output
file is still proven by the build manifest (site/manifest.py) before the swap.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
from importlib import metadata
from pathlib import Path

from jinja2 import meta, nodes

from pipeline.git.store import UNREADABLE_CACHE, _cache_path, write_pickle
from pipeline.i18n.messages import t
from pipeline.site.fingerprint import Hasher, Uncacheable, lenient

VERSION = 1
LOG = "log.json"  # what the last build rendered and reused (tests and the curious read it)
_ABSENT = object()


def store_dir(root: Path) -> Path:
    return _cache_path(root).with_name("render")


def index_path(root: Path, output: Path | None) -> Path:
    where = str(output.resolve()) if output is not None else "-"
    name = output.name if output is not None else "tanpa"
    return store_dir(root) / f"index-{name}-{hashlib.sha1(where.encode()).hexdigest()[:8]}.pickle"


def code_key() -> str:
    """The package's files and the versions of the libraries that render."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for dirpath, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = Path(dirpath, name)
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for dist in ("pelican", "jinja2", "markdown", "nh3", "markupsafe"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{dist}={metadata.version(dist)}\0".encode())
    return digest.hexdigest()


class RenderCache:
    """One build's view of the store: lookups, new entries, and the render log."""

    def __init__(self, root: Path, previous: Path | None = None, link: bool = True) -> None:
        self.dir = store_dir(root)
        # One index per output folder (public site, intranet, previews): building one never
        # evicts another's pages; blobs are shared.
        self.index = index_path(root, previous)
        self.code = code_key()
        self.previous = previous if previous is not None and previous.is_dir() else None
        self.link = link
        self.warnings: list[str] = []
        self.reason = ""
        stored = self._load()
        self.stored: dict[str, str] = stored.get("halaman", {})
        self.markup_stored: dict[str, str] = stored.get("markup", {})
        self.extra_stored: dict[str, object] = stored.get("lain", {})
        self.used: dict[str, str] = {}
        self.markup: dict[str, str] = {}
        self.extra: dict[str, object] = {}
        self.rendered: list[str] = []
        self.reused: list[str] = []
        self.digests: dict[str, str] = {}  # output file -> sha256, for what reads them next
        self.linked = 0
        self.hasher = Hasher()
        self._templates: dict[str, tuple | None] = {}
        self._envs: dict[int, tuple[object, bytes]] = {}
        self.settings_key = b""

    # -- the store -------------------------------------------------------------------------
    def _load(self) -> dict:
        path = self.index
        if not path.exists():
            self.reason = "kosong"
            return {}
        try:
            with path.open("rb") as fh:
                version, code, data = pickle.load(fh)
            if not isinstance(data, dict):
                raise ValueError("not a dict")
        except (*UNREADABLE_CACHE, KeyError) as exc:
            self.warnings.append(t("cache.rusak", berkas=path, alasan=type(exc).__name__))
            self.reason = "rusak"
            return {}
        if (version, code) != (VERSION, self.code):
            self.reason = "versi-lain"  # an update of the code: quietly start again
            return {}
        return data

    def _blob(self, sha: str) -> Path:
        return self.dir / "blob" / sha[:2] / sha

    def _verified(self, path: Path, sha: str) -> bytes | None:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha else None

    def place(self, key: str, rel: str, dest: Path) -> bool:
        """Put the stored page for `key` at `dest`; False when it must be rendered."""
        sha = self.stored.get(key)
        if sha is None:
            return False
        dest.parent.mkdir(parents=True, exist_ok=True)
        if self.link and self.previous is not None:
            old = self.previous / rel
            if self._verified(old, sha) is not None:
                try:
                    os.link(old, dest)
                    self.linked += 1
                    return self._hit(key, rel, sha)
                except OSError:
                    pass  # another file system: copy the blob below
        data = self._verified(self._blob(sha), sha)
        if data is None:
            if self._blob(sha).exists():
                self.warnings.append(t("cache.blob-rusak", berkas=self._blob(sha)))
            return False
        dest.write_bytes(data)
        return self._hit(key, rel, sha)

    def _hit(self, key: str, rel: str, sha: str) -> bool:
        self.used[key] = sha
        self.reused.append(rel)
        self.digests[rel] = sha
        return True

    def put(self, key: str | None, rel: str, data: bytes) -> None:
        self.rendered.append(rel)
        sha = hashlib.sha256(data).hexdigest()
        self.digests[rel] = sha
        if key is None:
            return
        blob = self._blob(sha)
        if not blob.exists():
            with contextlib.suppress(OSError):
                blob.parent.mkdir(parents=True, exist_ok=True)
                tmp = blob.with_name(f"{sha}.{os.getpid()}.tmp")
                tmp.write_bytes(data)
                tmp.replace(blob)
        self.used[key] = sha

    def markup_html(self, body_key: str, render) -> str:
        html = self.markup_stored.get(body_key)
        if html is None:
            html = render()
        self.markup[body_key] = html
        return html

    def save(self) -> None:
        """Keep what this build used (older entries and their blobs go) and the render log."""
        with contextlib.suppress(OSError):
            write_pickle(self.index,
                         (VERSION, self.code, {"halaman": self.used, "markup": self.markup,
                                               "lain": self.extra}))
            keep = set(self.used.values()) | self._other_indexes()
            blobs = self.dir / "blob"
            for folder in blobs.iterdir() if blobs.is_dir() else ():
                for blob in folder.iterdir():
                    if blob.name not in keep:
                        blob.unlink(missing_ok=True)
            (self.dir / LOG).write_text(json.dumps(self.log(), indent=1, sort_keys=True),
                                        encoding="utf-8")

    def _other_indexes(self) -> set[str]:
        """Blobs the other output folders' indexes still use (an unreadable one uses none)."""
        keep: set[str] = set()
        for path in self.dir.glob("index-*.pickle"):
            if path == self.index:
                continue
            try:
                with path.open("rb") as fh:
                    version, code, data = pickle.load(fh)
                if (version, code) == (VERSION, self.code):  # another version's is never read
                    keep |= set(data["halaman"].values())
                else:
                    path.unlink()
            except (*UNREADABLE_CACHE, KeyError, IndexError):
                continue
        return keep

    def log(self) -> dict:
        return {"dirender": sorted(self.rendered), "dipakai_ulang": sorted(self.reused),
                "ditautkan": self.linked, "awal": self.reason or "ada"}

    # -- keys -------------------------------------------------------------------------------
    def template_info(self, env, name: str) -> tuple[bytes, frozenset[str], frozenset[str]] | None:
        """The digest of a template chain's sources and the context names it reads. Parsing
        for the names costs more than a hundred pages: the last build's analysis is reused when
        every source of the chain is byte for byte the same."""
        if name not in self._templates:
            stored = self.extra_stored.get(("templat", name))
            if not (isinstance(stored, tuple) and _same_sources(env, stored[0])):
                stored = _analyse(env, name)
            self._templates[name] = stored[1:] if stored else None
            if stored:
                self.extra[("templat", name)] = stored
        return self._templates[name]

    def env_key(self, env) -> bytes:
        hit = self._envs.get(id(env))
        if hit is None or hit[0] is not env:
            h = hashlib.sha256()
            for table in (env.globals, env.filters, env.tests):
                for key in sorted(table):
                    h.update(key.encode() + b"=")
                    h.update(lenient(table[key]))
            for option in ("autoescape", "trim_blocks", "lstrip_blocks", "keep_trailing_newline"):
                h.update(lenient(getattr(env, option, None)))
            hit = (env, h.digest())
            self._envs[id(env)] = hit
        return hit[1]

    def key(self, template, localcontext: dict, kwargs: dict) -> str | None:
        """The page's key, or None when something it reads has no stable digest."""
        info = self.template_info(template.environment, template.name)
        if info is None:
            return None
        sources, names, truth_only = info
        h = hashlib.sha256(f"{VERSION}|{self.code}|{template.name}\0".encode())
        h.update(self.settings_key + self.env_key(template.environment) + sources)
        env_globals = template.environment.globals
        try:
            for name in sorted(names):
                value = localcontext.get(name, env_globals.get(name, _ABSENT))
                h.update(name.encode() + b"=")
                if value is _ABSENT:
                    h.update(b"\x00absent")
                elif name in truth_only:
                    h.update(b"\x00truth" if value else b"\x00false")
                else:
                    self.hasher.feed(h, value, main=name in kwargs)
        except (Uncacheable, RecursionError):
            return None
        self.hasher.feed(h, localcontext.get("output_file"))
        return h.hexdigest()


def _truth_tests(ast) -> set[int]:
    """Name nodes used only for their truth (`{% if dasbor %}`, `x if y else z`, `not`, `and`)."""
    found: set[int] = set()

    def collect(node) -> None:
        if isinstance(node, nodes.Name):
            found.add(id(node))
        elif isinstance(node, nodes.Not):
            collect(node.node)
        elif isinstance(node, (nodes.And, nodes.Or)):
            collect(node.left)
            collect(node.right)

    for node in ast.find_all((nodes.If, nodes.CondExpr)):
        collect(node.test)
    return found


def _source_digest(env, name: str) -> str | None:
    try:
        source = env.loader.get_source(env, name)[0]
    except Exception:  # noqa: BLE001 - any loader failure only means "render it"
        return None
    return hashlib.sha256(source.encode()).hexdigest()


def _same_sources(env, chain) -> bool:
    return bool(chain) and all(_source_digest(env, name) == sha for name, sha in chain)


def _analyse(env, name: str) -> tuple | None:
    """Walk extends/import/include from `name`: the sources' digest, the context names read,
    and those of them only ever tested for truth (keyed by their truth alone). None when a
    referenced template is computed at render time."""
    seen: set[str] = set()
    todo, names, other_use, chain = [name], set(), set(), []
    h = hashlib.sha256()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source = env.loader.get_source(env, current)[0]
        except Exception:  # noqa: BLE001 - any loader failure only means "render it"
            return None
        sha = hashlib.sha256(source.encode()).hexdigest()
        chain.append((current, sha))
        h.update(current.encode() + b"\0" + bytes.fromhex(sha))
        ast = env.parse(source)
        names |= meta.find_undeclared_variables(ast)
        truth = _truth_tests(ast)
        other_use |= {n.name for n in ast.find_all(nodes.Name) if id(n) not in truth}
        for ref in meta.find_referenced_templates(ast):
            if ref is None:
                return None
            todo.append(ref)
    return tuple(chain), h.digest(), frozenset(names), frozenset(names - other_use)


def settings_key(settings: dict) -> bytes:
    """Settings that shape rendering without being read by name (paths of a staging folder
    and the checked data handed over in PPID are not: they are no page's input)."""
    skip = {"OUTPUT_PATH", "PPID", "PPID_RENDER", "PATH", "STATIC_PATHS", "THEME"}
    return lenient({k: v for k, v in settings.items() if k.isupper() and k not in skip})


def clear(root: Path) -> None:
    shutil.rmtree(store_dir(root), ignore_errors=True)
