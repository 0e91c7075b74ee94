"""Protected approvals/: a change counts only when an administrator of the time made it.

Like TUF's root of trust: the state at `akar_kepercayaan` (default: the first commit that
touched approvals/) is trusted; every later commit that changes approvals/ must be authored
(and at `tanda-tangan`, signed) by an official whom the roster and config *before that commit*
name as administrator (`pengelola_approvals`, default Kepala Dinas) on the commit's date.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from .dates import parse_datetime
from .findings import Finding, Severity
from .gitlog import blobs, signatures
from .history import HistoryIndex
from .policy import Approvals, Role
from .roster import Official, build_roster

_FILES = ("approvals/config.yaml", "approvals/roster.yaml", "approvals/allowed_signers")


def _admins_before(texts: dict, sha: str, when) -> tuple[list[Official], list[str], str | None]:
    """Administrators on `when` per the approvals files at the parent of `sha`."""
    try:
        config = yaml.load(texts.get(f"{sha}^:{_FILES[0]}") or "", Loader=yaml.CSafeLoader)
        roster = yaml.load(texts.get(f"{sha}^:{_FILES[1]}") or "", Loader=yaml.CSafeLoader)
        roles = {rid: Role(rid, str(r.get("nama", rid)), bool(r.get("tunggal")))
                 for rid, r in (config.get("peran") or {}).items()}
        admin_roles = list(config.get("pengelola_approvals") or ["kepala-dinas"])
        built = build_roster("-", roster, roles, lambda *a: None, [])
    except (yaml.YAMLError, AttributeError, KeyError, TypeError, ValueError):
        return [], ["kepala-dinas"], None
    admins = [o for role in admin_roles for o in built.holders(role, when)]
    return admins, admin_roles, texts.get(f"{sha}^:{_FILES[2]}")


def check_approvals_changes(root: Path, approvals: Approvals, history: HistoryIndex) -> list[Finding]:
    if approvals.trust_level == "nama" or not history.approvals_changes:
        return []
    pin = approvals.config.get("akar_kepercayaan")
    if pin is not None and not isinstance(pin, str):
        # YAML reads an all-digit hash as a number (and 0… as octal): only quoted is exact.
        return [Finding("approvals/config.yaml", "approvals.akar-kutip", {"akar": pin},
                        "akar_kepercayaan")]
    position = {sha: i for i, sha in enumerate(history.order)}
    if pin:
        matches = [sha for sha in history.order if sha.startswith(pin)]
        if len(matches) != 1:
            return [Finding("approvals/config.yaml", "approvals.akar-tidak-ada", {"akar": pin},
                            "akar_kepercayaan")]
        root_at = position[matches[0]]
    else:
        root_at = position[history.approvals_changes[0][0]]
    later = [(sha, paths) for sha, paths in history.approvals_changes if position[sha] > root_at]
    texts = blobs(root, [f"{sha}^:{name}" for sha, _ in later for name in _FILES])
    found, to_verify = [], []
    for sha, paths in later:
        commit = history.commit(sha)
        admins, admin_roles, signers = _admins_before(texts, sha, parse_datetime(commit.author_iso))
        author = next((o for o in admins
                       if o.git_email.casefold() == commit.author_email.casefold()), None)
        params = {"commit": commit.short, "penulis": commit.author_name,
                  "email": commit.author_email, "tanggal": commit.author_date,
                  "berkas": ", ".join(paths),
                  "peran": ", ".join(approvals.role_name(r) for r in admin_roles)}
        where = Finding(paths[0], "approvals.tidak-sah", params, "", None)
        if author is None:
            found.append(where)
        elif approvals.trust_level == "tanda-tangan":
            if signers and author.git_email.casefold() in signers.casefold():
                to_verify.append((sha, author, signers, where))
            elif not author.keyless:  # no listed key and no explicit tanpa_kunci: say so
                found.append(Finding(paths[0], "approvals.tanpa-kunci", params, "", None,
                                     Severity.WARNING))
    found += _verify(root, to_verify)
    return found


def _verify(root: Path, items: list) -> list[Finding]:
    """Signatures checked against the allowed_signers of the time (one git call per version)."""
    found = []
    by_signers: dict[str, list] = {}
    for item in items:
        by_signers.setdefault(item[2], []).append(item)
    for text, group in by_signers.items():
        with tempfile.NamedTemporaryFile("w", suffix=".signers", delete=False) as fh:
            fh.write(text)
        try:
            verdicts = signatures(root, [sha for sha, *_ in group], Path(fh.name), cache=False)
        finally:
            Path(fh.name).unlink(missing_ok=True)
        for sha, author, _, where in group:
            status, principal = verdicts[sha]
            if not (status == "G" and principal.casefold() == author.git_email.casefold()):
                found.append(Finding(where.path, "approvals.tanda-tangan", where.params, "", None))
    return found
