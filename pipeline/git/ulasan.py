"""The trailers of a notarised initial: which forge review a notary commit records.

The notary (actions/notaris.py) writes them; the check (checks/notaris.py) and `ppid periksa
--daring` read them back for the commits that need it, in one `git log --no-walk` call.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.git.runner import git

URL, ID, ACCOUNT, COMMIT, PR = "Ulasan-URL", "Ulasan-Id", "Ulasan-Akun", "Ulasan-Commit", "Ulasan-PR"
KEYS = (URL, ID, ACCOUNT, COMMIT, PR)
_END = "\x1eppid-ulasan\x1e"


@dataclass(frozen=True)
class Ulasan:
    """What a commit's trailers say about the review it records (empty strings when absent)."""

    url: str = ""
    id: str = ""
    akun: str = ""
    commit: str = ""
    pr: str = ""

    @property
    def any(self) -> bool:
        return any((self.url, self.id, self.akun, self.commit, self.pr))

    @property
    def missing(self) -> list[str]:
        values = dict(zip(KEYS, (self.url, self.id, self.akun, self.commit, self.pr), strict=True))
        return [key for key, value in values.items() if not value]


def trailer_block(url: str, review_id: int, account: str, commit: str, pr: int) -> str:
    return (f"{URL}: {url}\n{ID}: {review_id}\n{ACCOUNT}: {account}\n{COMMIT}: {commit}\n"
            f"{PR}: {pr}\n")


def read(root: Path, shas: list[str]) -> dict[str, Ulasan]:
    """The review trailers of each commit (one git call for all of them)."""
    shas = list(dict.fromkeys(shas))
    if not shas:
        return {}
    out = git(root, "log", "--no-walk=unsorted", "--stdin",
              f"--format=%H%n%(trailers:only,unfold){_END}", input="\n".join(shas) + "\n")
    found = {}
    for record in out.split(_END):
        lines = [line for line in record.strip("\n").splitlines() if line.strip()]
        if not lines:
            continue
        values: dict[str, str] = {}
        for line in lines[1:]:
            key, sep, value = line.partition(":")
            if sep and key.strip() in KEYS and key.strip() not in values:
                values[key.strip()] = value.strip()
        found[lines[0].strip()] = Ulasan(*(values.get(k, "") for k in KEYS))
    return found
