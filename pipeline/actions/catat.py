"""`ppid catat`: the record of a step that leaves no initial (issue #15), committed alone.

A line `langkah-N: {peran, nama, tanggal, …}` under `catatan_langkah`, written as the official
git names, who must hold the role the policy's `rekaman.oleh` gives for that step (the receiving
Kasie's YA in SOP 001, the Ketua's instruction and the acknowledgements in SOP 003, the Kepala
Dinas's receipt of a plan). `--videotron` instead adds a videotron showing to `distribusi`
(SOP 000 step 5), as the admin who showed it. Both keys are outside the canonical hash.
"""

from __future__ import annotations

import json

from pipeline.actions.frontmatter import FrontMatter
from pipeline.actions.opening import open_item
from pipeline.actions.share import add_distribution
from pipeline.git.gitops import commit_file
from pipeline.i18n.messages import t
from pipeline.model.dates import iso
from pipeline.model.errors import UsageError
from pipeline.model.fields import PLATFORMS
from pipeline.office.policy import Policy, Step

RECORDS = "catatan_langkah"


def _step(policy: Policy, no: int) -> Step:
    step = policy.step(no)
    if step is None or step.rekaman is None:
        steps = ", ".join(str(s.no) for s in policy.record_steps) or "-"
        raise UsageError(t("catat.langkah-tanpa-catatan", no=no, sop=policy.nama, daftar=steps))
    return step


def record_line(no: int, entry: dict) -> str:
    parts = []
    for key, value in entry.items():
        shown = value if key in ("tanggal", "keputusan") or isinstance(value, list) \
            else json.dumps(value, ensure_ascii=False)
        if isinstance(value, list):
            shown = "[" + ", ".join(value) + "]"
        parts.append(f"{key}: {shown}")
    return f"  langkah-{no}: {{{', '.join(parts)}}}"


def set_record(text: str, no: int, line: str) -> str:
    """Put the step's line into the catatan_langkah block (replacing an earlier one)."""
    fm = FrontMatter(text)
    at = fm.find(RECORDS)
    if at is None:
        fm.insert(fm.end, [f"{RECORDS}:", line])
        return fm.text()
    if fm.value(at).split("#", 1)[0].strip() in ("{}", "~", "null"):
        fm.replace(at, at + 1, [f"{RECORDS}:"])
    end = fm.block_end(at)
    for i in range(at + 1, end):
        if fm.lines[i].strip().startswith(f"langkah-{no}:"):
            fm.replace(i, i + 1, [line])
            return fm.text()
    fm.insert(end, [line])
    return fm.text()


def _platforms(value: str | None) -> list[str]:
    chosen = [p.strip() for p in (value or "").split(",") if p.strip()]
    wrong = [p for p in chosen if p not in PLATFORMS]
    if wrong:
        raise UsageError(t("catat.platform", nilai=", ".join(wrong), pilihan=", ".join(PLATFORMS)))
    return chosen


def record_step(root, path, no: int | None, keputusan: str | None = None,
                platform: str | None = None, catatan: str | None = None,
                videotron: str | None = None, slot: str | None = None) -> str:
    opened = open_item(root, path)
    approvals, doc = opened.approvals, opened.doc
    policy = approvals.policy_for(doc.jenis, doc.unit)
    if policy is None:
        raise UsageError(t("sop.tidak-ada", jenis=doc.jenis, unit=doc.unit or "-"))
    if videotron is not None:
        return _videotron(opened, policy, videotron, slot)
    if no is None:
        raise UsageError(t("catat.tanpa-langkah"))
    step = _step(policy, no)
    acting = opened.act()
    official, when = acting.official, acting.when
    role = step.rekaman.by
    if not official.holds(role, when):
        raise UsageError(t("catat.bukan-peran", nama=official.nama, no=no,
                           peran_nama=approvals.role_name(role),
                           pejabat=approvals.holder_names(role, when)))
    entry: dict = {"peran": role, "nama": official.nama, "tanggal": iso(when)}
    if keputusan:
        entry["keputusan"] = keputusan
    if platform:
        entry["platform_dipilih"] = _platforms(platform)
    if catatan:
        entry["catatan"] = catatan
    missing = [k for k in step.rekaman.keys if k not in entry]
    if missing:
        raise UsageError(t("catat.isian", no=no, isian=", ".join(missing)))
    updated = set_record(opened.path.read_text(encoding="utf-8"), no, record_line(no, entry))
    message = (f"Catatan langkah {no} {approvals.role_name(role)}: {doc.title}\n\n"
               f"Berkas: {doc.rel}\nSOP: {policy.nama}, langkah {no}: {step.uraian}\n")
    sha = commit_file(acting.repo, opened.path, doc.rel, updated, message, when, sign=acting.sign)
    return t("catat.tersimpan", no=no, nama=official.nama, berkas=doc.rel, commit=sha)


def _videotron(opened, policy: Policy, lokasi: str, slot: str | None) -> str:
    doc = opened.doc
    if not slot:
        raise UsageError(t("catat.slot"))
    if not doc.publishable:
        raise UsageError(t("bagikan.belum-terbit", berkas=doc.rel))
    acting = opened.act()
    roles = [s.peran for s in policy.steps if s.aksi == "tayang"]
    if not any(acting.official.holds(r, acting.when) for r in roles):
        raise UsageError(t("catat.bukan-peran", nama=acting.official.nama, no="tayang",
                           peran_nama=", ".join(opened.approvals.role_name(r) for r in roles),
                           pejabat="-"))
    entry = (f"  - {{platform: videotron, lokasi: {json.dumps(lokasi, ensure_ascii=False)}, "
             f"slot: {json.dumps(slot, ensure_ascii=False)}, tanggal: {iso(acting.when)}}}")
    updated = add_distribution(opened.path.read_text(encoding="utf-8"), entry)
    sha = commit_file(acting.repo, opened.path, doc.rel, updated,
                      f"Tayang videotron (SOP 000 langkah 5): {doc.title}\n\n{lokasi}, {slot}\n",
                      acting.when, sign=acting.sign)
    return t("catat.videotron", lokasi=lokasi, slot=slot, berkas=doc.rel, commit=sha)
