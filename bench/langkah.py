"""The benchmark's changes to a generated repository, made as the office makes them.

A new item and a changed item both go the real way: the receiving officer commits the text,
then every SOP step's office holder of the day commits their initial with the new content hash
(trust level `penulis`: each initial is proven by the commit that wrote it). So the build after
the change publishes it, exactly as it would in the office.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.actions.paraf import entry_line, set_paraf_entry  # noqa: E402
from pipeline.model.dates import WIB  # noqa: E402
from pipeline.model.document import parse_text  # noqa: E402
from pipeline.office.policy import load_approvals  # noqa: E402

NEW_ITEM = """---
title: "Informasi Jadwal Layanan Akhir Tahun {stamp}"
date: {date}
jenis: informasi-publik
status: terbit
unit: "Diskominfo"
ringkasan: "Jadwal layanan informasi publik pada akhir tahun."
kategori: berkala
pejabat_penguasa: Diskominfo
penanggung_jawab: Kabid IKP
waktu_pembuatan: "2026"
tempat_pembuatan: Bantul
bentuk_informasi: softcopy
jangka_waktu_penyimpanan: 5 tahun
paraf: {{}}
---

Layanan informasi publik tetap buka pada akhir tahun sesuai jadwal piket {stamp}.
"""


def _commit(repo: Path, who: tuple[str, str], message: str, rel: str) -> None:
    env = {"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1],
           "GIT_COMMITTER_NAME": who[0], "GIT_COMMITTER_EMAIL": who[1]}
    subprocess.run(["git", "add", "--", rel], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", message, "--", rel], cwd=repo, check=True,
                   env={**os.environ, **env})


def _initial_all(repo: Path, rel: str) -> None:
    """Every SOP step initialled in order by the holder of the day, one commit each."""
    approvals = load_approvals(repo)
    path = repo / rel
    doc = parse_text(path, rel, path.read_text(encoding="utf-8"))
    policy = approvals.policy_for(doc.jenis, doc.unit)
    for step in policy.paraf_steps:
        when = datetime.now(WIB).replace(microsecond=0)
        official = approvals.roster.holders(step.peran, when)[0]
        text = path.read_text(encoding="utf-8")
        current = parse_text(path, rel, text)
        entry = {"nama": official.nama, "tanggal": when.isoformat(), "keputusan": "setuju",
                 "sha256": current.content_hash}
        path.write_text(set_paraf_entry(text, step.peran, entry_line(step.peran, entry)),
                        encoding="utf-8")
        _commit(repo, (official.git_nama, official.git_email), f"Paraf {step.peran}", rel)
        time.sleep(1)  # one initial after another, as in the office


def new_item(repo: Path) -> str:
    """A new DIP item received and initialled through its SOP; returns its path."""
    stamp = time.time_ns()
    rel = f"content/informasi/2026/bench-{stamp}.md"
    path = repo / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    now = datetime.now(WIB)
    path.write_text(NEW_ITEM.format(stamp=stamp, date=f"{now:%Y-%m-%d %H:%M}"), encoding="utf-8")
    _commit(repo, ("Rina Susanti", "rina.susanti@bantulkab.go.id"), "Naskah diterima", rel)
    _initial_all(repo, rel)
    return rel


def changed_item(repo: Path, rel: str) -> None:
    """A published item's body corrected, then initialled again through its SOP."""
    path = repo / rel
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + f"\n\nRalat {time.time_ns()}.\n", encoding="utf-8")
    _commit(repo, ("Rina Susanti", "rina.susanti@bantulkab.go.id"), "Perbaikan naskah", rel)
    _initial_all(repo, rel)


def pr_change(repo: Path, rel: str) -> str:
    """A pull request's branch: one item corrected (not initialled yet); returns the base.
    The branch stays checked out; `back_to_main` returns (the correction is never on main)."""
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True,
                          text=True).stdout.strip()
    subprocess.run(["git", "checkout", "-q", "-b", f"usulan-{time.time_ns()}"], cwd=repo, check=True)
    path = repo / rel
    path.write_text(path.read_text(encoding="utf-8") + "\nUsulan perbaikan.\n", encoding="utf-8")
    _commit(repo, ("Rina Susanti", "rina.susanti@bantulkab.go.id"), "Usulan", rel)
    return base


def back_to_main(repo: Path) -> None:
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)
