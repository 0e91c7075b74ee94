"""Site revisions (SOP 004 B): real repositories, real SSH signatures, the real CLI and Pelican."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from pipeline.checks.revisi import REVISION_PATHS, head_revision
from pipeline.checks.run import run_check
from pipeline.site.build import BUILD_MARKER

from ..conftest import EDITOR, OFFICIALS, make_site

YOGA = ("Yoga Pratama", "yoga.pratama@bantulkab.go.id")  # the roster's Web Developer
BASE = "theme/templates/base.html"
SUBMITTED = "2026-11-20T09:00:00+07:00"
CHECKED = "2026-11-20T09:40:00+07:00"
APPROVED = "2026-11-20T09:52:00+07:00"


def _key(tmp_path, name: str):
    path = tmp_path / "kunci" / name
    path.parent.mkdir(exist_ok=True)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(path)],
                   check=True)
    return path.with_suffix(".pub"), path.with_suffix(".pub").read_text().strip()


RULE = "  - {sop: 004-b-pengembangan-situs, jenis: [perubahan-situs]}\n"


def _adopting_site(root, level: str):
    """A site whose office has adopted SOP 004 B for its site revisions (first trusted state)."""
    repo = make_site(root, level=level)
    config = repo.read("approvals/config.yaml")
    if RULE not in config:
        repo.write("approvals/config.yaml", config.replace("penetapan_sop:\n", "penetapan_sop:\n" + RULE))
        repo.git("add", "-A")
        repo.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    return repo


@pytest.fixture
def site(tmp_path):
    """A signed-level site whose theme carries a visible mark, committed by the Web Developer."""
    repo = _adopting_site(tmp_path / "situs", "tanda-tangan")
    keys = {who: _key(tmp_path, who) for who in ("agus", "dewi", "yoga")}
    emails = {"agus": OFFICIALS["agus"][1], "dewi": OFFICIALS["dewi"][1], "yoga": YOGA[1]}
    repo.write("approvals/allowed_signers", "".join(
        f'{emails[w]} namespaces="git" {keys[w][1]}\n' for w in keys))
    repo.git("add", "-A")  # part of the first, trusted state
    repo.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    repo.keys = {who: k[0] for who, k in keys.items()}
    _mark_theme(repo, "TEMA-A")
    return repo


def _mark_theme(site, mark: str) -> None:
    text = site.read(BASE)
    text = text.split("<!-- penanda:")[0].rstrip("\n") + f"\n<!-- penanda: {mark} -->\n"
    site.write(BASE, text)
    site.commit(BASE, f"Tema: {mark}", who=YOGA)


def _submit(site, capsys, title="Perbaikan tampilan", who=YOGA) -> str:
    code, out = site.ppid("new", "perubahan-situs", title, capsys=capsys, identity=who,
                          when=SUBMITTED)
    assert code == 0, out
    rel = next(p for p in out.split() if p.startswith("content/perubahan-situs/"))
    text = site.read(rel).replace('notulen: ""', 'notulen: "Notulen rapat 12/XI/2026"').replace(
        'ringkasan: ""', 'ringkasan: "Penanda tema baru"')
    site.write(rel, text)
    site.commit(rel, "Usulan perubahan situs (SOP 004 B)", who=who)
    return rel


def _paraf(site, capsys, rel, who, role, when):
    return site.ppid("paraf", rel, "--peran", role, who=who, when=when, capsys=capsys,
                     signing_key=site.keys[who])


def _approve(site, capsys, title="Perbaikan tampilan") -> str:
    rel = _submit(site, capsys, title)
    assert _paraf(site, capsys, rel, "dewi", "sub-koordinator", CHECKED)[0] == 0
    assert _paraf(site, capsys, rel, "agus", "koordinator", APPROVED)[0] == 0
    return rel


def _findings(site):
    return run_check(site.root).findings


def _revisi(site):
    return [f for f in _findings(site) if f.code.startswith("revisi.")]


def test_digest_is_what_git_ls_tree_prints(site):
    listing = subprocess.run(["git", "ls-tree", "HEAD", "--", *REVISION_PATHS], cwd=site.root,
                             check=True, capture_output=True).stdout
    assert b"\ttheme\n" in listing and b"\tpelicanconf.py\n" in listing
    head, digest = head_revision(site.root)
    assert digest == hashlib.sha256(listing).hexdigest()
    assert head == site.git("rev-parse", "HEAD").strip()


def _strict_revisi_errors(site) -> list[str]:
    return [f.code for f in run_check(site.root, strict=True).findings
            if f.code.startswith("revisi.") and f.severity.value == "error"]


def test_no_approved_revision_yet_builds_with_a_warning_and_publishing_refuses(tmp_path, capsys):
    site = _adopting_site(tmp_path / "situs", "penulis")
    (info,) = _revisi(site)
    assert info.code == "revisi.belum-ada" and info.severity.value == "notice"
    assert "Web Developer mengajukan" in info.message()
    assert "ppid paraf BERKAS --peran koordinator" in info.message()
    code, out = site.ppid("build", capsys=capsys)
    assert code == 0 and "belum ada revisi situs yang disetujui" in out
    code, out = site.ppid("build", "--strict", "--output", "terbit", capsys=capsys)
    assert code == 1 and "penerbitan ditolak" in out
    assert not (site.root / "terbit").exists()


def test_approved_revision_is_clean_and_named_for_the_publish_workflow(site, capsys):
    rel = _approve(site, capsys)
    assert [f for f in _findings(site) if f.severity.value == "error"] == []
    assert _revisi(site) == []
    code, out = site.ppid("revisi", capsys=capsys)
    assert code == 0 and "HEAD memakai revisi yang disetujui" in out and rel in out
    code, out = site.ppid("revisi", "--commit", capsys=capsys)
    assert code == 0 and out.strip() == site.git("rev-parse", "HEAD").strip()
    assert _strict_revisi_errors(site) == []


def test_theme_commit_after_approval_is_named_with_the_roles_who_must_act(site, capsys):
    rel = _approve(site, capsys)
    # The approved revision's newest commit among those that changed a revision path.
    approved = site.git("log", "-1", "--format=%H", "--", "theme").strip()
    _mark_theme(site, "TEMA-B")
    (info,) = _revisi(site)
    assert (info.code, info.path, info.field) == ("revisi.berubah", rel, "revisi")
    message = info.message()
    assert f"theme/ ({BASE})" in message and f"commit {approved[:10]}" in message
    for role in ("Web Developer", "Sub Koordinator Pengelolaan Web PPID",
                 "Koordinator Pengelolaan Web PPID (Kepala Bidang)"):
        assert role in message
    # Developers are not blocked: information only, even with --strict.
    assert _strict_revisi_errors(site) == []
    code, out = site.ppid("revisi", capsys=capsys)
    assert code == 1 and f"berubah: {BASE}" in out
    assert site.ppid("revisi", "--commit", capsys=capsys)[1].strip() == approved


def test_build_uses_the_approved_theme_and_a_working_preview_cannot_be_deployed(site, capsys,
                                                                               tmp_path):
    _approve(site, capsys)
    digest = head_revision(site.root)[1]
    _mark_theme(site, "TEMA-B")  # committed, not approved
    site.write(BASE, site.read(BASE).replace("TEMA-B", "TEMA-C"))  # not even committed
    code, out = site.ppid("build", capsys=capsys)
    assert code == 0 and "revisi situs yang disetujui" in out
    page = (site.root / "output/index.html").read_text(encoding="utf-8")
    assert "TEMA-A" in page and "TEMA-B" not in page and "TEMA-C" not in page
    marker = json.loads((site.root / "output" / BUILD_MARKER).read_text(encoding="utf-8"))
    assert marker["pratinjau"] is False and marker["revisi_situs"]["revisi"] == digest
    assert marker["revisi_situs"]["rekaman"].startswith("content/perubahan-situs/")

    code, out = site.ppid("build", "--revisi-kerja", "--output", "pratinjau", capsys=capsys)
    assert code == 0 and "PRATINJAU" in out
    assert "TEMA-C" in (site.root / "pratinjau/index.html").read_text(encoding="utf-8")
    code, out = site.ppid("deploy", "--to", str(tmp_path / "www"), "--output", "pratinjau",
                          capsys=capsys)
    assert code == 2 and "pratinjau tidak boleh diterbitkan" in out
    assert not (tmp_path / "www" / "current").exists()
    assert site.ppid("deploy", "--to", str(tmp_path / "www"), capsys=capsys)[0] == 0
    assert "TEMA-A" in (tmp_path / "www/current/index.html").read_text(encoding="utf-8")


def test_record_naming_a_revision_that_no_commit_has_is_refused(site, capsys):
    rel = _submit(site, capsys)
    text = site.read(rel)
    digest = head_revision(site.root)[1]
    site.write(rel, text.replace(digest, "ab" * 32))
    site.commit(rel, "Digest diketik ulang", who=YOGA)
    assert _paraf(site, capsys, rel, "dewi", "sub-koordinator", CHECKED)[0] == 0
    assert _paraf(site, capsys, rel, "agus", "koordinator", APPROVED)[0] == 0
    errors = [f for f in _findings(site) if f.severity.value == "error"]
    assert [(f.code, f.path, f.field) for f in errors] == [("revisi.tak-dikenal", rel, "revisi")]
    assert "abababababab" in errors[0].message()
    assert site.ppid("revisi", "--commit", capsys=capsys)[0] == 1


def test_record_initialled_by_the_wrong_role_is_not_an_approval(site, capsys):
    rel = _submit(site, capsys)
    assert _paraf(site, capsys, rel, "dewi", "sub-koordinator", CHECKED)[0] == 0
    # The Sub Koordinator also writes the Koordinator's initial, in her own signed commit.
    site.approve(rel, [("koordinator", "dewi", APPROVED)])
    site.git("add", rel)
    site.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={site.keys['dewi']}", "commit",
             "-q", "-S", "-m", "Paraf Koordinator", who=OFFICIALS["dewi"][:2])
    codes = {(f.code, f.field) for f in _findings(site) if f.severity.value == "error"}
    assert ("paraf.bukan-pejabat", "paraf.koordinator.nama") in codes
    assert [f.code for f in _revisi(site)] == ["revisi.belum-ada"]
    code, out = site.ppid("revisi", "--commit", capsys=capsys)
    assert code == 1 and "tidak ada revisi situs yang disetujui" in out


def test_forged_record_initials_typed_by_the_web_developer_fail(site, capsys):
    rel = _submit(site, capsys)
    site.approve(rel, [("sub-koordinator", "dewi", CHECKED), ("koordinator", "agus", APPROVED)])
    site.commit(rel, "Paraf Sub Koordinator dan Koordinator", who=YOGA)
    errors = [f for f in _findings(site) if f.severity.value == "error"]
    assert {(f.code, f.field) for f in errors} == {("paraf.bukan-penulis", "paraf.sub-koordinator"),
                                                  ("paraf.bukan-penulis", "paraf.koordinator")}
    assert all(YOGA[0] in f.message() for f in errors)
    assert [f.code for f in _revisi(site)] == ["revisi.belum-ada"]
    code, out = site.ppid("build", capsys=capsys)
    assert code == 1 and not (site.root / "output").exists()


def test_submission_must_come_from_the_web_developer(site, capsys):
    rel = _submit(site, capsys, who=EDITOR)
    assert _paraf(site, capsys, rel, "dewi", "sub-koordinator", CHECKED)[0] == 0
    assert _paraf(site, capsys, rel, "agus", "koordinator", APPROVED)[0] == 0
    (error,) = [f for f in _findings(site) if f.severity.value == "error"]
    commit = site.git("log", "--format=%h", "--diff-filter=A", "--", rel).strip()
    assert error.code == "revisi.pengaju" and error.path == rel
    assert f"{EDITOR[0]} <{EDITOR[1]}>" in error.message() and commit[:7] in error.message()


def test_reverting_to_an_older_approved_theme_is_not_the_approved_revision(site, capsys):
    _approve(site, capsys, "Tema A")
    _mark_theme(site, "TEMA-B")
    code, out = site.ppid("new", "perubahan-situs", "Tema B", capsys=capsys, identity=YOGA,
                          when="2026-11-21T09:00:00+07:00")
    rel = next(p for p in out.split() if p.startswith("content/perubahan-situs/"))
    site.write(rel, site.read(rel).replace('notulen: ""', 'notulen: "Notulen 13/XI"').replace(
        'ringkasan: ""', 'ringkasan: "Tema B"'))
    site.commit(rel, "Usulan tema B", who=YOGA)
    assert _paraf(site, capsys, rel, "dewi", "sub-koordinator", "2026-11-21T09:40:00+07:00")[0] == 0
    assert _paraf(site, capsys, rel, "agus", "koordinator", "2026-11-21T09:52:00+07:00")[0] == 0
    assert _revisi(site) == []
    _mark_theme(site, "TEMA-A")  # back to the superseded, once approved theme
    (info,) = _revisi(site)
    assert info.code == "revisi.berubah" and info.path == rel
    assert site.ppid("build", capsys=capsys)[0] == 0
    assert "TEMA-B" in (site.root / "output/index.html").read_text(encoding="utf-8")


def test_new_record_outside_git_is_a_clear_usage_error(tmp_path, capsys):
    from pipeline.cli.main import main

    (tmp_path / "approvals").mkdir()
    code = main(["--akar", str(tmp_path), "new", "perubahan-situs", "Judul"])
    assert code == 2 and "bukan repositori git" in capsys.readouterr().out


def test_the_exported_theme_is_used_during_the_build_and_removed_after(site, capsys):
    from pipeline.site.revisi import prepared_build, theme_dir

    _approve(site, capsys)
    _mark_theme(site, "TEMA-B")
    with prepared_build(site.root, run_check(site.root)) as prepared:
        folder = theme_dir(site.root, prepared.settings_file)
        assert folder != site.root / "theme"
        assert "TEMA-A" in (folder / "templates/base.html").read_text(encoding="utf-8")
    assert not folder.exists()


def test_a_link_in_the_approved_theme_is_never_extracted(site, capsys):
    link = site.root / "theme/static/konfigurasi"
    link.symlink_to("../../.git/config")
    site.commit("theme/static/konfigurasi", "Tautan", who=YOGA)
    _approve(site, capsys)
    code, out = site.ppid("build", capsys=capsys)
    assert code == 3 and "theme/static/konfigurasi: bukan berkas biasa" in out
    assert not (site.root / "output").exists()


def test_an_unapproved_stylesheet_is_not_published(site, capsys):
    _approve(site, capsys)
    css = site.root / "theme/static/css/ppid.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n/* TEMA-B-CSS */\n", encoding="utf-8")
    site.commit("theme/static/css/ppid.css", "Gaya baru", who=YOGA)
    code, out = site.ppid("build", capsys=capsys)
    assert code == 0, out
    assert "TEMA-B-CSS" not in (site.root / "output/theme/css/ppid.css").read_text(encoding="utf-8")
