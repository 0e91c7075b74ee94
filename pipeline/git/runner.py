"""The one way ppid runs git: a subprocess with a fixed environment; a failure is a GitError."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pipeline.model.errors import GitError

# refs/replace/* can be pushed and fetched, and git honours them in every command by default:
# a replacement object would let whoever can push one swap the pinned root commit (or any
# commit, tree or blob) for their own while keeping its id. ppid always reads the real objects.
NO_REPLACE = "--no-replace-objects"


def git(root: Path, *args: str, input: str | None = None) -> str:
    done = subprocess.run(["git", NO_REPLACE, "-c", "core.quotepath=off", *args], cwd=root, input=input,
                          capture_output=True, text=True, encoding="utf-8", errors="replace")
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {args[0]} gagal")
    return done.stdout


def objects(root: Path, specs: list[str]) -> dict[str, tuple[str, bytes] | None]:
    """(type, bytes) of `commit:path` specs in one `git cat-file --batch` (None when missing)."""
    if not specs:
        return {}
    done = subprocess.run(["git", NO_REPLACE, "cat-file", "--batch"], cwd=root, capture_output=True,
                          input="\n".join(specs).encode() + b"\n")
    out, pos, result = done.stdout, 0, {}
    for spec in specs:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode(errors="replace").split()
        pos = end + 1
        if len(header) < 3 or header[-1] in ("missing", "ambiguous"):
            result[spec] = None
            continue
        size = int(header[2])
        result[spec] = (header[1], out[pos:pos + size])
        pos += size + 1
    return result


def blobs(root: Path, specs: list[str]) -> dict[str, str | None]:
    """Contents of `commit:path` specs as text, in one `git cat-file --batch` call."""
    return {spec: None if found is None else found[1].decode("utf-8", "replace")
            for spec, found in objects(root, specs).items()}
