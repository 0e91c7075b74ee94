"""`ppid tarik`: an official withdraws a published item, in one commit of their own.

The item stays at its address with a notice (UU 14/2008: what was published is not erased);
`status`, the reason and the date are review keys outside the canonical hash, so the initials
stay current and the history shows who withdrew it and why.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.actions.frontmatter import FrontMatter
from pipeline.actions.opening import open_item
from pipeline.git.gitops import commit_file
from pipeline.i18n.messages import t
from pipeline.model.dates import iso, tanggal_waktu
from pipeline.model.document import parse_text
from pipeline.model.errors import PpidError, UsageError


def withdrawn_text(text: str, reason: str, when) -> str:
    """The front matter with `status: ditarik`, the reason and the date; nothing else touched."""
    fm = FrontMatter(text)
    for key in ("alasan_penarikan", "tanggal_penarikan"):  # of an earlier withdrawal
        fm.remove(key)
    at = fm.find("status")
    new = ["status: ditarik", f"alasan_penarikan: {json.dumps(reason, ensure_ascii=False)}",
           f"tanggal_penarikan: {iso(when)}"]
    if at is None:
        fm.insert(fm.end, new)
    else:
        fm.replace(at, at + 1, new)
    return fm.text()


def record_withdrawal(root: Path, path: Path, reason: str) -> str:
    opened = open_item(root, path)
    root, path, approvals, doc = opened.root, opened.path, opened.approvals, opened.doc
    if not reason.strip():
        raise UsageError(t("tarik.alasan"))
    if not doc.loaded or doc.status != "terbit" or doc.is_plan:
        raise UsageError(t("tarik.bukan-terbit", berkas=doc.rel))
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None:
        raise UsageError(t("sop.tidak-ada", jenis=doc.jenis, unit=doc.unit or "-"))
    acting = opened.act()
    repo, when, official = acting.repo, acting.when, acting.official
    roles = policy.withdrawers
    if not any(official.holds(role, when) for role in roles):
        raise UsageError(t("tarik.bukan-peran", nama=official.nama, tanggal=tanggal_waktu(when),
                           peran=", ".join(approvals.role_name(r) for r in roles)))
    updated = withdrawn_text(path.read_text(encoding="utf-8"), reason, when)
    after = parse_text(path, doc.rel, updated)
    after.attachments = doc.attachments
    if not after.loaded or after.status != "ditarik" or after.content_hash != doc.content_hash:
        raise PpidError(t("paraf.gagal-sunting", berkas=doc.rel))
    message = f"Penarikan informasi: {doc.title}\n\nBerkas: {doc.rel}\nAlasan: {reason}\n"
    sha = commit_file(repo, path, doc.rel, updated, message, when, sign=acting.sign)
    return t("tarik.tercatat", berkas=doc.rel, nama=official.nama, commit=sha)
