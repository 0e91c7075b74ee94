"""checks/chain_findings: what the walk reports, and advice on HEAD's own approvals/config.yaml."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from pipeline.checks.chain import walk
from pipeline.checks.chain_findings import config_advice, uncommitted_approvals
from pipeline.git.log import load_history
from pipeline.model.findings import Severity
from pipeline.office.policy import load_approvals

from ..conftest import OFFICIALS, make_site

NOV = datetime(2026, 11, 20, 9, tzinfo=timezone(timedelta(hours=7)))
CONFIG = "approvals/config.yaml"
OUTSIDER = ("Penyusup", "penyusup@contoh.net")


@pytest.fixture(autouse=True)
def _no_pin(monkeypatch):
    monkeypatch.delenv("PPID_AKAR_KEPERCAYAAN", raising=False)


def _codes(found) -> list[str]:
    return sorted(f.code for f in found)


def test_advice_on_a_stale_root_key_and_keyless_administrators(tmp_path):
    repo = make_site(tmp_path / "s", level="tanda-tangan")
    repo.write(CONFIG, repo.read(CONFIG) + "akar_kepercayaan: abcdef1\n")
    roster = repo.read("approvals/roster.yaml")
    line = "    git: {nama: Retno Widyastuti, email: retno.widyastuti@bantulkab.go.id}\n"
    assert line in roster
    repo.write("approvals/roster.yaml", roster.replace(line, line + "    tanpa_kunci: true\n"))
    found = config_advice(load_approvals(repo.root), NOV)
    assert _codes(found) == ["approvals.akar-usang", "approvals.tanpa-kunci-usang"]
    assert all(f.severity == Severity.WARNING for f in found)
    stale = next(f for f in found if f.code == "approvals.akar-usang")
    assert stale.path == CONFIG and stale.field == "akar_kepercayaan"
    keyless = next(f for f in found if f.code == "approvals.tanpa-kunci-usang")
    assert keyless.path == "approvals/roster.yaml" and "tanpa_kunci" in keyless.message()


def test_a_threshold_nobody_could_meet_is_named_with_the_count(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    config = re.sub(r"(?m)^ambang_pengesahan: .*$",
                    "ambang_pengesahan: {bawaan: 1, allowed_signers: 3}", repo.read(CONFIG))
    repo.write(CONFIG, config)
    found = config_advice(load_approvals(repo.root), NOV)
    assert _codes(found) == ["approvals.ambang-mustahil"]
    only = found[0]
    # Kepala Dinas and Kabid on 20 November: two administrators, three asked for.
    assert only.params["ambang"] == 3 and only.params["jumlah"] == 2
    assert only.field == "ambang_pengesahan.allowed_signers"


def test_at_level_nama_no_threshold_advice(tmp_path):
    repo = make_site(tmp_path / "s", level="nama")
    config = re.sub(r"(?m)^ambang_pengesahan: .*$", "ambang_pengesahan: {bawaan: 9}",
                    repo.read(CONFIG))
    repo.write(CONFIG, config)
    assert config_advice(load_approvals(repo.root), NOV) == []


def test_uncommitted_approvals_are_named_file_by_file(tmp_path):
    repo = make_site(tmp_path / "s")
    assert uncommitted_approvals(repo.root) == []
    repo.write(CONFIG, repo.read(CONFIG) + "# catatan\n")
    repo.write("approvals/sop/baru sekali.yaml", "id: x\n")
    found = uncommitted_approvals(repo.root)
    assert sorted(f.path for f in found) == [CONFIG, "approvals/sop/baru sekali.yaml"]
    assert {f.code for f in found} == {"approvals.belum-commit"}
    (tmp_path / "bukan-repo").mkdir()
    assert uncommitted_approvals(tmp_path / "bukan-repo") == []  # not a repository: nothing


def test_an_outsiders_change_is_refused_naming_commit_author_and_file(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    config = repo.read(CONFIG).replace("tingkat_kepercayaan: penulis", "tingkat_kepercayaan: nama")
    repo.write(CONFIG, config)
    repo.git("commit", "-q", "-am", "Turunkan tingkat", who=OUTSIDER)
    chain = walk(repo.root, load_history(repo.root, use_cache=False))
    assert chain.level == "penulis"  # the downgrade is not in force
    refused = [f for f in chain.findings if f.code == "approvals.tidak-sah"]
    assert len(refused) == 1 and refused[0].path == CONFIG
    assert refused[0].params["penulis"] == "Penyusup"
    assert refused[0].params["email"] == "penyusup@contoh.net"
    assert refused[0].params["commit"] == repo.git("rev-parse", "--short=10", "HEAD").strip()
    # Reverted, then an ordinary edit by the Kepala Dinas: in force (one administrator is
    # enough for it; lowering the level would take two).
    repo.git("revert", "--no-edit", "HEAD", who=OUTSIDER)
    repo.write(CONFIG, repo.read(CONFIG) + "# catatan kepala dinas\n")
    repo.git("commit", "-q", "-am", "Catatan", who=OFFICIALS["retno"][:2])
    chain = walk(repo.root, load_history(repo.root, use_cache=False))
    head = repo.git("rev-parse", "HEAD:approvals").strip()
    assert chain.head_state.tree == head and chain.level == "penulis"
    assert [f.code for f in chain.findings if f.severity == Severity.ERROR] == []
    assert "approvals.disahkan" in _codes(chain.findings)  # the reverted attack stays on record


def test_an_unknown_pinned_root_is_an_error_naming_the_pin(tmp_path, monkeypatch):
    repo = make_site(tmp_path / "s", level="penulis")
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", "0123456789abcdef")
    chain = walk(repo.root, load_history(repo.root, use_cache=False))
    assert chain.root is None and _codes(chain.findings) == ["approvals.akar-tidak-ada"]
    assert chain.findings[0].params["akar"] == "0123456789abcdef"
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", repo.git("rev-parse", "HEAD").strip()[:6])
    too_short = walk(repo.root, load_history(repo.root, use_cache=False))
    assert _codes(too_short.findings) == ["approvals.akar-tidak-ada"]  # under 7 characters


def test_a_commit_dated_in_the_future_is_reported_not_used_as_a_floor(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write("content/catatan.md", "x\n")
    repo.commit("content/catatan.md", who=OFFICIALS["retno"][:2])
    repo.git("commit", "-q", "--amend", "--no-edit", when="2030-01-01T08:00:00+07:00",
             who=OFFICIALS["retno"][:2])
    repo.write("content/lain.md", "y\n")
    repo.git("add", "content/lain.md")
    repo.git("commit", "-q", "-m", "Naskah", when="2026-11-21T08:00:00+07:00")
    chain = walk(repo.root, load_history(repo.root, use_cache=False))
    future = [f for f in chain.findings if f.code == "waktu.masa-depan"]
    assert len(future) == 1 and future[0].severity == Severity.WARNING
    assert future[0].params["penulis"] == "Retno Widyastuti"
    head = repo.git("rev-parse", "HEAD").strip()
    assert not chain.backdated(head)  # the honest commit after it is not "backdated"
