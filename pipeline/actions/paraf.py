"""`ppid paraf`: record the current official's initial and commit exactly that change.

The file is edited as text (only the one `paraf` entry changes), re-parsed to prove that the
content hash is untouched, and committed alone, so history shows who initialled what and when.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.actions.frontmatter import FrontMatter
from pipeline.actions.opening import open_item
from pipeline.git.gitops import commit_file
from pipeline.i18n.messages import t
from pipeline.model.dates import iso, tanggal_waktu
from pipeline.model.document import Document, parse_text
from pipeline.model.errors import CheckFailed, PpidError, UsageError
from pipeline.office.policy import Approvals, Policy, Step
from pipeline.office.roster import Official

_EMPTY_VALUES = ("", "{}", "~", "null")


@dataclass
class ParafResult:
    path: str
    commit: str
    message: str


def entry_line(role: str, entry: dict, indent: str = "  ") -> str:
    """One flow-style YAML line; JSON strings are valid YAML double-quoted scalars."""
    parts = []
    for key, value in entry.items():
        # Dates stay YAML timestamps; everything else is quoted (a hash of digits is no number).
        shown = value if key in ("tanggal", "keputusan") else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {shown}")
    return f"{indent}{role}: {{{', '.join(parts)}}}"


def set_paraf_entry(text: str, role: str, line: str) -> str:
    """Put `line` (one `role: {...}` entry) into the front matter's paraf block, touching nothing else."""
    fm = FrontMatter(text)
    at = fm.find("paraf")
    if at is None:
        fm.insert(fm.end, ["paraf:", line])
        return fm.text()
    if fm.value(at).split("#", 1)[0].strip() not in _EMPTY_VALUES:
        raise UsageError(t("paraf.blok-tak-dikenal"))
    fm.replace(at, at + 1, ["paraf:"])
    block_end = fm.block_end(at, keep_blank_tail=True)
    # Replace the role's existing entry (its line and any deeper-indented lines below it).
    for i in range(at + 1, block_end):
        m = re.match(rf"^(\s+){re.escape(role)}\s*:", fm.lines[i])
        if m:
            j = i + 1
            while j < block_end and (not fm.lines[j].strip() or
                                     len(fm.lines[j]) - len(fm.lines[j].lstrip()) > len(m.group(1))):
                j += 1
            fm.replace(i, j, [line])
            return fm.text()
    fm.insert(fm.block_end(at), [line])  # blank lines after the block stay where they were
    return fm.text()


def _step_for(policy: Policy, role: str) -> Step:
    for step in policy.paraf_steps:
        if step.peran == role:
            return step
    if any(s.peran == role and s.aksi == "arsip" for s in policy.steps):
        raise UsageError(t("paraf.pakai-number", peran=role))
    roles = ", ".join(s.peran for s in policy.paraf_steps)
    raise UsageError(t("paraf.peran-tak-perlu", sop=policy.nama, peran=role, daftar=roles))


def _require_turn(doc: Document, policy: Policy, step: Step, approvals: Approvals) -> None:
    """Every earlier initialling step must hold a current approval before this one."""
    for earlier in policy.paraf_steps:
        if earlier is step:
            return
        entry = doc.paraf.get(earlier.peran)
        done = (isinstance(entry, dict) and entry.get("keputusan") == "setuju"
                and entry.get("sha256") == doc.content_hash)
        if not done:
            raise UsageError(t("paraf.menunggu", peran_nama=approvals.role_name(step.peran),
                               no=earlier.no, sebelum_nama=approvals.role_name(earlier.peran)))


def _holder(approvals: Approvals, official: Official, role: str, when) -> Official:
    if not official.holds(role, when):
        raise UsageError(t("paraf.bukan-peran", nama=official.nama,
                           peran_nama=approvals.role_name(role), tanggal=tanggal_waktu(when)))
    return official


def record_paraf(root: Path, path: Path, role: str, tolak: bool = False,
                 catatan: str | None = None) -> ParafResult:
    opened = open_item(root, path)
    root, path, approvals, doc = opened.root, opened.path, opened.approvals, opened.doc
    if not doc.loaded:
        raise CheckFailed(t("cek.gagal", galat=len(doc.findings)), doc.findings)
    if doc.status == "draf":
        raise UsageError(t("paraf.draf", berkas=doc.rel))
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None:
        raise UsageError(t("sop.tidak-ada", jenis=doc.jenis, unit=doc.unit or "-"))
    step = _step_for(policy, role)
    acting = opened.act()
    repo, when = acting.repo, acting.when
    official = _holder(approvals, acting.official, role, when)
    if not tolak:
        _require_turn(doc, policy, step, approvals)

    entry = {"nama": official.nama, "tanggal": iso(when),
             "keputusan": "tolak" if tolak else "setuju"}
    if catatan:
        entry["catatan"] = catatan
    entry["sha256"] = doc.content_hash
    text = path.read_text(encoding="utf-8")
    updated = set_paraf_entry(text, role, entry_line(role, entry))
    after = parse_text(path, doc.rel, updated)
    after.attachments = doc.attachments  # the edit touches no attachment
    _verify(doc, after, role, entry)

    keputusan = t("paraf.kata-setuju") if not tolak else t("paraf.kata-tolak")
    message = f"Paraf {approvals.role_name(role)} ({keputusan}): {doc.title}\n\n" \
              f"Berkas: {doc.rel}\nSOP: {policy.nama}, langkah {step.no}\nsha256: {doc.content_hash}\n"
    if catatan:
        message += f"Catatan: {catatan}\n"
    # At the signed level git must sign, and says so when no key is set up.
    sha = commit_file(repo, path, doc.rel, updated, message, when, sign=acting.sign)
    return ParafResult(doc.rel, sha, t("paraf.tersimpan", peran_nama=approvals.role_name(role),
                                       keputusan=keputusan, nama=official.nama, berkas=doc.rel,
                                       commit=sha))


def _verify(before: Document, after: Document, role: str, entry: dict) -> None:
    """The edit must parse, carry exactly our entry, and leave the content hash unchanged."""
    recorded = after.paraf.get(role) if after.loaded else None
    same = (isinstance(recorded, dict) and recorded.get("sha256") == entry["sha256"]
            and recorded.get("nama") == entry["nama"] and after.content_hash == before.content_hash)
    if not same:
        raise PpidError(t("paraf.gagal-sunting", berkas=before.rel))
