"""`ppid number`: file an item with the next free archive number (SOP 001 step 5)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.actions.frontmatter import FrontMatter
from pipeline.actions.opening import open_item
from pipeline.git.gitops import commit_file
from pipeline.git.log import load_history
from pipeline.i18n.messages import t
from pipeline.model.dates import tanggal_waktu
from pipeline.model.errors import CheckFailed, UsageError
from pipeline.model.reader import load_corpus
from pipeline.office import archive


@dataclass
class NumberResult:
    number: str
    commit: str
    message: str


def set_archive_number(text: str, number: str) -> str:
    """Put `nomor_arsip` into the front matter, after `klasifikasi` when present."""
    fm = FrontMatter(text)
    at = fm.find("klasifikasi")
    fm.insert(fm.end if at is None else at + 1, [f"nomor_arsip: {json.dumps(number)}"])
    return fm.text()


def assign_number(root: Path, path: Path) -> NumberResult:
    root = root.resolve()
    opened = open_item(root, path)
    root, path, approvals, doc = opened.root, opened.path, opened.approvals, opened.doc
    if not doc.loaded:
        raise CheckFailed(t("cek.gagal", galat=len(doc.findings)), doc.findings)
    if doc.meta.get("nomor_arsip"):
        raise UsageError(t("arsip.sudah-ada", berkas=doc.rel, nomor=doc.meta["nomor_arsip"]))
    code = doc.meta.get("klasifikasi")
    verdict = approvals.classification.judge(code) if isinstance(code, str) and code else ("-",)
    if verdict is not None and verdict[0] != "arsip.klasifikasi-luar-tabel":
        raise UsageError(t("arsip.tanpa-klasifikasi", berkas=doc.rel))
    acting = opened.act()
    repo, when, official = acting.repo, acting.when, acting.official
    _require_archivist(approvals, doc, official, when)
    fmt, unit = approvals.settings.archive_format, approvals.settings.archive_unit
    history = load_history(root)
    urut = archive.next_number(when.year, fmt, unit, load_corpus(root),
                                 history.archive_numbers if history else ())
    number = fmt.format(klasifikasi=code, urut=urut, unit=unit, tahun=when.year)
    message = f"Arsip {number}: {doc.title}\n\nBerkas: {doc.rel}\n"
    sha = commit_file(repo, path, doc.rel, set_archive_number(path.read_text(encoding="utf-8"),
                                                              number),
                      message, when, sign=acting.sign)
    return NumberResult(number, sha, t("arsip.tercatat", nomor=number, berkas=doc.rel,
                                       nama=official.nama, commit=sha))


def _require_archivist(approvals, doc, official, when) -> None:
    """Whoever the SOP's archive step names files the item; without such a step, any official."""
    policy = approvals.policy_for(doc.jenis, doc.unit)
    roles = [s.peran for s in (policy.steps if policy else ()) if s.aksi == "arsip"]
    if roles and not any(official.holds(role, when) for role in roles):
        raise UsageError(t("paraf.bukan-peran", nama=official.nama,
                           peran_nama=approvals.role_name(roles[0]), tanggal=tanggal_waktu(when)))
