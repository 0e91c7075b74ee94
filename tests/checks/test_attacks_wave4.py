"""Wave-4 adversarial review of the chain of trust, kept as regressions.

Each test is an attack by an outsider with push access and no official's key (or by an official
beyond their role), in a real repository with real SSH keys (the `office` of test_chain, root
pinned outside the repository as CI has it). Each asserts the SECURE behaviour: the attack is
refused (exit 1, a finding naming the commit and its author) or never reaches the site.
"""

from __future__ import annotations

import subprocess

import pytest

from pipeline.checks.run import run_check

from ..conftest import OFFICIALS, PRESS_RELEASE
from .test_chain import (
    AGUS,
    CONFIG,
    EDITOR,
    OUTSIDER,
    REL,
    ROSTER,
    approved_release,
    downgrade,
    office,
    signed,
)

__all__ = ["office"]  # the fixture, shared with test_chain


@pytest.fixture(autouse=True)
def _pinned(office, monkeypatch):
    """As CI has it: the root of trust pinned outside the repository."""
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", office.git("rev-parse", "HEAD").strip())


def _errors(repo):
    return run_check(repo.root).errors


def _codes(repo) -> list[str]:
    return [f.code for f in _errors(repo)]


def _withdrawn_release(repo, capsys):
    approved_release(repo, capsys)
    assert repo.ppid("tarik", REL, "--alasan", "Data keliru", who="agus", capsys=capsys,
                     signing_key=repo.keys["agus"])[0] == 0


def _branch(repo, name: str, rel: str, who=OUTSIDER, base: str = "main") -> None:
    repo.git("checkout", "-qb", name, base)
    repo.write(rel, f"{name}\n")
    repo.git("add", rel)
    repo.git("commit", "-qm", name, who=who)
    repo.git("checkout", "-q", "main")


# ---- merges ---------------------------------------------------------------------------------

def test_an_octopus_merge_cannot_bring_in_an_unauthorised_approvals_change(office):
    _branch(office, "a", "theme/a.txt")
    office.git("checkout", "-qb", "b", "main")
    guilty = downgrade(office)
    office.git("checkout", "-q", "main")
    _branch(office, "c", "theme/c.txt")
    office.git("merge", "-q", "--no-ff", "-m", "Gurita", "a", "b", "c", who=EDITOR)
    assert len(office.git("log", "-1", "--format=%P").split()) == 4
    errors = [f for f in _errors(office) if f.code == "approvals.tidak-sah"]
    assert errors and guilty[:10] in errors[0].message()
    assert run_check(office.root).approvals.trust_level == "tanda-tangan"


def test_an_evil_octopus_merge_cannot_change_approvals_itself(office):
    for name in ("a", "b", "c"):
        _branch(office, name, f"theme/{name}.txt")
    office.git("merge", "-q", "--no-ff", "--no-commit", "a", "b", "c", who=OUTSIDER)
    office.write(CONFIG, office.read(CONFIG).replace("tingkat_kepercayaan: tanda-tangan",
                                                     "tingkat_kepercayaan: nama"))
    office.git("add", CONFIG)
    office.git("commit", "-qm", "Gurita", who=OUTSIDER)
    merge = office.git("rev-parse", "--short=10", "HEAD").strip()
    errors = [f for f in _errors(office) if f.code == "approvals.tidak-sah"]
    assert errors and merge in errors[0].message() and "Penyusup" in errors[0].message()


def test_an_octopus_merge_cannot_take_a_stale_side_to_undo_a_withdrawal(office, capsys):
    approved_release(office, capsys)
    before = office.git("rev-parse", "HEAD").strip()
    assert office.ppid("tarik", REL, "--alasan", "Keliru", who="agus", capsys=capsys,
                       signing_key=office.keys["agus"])[0] == 0
    _branch(office, "a", "theme/a.txt", base=before)
    _branch(office, "b", "theme/b.txt", base=before)
    office.git("merge", "-q", "--no-ff", "--no-commit", "a", "b", who=OUTSIDER)
    office.git("checkout", "a", "--", REL)
    office.git("commit", "-qm", "Gurita", who=OUTSIDER)
    errors = [f for f in _errors(office) if f.code == "wewenang.status"]
    assert errors and "Penyusup" in errors[0].message()


def test_a_merge_deleting_a_published_item_is_the_mergers_deletion(office, capsys):
    approved_release(office, capsys)
    _branch(office, "a", "theme/a.txt")
    office.git("merge", "-q", "--no-ff", "--no-commit", "a", who=OUTSIDER)
    office.git("rm", "-q", REL)
    office.git("commit", "-qm", "Gabung", who=OUTSIDER)
    errors = [f for f in _errors(office) if f.code == "wewenang.hapus"]
    assert errors and "Penyusup" in errors[0].message()


# ---- what the front matter says vs what the history reader saw -------------------------------

def test_a_duplicate_status_key_cannot_undo_a_withdrawal(office, capsys):
    """YAML keeps the last of two equal keys; the history reader saw no status line change."""
    _withdrawn_release(office, capsys)
    text = office.read(REL).replace("paraf:", '"status": terbit\nparaf:', 1)
    office.write(REL, text)
    office.commit(REL, "Rapikan", who=OUTSIDER)
    (finding,) = [f for f in _errors(office) if f.path == REL]
    assert finding.code == "baca.yaml" and "status" in finding.message()
    assert finding.line == office.read(REL).splitlines().index('"status": terbit') + 1
    assert office.ppid("check", capsys=capsys)[0] == 1


def test_the_withdrawal_reason_is_written_only_by_who_may_withdraw(office, capsys):
    """`alasan_penarikan` is outside the hash and shown on the page: the withdrawer's words."""
    _withdrawn_release(office, capsys)
    text = office.read(REL).replace('alasan_penarikan: "Data keliru"',
                                    'alasan_penarikan: "Bupati terbukti korupsi"')
    assert text != office.read(REL)
    office.write(REL, text)
    office.commit(REL, "Rapikan", who=OUTSIDER)
    guilty = office.git("rev-parse", "--short=10", "HEAD").strip()
    errors = [f for f in _errors(office) if f.path == REL]
    assert errors and any(guilty in f.message() and "Penyusup" in f.message() for f in errors)


# ---- history as git shows it ----------------------------------------------------------------

def test_a_replace_ref_cannot_swap_the_pinned_root(office):
    """refs/replace/* can be pushed and fetched; git honours them everywhere by default, so a
    replaced root commit would make the attacker's approvals/ the root of trust."""
    root = office.git("rev-parse", "HEAD").strip()
    guilty = downgrade(office)
    office.git("checkout", "-q", "--orphan", "palsu")  # the same tree, as a parentless commit
    office.git("commit", "-qm", "Konfigurasi awal", who=OUTSIDER)
    fake = office.git("rev-parse", "HEAD").strip()
    office.git("checkout", "-q", "main")
    office.git("replace", root, fake)
    assert "nama" in office.git("show", f"{root}:{CONFIG}")  # git itself now sees the fake
    result = run_check(office.root)
    assert result.approvals.trust_level == "tanda-tangan"
    errors = [f for f in result.errors if f.code == "approvals.tidak-sah"]
    assert errors and guilty[:10] in errors[0].message()


def test_a_shallow_clone_is_not_trusted(office, tmp_path, capsys):
    approved_release(office, capsys)
    clone = tmp_path / "dangkal"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{office.root}", str(clone)],
                   check=True)
    assert run_check(clone).errors


# ---- time and roles -------------------------------------------------------------------------

def _leave_office(repo):
    """Agus's term as Kabid ends on 2026-11-19 (the Kepala Dinas records it, signed)."""
    text = repo.read(ROSTER).replace("{peran: kabid, unit: Diskominfo, mulai: 2026-07-01}",
                                     "{peran: kabid, unit: Diskominfo, mulai: 2026-07-01, "
                                     "sampai: 2026-11-19}")
    repo.write(ROSTER, text)
    repo.git("add", ROSTER)
    _signed_at(repo, "retno", "2026-11-20T08:00:00+07:00", "Kabid berhenti")


def _signed_at(repo, who: str, when: str, message: str) -> None:
    repo.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.keys[who]}", "commit", "-S",
             "-qm", message, who=OFFICIALS[who][:2], when=when)


def _initial_on_branch(office, fork: str, branch: str) -> None:
    office.git("checkout", "-qb", branch, fork)
    office.write(REL, PRESS_RELEASE)
    office.git("add", REL)
    office.git("commit", "-qm", "Naskah", who=EDITOR, when="2026-11-19T09:00:00+07:00")
    office.approve(REL, [("kabid", "agus", "2026-11-19T09:30:00+07:00")])
    office.git("add", REL)
    _signed_at(office, "agus", "2026-11-19T09:30:00+07:00", "Paraf Kabid")
    office.git("checkout", "-q", "main")


def test_a_former_official_cannot_initial_on_a_branch_from_before_they_left(office, capsys):
    fork = office.git("rev-parse", "HEAD").strip()
    _leave_office(office)
    _initial_on_branch(office, fork, "lama")  # signed, dated inside the term
    office.git("merge", "-q", "--no-ff", "-m", "Gabung", "lama", who=EDITOR)
    errors = [f for f in _errors(office) if f.path == REL and f.field == "paraf.kabid"]
    assert errors and AGUS[0] in errors[0].message()


def test_the_closure_is_named_and_the_successor_is_the_remedy(office, capsys):
    fork = office.git("rev-parse", "HEAD").strip()
    _leave_office(office)
    closure = office.git("rev-parse", "--short=10", "HEAD").strip()
    _initial_on_branch(office, fork, "lama")
    office.git("merge", "-q", "--no-ff", "-m", "Gabung", "lama", who=EDITOR)
    (finding,) = [f for f in _errors(office) if f.code == "paraf.sesudah-masa-jabatan"]
    assert closure in finding.message() and "pengganti" in finding.message()


def test_an_initial_merged_before_the_term_was_closed_stands(office, capsys):
    fork = office.git("rev-parse", "HEAD").strip()
    _initial_on_branch(office, fork, "tepat")
    office.git("merge", "-q", "--no-ff", "-m", "Gabung", "tepat", who=EDITOR,
               when="2026-11-19T10:00:00+07:00")
    _leave_office(office)
    assert [f for f in _errors(office) if f.field == "paraf.kabid"] == []


def test_an_outsider_typing_a_confusable_administrator_e_mail_endorses_nothing(office):
    lookalike = ("Retno Widyastuti", OFFICIALS["retno"][1].replace("o", "\u043e"))  # Cyrillic o
    guilty = downgrade(office, who=lookalike)
    errors = [f for f in _errors(office) if f.code == "approvals.tidak-sah"]
    assert errors and guilty[:10] in errors[0].message()


# ---- an administrator beyond their role ------------------------------------------------------

def _roster_change(repo, old: str, new: str, message: str) -> str:
    repo.write(ROSTER, repo.read(ROSTER).replace(old, new))
    repo.git("add", ROSTER)
    signed(repo, "retno", "retno", "commit", "-S", "-qm", message)
    return repo.git("rev-parse", "HEAD").strip()


def test_one_administrator_cannot_bind_another_official_to_their_own_account(office):
    """Roster changes need one administrator, keys two. Pointing the Kasie's forge login at an
    account the Kepala Dinas controls would let her reviews count as the Kasie's initials (the
    notary, issue #12): a binding of people to identities, so it needs the keys' threshold."""
    guilty = _roster_change(office, "akun: {github: dewi-bantul}", "akun: {github: retno-lain}",
                            "Perbarui akun Kasie")
    waiting = [f for f in _errors(office) if f.code == "approvals.menunggu"]
    assert waiting and guilty[:10] in waiting[0].message()
    from pipeline.checks.chain import walk
    from pipeline.git.log import load_history
    state = walk(office.root, load_history(office.root, use_cache=False)).head_state
    assert state.roster.by_account("github", "dewi-bantul").id == "dewi"  # still in force


def test_one_identity_for_two_officials_is_refused(office, capsys):
    _roster_change(office, "email: dewi.lestari@bantulkab.go.id",
                   "email: retno.widyastuti@bantulkab.go.id", "Perbarui e-mail Kasie")
    code, out = office.ppid("check", capsys=capsys)
    assert code in (1, 2) and "retno.widyastuti@bantulkab.go.id" in out


def test_one_administrator_still_adds_an_official_with_their_own_identity(office):
    entry = ("  - id: budi\n    nama: Budi Santoso\n"
             "    git: {nama: Budi Santoso, email: budi.santoso@bantulkab.go.id}\n"
             "    jabatan:\n      - {peran: operator-website, unit: Diskominfo, mulai: 2026-11-01}\n")
    text = office.read(ROSTER)
    office.write(ROSTER, text.rstrip("\n") + "\n" + entry)
    office.git("add", ROSTER)
    signed(office, "retno", "retno", "commit", "-S", "-qm", "Operator baru")
    assert [f.code for f in _errors(office) if f.code.startswith("approvals.")] == []
    assert run_check(office.root).approvals.roster.by_email("budi.santoso@bantulkab.go.id")


def test_a_second_administrator_completes_the_rebinding(office, capsys):
    _roster_change(office, "email: dewi.lestari@bantulkab.go.id",
                   "email: dewi.baru@bantulkab.go.id", "E-mail baru Kasie")
    assert "approvals.menunggu" in _codes(office)
    code, out = office.ppid("sahkan", capsys=capsys, who="agus", signing_key=office.keys["agus"])
    assert code == 0, out
    assert [c for c in _codes(office) if c.startswith("approvals.")] == []


# ---- moving and linking files ----------------------------------------------------------------

@pytest.mark.parametrize("target", ["content/arsip-lama/jembatan.md",
                                    "content/lampiran/jembatan.md"])
def test_moving_a_published_item_where_no_page_is_built_is_a_deletion(office, capsys, target):
    """Pelican builds pages only from the content types' folders: moving the file elsewhere
    inside content/ takes the page off the site as surely as deleting it."""
    approved_release(office, capsys)
    office.git("mv", REL, target) if (office.root / target).parent.is_dir() else (
        (office.root / target).parent.mkdir(parents=True), office.git("mv", REL, target))
    office.git("commit", "-qm", "Rapikan", who=OUTSIDER)
    guilty = office.git("rev-parse", "--short=10", "HEAD").strip()
    errors = [f for f in _errors(office) if f.code.startswith("wewenang.hapus")]
    assert errors and guilty in errors[0].message() and "Penyusup" in errors[0].message()


def test_an_item_file_replaced_by_a_symlink_is_refused(office, capsys):
    """The link's target (outside content/, changed by anyone) would be what is published."""
    import os
    approved_release(office, capsys)
    office.git("mv", REL, "theme/jembatan.md")
    os.symlink("../../theme/jembatan.md", office.root / REL)
    office.git("add", "-A")
    office.git("commit", "-qm", "Rapikan", who=OUTSIDER)
    assert office.ppid("check", capsys=capsys)[0] == 1
    assert [f for f in _errors(office) if f.path == REL]


def test_a_merge_taking_the_stale_side_cannot_bring_back_an_approval_the_official_withdrew(
        office, capsys):
    approved_release(office, capsys)
    fork = office.git("rev-parse", "HEAD").strip()
    text = office.read(REL)
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("kabid:"))
    office.write(REL, text.replace(line, line.replace("keputusan: setuju", "keputusan: tolak")
                                   .replace("}", ", catatan: Foto belum ada}")))
    office.git("add", REL)
    signed(office, "agus", "agus", "commit", "-S", "-qm", "Kabid menolak")
    _branch(office, "lama", "theme/lama.txt", base=fork)
    office.git("merge", "-q", "-s", "ours", "--no-commit", "lama", who=OUTSIDER)
    office.git("checkout", "lama", "--", REL)
    office.git("commit", "-qm", "Gabung", who=OUTSIDER)
    merge = office.git("rev-parse", "--short=10", "HEAD").strip()
    errors = [f for f in _errors(office) if f.path == REL and f.field == "paraf.kabid"]
    assert errors and merge in errors[0].message() and "Penyusup" in errors[0].message()


def test_an_sop_file_turned_into_a_symlink_cannot_hand_the_sop_to_anyone(office, capsys):
    """One administrator (threshold 1 for SOPs) turns an SOP file into a link to theme/, which
    anyone may change later without any approvals/ change the chain would judge."""
    import os
    sop = "approvals/sop/001-pemutakhiran-website.yaml"
    office.write("theme/sop.yaml", office.read(sop))
    os.unlink(office.root / sop)
    os.symlink("../../theme/sop.yaml", office.root / sop)
    office.git("add", "-A")
    signed(office, "retno", "retno", "commit", "-S", "-qm", "SOP dipindah")
    text = office.read("theme/sop.yaml")  # later, anyone: the Kasie's step is dropped
    rest = text[text.index("  - nomor: 4\n"):].replace("  - nomor: 4\n", "  - nomor: 3\n")
    office.write("theme/sop.yaml", text[:text.index("  - nomor: 3\n")] + rest.replace(
        "  - nomor: 5\n", "  - nomor: 4\n"))
    office.git("add", "theme/sop.yaml")
    office.git("commit", "-qm", "Rapikan tema", who=OUTSIDER)
    assert office.ppid("check", capsys=capsys)[0] == 1
    (finding,) = [f for f in _errors(office) if f.code == "approvals.tautan"]
    assert finding.path == sop and "theme" not in finding.path


def test_approvals_replaced_by_a_symlink_is_refused(office, capsys):
    import shutil
    shutil.copytree(office.root / "approvals", office.root / "theme/approvals")
    office.git("rm", "-rq", "approvals")
    (office.root / "approvals").symlink_to("theme/approvals")
    office.write("theme/approvals/config.yaml", office.read("theme/approvals/config.yaml").replace(
        "tingkat_kepercayaan: tanda-tangan", "tingkat_kepercayaan: nama"))
    office.git("add", "-A")
    office.git("commit", "-qm", "Rapikan", who=OUTSIDER)
    assert office.ppid("check", capsys=capsys)[0] in (1, 2)
    assert run_check(office.root).approvals.trust_level == "tanda-tangan"


def test_one_administrator_cannot_appoint_a_second_administrator_alone(office):
    """Ending the Kabid's term and giving it to the Kasie is a roster change (threshold 1), but
    it chooses the second administrator whose signature keys and trust level need."""
    text = office.read(ROSTER).replace(
        "{peran: kabid, unit: Diskominfo, mulai: 2026-07-01}",
        "{peran: kabid, unit: Diskominfo, mulai: 2026-07-01, sampai: 2026-11-18}").replace(
        "{peran: kasie-informasi, unit: Diskominfo, mulai: 2022-01-03}",
        "{peran: kasie-informasi, unit: Diskominfo, mulai: 2022-01-03}\n"
        "      - {peran: kabid, unit: Diskominfo, mulai: 2026-11-19}")
    office.write(ROSTER, text)
    office.git("add", ROSTER)
    signed(office, "retno", "retno", "commit", "-S", "-qm", "Kasie menjadi Kabid")
    appointed = office.git("rev-parse", "HEAD").strip()
    waiting = [f for f in _errors(office) if f.code == "approvals.menunggu"]
    assert waiting and appointed[:10] in waiting[0].message()
    # ... so the appointee's endorsement of a downgrade is not a second administrator's.
    downgrade(office, who=OFFICIALS["retno"][:2], key="retno")
    office.ppid("sahkan", who="dewi", signing_key=office.keys["dewi"])
    assert run_check(office.root).approvals.trust_level == "tanda-tangan"


# ---- the workflows ----------------------------------------------------------------------------

def test_the_notary_runs_only_the_code_of_an_approved_site_revision():
    from ..conftest import ROOT
    text = (ROOT / ".github/workflows/notaris.yml").read_text(encoding="utf-8")
    steps = text.split("\njobs:")[1]
    assert "revisi --commit" in steps and "pip install --quiet .\n" not in steps
    assert steps.index("revisi --commit") < steps.index("KUNCI_NOTARIS")


def test_a_former_official_cannot_withdraw_with_an_author_date_inside_their_term(office, capsys):
    """The committer date is what graph time protects; the author date is typed freely."""
    approved_release(office, capsys)
    _leave_office(office)
    office.write(REL, office.read(REL).replace(
        "status: terbit", 'status: ditarik\nalasan_penarikan: "Keliru"\n'
                          "tanggal_penarikan: 2026-11-19T10:00:00+07:00"))
    office.git("add", REL)
    office.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={office.keys['agus']}", "commit",
               "-S", "-qm", "Tarik", who=AGUS)
    # the same commit, its author date moved back into the term (committer date unchanged)
    office.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={office.keys['agus']}", "commit",
               "--amend", "-S", "-qm", "Tarik", "--date=2026-11-19T10:00:00+07:00", who=AGUS)
    guilty = office.git("rev-parse", "--short=10", "HEAD").strip()
    errors = [f for f in _errors(office) if f.path == REL and f.field == "status"]
    assert errors and guilty in errors[0].message()


@pytest.mark.parametrize("style", ["block", "flow-multiline"])
def test_a_distribution_link_in_another_yaml_style_is_judged_too(office, capsys, style):
    """The page links every `distribusi` entry; one written in block style (or a flow mapping
    over two lines) is the same entry to YAML but not a line the history reader recognised."""
    approved_release(office, capsys)
    entry = ("distribusi:\n  - platform: instagram\n    tautan: https://jahat.example/p/\n"
             "    tanggal: 2026-11-20\n") if style == "block" else (
        "distribusi:\n  - {platform: instagram,\n     tautan: https://jahat.example/p/,"
        " tanggal: 2026-11-20}\n")
    office.write(REL, office.read(REL).replace("paraf:", entry + "paraf:", 1))
    office.commit(REL, "Tautan", who=OUTSIDER)
    doc = next(d for d in run_check(office.root).documents if d.rel == REL)
    assert doc.meta["distribusi"][0]["tautan"] == "https://jahat.example/p/"
    errors = [f for f in _errors(office) if f.path == REL and f.field == "distribusi"]
    assert errors and all(f.code.startswith("wewenang.distribusi") for f in errors)


@pytest.mark.parametrize("line", ['"nomor_arsip": "400.14.4.3/0001/Diskominfo/2026"',
                                  "? nomor_arsip\n: 400.14.4.3/0001/Diskominfo/2026",
                                  "nomor_arsip:\n  400.14.4.3/0001/Diskominfo/2026"])
def test_an_archive_number_written_in_another_yaml_form_is_judged_too(office, capsys, line):
    approved_release(office, capsys)
    office.write(REL, office.read(REL).replace("paraf:", line + "\nparaf:", 1))
    office.commit(REL, "Nomor", who=EDITOR)
    doc = next(d for d in run_check(office.root).documents if d.rel == REL)
    assert doc.meta["nomor_arsip"] == "400.14.4.3/0001/Diskominfo/2026"
    errors = [f for f in _errors(office) if f.path == REL and f.field == "nomor_arsip"]
    assert errors and "Tim Redaksi" in errors[0].message()


@pytest.mark.parametrize("written", ['"status": terbit', "status:\n  terbit"])
def test_unpublishing_a_status_written_in_another_yaml_form_is_judged_too(office, capsys,
                                                                          written):
    """An item created with its status in a form the line reader does not recognise: taking
    it from `terbit` to `draf` changes no recognised line."""
    office.write(REL, PRESS_RELEASE.replace("status: terbit", written))
    office.commit(REL)
    for who, role in (("agus", "kabid"), ("dewi", "kasie-informasi")):
        assert office.ppid("paraf", REL, "--peran", role, who=who, capsys=capsys,
                           signing_key=office.keys[who])[0] == 0
    assert _errors(office) == []
    office.write(REL, office.read(REL).replace("terbit", "draf", 1))
    office.commit(REL, "Jadikan draf", who=OUTSIDER)
    guilty = office.git("rev-parse", "--short=10", "HEAD").strip()
    errors = [f for f in _errors(office) if f.code == "wewenang.status"]
    assert errors and guilty in errors[0].message() and "Penyusup" in errors[0].message()


def test_a_former_administrator_cannot_change_approvals_on_a_branch_from_before(office):
    """The chain judges a merge against every parent: the state that ended the Kabid's term
    refuses what he changed on a branch forked while he still was one (the initials' side of
    this is the xfail above)."""
    fork = office.git("rev-parse", "HEAD").strip()
    _leave_office(office)
    office.git("checkout", "-qb", "lama", fork)
    office.write(CONFIG, office.read(CONFIG).replace("format_nomor_arsip",
                                                     "# catatan\nformat_nomor_arsip"))
    office.git("add", CONFIG)
    _signed_at(office, "agus", "2026-11-19T09:30:00+07:00", "Rapikan")
    office.git("checkout", "-q", "main")
    office.git("merge", "-q", "--no-ff", "-m", "Gabung", "lama", who=EDITOR)
    merge = office.git("rev-parse", "--short=10", "HEAD").strip()
    errors = [f for f in _errors(office) if f.code.startswith("approvals.")]
    assert errors and merge in errors[0].message()
