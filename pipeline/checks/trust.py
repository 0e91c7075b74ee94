"""Initials proven from Git history (trust levels `penulis` and `tanda-tangan`).

For each current initial, the commit that introduced its exact line must be authored by the
official named in it, must not also change the content, and must not be a later rewrite by
another hand; an official may not initial content they wrote when the SOP forbids it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.checks import paraf_value
from pipeline.checks.chain_states import CLOCK_SKEW, Chain
from pipeline.checks.masa_jabatan import TermClosures
from pipeline.checks.notaris import Candidate, Notary
from pipeline.git.history import PARAF_LINE, Change, FileHistory, HistoryIndex
from pipeline.git.runner import blobs
from pipeline.git.signatures import signatures
from pipeline.i18n.messages import t
from pipeline.model.dates import parse_datetime
from pipeline.model.document import Document, parse_text
from pipeline.model.findings import Finding
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals
from pipeline.office.roster import Official, same_name

ALLOWED_SIGNERS = "approvals/allowed_signers"
_SIGNATURE_REASONS = {
    "U": "sig.tak-terdaftar", "B": "sig.rusak", "E": "sig.tak-terperiksa", "X": "sig.kedaluwarsa",
    "Y": "sig.kedaluwarsa", "R": "sig.dicabut",
}


@dataclass
class Signed:
    """A commit (an initial, a withdrawal, a review field) that must carry a good signature
    by its official's key, listed in the allowed_signers in force at its parents."""

    commit: str
    email: str
    finding: Finding  # the refusal, completed with the reason if the signature fails
    unsigned: str = "paraf.tanpa-tanda-tangan"  # the code when the commit is not signed at all


@dataclass
class _Pending:
    """A finding that stands only if `change` altered the document's canonical hash."""

    change: Change
    finding: Finding


def _current_line(doc: Document, role: str) -> tuple[int | None, str]:
    """The file line of the role's entry and its text as written (indentation included)."""
    line = doc.line_of(f"paraf.{role}")
    if line is None:
        return None, ""
    return line, doc.front_matter.split("\n")[line - doc.first_line].rstrip("\r")


def _official(approvals: Approvals, role: str, entry: dict) -> Official | None:
    when = parse_datetime(entry.get("tanggal"))
    for official in approvals.roster.holders(role, when):
        if same_name(official.nama, str(entry.get("nama", ""))):
            return official
    return None


def _introducing(fh: FileHistory, role: str, line: str, entry: object = None) -> Change | None:
    """The change that wrote this entry: by line, or by value past a CMS re-serialisation
    (checks/paraf_value.py)."""
    return paraf_value.introducing(fh, role, line, entry)


def check_history(docs: list[Document], approvals: Approvals, history: HistoryIndex,
                  root: Path, chain: Chain | None = None,
                  also_signed: list[Signed] | None = None) -> list[Finding]:
    if approvals.trust_level == TrustLevel.NAMA:
        return []
    if history.head is None:
        return [Finding("approvals/config.yaml", "riwayat.bukan-repo",
                        {"tingkat": approvals.trust_level}, "tingkat_kepercayaan")]
    found: list[Finding] = []
    if history.shallow:
        found.append(Finding("approvals/config.yaml", "riwayat.dangkal", {}, "tingkat_kepercayaan"))
    pending: list[_Pending] = []
    signed: list[Signed] = list(also_signed or [])
    notary = Notary(root, history, chain, approvals)  # initials written by the office's notary
    closures = TermClosures(chain, history)
    for doc in docs:
        if doc.loaded and doc.publishable:
            found += _check_document(doc, approvals, history, pending, signed, chain, notary,
                                     closures)
        if doc.loaded and doc.status == "ditarik":
            found += _check_withdrawal(doc, approvals, history, signed)
    notarised, accepted = notary.resolve()
    found += notarised
    for a in accepted:  # signed by the notary's key; the same rules on what it wrote
        signed.append(Signed(a.commit, a.principal, a.finding, "notaris.tanpa-tanda-tangan"))
        pending += a.then
    found += _resolve(root, history, pending)
    found += _graph_time(history, chain, signed)
    if approvals.trust_level == TrustLevel.TANDA_TANGAN:
        found += _check_signatures(root, history, chain, signed)
    return found


def _graph_time(history: HistoryIndex, chain: Chain | None, signed: list[Signed]) -> list[Finding]:
    """A commit dated before what it descends from forged its date: refused, commit named."""
    found, seen = [], set()
    for item in signed:
        if chain is None or item.commit in seen or not chain.backdated(item.commit):
            continue
        seen.add(item.commit)
        commit = history.commit(item.commit)
        f = item.finding
        found.append(Finding(f.path, "waktu.mundur", {
            "commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
            "tanggal": commit.committer_date, "apa": f.field or "status"}, f.field, f.line))
    return found


def _signers_in_force(root: Path, history: HistoryIndex, chain: Chain | None,
                      sha: str) -> str | None:
    """The allowed_signers that judges `sha`: in force at its parents, by the chain."""
    if chain is not None and chain.root is not None:
        state = chain.state_before(sha, history)
        return state.signers if state is not None else None
    allowed = root / ALLOWED_SIGNERS
    return allowed.read_text(encoding="utf-8") if allowed.is_file() else None


def _check_signatures(root: Path, history: HistoryIndex, chain: Chain | None,
                      signed: list[Signed]) -> list[Finding]:
    if not signed:
        return []
    groups: dict[str | None, list[Signed]] = {}
    for item in signed:
        groups.setdefault(_signers_in_force(root, history, chain, item.commit), []).append(item)
    if None in groups or not any(text.strip() for text in groups if text is not None):
        return [Finding(ALLOWED_SIGNERS, "sig.tidak-ada-berkas", {}, "", None)]
    found = []
    for text, items in groups.items():
        verdicts = signatures(root, [i.commit for i in items], text)
        for item in items:
            found += _signature_finding(item, *verdicts[item.commit])
    return found


def _signature_finding(item: Signed, status: str, principal: str) -> list[Finding]:
    if status == "G" and principal.casefold() == item.email.casefold():
        return []
    f = item.finding
    if status == "N":
        return [Finding(f.path, item.unsigned, f.params, f.field, f.line)]
    reason = ("sig.kunci-lain", {"pemilik": principal}) if status == "G" else \
        (_SIGNATURE_REASONS.get(status, "sig.tak-terperiksa"), {})
    params = {**f.params, "alasan": t(reason[0], **reason[1])}
    return [Finding(f.path, f.code, params, f.field, f.line)]


def _check_document(doc: Document, approvals: Approvals, history: HistoryIndex,
                    pending: list[_Pending], signed: list[Signed],
                    chain: Chain | None, notary: Notary | None = None,
                    closures: TermClosures | None = None) -> list[Finding]:
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None:
        return []
    fh = history.file(doc.rel)
    found = []
    closures = closures or TermClosures(chain, history)
    for step in policy.paraf_steps:
        entry = doc.paraf.get(step.peran)
        if not isinstance(entry, dict):
            continue
        official = _official(approvals, step.peran, entry)
        if official is None:
            continue  # already reported by the roster check
        line_no, line = _current_line(doc, step.peran)
        where = f"paraf.{step.peran}"
        params = {"peran_nama": approvals.role_name(step.peran), "nama": official.nama}

        def at(code: str, **extra) -> Finding:
            return Finding(doc.rel, code, {**params, **extra}, where, line_no)  # noqa: B023

        # A block-style entry (a CMS's re-serialisation) is traced by its value; unknown: format.
        intro = _introducing(fh, step.peran, line, entry) if fh else None
        if intro is None:
            found.append(at("paraf.tanpa-riwayat" if PARAF_LINE.match(line) else "paraf.format"))
            continue
        commit = history.commit(intro.commit)
        who = {"commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
               "tanggal": commit.author_date}
        if commit.author_email.casefold() != official.git_email.casefold():
            earlier = any(history.commit(c.commit).author_email.casefold() ==
                          official.git_email.casefold() and any(r == step.peran for r, _ in
                                                                c.paraf_added)
                          for c in fh.changes[:fh.changes.index(intro)])
            code = "paraf.ditulis-ulang" if earlier else "paraf.bukan-penulis"
            refused = at(code, email_pejabat=official.git_email, **who)
            if notary is None:
                found.append(refused)
            else:  # perhaps the notary's record of a review (checks/notaris.py decides)
                notary.propose(Candidate(doc.rel, step.peran, entry, official, intro, commit,
                                         refused, who,
                                         _own_content(fh, intro, official, policy, at, history)))
            continue
        signed.append(Signed(intro.commit, official.git_email,
                             at("paraf.tanda-tangan-salah", **who)))
        if chain is not None and not chain.before_root(intro.commit, history):
            found += _in_time(fh, intro, official, step.peran, entry, at, history, who)
            found += _after_closure(closures, intro.commit, official, step.peran, at, who)
        pending += _own_content(fh, intro, official, policy, at, history)
    return found


def _own_content(fh: FileHistory, intro: Change, official: Official, policy, at,
                 history: HistoryIndex) -> list[_Pending]:
    """The initial's commit may change nothing but initials, and (unless the SOP allows it)
    the official may not have written the content: findings that stand if the content changed."""
    commit = history.commit(intro.commit)
    who = {"commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
           "tanggal": commit.author_date}
    pending = [_Pending(intro, at("paraf.commit-campur", **who))] if intro.other_lines else []
    if policy.meta.get("paraf_sendiri", "dilarang") == "dilarang":
        for change in fh.changes:
            author = history.commit(change.commit)
            if change is intro or author.author_email.casefold() != official.git_email.casefold():
                continue
            if change.old_path is None or change.other_lines:
                pending.append(_Pending(change, at(
                    "paraf.sendiri", sop=policy.nama, commit=author.short,
                    tanggal=author.author_date)))
    return pending


def _after_closure(closures: TermClosures, sha: str, official: Official, role: str, at,
                   who: dict) -> list[Finding]:
    closure = closures.made_after_closure(sha, official.git_email, role)
    if closure is None:
        return []
    closed = closures.history.commit(closure)
    return [at("paraf.sesudah-masa-jabatan", **who, penutup=closed.short,
               tanggal_penutup=closed.committer_date)]


def _in_time(fh: FileHistory, intro: Change, official: Official, role: str, entry: dict, at,
             history: HistoryIndex, who: dict) -> list[Finding]:
    """Time from the graph: the role held when the commit was made, and no initial that
    predates the content it approves (the root vouches for the history before it)."""
    commit = history.commit(intro.commit)
    if not official.holds(role, commit.committer_date):
        return [at("paraf.bukan-pejabat-saat-commit", **{**who, "tanggal": commit.committer_date})]
    earlier = fh.changes[:fh.changes.index(intro)]
    content = next((c for c in reversed(earlier) if c.other_lines), None)
    when = parse_datetime(entry.get("tanggal")) if entry.get("tanggal") else None
    if content is None or when is None:
        return []
    written = history.commit(content.commit)
    if when < written.committer_date - CLOCK_SKEW:
        return [at("paraf.sebelum-isi", **{**who, "isi": written.short,
                                             "tanggal_isi": written.committer_date,
                                             "tanggal": when})]
    return []


def _check_withdrawal(doc: Document, approvals: Approvals, history: HistoryIndex,
                      signed: list[Signed]) -> list[Finding]:
    """Withdrawing is an official's act: the commit that wrote `status: ditarik` must be by a
    holder of a role the SOP lets withdraw (and signed by them at the signed level)."""
    policy = approvals.policy_for(doc.jenis, doc.unit)
    fh = history.file(doc.rel)
    if policy is None or fh is None:
        return []  # no SOP is reported elsewhere; an uncommitted file has no author yet
    change = next((c for c in reversed(fh.changes) if c.withdrawn), fh.created)
    commit = history.commit(change.commit)
    roles = policy.withdrawers
    official = approvals.roster.by_email(commit.author_email)
    params = {"commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
              "tanggal": commit.author_date, "peran": ", ".join(approvals.role_name(r) for r in roles)}
    where = Finding(doc.rel, "penarikan.tanda-tangan-salah", params, "status", doc.line_of("status"))
    # The committer date, which graph time keeps from going back: the author date is typed
    # freely (a former official could date a withdrawal inside their term).
    if official is None or not any(official.holds(r, commit.committer_date) for r in roles):
        return [Finding(doc.rel, "penarikan.bukan-pejabat", params, "status", where.line)]
    signed.append(Signed(change.commit, official.git_email, where, "penarikan.tanpa-tanda-tangan"))
    return []


def _resolve(root: Path, history: HistoryIndex, pending: list[_Pending]) -> list[Finding]:
    """Keep the pending findings whose change really altered the content (one cat-file call)."""
    specs = []
    for p in pending:
        if p.change.old_path is not None:
            specs += [f"{p.change.commit}^:{p.change.old_path}", f"{p.change.commit}:{p.change.path}"]
    texts = blobs(root, sorted(set(specs)))
    found, seen = [], set()
    for p in pending:
        change = p.change
        if change.old_path is None:
            changed = True  # creating the file wrote its content
        else:
            before = texts.get(f"{change.commit}^:{change.old_path}")
            after = texts.get(f"{change.commit}:{change.path}")
            changed = _hash(before, change.old_path) != _hash(after, change.path)
        key = (p.finding.path, p.finding.field, p.finding.code)
        if changed and key not in seen:
            seen.add(key)
            found.append(p.finding)
    return found


def _hash(text: str | None, rel: str) -> str | None:
    if text is None:
        return None
    doc = parse_text(Path("-"), rel, text)  # the name tells a YAML plan from Markdown
    return doc.content_hash if doc.loaded else f"rusak:{hash(text)}"
