"""`ppid periksa --daring`: every notarised initial's review asked again from the forge.

A review can be dismissed after the notary recorded it, or deleted with its pull request; the
history cannot show that, the forge can. Each current initial written by a notary commit is
looked up by its trailers (Ulasan-PR, Ulasan-Id); missing, dismissed or different: an error.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.forge import api
from pipeline.forge.select import TOKEN_ENV, forge_for
from pipeline.git import ulasan
from pipeline.git.history import HistoryIndex
from pipeline.model.document import Document
from pipeline.model.findings import Finding
from pipeline.office.policy import Approvals

_RECORDED = {"setuju": api.APPROVED, "tolak": api.CHANGES}


def _initial_commits(docs: list[Document], approvals: Approvals,
                     history: HistoryIndex) -> list[tuple[Document, str, dict, str, int | None]]:
    """(item, role, entry, commit that wrote the current line, its line) for every initial."""
    found = []
    for doc in docs:
        fh = history.file(doc.rel) if doc.loaded and doc.publishable else None
        if fh is None:
            continue
        lines = doc.front_matter.split("\n")
        for role, entry in doc.paraf.items():
            line_no = doc.line_of(f"paraf.{role}")
            if not isinstance(entry, dict) or line_no is None:
                continue
            wanted = (role, lines[line_no - doc.first_line].strip())
            change = next((c for c in reversed(fh.changes) if wanted in c.paraf_added), None)
            if change is not None:
                found.append((doc, role, entry, change.commit, line_no))
    return found


def online_findings(root: Path, docs: list[Document], approvals: Approvals,
                    history: HistoryIndex, token_env: str = TOKEN_ENV) -> list[Finding]:
    notaris = approvals.settings.notaris
    if notaris is None or history.head is None:
        return []
    initials = [i for i in _initial_commits(docs, approvals, history)
                if history.commit(i[3]).author_email.casefold() == notaris.principal.casefold()]
    trailers = ulasan.read(root, [i[3] for i in initials])
    forge, found, answers = None, [], {}
    for doc, role, entry, sha, line in initials:
        review = trailers.get(sha, ulasan.Ulasan())
        if not (review.id.isdigit() and review.pr.isdigit()):
            continue  # no review named: the offline check reports the missing trailers
        forge = forge or forge_for(notaris, token_env)
        key = (int(review.pr), int(review.id))
        if key not in answers:
            try:
                answers[key] = forge.review(*key)
            except api.NotFound:
                answers[key] = None
        params = {"id": review.id, "pr": review.pr, "peran_nama": approvals.role_name(role),
                  "nama": entry.get("nama", "")}
        fetched = answers[key]
        code = _verdict(fetched, review, entry)
        if code:
            extra = {} if fetched is None else {"akun": fetched.login, "status": fetched.state,
                                                 "ulasan": fetched.commit_id[:10]}
            found.append(Finding(doc.rel, code, {**params, **extra}, f"paraf.{role}", line))
    return found


def _verdict(fetched: api.Review | None, review: ulasan.Ulasan, entry: dict) -> str | None:
    if fetched is None:
        return "notaris.ulasan-hilang"
    if fetched.state == api.DISMISSED:
        return "notaris.ulasan-dicabut"
    same = (fetched.login.casefold() == review.akun.casefold()
            and fetched.commit_id == review.commit
            and fetched.state == _RECORDED.get(str(entry.get("keputusan"))))
    return None if same else "notaris.ulasan-beda"
