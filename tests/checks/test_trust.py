"""Initials proven from Git history: real commits by different identities in temp repos."""

from __future__ import annotations

import subprocess

import pytest

from pipeline.checks.run import run_check
from pipeline.checks.trust import check_history
from pipeline.git.log import load_history
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals

from ..conftest import EDITOR, OFFICIALS, PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
AGUS = OFFICIALS["agus"][:2]


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "situs", level="penulis")


def _errors(site):
    result = run_check(site.root)
    return [f for f in result.findings if f.severity.value == "error"]


def _genuine(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    for who, role, when in (("agus", "kabid", "2026-11-20T09:40:00+07:00"),
                            ("dewi", "kasie-informasi", "2026-11-20T09:52:00+07:00")):
        assert site.ppid("paraf", REL, "--peran", role, who=who, when=when, capsys=capsys)[0] == 0


def test_genuine_initials_made_with_ppid_paraf_are_accepted(site, capsys):
    _genuine(site, capsys)
    assert _errors(site) == []


def test_initial_typed_by_the_editor_is_refused_naming_commit_and_author(site):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    site.commit(REL, "Paraf Kabid dan Kasie")
    sha = site.git("rev-parse", "--short=10", "HEAD").strip()
    errors = _errors(site)
    assert [(f.code, f.field) for f in errors] == [("paraf.bukan-penulis", "paraf.kabid"),
                                                   ("paraf.bukan-penulis", "paraf.kasie-informasi")]
    message = errors[0].message()
    assert f"commit {sha}" in message
    assert f"{EDITOR[0]} <{EDITOR[1]}>" in message
    assert "bukan oleh Drs. Agus Prasetyo, M.Si. <agus.prasetyo@bantulkab.go.id>" in message


def test_initial_commit_that_also_changes_the_content_is_refused(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    # The Kabid edits the body and adds his initial in the same commit.
    site.write(REL, PRESS_RELEASE.replace("60 meter", "65 meter"))
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    site.commit(REL, "Paraf dan perbaikan", who=AGUS)
    assert site.ppid("paraf", REL, "--peran", "kasie-informasi", who="dewi",
                     when="2026-11-20T09:52:00+07:00", capsys=capsys)[0] == 0
    codes = [(f.code, f.field) for f in _errors(site)]
    assert ("paraf.commit-campur", "paraf.kabid") in codes


def test_initial_rewritten_later_by_another_hand(site, capsys):
    _genuine(site, capsys)
    text = site.read(REL).replace("tanggal: 2026-11-20T09:40:00+07:00",
                                  "tanggal: 2026-11-20T09:30:00+07:00")
    site.write(REL, text)
    site.commit(REL, "Rapikan tanggal paraf")
    (finding,) = _errors(site)
    assert finding.code == "paraf.ditulis-ulang" and finding.field == "paraf.kabid"
    assert "ditulis ulang oleh Tim Redaksi" in finding.message()


def test_official_may_not_initial_own_content(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL, "Naskah dari Kabid", who=AGUS)
    for who, role in (("agus", "kabid"), ("dewi", "kasie-informasi")):
        assert site.ppid("paraf", REL, "--peran", role, who=who, capsys=capsys)[0] == 0
    (finding,) = _errors(site)
    assert finding.code == "paraf.sendiri" and finding.field == "paraf.kabid"
    assert "melarang paraf atas naskah sendiri" in finding.message()
    # The SOP may allow it explicitly.
    sop = site.root / "approvals/sop/001-pemutakhiran-website.yaml"
    sop.write_text(sop.read_text(encoding="utf-8").replace("langkah:\n", "paraf_sendiri: boleh\n"
                                                           "langkah:\n", 1), encoding="utf-8")
    assert _errors(site) == []


def test_review_only_changes_by_an_approver_are_not_own_content(site, capsys):
    _genuine(site, capsys)
    text = site.read(REL).replace("status: terbit", "status: ditarik\nalasan_penarikan: Batal\n"
                                  "tanggal_penarikan: 2026-11-21 08:00")
    site.write(REL, text)
    site.commit(REL, "Penarikan", who=AGUS)
    assert _errors(site) == []


def test_uncommitted_initial_cannot_be_proven(site):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    codes = [f.code for f in _errors(site)]
    assert "paraf.tanpa-riwayat" in codes


def test_renamed_file_keeps_its_proven_initials(site, capsys):
    _genuine(site, capsys)
    site.git("mv", REL, "content/berita/2026-11-20-jembatan-kali-opak.md")
    site.git("commit", "-qm", "Ganti nama berkas")
    assert _errors(site) == []


def test_hand_written_block_style_initial_must_be_one_line(site, capsys):
    """A block-style entry is traced by its value (a CMS re-serialises, tests/checks/
    test_trust_reformat.py); one whose value no official ever wrote cannot be traced."""
    _genuine(site, capsys)
    text = site.read(REL)
    line = next(x for x in text.splitlines() if x.startswith("  kabid:"))
    site.write(REL, text.replace(line, "  kabid:\n    nama: Drs. Agus Prasetyo, M.Si.\n"
                                 "    tanggal: 2026-11-20T09:41:00+07:00\n    keputusan: setuju\n"
                                 f"    sha256: \"{line.split('sha256: ')[1][1:65]}\""))
    site.commit(REL, "Format ulang", who=AGUS)
    assert [f.code for f in _errors(site)] == ["paraf.format"]


def test_shallow_clone_is_reported(site, capsys, tmp_path):
    _genuine(site, capsys)
    clone = tmp_path / "dangkal"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{site.root}", str(clone)],
                   check=True)
    findings = run_check(clone).findings
    assert "riwayat.dangkal" in [f.code for f in findings]
    assert "fetch-depth: 0" in next(f for f in findings if f.code == "riwayat.dangkal").message()


def test_folder_without_git_at_penulis_level(site, tmp_path):
    import shutil

    plain = tmp_path / "salinan"
    shutil.copytree(site.root, plain, ignore=shutil.ignore_patterns(".git"))
    assert [f.code for f in run_check(plain).findings] == ["riwayat.bukan-repo"]


def test_history_cache_reads_only_new_commits_and_survives_rewrites(site, capsys):
    _genuine(site, capsys)
    first = load_history(site.root)
    assert (site.root / ".git/ppid/history.pickle").is_file()
    count = len(first.order)
    site.write("content/berita/2026-11-21-lain.md", PRESS_RELEASE.replace("nomor_urut: 12",
                                                                         "nomor_urut: 13"))
    site.commit("content/berita/2026-11-21-lain.md")
    second = load_history(site.root)
    assert len(second.order) == count + 1
    assert second.order[:count] == first.order  # extended, not rebuilt
    site.git("commit", "--amend", "-qm", "Naskah masuk (diubah)")
    third = load_history(site.root)
    assert len(third.order) == count + 1 and third.order[-1] != second.order[-1]
    assert third.order[-1] == site.git("rev-parse", "HEAD").strip()


# ---- tanda-tangan: SSH signatures checked by git against approvals/allowed_signers ----------

def _key(tmp_path, name: str):
    path = tmp_path / "kunci" / name
    path.parent.mkdir(exist_ok=True)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(path)],
                   check=True)
    return path.with_suffix(".pub"), path.with_suffix(".pub").read_text().strip()


@pytest.fixture
def signed_site(tmp_path):
    repo = make_site(tmp_path / "situs", level="tanda-tangan")
    keys = {who: _key(tmp_path, who) for who in ("agus", "dewi", "penyusup")}
    lines = [f'{OFFICIALS[who][1]} namespaces="git" {keys[who][1]}' for who in ("agus", "dewi")]
    repo.write("approvals/allowed_signers", "\n".join(lines) + "\n")
    repo.git("add", "-A")  # part of the first, trusted state
    repo.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    repo.keys = {who: k[0] for who, k in keys.items()}
    return repo


def _signed_paraf(site, capsys, who, role, key=None, when="2026-11-20T09:40:00+07:00"):
    return site.ppid("paraf", REL, "--peran", role, who=who, when=when, capsys=capsys,
                     signing_key=key or site.keys[who])


def test_signed_level_accepts_good_signatures(signed_site, capsys):
    site = signed_site
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    assert _signed_paraf(site, capsys, "agus", "kabid")[0] == 0
    assert _signed_paraf(site, capsys, "dewi", "kasie-informasi",
                         when="2026-11-20T09:52:00+07:00")[0] == 0
    assert _errors(site) == []
    assert site.git("-c", f"gpg.ssh.allowedSignersFile={site.root}/approvals/allowed_signers",
                    "log", "-1", "--format=%G?").strip() == "G"


def test_signed_level_refuses_unsigned_initial_commits(signed_site, capsys):
    site = signed_site
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    code, out = site.ppid("paraf", REL, "--peran", "kabid", who="agus", capsys=capsys)
    assert code == 2 and "git config gpg.format ssh" in out
    assert site.read(REL) == PRESS_RELEASE  # nothing half-done
    # An initial committed by the right identity but without signature is refused by the check.
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    site.commit(REL, "Paraf Kabid", who=AGUS)
    (finding,) = [f for f in _errors(site) if f.field == "paraf.kabid"]
    assert finding.code == "paraf.tanpa-tanda-tangan"
    assert "tidak ditandatangani" in finding.message()


def test_signed_level_refuses_a_key_that_is_not_the_officials(signed_site, capsys):
    site = signed_site
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    # `ppid paraf` refuses both before committing; made by hand, the check refuses them.
    # Agus's identity, signed with an unlisted key.
    _signed_by_hand(site, "kabid", "agus", site.keys["penyusup"], "2026-11-20T09:40:00+07:00")
    # Dewi's identity, signed with Agus's listed key.
    _signed_by_hand(site, "kasie-informasi", "dewi", site.keys["agus"], "2026-11-20T09:52:00+07:00")
    found = {f.field: f for f in _errors(site)}
    assert found["paraf.kabid"].code == "paraf.tanda-tangan-salah"
    assert "tidak terdaftar di approvals/allowed_signers" in found["paraf.kabid"].message()
    assert found["paraf.kasie-informasi"].code == "paraf.tanda-tangan-salah"
    assert "milik agus.prasetyo@bantulkab.go.id" in found["paraf.kasie-informasi"].message()


def _signed_by_hand(site, role: str, who: str, key, when: str) -> None:
    site.approve(REL, [(role, who, when)])
    site.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={key}", "commit", "-S", "-qm",
             f"Paraf {role}", "--", REL, who=OFFICIALS[who][:2], when=when)


def test_paraf_refuses_a_signing_key_that_is_not_the_officials(signed_site, capsys):
    site = signed_site
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    head = site.git("rev-parse", "HEAD")
    code, out = _signed_paraf(site, capsys, "agus", "kabid", key=site.keys["penyusup"])
    found = site.keys["penyusup"].read_text().split()[1][:24]
    expected = site.keys["agus"].read_text().split()[1][:24]
    assert code == 2 and "bukan kunci yang terdaftar untuk agus" in out
    assert found in out and expected in out  # which key was found, which one is expected
    assert site.read(REL) == PRESS_RELEASE and site.git("rev-parse", "HEAD") == head
    # The official's own key: accepted, and the commit carries a good signature.
    assert _signed_paraf(site, capsys, "agus", "kabid")[0] == 0
    assert site.git("rev-parse", "HEAD") != head


def test_signed_level_reads_the_keys_in_force_from_history(signed_site, capsys, tmp_path):
    site = signed_site
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    assert _signed_paraf(site, capsys, "agus", "kabid")[0] == 0
    # Deleting the file in the working tree changes nothing: the keys in force are history's.
    (site.root / "approvals/allowed_signers").unlink()
    assert "sig.tidak-ada-berkas" not in [f.code for f in _errors(site)]
    # Committing the deletion is a change of approvals/ like any other: refused, not obeyed.
    site.git("add", "-A")
    site.git("commit", "-qm", "Hapus kunci")
    assert "approvals.tidak-sah" in [f.code for f in _errors(site)]
    # An office at this level whose root has no keys at all is told what it needs.
    bare = make_site(tmp_path / "tanpa-kunci", level="tanda-tangan")
    bare.git("rm", "-q", "--cached", "approvals/allowed_signers")
    bare.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    bare.keys = site.keys
    bare.write(REL, PRESS_RELEASE)
    bare.commit(REL)
    code, out = _signed_paraf(bare, capsys, "agus", "kabid")  # no key is listed for anyone
    assert code == 2 and "allowed_signers yang berlaku (-)" in out
    _signed_by_hand(bare, "kabid", "agus", site.keys["agus"], "2026-11-20T09:40:00+07:00")
    assert "sig.tidak-ada-berkas" in [f.code for f in _errors(bare)]


# ---- protected approvals/ --------------------------------------------------------------------

RETNO = OFFICIALS["retno"][:2]


def _roster_add_kabid(site, who=EDITOR):
    """Someone registers their own e-mail as the Kabid's (the self-promotion attack)."""
    text = site.read("approvals/roster.yaml").replace("email: agus.prasetyo@bantulkab.go.id",
                                                      "email: redaksi@bantulkab.go.id")
    site.write("approvals/roster.yaml", text)
    site.commit("approvals/roster.yaml", "Perbarui email pejabat", who=who)


def test_roster_self_promotion_is_refused(site):
    _roster_add_kabid(site)
    (finding,) = [f for f in run_check(site.root).findings if f.code == "approvals.tidak-sah"]
    assert finding.path == "approvals/roster.yaml" and finding.severity.value == "error"
    assert "Tim Redaksi <redaksi@bantulkab.go.id>" in finding.message()
    assert "bukan Kepala Dinas Komunikasi dan Informatika" in finding.message()


def test_roster_change_by_the_kepala_dinas_is_accepted(site):
    _roster_add_kabid(site, who=RETNO)
    assert [f for f in run_check(site.root).findings if f.code.startswith("approvals.")] == []


def test_administrators_are_judged_by_the_roster_before_the_change(site):
    # The editor makes himself an administrator and then changes the trust level: both refused.
    config = site.read("approvals/config.yaml").replace(
        "format_nomor_arsip", "pengelola_approvals: [kepala-dinas, kasie-opini]\nformat_nomor_arsip")
    _roster_add_kabid(site)
    site.write("approvals/config.yaml", config)
    site.commit("approvals/config.yaml", "Pengelola baru")
    site.write("approvals/config.yaml", config.replace("tingkat_kepercayaan: penulis",
                                                       "tingkat_kepercayaan: nama"))
    site.commit("approvals/config.yaml", "Turunkan tingkat")
    # The last change lowered the level to `nama`: the guard must still have run on it.
    site.write("approvals/config.yaml", config)
    site.commit("approvals/config.yaml", "Kembalikan tingkat")
    refused = [f for f in run_check(site.root).findings if f.code == "approvals.tidak-sah"]
    assert len(refused) == 4


def test_an_in_repository_root_moves_nothing(site):
    """HEAD's files cannot name the root that judges them: the key only earns a warning."""
    _roster_add_kabid(site)
    head = site.git("rev-parse", "HEAD").strip()
    config = site.read("approvals/config.yaml").replace(
        "format_nomor_arsip", f'akar_kepercayaan: "{head[:12]}"\nformat_nomor_arsip')
    site.write("approvals/config.yaml", config)
    site.commit("approvals/config.yaml", "Akar kepercayaan baru", who=RETNO)
    findings = run_check(site.root).findings
    assert "approvals.tidak-sah" in [f.code for f in findings]
    assert ("approvals.akar-usang", "warning") in [(f.code, f.severity.value) for f in findings]


def test_signed_level_requires_signed_approvals_changes(signed_site, tmp_path):
    site = signed_site
    # The Kepala Dinas has no key listed: at this level she cannot change approvals/ at all.
    retno_pub, retno_line = _key(tmp_path, "retno")
    site.write("approvals/allowed_signers", site.read("approvals/allowed_signers") +
               f'{OFFICIALS["retno"][1]} namespaces="git" {retno_line}\n')
    site.commit("approvals/allowed_signers", "Kunci Kepala Dinas", who=RETNO)
    codes = [(f.code, f.severity.value) for f in run_check(site.root).findings]
    assert ("approvals.tanda-tangan", "error") in codes
    # With her key in the first, trusted state: unsigned is refused, signed is accepted.
    site.git("reset", "-q", "--hard", "HEAD~1")
    site.write("approvals/allowed_signers", site.read("approvals/allowed_signers") +
               f'{OFFICIALS["retno"][1]} namespaces="git" {retno_line}\n')
    site.git("add", "-A")
    site.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    _roster_add_kabid(site, who=RETNO)
    assert "approvals.tanda-tangan" in [f.code for f in run_check(site.root).findings]
    site.git("reset", "-q", "--hard", "HEAD~1")
    site.write("approvals/roster.yaml", site.read("approvals/roster.yaml") + "\n")
    site.git("add", "approvals/roster.yaml")
    site.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={retno_pub}", "commit", "-S", "-qm",
             "Rapikan roster", who=RETNO)
    codes = [f.code for f in run_check(site.root).findings]
    assert "approvals.tanda-tangan" not in codes and "approvals.tidak-sah" not in codes


@pytest.mark.parametrize("name", ["2026-11-20 jembatan kali opak.md", "2026-11-20-jembatan-ñandú é.md",
                                  "2026-11-20 tab\tdan spasi.md"])
def test_file_names_with_spaces_and_unicode_keep_their_proven_initials(site, capsys, name):
    rel = f"content/berita/{name}"
    site.write(rel, PRESS_RELEASE)
    site.commit(rel)
    for who, role, when in (("agus", "kabid", "2026-11-20T09:40:00+07:00"),
                            ("dewi", "kasie-informasi", "2026-11-20T09:52:00+07:00")):
        assert site.ppid("paraf", rel, "--peran", role, who=who, when=when, capsys=capsys)[0] == 0
    assert _errors(site) == []
    history = load_history(site.root)
    assert [len(c.paraf_added) for c in history.file(rel).changes] == [0, 1, 1]


# ---- checks/trust.check_history called directly ----------------------------------------------


def _direct(root):
    return check_history(load_corpus(root), load_approvals(root), load_history(root, use_cache=False),
                         root)


def test_check_history_without_a_repository_says_the_level_needs_one(tmp_path):
    import shutil

    repo = make_site(tmp_path / "s", level="penulis")
    shutil.rmtree(repo.root / ".git")
    (finding,) = _direct(repo.root)
    assert finding.code == "riwayat.bukan-repo" and finding.field == "tingkat_kepercayaan"
    assert finding.params["tingkat"] == "penulis"
    nama = make_site(tmp_path / "n", level="nama")
    shutil.rmtree(nama.root / ".git")
    assert _direct(nama.root) == []  # names only: nothing to prove from history


def test_check_history_in_a_shallow_clone_warns_that_history_is_cut(site, capsys, tmp_path):
    _genuine(site, capsys)
    clone = tmp_path / "dangkal"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{site.root}", str(clone)],
                   check=True)
    codes = {f.code for f in _direct(clone)}
    assert "riwayat.dangkal" in codes


def test_check_history_names_the_initials_line_of_a_typed_initial(site):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    site.commit(REL, "Paraf Kabid")
    (finding,) = _direct(site.root)
    assert finding.code == "paraf.bukan-penulis" and finding.path == REL
    lines = site.read(REL).splitlines()
    assert lines[finding.line - 1].lstrip().startswith("kabid:")
