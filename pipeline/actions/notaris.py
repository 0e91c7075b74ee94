"""`ppid notaris`: a review on the forge (Approve / Request changes) becomes the official's paraf.

Runs in the privileged workflow (.github/workflows/notaris.yml) from the default branch's code.
The artifact of the unprivileged workflow only names the review (id, pull request, commit); the
review itself is fetched again from the forge. The reviewer's account is mapped to an official
by the roster in force on the default branch; the pull request's items waiting for that
official's step, whose content at the reviewed commit has exactly the hash at the head, get the
paraf line (time = the review's), committed as the notary with trailers naming the review,
signed with the notary's key, pushed to the pull request's branch. Anything doubtful: no commit.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.actions import notaris_git as ops
from pipeline.actions.paraf import entry_line, set_paraf_entry
from pipeline.forge import api
from pipeline.forge.select import TOKEN_ENV, forge_for
from pipeline.git import ulasan
from pipeline.git.snapshot import documents_at
from pipeline.i18n.messages import t
from pipeline.model.dates import WIB, iso, now
from pipeline.model.document import Document, parse_text
from pipeline.model.errors import UsageError
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals, Policy, Step, load_approvals
from pipeline.office.roster import Official, Roster

_SHA = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")
NOTARY_NAME = "Notaris PPID"


class NotarisError(UsageError):
    """The review cannot be recorded: nothing committed, exit 2, the reason in the summary."""


@dataclass
class Request:
    review_id: int
    pr: int
    commit: str  # the reviewed commit as the event said (checked against the forge's answer)
    token_env: str = TOKEN_ENV
    key: Path | None = None
    remote: str = "origin"
    push: bool = True


@dataclass
class Initial:
    rel: str
    title: str
    step: Step
    text: str  # the file with the new paraf line
    role_name: str = ""


@dataclass
class Outcome:
    message: str
    commit: str = ""
    initials: list[Initial] = field(default_factory=list)


def read_artifact(path: Path) -> tuple[int, int, str]:
    """(review id, pull request number, reviewed commit) from the recorder's JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotarisError(t("notaris.artefak-rusak", berkas=path, detail=str(exc))) from None
    values = [data.get(k) if isinstance(data, dict) else None
              for k in ("review_id", "pull_request", "commit_id")]
    review_id, pr, commit = values
    if not (isinstance(review_id, int) and isinstance(pr, int) and not isinstance(review_id, bool)
            and not isinstance(pr, bool) and isinstance(commit, str) and _SHA.match(commit)):
        raise NotarisError(t("notaris.artefak-isian", berkas=path))
    return review_id, pr, commit


def notarise(root: Path, request: Request) -> Outcome:
    root = root.resolve()
    approvals = load_approvals(root)
    notaris = approvals.settings.notaris
    if notaris is None:
        raise NotarisError(t("notaris.belum-diatur"))
    forge = forge_for(notaris, request.token_env)
    review = forge.review(request.pr, request.review_id)
    if review.state == api.COMMENTED:
        return Outcome(t("notaris.komentar", id=review.id))
    _usable(review, request)
    _latest(forge.reviews(request.pr), review)
    pr = forge.pull_request(request.pr)
    if not pr.same_repo:
        raise NotarisError(t("notaris.fork", pr=request.pr))
    roster, level = _in_force(root, approvals)
    official = roster.by_account(notaris.forge, review.login)
    if official is None:
        raise NotarisError(t("notaris.akun-tak-dikenal", akun=review.login, forge=notaris.forge))
    when = review.submitted_at.astimezone(WIB)
    if not any(term.covers(when.date()) for term in official.terms):
        raise NotarisError(t("notaris.bukan-pejabat", nama=official.nama, tanggal=iso(when)))
    head = ops.fetch_head(root, request.remote, pr.head_ref)
    if not ops.has_commit(root, review.commit_id) or not ops.is_ancestor(root, review.commit_id,
                                                                           head):
        raise NotarisError(t("notaris.commit-hilang", commit=review.commit_id[:10],
                             cabang=pr.head_ref))
    base = f"{request.remote}/{pr.base_ref}"
    initials = _initials(root, approvals, official, review, head, base)
    if not initials:
        return Outcome(t("notaris.tak-ada-giliran", nama=official.nama, pr=request.pr))
    sign_key = request.key if level == TrustLevel.TANDA_TANGAN else None
    if level == TrustLevel.TANDA_TANGAN and (request.key is None or not request.key.is_file()):
        raise NotarisError(t("notaris.tanpa-kunci"))
    message = _message(approvals, official, review, initials, request.pr)
    commit = ops.commit_files(root, head, {i.rel: i.text for i in initials}, message,
                              (NOTARY_NAME, notaris.principal), now(), when, sign_key)
    if request.push:
        ops.push(root, request.remote, commit, pr.head_ref)
    keputusan = t("paraf.kata-setuju" if review.state == api.APPROVED else "paraf.kata-tolak")
    return Outcome(t("notaris.tercatat", nama=official.nama, keputusan=keputusan,
                     jumlah=len(initials), commit=commit[:10], cabang=pr.head_ref),
                   commit, initials)


def _usable(review: api.Review, request: Request) -> None:
    if review.state == api.DISMISSED:
        raise NotarisError(t("notaris.dicabut", id=review.id))
    if review.state not in (api.APPROVED, api.CHANGES):
        raise NotarisError(t("notaris.status-ulasan", id=review.id, status=review.state))
    if review.id != request.review_id or review.commit_id != request.commit:
        raise NotarisError(t("notaris.artefak-beda", id=request.review_id,
                             commit=request.commit[:10], commit_forge=review.commit_id[:10]))
    if review.submitted_at is None:
        raise NotarisError(t("notaris.tanpa-waktu", id=review.id))


def _latest(reviews: list[api.Review], review: api.Review) -> None:
    """Only the reviewer's latest verdict counts. Anyone with push access can start the notary
    naming any past review, so an older approval played again must not replace a later request
    for changes (nor the other way round). Review ids grow with time on both forges."""
    verdicts = (api.APPROVED, api.CHANGES, api.DISMISSED)
    later = [r.id for r in reviews if r.login.casefold() == review.login.casefold()
             and r.state in verdicts and r.id > review.id]
    if later:
        raise NotarisError(t("notaris.digantikan", id=review.id, baru=max(later)))


def _in_force(root: Path, approvals: Approvals) -> tuple[Roster, str]:
    """The roster and trust level in force on the default branch (the chain's head state)."""
    from pipeline.checks.chain import walk  # the whole history: only the notary needs it here
    from pipeline.git.log import load_history

    state = walk(root, load_history(root)).head_state
    if state is None or state.roster is None:
        return approvals.roster, approvals.settings.trust_level
    return state.roster, state.level


def _next_step(doc: Document, policy: Policy) -> Step | None:
    """The first initialling step without a current approval (a rejection stops the chain)."""
    for step in policy.paraf_steps:
        entry = doc.paraf.get(step.peran)
        if not (isinstance(entry, dict) and entry.get("keputusan") == "setuju"
                and entry.get("sha256") == doc.content_hash):
            return step
    return None


def _approved_by(doc: Document, policy: Policy, official: Official, when) -> Step | None:
    """The official's own step that they approved: a later request for changes rejects it."""
    for step in policy.paraf_steps:
        entry = doc.paraf.get(step.peran)
        if isinstance(entry, dict) and entry.get("keputusan") == "setuju" and \
                entry.get("nama") == official.nama and official.holds(step.peran, when):
            return step
    return None


def _initials(root: Path, approvals: Approvals, official: Official, review: api.Review,
              head: str, base: str) -> list[Initial]:
    rels = ops.changed_content(root, base, head)
    docs = documents_at(root, [(c, rel) for rel in rels for c in (head, review.commit_id)])
    when = review.submitted_at
    found = []
    for rel in rels:
        snap, seen = docs.get((head, rel)), docs.get((review.commit_id, rel))
        doc = snap.doc if snap is not None else None
        if doc is None or not doc.loaded or doc.status == "draf":
            continue
        policy = approvals.policy_for(doc.jenis, doc.unit)
        step = _next_step(doc, policy) if policy else None
        if policy and review.state == api.CHANGES:  # a change of mind after approving
            step = _approved_by(doc, policy, official, when) or step
        if step is None or not official.holds(step.peran, when):
            continue
        if seen is None or not seen.doc.loaded or seen.doc.content_hash != doc.content_hash:
            raise NotarisError(t("notaris.isi-berubah", berkas=rel, commit=review.commit_id[:10],
                                 kepala=head[:10]))
        found.append(Initial(rel, doc.title, step,
                             _with_initial(doc, snap.text, official, review, step),
                             approvals.role_name(step.peran)))
    return found


def _with_initial(doc: Document, text: str, official: Official, review: api.Review,
                  step: Step) -> str:
    approve = review.state == api.APPROVED
    entry = {"nama": official.nama, "tanggal": iso(review.submitted_at.astimezone(WIB)),
             "keputusan": "setuju" if approve else "tolak"}
    if not approve:
        entry["catatan"] = " ".join(review.body.split()) or t("notaris.tanpa-catatan")
    entry["sha256"] = doc.content_hash
    updated = set_paraf_entry(text, step.peran, entry_line(step.peran, entry))
    before, after = parse_text(Path("-"), doc.rel, text), parse_text(Path("-"), doc.rel, updated)
    if not after.loaded or after.content_hash != before.content_hash:
        raise NotarisError(t("paraf.gagal-sunting", berkas=doc.rel))
    return updated


def _message(approvals: Approvals, official: Official, review: api.Review,
             initials: list[Initial], pr: int) -> str:
    keputusan = t("paraf.kata-setuju" if review.state == api.APPROVED else "paraf.kata-tolak")
    first = initials[0]
    subject = (f"Paraf {approvals.role_name(first.step.peran)} ({keputusan}): {first.title}"
               if len(initials) == 1 else
               f"Paraf {official.nama} ({keputusan}) lewat ulasan: {len(initials)} naskah")
    lines = [f"- {i.rel} (langkah {i.step.no}, {approvals.role_name(i.step.peran)})"
             for i in initials]
    return (f"{subject}\n\nDicatat notaris dari ulasan {official.nama} di pull request #{pr}.\n"
            + "\n".join(lines) + "\n\n"
            + ulasan.trailer_block(review.html_url, review.id, review.login, review.commit_id, pr))
