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


def blobs(root: Path, specs: list[str]) -> dict[str, str | None]:
    """Contents of `commit:path` specs in one `git cat-file --batch` call (None when missing)."""
    if not specs:
        return {}
    done = subprocess.run(["git", NO_REPLACE, "cat-file", "--batch"], cwd=root, capture_output=True,
                          input="\n".join(specs).encode() + b"\n")
    out, pos, result = done.stdout, 0, {}
    for spec in specs:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode()
        pos = end + 1
        if header.endswith(" missing") or header.endswith(" ambiguous"):
            result[spec] = None
            continue
        size = int(header.split()[2])
        result[spec] = out[pos:pos + size].decode("utf-8", "replace")
        pos += size + 1
    return result
