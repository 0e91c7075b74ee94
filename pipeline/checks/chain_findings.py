"""Findings about the chain of approvals/ states, and advice on HEAD's own config."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from pipeline.checks.chain_states import At, OfficeState, Refusal, WalkView
from pipeline.git.history import HistoryIndex
from pipeline.git.runner import git
from pipeline.model.errors import GitError
from pipeline.model.findings import Finding, Severity
from pipeline.office.config import TrustLevel
from pipeline.office.policy import Approvals


def chain_findings(history: HistoryIndex, w: WalkView, head_at: At | None,
              pinned: bool) -> list[Finding]:
    found = []
    root_state = w.root_state
    head_tree = w.tree_of(history.head)
    if head_at is None:
        # The root is in HEAD's history, so HEAD descends from it; if the walk says otherwise,
        # the history was not read as git has it: nothing is vouched for.
        found.append(Finding("approvals/config.yaml", "approvals.di-luar-akar", {
            "akar": w.root_sha[:12]}, ""))
    for sha in w.future[:5]:
        commit = history.commit(sha)
        found.append(Finding("approvals/config.yaml", "waktu.masa-depan", {
            "commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
            "tanggal": commit.committer_date, "lainnya": max(0, len(w.future) - 5)}, "",
            None, Severity.WARNING))
    if head_at is not None:
        for refusal in head_at.pending:
            found.append(_refusal_finding(history, w, refusal, head_at.state))
        if not head_at.pending and head_tree != head_at.state.tree:
            found.append(Finding("approvals/config.yaml", "approvals.tidak-berlaku", {
                "commit": head_at.state.since[:10]}, ""))
    for old, by in w.cleared.values():
        commit = history.commit(old.sha)
        found.append(Finding(_paths(history, old.sha), "approvals.disahkan", {
            "commit": commit.short, "penulis": commit.author_name, "oleh": by[:10]}, "",
            None, Severity.INFO))
    if not pinned and root_state.level == TrustLevel.TANDA_TANGAN:
        found.append(Finding("approvals/config.yaml", "approvals.akar-tak-dipatok", {
            "akar": w.root_sha[:12]}, "", None, Severity.INFO))
    if root_state.roster is None:
        found.append(Finding("approvals/config.yaml", "approvals.akar-rusak", {
            "akar": w.root_sha[:12]}, ""))
    return found


def _paths(history: HistoryIndex, sha: str) -> str:  # noqa: D103
    touched = next((paths for s, paths in history.approvals_changes if s == sha), ())
    return touched[0] if touched else "approvals/config.yaml"


def _refusal_finding(history: HistoryIndex, w: WalkView, refusal: Refusal,
                     state: OfficeState) -> Finding:
    commit = history.commit(refusal.sha)
    touched = next((paths for s, paths in history.approvals_changes if s == refusal.sha), ())
    params = {"commit": commit.short, "penulis": commit.author_name, "email": commit.author_email,
              "tanggal": commit.author_date, "berkas": ", ".join(touched) or "approvals/",
              "peran": state.role_list(), "tingkat": state.level,
              "berlaku": state.since[:10], **dict(refusal.extra)}
    if refusal.code == "approvals.tanggal-mundur":
        params["tanggal"] = commit.committer_date
    return Finding(touched[0] if touched else "approvals/config.yaml", refusal.code, params, "")


def config_advice(approvals: Approvals, when: datetime) -> list[Finding]:
    """Keys that no longer grant anything, and thresholds no one could ever meet."""
    found = []
    config = "approvals/config.yaml"
    if "akar_kepercayaan" in approvals.config:
        found.append(Finding(config, "approvals.akar-usang", {}, "akar_kepercayaan", None,
                             Severity.WARNING))
    if approvals.trust_level == TrustLevel.TANDA_TANGAN and any(o.keyless for o in
                                                         approvals.roster.officials):
        found.append(Finding("approvals/roster.yaml", "approvals.tanpa-kunci-usang", {},
                             "tanpa_kunci", None, Severity.WARNING))
    if approvals.trust_level == TrustLevel.NAMA:
        return found
    admins = {o.id for role in approvals.admin_roles for o in approvals.roster.holders(role, when)}
    for key, value in approvals.settings.thresholds.items():
        if value > len(admins):
            found.append(Finding(config, "approvals.ambang-mustahil", {
                "kunci": key, "ambang": value, "jumlah": len(admins),
                "peran": ", ".join(approvals.role_name(r) for r in approvals.admin_roles)},
                f"ambang_pengesahan.{key}", None, Severity.WARNING))
    return found


def uncommitted_approvals(root: Path) -> list[Finding]:
    """approvals/ edited but not committed: not judged by the chain, so never published."""
    try:
        changed = git(root, "status", "--porcelain", "--", "approvals").splitlines()
    except GitError:
        return []
    return [Finding(line[3:].strip().strip('"'), "approvals.belum-commit", {}, "", None,
                    Severity.WARNING) for line in changed if line.strip()]


def linked_approvals(root: Path) -> list[Finding]:
    """approvals/ (or anything in it) that is a symbolic link: what it points to is read as
    the office's policy, yet it lives outside approvals/, where any commit may change it
    without the chain judging anything (an SOP linked into theme/ gives the SOP to anyone)."""
    base = root / "approvals"
    if base.is_symlink():
        return [Finding("approvals", "approvals.tautan", {}, "", None)]
    found = []
    for folder, dirs, files in os.walk(base):  # never follows a linked folder
        for name in sorted(dirs + files):
            path = Path(folder) / name
            if path.is_symlink():
                found.append(Finding(path.relative_to(root).as_posix(), "approvals.tautan", {},
                                     "", None))
    return found

