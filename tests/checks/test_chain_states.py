"""checks/chain_states: approvals/ at one commit, who may change it, and how many must agree."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.checks.chain_states import At, Chain, OfficeState, state_from, with_revocations
from pipeline.git.history import Commit, HistoryIndex
from pipeline.office.config import TrustLevel

WIB = timezone(timedelta(hours=7))
CONFIG = """\
tingkat_kepercayaan: tanda-tangan
pengelola_approvals: [kepala-dinas, kabid]
ambang_pengesahan: {bawaan: 1, allowed_signers: 2, tingkat_kepercayaan: 2, pengelola_approvals: 2}
peran:
  kepala-dinas: {nama: Kepala Dinas, tunggal: true}
  kabid: {nama: Kepala Bidang}
"""
ROSTER = """\
pejabat:
  - id: retno
    nama: Dr. Retno
    git: {nama: Retno, email: retno@contoh.go.id}
    jabatan: [{peran: kepala-dinas, mulai: 2023-01-02}]
  - id: sri
    nama: Sri
    git: {nama: Sri, email: sri@contoh.go.id}
    jabatan: [{peran: kabid, mulai: 2021-03-01, sampai: 2026-06-30}]
  - id: agus
    nama: Agus
    git: {nama: Agus, email: agus@contoh.go.id}
    jabatan: [{peran: kabid, mulai: 2026-07-01}]
"""
SIGNERS = ('retno@contoh.go.id ssh-ed25519 AAAAretno\n'
           'sri@contoh.go.id valid-before="20260630" ssh-ed25519 AAAAsri\n'
           'agus@contoh.go.id valid-before="20270101000000Z" ssh-ed25519 AAAAagus\n')


def _state(config=CONFIG, roster=ROSTER, signers=SIGNERS, tree="t1", since="c1") -> OfficeState:
    texts = {f"{tree}:config.yaml": config, f"{tree}:roster.yaml": roster,
             f"{tree}:allowed_signers": signers}
    return state_from(since, tree, texts, frozenset())


def _commit(sha: str, parents: str = "", when: str = "2026-11-20T09:00:00+07:00") -> Commit:
    return Commit(sha, parents, "A", "a@x", when, "A", "a@x", when, "", "s")


def test_state_reads_level_administrators_thresholds_and_roster():
    state = _state()
    assert state.level == TrustLevel.TANDA_TANGAN and state.admin_roles == ("kepala-dinas", "kabid")
    assert state.thresholds["allowed_signers"] == 2 and state.lineage == frozenset({"c1"})
    assert state.role_list() == "Kepala Dinas, Kepala Bidang"
    november = datetime(2026, 11, 20, 9, tzinfo=WIB)
    assert [o.id for o in state.admins(november)] == ["retno", "agus"]
    # The Kabid of the day: Sri until 30 June, Agus from 1 July (WIB days).
    assert [o.id for o in state.admins(datetime(2026, 6, 30, 23, tzinfo=WIB))] == ["retno", "sri"]


def test_unreadable_files_give_the_strictest_state_with_nobody_to_endorse():
    state = _state(config="peran: [tidak, peta]\n")  # a list where a mapping is expected
    assert state.roster is None and state.level == TrustLevel.TANDA_TANGAN
    assert state.admins(datetime(2026, 11, 20, tzinfo=WIB)) == [] and state.admin_roles == ()
    broken = _state(roster="pejabat: [: :\n")  # not YAML
    assert broken.roster is None


def test_no_tree_means_empty_files_and_defaults():
    state = state_from("c0", None, {}, frozenset({"older"}))
    assert state.level == TrustLevel.PENULIS and state.admin_roles == ("kepala-dinas",)
    assert state.signers_raw == "" and state.lineage == frozenset({"older", "c0"})


@pytest.mark.parametrize(("edit", "need"), [
    (lambda c, s: (c, s), 1),                                                       # other files
    (lambda c, s: (c, s + "baru@x ssh-ed25519 AAAAbaru\n"), 2),                     # keys
    (lambda c, s: (c.replace("tanda-tangan", "penulis"), s), 2),                    # level
    (lambda c, s: (c.replace("[kepala-dinas, kabid]", "[kabid]"), s), 2),           # admins
    (lambda c, s: (c.replace("bawaan: 1", "bawaan: 3"), s), 2),                     # thresholds
])
def test_needed_endorsements_follow_what_changed(edit, need):
    config, signers = edit(CONFIG, SIGNERS)
    assert _state().needed(_state(config, signers=signers, tree="t2")) == need


def test_at_level_nama_nothing_can_be_proven_so_nothing_is_needed():
    weak = _state(CONFIG.replace("tanda-tangan", "nama"))
    assert weak.needed(_state(tree="t2")) == 0


def test_bad_thresholds_fall_back_to_one():
    state = _state(CONFIG.replace("bawaan: 1", "bawaan: 0").replace("allowed_signers: 2",
                                                                      "allowed_signers: dua"))
    assert state.thresholds["bawaan"] == 1 and state.thresholds["allowed_signers"] == 1


def test_revocation_is_judged_by_the_date_the_state_came_into_force():
    state = _state()
    assert state.signers == ""  # before with_revocations nothing is in force
    july = with_revocations(state, _commit("c1", when="2026-07-01T08:00:00+07:00"))
    assert "AAAAsri" not in july.signers and "AAAAretno" in july.signers
    assert "AAAAagus" in july.signers  # valid until 2027 (a time part does not confuse it)
    june = with_revocations(state, _commit("c1", when="2026-06-29T08:00:00+07:00"))
    assert "AAAAsri" in june.signers
    on_the_day = with_revocations(state, _commit("c1", when="2026-06-30T08:00:00+07:00"))
    assert "AAAAsri" not in on_the_day.signers  # valid-before the day: gone on that day
    assert with_revocations(state, None).signers == SIGNERS  # the root keeps every line
    assert july.signers_raw == SIGNERS  # what the file says stays for comparing states


def _history(*commits: Commit) -> HistoryIndex:
    index = HistoryIndex()
    for commit in commits:
        index.commits[commit.sha] = commit
    return index


def test_state_before_a_commit_is_its_parents_state_or_the_roots_or_heads():
    root_state, later = _state(since="r"), _state(tree="t2", since="b")
    history = _history(_commit("a"), _commit("r", "a"), _commit("b", "r"), _commit("c", "b"),
                       _commit("x"))
    chain = Chain(root="r", head_state=later, findings=[], _root_state=root_state)
    chain._at.update({"r": At(root_state), "b": At(later), "c": At(later)})
    assert chain.state_before("c", history) is later  # the state in force at its parent b
    assert chain.state_before("b", history) is root_state
    assert chain.state_before("a", history) is root_state  # vouched for by the root
    assert chain.before_root("a", history) and chain.before_root("r", history)
    assert not chain.before_root("c", history)
    assert chain.state_before("x", history) is later  # beside the root: judged by the head's
    assert chain.after_root("b") and not chain.after_root("r") and not chain.after_root("x")
    assert chain.level == TrustLevel.TANDA_TANGAN and not chain.backdated("c")
