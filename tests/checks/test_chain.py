"""The chain of trust, attacked: each forgery in its own real repository with real SSH keys.

Every scenario is what an outsider with push access (and no key of an official) could commit.
Each must fail `ppid check` with exit 1 and a message naming the commit, its author and what
they lacked; the controls show that the legitimate route through the same chain still works.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from pipeline.checks.run import run_check

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
CONFIG = "approvals/config.yaml"
ROSTER = "approvals/roster.yaml"
SIGNERS = "approvals/allowed_signers"
RETNO, AGUS, DEWI = OFFICIALS["retno"][:2], OFFICIALS["agus"][:2], OFFICIALS["dewi"][:2]
OUTSIDER = ("Penyusup", "penyusup@contoh.net")
EDITOR = ("Tim Redaksi", "redaksi@bantulkab.go.id")


def _key(folder, name):
    path = folder / name
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(path)],
                   check=True)
    return path.with_suffix(".pub"), path.with_suffix(".pub").read_text().strip()


@pytest.fixture
def office(tmp_path):
    """An office at tanda-tangan: Kepala Dinas and Kabid administer approvals/, keys listed;
    two administrators must endorse a change of keys or of the trust level."""
    repo = make_site(tmp_path / "situs", level="tanda-tangan")
    folder = tmp_path / "kunci"
    folder.mkdir()
    keys = {who: _key(folder, who) for who in ("retno", "agus", "dewi", "hendro", "penyusup")}
    repo.write(SIGNERS, "".join(f'{OFFICIALS[w][1]} namespaces="git" {keys[w][1]}\n'
                                for w in ("retno", "agus", "dewi", "hendro")))
    config = re.sub(r"(?m)^pengelola_approvals: .*$", "pengelola_approvals: [kepala-dinas, kabid]",
                    repo.read(CONFIG))
    config += ("\nambang_pengesahan: {bawaan: 1, allowed_signers: 2, tingkat_kepercayaan: 2,"
               " pengelola_approvals: 2}\n")
    repo.write(CONFIG, config)
    repo.write(ROSTER, repo.read(ROSTER).replace("    tanpa_kunci: true\n", ""))
    repo.git("add", "-A")
    repo.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    repo.keys = {who: k[0] for who, k in keys.items()}
    repo.lines = {who: k[1] for who, k in keys.items()}
    return repo


def signed(repo, who, key, *args):
    """A git command as `who`, signing with `key` (their own, or one they should not have)."""
    return repo.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.keys[key]}", *args,
                    who=OFFICIALS[who][:2])


def change(repo, rel, old, new, who=OUTSIDER, key=None, when=None, message="Ubah"):
    repo.write(rel, repo.read(rel).replace(old, new))
    repo.git("add", rel)
    if key:
        repo.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.keys[key]}", "commit",
                 "-S", "-qm", message, who=who, when=when)
    else:
        repo.git("commit", "-qm", message, who=who, when=when)
    return repo.git("rev-parse", "HEAD").strip()


def approved_release(repo, capsys):
    """A press release initialled by Kabid and Kasie, signed: the legitimate baseline."""
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    for who, role in (("agus", "kabid"), ("dewi", "kasie-informasi")):
        assert repo.ppid("paraf", REL, "--peran", role, who=who, capsys=capsys,
                         signing_key=repo.keys[who])[0] == 0


def downgrade(repo, **kw):
    return change(repo, CONFIG, "tingkat_kepercayaan: tanda-tangan", "tingkat_kepercayaan: nama",
                  message="Turunkan tingkat", **kw)


# ---- scenarios: (setup returning the guilty commit and its author, expected rule) ------------

def s_downgrade_outsider(repo, capsys):
    return downgrade(repo), OUTSIDER, "approvals.tidak-sah"


def s_downgrade_typed_head(repo, capsys):
    return downgrade(repo, who=RETNO), RETNO, "approvals.tanda-tangan"


def s_downgrade_head_with_other_key(repo, capsys):
    return downgrade(repo, who=RETNO, key="penyusup"), RETNO, "approvals.tanda-tangan"


def s_downgrade_one_of_two(repo, capsys):
    return downgrade(repo, who=RETNO, key="retno"), RETNO, "approvals.menunggu"


def s_key_added_by_outsider(repo, capsys):
    line = f'{OFFICIALS["agus"][1]} namespaces="git" {repo.lines["penyusup"]}\n'
    return _append(repo, SIGNERS, line, OUTSIDER), OUTSIDER, "approvals.tidak-sah"


def _append(repo, rel, text, who, key=None):
    repo.write(rel, repo.read(rel) + text)
    repo.git("add", rel)
    if key:
        signed_args = ("-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.keys[key]}")
        repo.git(*signed_args, "commit", "-S", "-qm", "Ubah approvals", who=who)
    else:
        repo.git("commit", "-qm", "Ubah approvals", who=who)
    return repo.git("rev-parse", "HEAD").strip()


def _open_merge(repo, who, base="HEAD"):
    """Two lines of work (a branch from `base`, one more commit on main), merged but not yet
    committed: whatever the merger adds now exists only in the merge commit."""
    repo.git("checkout", "-qb", "cabang", base)
    repo.write("theme/cabang.txt", "y\n")
    repo.git("add", "theme/cabang.txt")
    repo.git("commit", "-qm", "Cabang", who=who)
    repo.git("checkout", "-q", "main")
    repo.write("theme/main.txt", "z\n")
    repo.git("add", "theme/main.txt")
    repo.git("commit", "-qm", "Main", who=who)
    repo.git("merge", "-q", "--no-commit", "cabang", who=who)


def s_key_added_in_evil_merge(repo, capsys):
    _open_merge(repo, OUTSIDER)
    line = f'{OFFICIALS["agus"][1]} namespaces="git" {repo.lines["penyusup"]}\n'
    repo.write(SIGNERS, repo.read(SIGNERS) + line)
    repo.git("add", SIGNERS)
    repo.git("commit", "-qm", "Gabungkan cabang", who=OUTSIDER)
    return repo.git("rev-parse", "HEAD").strip(), OUTSIDER, "approvals.tidak-sah"


def s_change_merged_from_branch(repo, capsys):
    repo.git("checkout", "-qb", "cabang")
    guilty = downgrade(repo)
    repo.git("checkout", "-q", "main")
    repo.write("theme/catatan.txt", "y\n")
    repo.git("add", "theme/catatan.txt")
    repo.git("commit", "-qm", "Main", who=EDITOR)
    repo.git("merge", "-q", "--no-ff", "-m", "Gabung", "cabang", who=EDITOR)
    return guilty, OUTSIDER, "approvals.tidak-sah"


def s_keyless_administrator(repo, capsys):
    text = repo.read(ROSTER).replace("email: retno.widyastuti@bantulkab.go.id}",
                                     "email: retno.widyastuti@bantulkab.go.id}\n    tanpa_kunci: true")
    repo.write(ROSTER, text)
    repo.git("add", ROSTER)
    signed(repo, "retno", "retno", "commit", "-S", "-qm", "Kepala Dinas tanpa kunci")
    return change(repo, CONFIG, "format_nomor_arsip", "# longgar\nformat_nomor_arsip",
                  who=RETNO), RETNO, "approvals.tanda-tangan"


def s_self_promotion(repo, capsys):
    return change(repo, ROSTER, "email: agus.prasetyo@bantulkab.go.id",
                  "email: redaksi@bantulkab.go.id", who=EDITOR), EDITOR, "approvals.tidak-sah"


def s_backdated_admin_change(repo, capsys):
    return change(repo, CONFIG, "format_nomor_arsip", "# catatan\nformat_nomor_arsip", who=RETNO,
                  key="retno", when="2026-01-05T09:00:00+07:00"), RETNO, "approvals.tanggal-mundur"


def s_former_head(repo, capsys):
    text = repo.read(ROSTER).replace(
        "{peran: kepala-dinas, unit: Diskominfo, mulai: 2023-01-02}",
        "{peran: kepala-dinas, unit: Diskominfo, mulai: 2023-01-02, sampai: 2026-11-01}")
    repo.write(ROSTER, text)
    repo.git("add", ROSTER)
    signed(repo, "agus", "agus", "commit", "-S", "-qm", "Masa jabatan Kepala Dinas berakhir")
    return change(repo, CONFIG, "format_nomor_arsip", "# x\nformat_nomor_arsip", who=RETNO,
                  key="retno"), RETNO, "approvals.tidak-sah"


def s_key_signed_by_itself(repo, capsys):
    line = f'{OFFICIALS["retno"][1]} namespaces="git" {repo.lines["penyusup"]}\n'
    return _append(repo, SIGNERS, line, RETNO, key="penyusup"), RETNO, "approvals.tanda-tangan"


def s_forged_endorsement_trailer(repo, capsys):
    downgrade(repo)
    tree = repo.git("rev-parse", "HEAD:approvals").strip()
    for who in (RETNO, AGUS):  # typed identities, no key: the trailer alone proves nothing
        repo.git("commit", "-q", "--allow-empty", "-m", f"Sah\n\nSahkan-Approvals: {tree}", who=who)
    return repo.git("rev-parse", "HEAD~2").strip(), OUTSIDER, "approvals.tidak-sah"


def s_orphan_history_merged(repo, capsys):
    repo.git("checkout", "-q", "--orphan", "yatim")
    repo.write(CONFIG, repo.read(CONFIG).replace("tingkat_kepercayaan: tanda-tangan",
                                                 "tingkat_kepercayaan: nama"))
    repo.git("add", "-A")
    repo.git("commit", "-qm", "Riwayat lain", who=OUTSIDER)
    repo.git("checkout", "-q", "main")
    repo.git("merge", "-q", "--allow-unrelated-histories", "-X", "theirs", "-m", "Gabung", "yatim",
             who=OUTSIDER)
    return repo.git("rev-parse", "HEAD").strip(), OUTSIDER, "approvals.tidak-sah"


def s_in_repo_root_moved(repo, capsys):
    guilty = downgrade(repo)
    change(repo, CONFIG, "format_nomor_arsip",
           f'akar_kepercayaan: "{guilty[:12]}"\nformat_nomor_arsip', message="Akar baru")
    return guilty, OUTSIDER, "approvals.tidak-sah"


def s_initials_after_downgrade(repo, capsys):
    """The issue's whole attack: downgrade, then type both initials as the officials."""
    guilty = downgrade(repo)
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL, who=OUTSIDER)
    for who, role in (("agus", "kabid"), ("dewi", "kasie-informasi")):
        assert repo.ppid("paraf", REL, "--peran", role, who=who, capsys=capsys)[0] == 0
    return guilty, OUTSIDER, "approvals.tidak-sah"


def _paraf_typed(repo, capsys, **when):
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    repo.approve(REL, [("kabid", "agus", when.get("tanggal", "2026-11-20T09:40:00+07:00"))])
    repo.git("add", REL)
    signed_args = ("-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.keys['agus']}")
    repo.git(*signed_args, "commit", "-S", "-qm", "Paraf Kabid", who=AGUS, when=when.get("commit"))
    return repo.git("rev-parse", "HEAD").strip()


def s_backdated_initial_commit(repo, capsys):
    return _paraf_typed(repo, capsys, commit="2026-11-02T09:00:00+07:00"), AGUS, "waktu.mundur"


def s_initial_dated_before_content(repo, capsys):
    return _paraf_typed(repo, capsys, tanggal="2026-11-10T09:00:00+07:00"), AGUS, \
        "paraf.sebelum-isi"


def s_revoked_key_backdated(repo, capsys):
    """Agus's key ends (valid-before) by a change both administrators sign; then a paraf."""
    text = repo.read(SIGNERS).replace(f'{OFFICIALS["agus"][1]} namespaces="git"',
                                      f'{OFFICIALS["agus"][1]} namespaces="git",valid-before="20261119"')
    repo.write(SIGNERS, text)
    repo.git("add", SIGNERS)
    signed(repo, "retno", "retno", "commit", "-S", "-qm", "Kunci lama Kabid berakhir")
    tree = repo.git("rev-parse", "HEAD:approvals").strip()
    signed(repo, "agus", "agus", "commit", "-S", "-q", "--allow-empty", "-m",
           f"Sah\n\nSahkan-Approvals: {tree}")
    return _paraf_typed(repo, capsys, commit="2026-11-18T10:00:00+07:00"), AGUS, "waktu.mundur"


def s_former_official_initial(repo, capsys):
    text = repo.read(ROSTER).replace("{peran: kabid, unit: Diskominfo, mulai: 2026-07-01}",
                                     "{peran: kabid, unit: Diskominfo, mulai: 2026-07-01, "
                                     "sampai: 2026-11-19}")
    repo.write(ROSTER, text)
    repo.git("add", ROSTER)
    signed(repo, "retno", "retno", "commit", "-S", "-qm", "Kabid berhenti")
    return _paraf_typed(repo, capsys, tanggal="2026-11-19T15:00:00+07:00",
                        commit="2026-11-21T10:00:00+07:00"), AGUS, "paraf.bukan-pejabat-saat-commit"


def s_withdrawal_undone(repo, capsys):
    approved_release(repo, capsys)
    assert repo.ppid("tarik", REL, "--alasan", "Keliru", who="agus", capsys=capsys,
                     signing_key=repo.keys["agus"])[0] == 0
    return change(repo, REL, "status: ditarik", "status: terbit", who=EDITOR,
                  message="Terbitkan lagi"), EDITOR, "wewenang.status"


def s_unpublished_by_editor(repo, capsys):
    approved_release(repo, capsys)
    repo.write(REL, repo.read(REL).replace("status: terbit", "status: draf"))
    repo.commit(REL, "Jadikan draf", who=EDITOR)
    repo.write(REL, repo.read(REL).replace("status: draf", "status: terbit"))
    repo.commit(REL, "Terbitkan", who=EDITOR)
    return repo.git("rev-parse", "HEAD~1").strip(), EDITOR, "wewenang.status"


def s_archive_number_by_editor(repo, capsys):
    approved_release(repo, capsys)
    return change(repo, REL, "paraf:", 'nomor_arsip: "400.14.4.3/0001/Diskominfo/2026"\nparaf:',
                  who=EDITOR), EDITOR, "wewenang.nomor-arsip"


def s_distribution_by_editor(repo, capsys):
    approved_release(repo, capsys)
    text = repo.read(REL).replace("paraf:", "distribusi:\n  - {platform: instagram, tautan: "
                                  "https://www.instagram.com/p/abc/, tanggal: 2026-11-20}\nparaf:")
    repo.write(REL, text)
    repo.commit(REL, "Tautan", who=EDITOR)
    return repo.git("rev-parse", "HEAD").strip(), EDITOR, "wewenang.distribusi"


def s_status_flip_in_evil_merge(repo, capsys):
    approved_release(repo, capsys)
    assert repo.ppid("tarik", REL, "--alasan", "Keliru", who="agus", capsys=capsys,
                     signing_key=repo.keys["agus"])[0] == 0
    _open_merge(repo, EDITOR, base="HEAD~1")
    repo.write(REL, repo.read(REL).replace("status: ditarik", "status: terbit"))
    repo.git("add", REL)
    repo.git("commit", "-qm", "Gabung", who=EDITOR)
    return repo.git("rev-parse", "HEAD").strip(), EDITOR, "wewenang.status"


def s_initial_in_evil_merge(repo, capsys):
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    _open_merge(repo, EDITOR)
    repo.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    repo.git("add", REL)
    repo.git("commit", "-qm", "Gabung", who=EDITOR)
    return repo.git("rev-parse", "HEAD").strip(), EDITOR, "paraf.bukan-penulis"


def s_withdrawal_by_editor(repo, capsys):
    approved_release(repo, capsys)
    return change(repo, REL, "status: terbit", "status: ditarik\nalasan_penarikan: x",
                  who=EDITOR), EDITOR, "penarikan.bukan-pejabat"


SCENARIOS: dict[str, Callable] = {name[2:]: fn for name, fn in globals().items()
                                  if name.startswith("s_")}


@dataclass
class Outcome:
    code: int
    messages: list[str]
    codes: list[str]


def _outcome(repo, capsys) -> Outcome:
    code, out = repo.ppid("check", capsys=capsys)
    findings = run_check(repo.root).findings
    return Outcome(code, [f.message() for f in findings], [f.code for f in findings])


def test_there_are_at_least_25_forgeries():
    assert len(SCENARIOS) >= 25


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_forgery_is_refused_naming_commit_author_and_what_they_lacked(office, capsys, name):
    guilty, who, rule = SCENARIOS[name](office, capsys)
    result = _outcome(office, capsys)
    assert result.code == 1, (name, result.codes)
    assert rule in result.codes, (name, result.codes)
    message = result.messages[result.codes.index(rule)]
    assert guilty[:10] in message and who[0] in message, message


# ---- the legitimate routes through the same chain -------------------------------------------

def test_two_administrators_lower_the_level_together(office, capsys):
    downgrade(office, who=RETNO, key="retno")
    assert "approvals.menunggu" in _outcome(office, capsys).codes
    code, out = office.ppid("sahkan", capsys=capsys, who="agus", signing_key=office.keys["agus"])
    assert code == 0 and "kini berlaku" in out
    result = _outcome(office, capsys)
    assert result.code == 0 and not [c for c in result.codes if c.startswith("approvals.")
                                     and c != "approvals.akar-tak-dipatok"]
    # The level in force is now `nama`: initials typed by anyone are accepted, as chosen.
    assert run_check(office.root).approvals.trust_level == "nama"


def test_an_unauthorised_change_is_ratified_by_an_administrator(office, capsys):
    guilty = change(office, CONFIG, "format_nomor_arsip", "# rapikan\nformat_nomor_arsip",
                    who=EDITOR)
    assert "approvals.tidak-sah" in _outcome(office, capsys).codes
    code, out = office.ppid("sahkan", capsys=capsys, who="retno", signing_key=office.keys["retno"])
    assert code == 0, out
    result = run_check(office.root)
    assert result.errors == []
    (info,) = [f for f in result.findings if f.code == "approvals.disahkan"]
    assert guilty[:10] in info.message() and info.severity.value == "notice"


def test_sahkan_refuses_non_administrators_and_unlisted_keys(office, capsys):
    downgrade(office)
    code, out = office.ppid("sahkan", capsys=capsys, who="dewi", signing_key=office.keys["dewi"])
    assert code == 2 and "bukan pemegang peran pengelola" in out
    code, out = office.ppid("sahkan", capsys=capsys, who="retno",
                            signing_key=office.keys["penyusup"])
    assert code == 2 and "bukan kunci yang terdaftar" in out
    assert "Sahkan-Approvals" not in office.git("log", "-1", "--format=%B")


def test_a_reverted_attack_does_not_block_publishing(office, capsys):
    guilty = downgrade(office)
    office.git("revert", "--no-edit", "HEAD", who=EDITOR)
    result = run_check(office.root)
    assert result.errors == []
    assert any(f.code == "approvals.disahkan" and guilty[:10] in f.message()
               for f in result.findings)


def test_the_root_is_pinned_outside_the_repository(office, capsys, monkeypatch):
    guilty = downgrade(office)
    # Pinned at the attacker's commit, the repository trusts it: the pin is the office's.
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", guilty[:12])
    assert run_check(office.root).approvals.trust_level == "nama"
    # A pin the history does not hold (history rewritten from the start) trusts nothing.
    monkeypatch.setenv("PPID_AKAR_KEPERCAYAAN", "0123456789ab")
    codes = [f.code for f in run_check(office.root).errors]
    assert "approvals.akar-tidak-ada" in codes
    monkeypatch.delenv("PPID_AKAR_KEPERCAYAAN")
    office.git("config", "ppid.akarKepercayaan", "0123456789ab")
    assert "approvals.akar-tidak-ada" in [f.code for f in run_check(office.root).errors]


def test_signatures_are_judged_by_the_keys_in_force_at_the_time(office, capsys):
    """Old initials stay valid after a key rotation; the new key counts only from its change."""
    approved_release(office, capsys)
    text = office.read(SIGNERS).replace(office.lines["agus"], office.lines["penyusup"])
    office.write(SIGNERS, text)
    office.git("add", SIGNERS)
    signed(office, "retno", "retno", "commit", "-S", "-qm", "Kunci baru Kabid")
    tree = office.git("rev-parse", "HEAD:approvals").strip()
    signed(office, "agus", "agus", "commit", "-S", "-q", "--allow-empty", "-m",
           f"Sah\n\nSahkan-Approvals: {tree}")
    assert run_check(office.root).errors == []  # the old initial, under the old key
    office.keys["agus"] = office.keys["penyusup"]  # Agus now holds the new key
    office.write("content/berita/2026-11-21-lain.md",
                 PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 13"))
    office.commit("content/berita/2026-11-21-lain.md")
    assert office.ppid("paraf", "content/berita/2026-11-21-lain.md", "--peran", "kabid",
                       who="agus", capsys=capsys, signing_key=office.keys["agus"])[0] == 0
    errors = [f for f in run_check(office.root).errors if f.field == "paraf.kabid"]
    assert errors == []


def test_uncommitted_approvals_are_named_and_never_in_force(office, capsys):
    office.write(CONFIG, office.read(CONFIG).replace("tingkat_kepercayaan: tanda-tangan",
                                                     "tingkat_kepercayaan: nama"))
    result = run_check(office.root)
    assert result.approvals.trust_level == "tanda-tangan"  # the committed state in force
    (finding,) = [f for f in result.findings if f.code == "approvals.belum-commit"]
    assert finding.path == CONFIG and finding.severity.value == "warning"
    assert office.ppid("check", "--strict", capsys=capsys)[0] == 1


# -- the walk itself (checks/chain.walk), without the CLI ------------------------------------------


def test_walk_without_commits_or_approvals_has_no_root(tmp_path):
    from pipeline.checks.chain import walk
    from pipeline.git.history import HistoryIndex

    chain = walk(tmp_path, HistoryIndex())
    assert chain.root is None and chain.head_state is None and chain.findings == []


def test_walk_refuses_an_administrators_backdated_change_and_keeps_the_old_state(tmp_path,
                                                                                  monkeypatch):
    from pipeline.checks.chain import walk
    from pipeline.git.log import load_history

    monkeypatch.delenv("PPID_AKAR_KEPERCAYAAN", raising=False)
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write("content/a.md", "a\n")
    repo.commit("content/a.md")
    in_force = repo.git("rev-parse", "HEAD:approvals").strip()
    repo.write(CONFIG, repo.read(CONFIG) + "# diubah\n")
    repo.git("add", CONFIG)
    # Two hours before its parent: beyond the ten minutes of clock skew.
    repo.git("commit", "-q", "-m", "Ubah", who=RETNO, when="2026-11-19T06:00:00+07:00")
    chain = walk(repo.root, load_history(repo.root, use_cache=False))
    head = repo.git("rev-parse", "HEAD").strip()
    assert chain.backdated(head) and chain.head_state.tree == in_force
    (refused,) = [f for f in chain.findings if f.code == "approvals.tanggal-mundur"]
    assert refused.params["penulis"] == "Retno Widyastuti" and refused.path == CONFIG
    # Within the skew the same change is the Kepala Dinas's and comes into force.
    repo.git("commit", "-q", "--amend", "--no-edit", who=RETNO, when="2026-11-19T07:55:00+07:00")
    chain = walk(repo.root, load_history(repo.root, use_cache=False))
    assert chain.head_state.tree == repo.git("rev-parse", "HEAD:approvals").strip()
    assert [f.code for f in chain.findings if f.severity.value == "error"] == []
