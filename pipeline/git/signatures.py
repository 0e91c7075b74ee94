"""Commit signatures as git verifies them against an allowed_signers text, cached per signers version."""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import tempfile
from pathlib import Path

from pipeline.git.runner import git
from pipeline.git.store import UNREADABLE_CACHE, _cache_path, write_pickle

_SIGNATURE_STORE_LIMIT = 64  # allowed_signers versions kept in the verdict cache


def signatures(root: Path, shas: list[str], signers_text: str,
               cache: bool = True) -> dict[str, tuple[str, str]]:
    """(status, principal) per commit, as git's own verification says (one call; cached).

    Verified against `signers_text`, an allowed_signers file's content (the version in force).
    Status is git's %G?: G good and listed, U good but key not listed, B bad, N unsigned,
    E cannot be checked, X/Y expired, R revoked. The principal is the listed e-mail.
    """
    if not shas:
        return {}
    digest = hashlib.sha256(signers_text.encode()).hexdigest()
    store_path = _cache_path(root).with_name("signatures.pickle")
    store: dict[str, dict[str, tuple[str, str]]] = {}
    if cache:
        try:
            with store_path.open("rb") as fh:
                version, store = pickle.load(fh)
            store = store if version == 2 and isinstance(store, dict) else {}
        except UNREADABLE_CACHE:
            store = {}
    known = store.get(digest, {})
    missing = [sha for sha in dict.fromkeys(shas) if sha not in known]
    if missing:
        known = {**known, **_verify(root, missing, signers_text)}
        if cache:
            store.pop(digest, None)
            store[digest] = known  # newest last: the oldest versions are dropped first
            while len(store) > _SIGNATURE_STORE_LIMIT:
                store.pop(next(iter(store)))
            with contextlib.suppress(OSError):  # a read-only .git: verify again next time
                write_pickle(store_path, (2, store))
    return {sha: known.get(sha, ("E", "")) for sha in shas}


def _verify(root: Path, shas: list[str], signers_text: str) -> dict[str, tuple[str, str]]:
    with tempfile.NamedTemporaryFile("w", suffix=".signers", delete=False,
                                     encoding="utf-8") as fh:
        fh.write(signers_text)
    try:
        out = git(root, "-c", f"gpg.ssh.allowedSignersFile={fh.name}", "log",
                  "--no-walk=unsorted", "--stdin", "--format=%H%x1f%G?%x1f%GS",
                  input="\n".join(shas) + "\n")
    finally:
        Path(fh.name).unlink(missing_ok=True)
    verdicts = {}
    for line in out.splitlines():
        sha, status, principal = (line.split("\x1f") + ["", ""])[:3]
        verdicts[sha] = (status, principal)
    return verdicts
