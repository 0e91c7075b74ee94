"""The `ppid` command: exit codes, messages, formats, paraf and new on real Git repositories."""

from __future__ import annotations

import json
import subprocess
import sys

from ..conftest import PRESS_RELEASE, ROOT

REL = "content/berita/2026-11-20-jembatan.md"


def _submitted(site):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)


# ---- check --------------------------------------------------------------------------------

def test_check_example_site_is_clean(capsys):
    from pipeline.cli.main import main

    assert main(["--akar", str(ROOT), "check", "--strict"]) == 0
    files = sum(1 for p in (ROOT / "content").rglob("*") if p.suffix in (".md", ".yaml"))
    assert f"{files} berkas diperiksa: 0 galat, 0 peringatan" in capsys.readouterr().out


def test_check_exit_codes_and_text_format(site, capsys):
    assert site.ppid("check", capsys=capsys)[0] == 0
    _submitted(site)
    code, out = site.ppid("check", capsys=capsys)
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith(f"{REL}:12: paraf: galat: belum ada paraf Kepala Bidang")
    assert line.endswith("[paraf.kurang]")
    assert "1 berkas diperiksa: 2 galat, 1 peringatan" in out


def test_check_json_and_github_formats(site, capsys):
    _submitted(site)
    code, out = site.ppid("check", "--format", "json", capsys=capsys)
    rows = json.loads(out)
    assert code == 1 and {r["aturan"] for r in rows} == {"paraf.kurang", "langkah.isian"}
    assert rows[0] == {"berkas": REL, "baris": 12, "isian": "paraf", "tingkat": "error",
                       "aturan": "paraf.kurang", "pesan": rows[0]["pesan"]}
    code, out = site.ppid("--lang", "en", "check", "--format", "github", capsys=capsys)
    first = out.splitlines()[0]
    assert first.startswith(f"::error file={REL},line=12,title=paraf.kurang::paraf: missing "
                            "initial of Kepala Bidang")


def test_check_paths_and_bad_paths(site, capsys):
    _submitted(site)
    (site.root / "content/halaman").mkdir()
    assert site.ppid("check", str(site.root / "content/halaman"), capsys=capsys)[0] == 0
    assert site.ppid("check", str(site.root / REL), capsys=capsys)[0] == 1
    code, out = site.ppid("check", str(site.root / "approvals"), capsys=capsys)
    assert code == 2 and "tidak berada di bawah content/" in out
    code, out = site.ppid("check", "tidak-ada.md", capsys=capsys)
    assert code == 2 and "berkas tidak ditemukan" in out


def test_strict_turns_warnings_into_errors(site, capsys):
    site.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf").replace(
        "ringkasan:", "ringkas:"))
    assert site.ppid("check", capsys=capsys)[0] == 0
    assert site.ppid("check", "--strict", capsys=capsys)[0] == 1


def test_broken_policy_is_exit_2_without_traceback(site):
    path = site.root / "approvals/sop/001-pemutakhiran-website.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("aksi: paraf", "aksi: [", 1),
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "--akar", str(site.root),
                           "check"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert "approvals/sop/001-pemutakhiran-website.yaml:" in done.stdout
    assert "YAML tidak valid" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_usage_error_exit_2(capsys):
    from pipeline.cli.main import main

    assert main(["check", "--format", "xml"]) == 2
    assert main(["--version"]) == 0


# ---- paraf --------------------------------------------------------------------------------

def test_paraf_records_and_commits_only_the_initial(site, capsys):
    _submitted(site)
    before = site.read(REL)
    code, out = site.ppid("paraf", REL, "--peran", "kabid", who="agus",
                          when="2026-11-20T09:40:00+07:00", capsys=capsys)
    assert code == 0 and "oleh Drs. Agus Prasetyo, M.Si." in out
    after = site.read(REL)
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert len(added) == 2 and added[0] == "paraf:" and added[1].startswith(
        '  kabid: {nama: "Drs. Agus Prasetyo, M.Si.", tanggal: 2026-11-20T09:40:00+07:00, '
        'keputusan: setuju, sha256: "')
    assert "# catatan redaksi: foto menyusul" in after  # comments and layout kept
    log = site.git("log", "-1", "--format=%an <%ae>|%aI|%s", "--name-only").splitlines()
    assert log[0] == ("Agus Prasetyo <agus.prasetyo@bantulkab.go.id>|2026-11-20T09:40:00+07:00|"
                      "Paraf Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik (setuju): "
                      "Bupati Resmikan Jembatan Kali Opak")
    assert log[-1] == REL
    code, _ = site.ppid("paraf", REL, "--peran", "kasie-informasi", who="dewi",
                        when="2026-11-20T09:52:00+07:00", capsys=capsys)
    assert code == 0
    assert site.ppid("check", capsys=capsys)[0] == 0


def test_paraf_refuses_unknown_identity_wrong_role_and_wrong_turn(site, capsys):
    _submitted(site)
    code, out = site.ppid("paraf", REL, "--peran", "kabid", capsys=capsys)
    assert code == 2 and "tidak terdaftar di approvals/roster.yaml" in out
    code, out = site.ppid("paraf", REL, "--peran", "kabid", who="sri",
                          when="2026-11-20T09:40:00+07:00", capsys=capsys)
    assert code == 2 and "Sri Handayani, S.H., M.M. tidak memegang peran" in out
    code, out = site.ppid("paraf", REL, "--peran", "kasie-informasi", who="dewi",
                          when="2026-11-20T09:40:00+07:00", capsys=capsys)
    assert code == 2 and "belum giliran" in out
    code, out = site.ppid("paraf", REL, "--peran", "kepala-dinas", who="retno", capsys=capsys)
    assert code == 2 and "tidak meminta paraf dari peran 'kepala-dinas'" in out
    assert site.read(REL) == PRESS_RELEASE
    assert site.git("status", "--porcelain") == ""


def test_paraf_refuses_dirty_untracked_and_draft_files(site, capsys):
    site.write(REL, PRESS_RELEASE)
    code, out = site.ppid("paraf", REL, "--peran", "kabid", who="agus", capsys=capsys)
    assert code == 2 and "belum pernah di-commit" in out
    site.commit(REL)
    site.write(REL, PRESS_RELEASE.replace("60 meter", "70 meter"))
    code, out = site.ppid("paraf", REL, "--peran", "kabid", who="agus", capsys=capsys)
    assert code == 2 and "perubahan yang belum di-commit" in out
    site.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf"))
    site.commit(REL)
    code, out = site.ppid("paraf", REL, "--peran", "kabid", who="agus", capsys=capsys)
    assert code == 2 and "masih berstatus draf" in out


def test_rejection_then_fix_then_approval(site, capsys):
    _submitted(site)
    code, out = site.ppid("paraf", REL, "--peran", "kabid", "--tolak", who="agus", capsys=capsys)
    assert code == 2 and "--catatan" in out
    code, _ = site.ppid("paraf", REL, "--peran", "kabid", "--tolak", "--catatan",
                        "Sebutkan anggaran.", who="agus", when="2026-11-20T09:40:00+07:00",
                        capsys=capsys)
    assert code == 0
    code, out = site.ppid("check", capsys=capsys)
    assert code == 1 and "ditolak oleh" in out and "Sebutkan anggaran." in out
    site.write(REL, site.read(REL).replace("60 meter.", "60 meter senilai Rp14 miliar."))
    site.commit(REL, "Perbaikan sesuai catatan Kabid")
    for who, role, when in (("agus", "kabid", "2026-11-20T11:00:00+07:00"),
                            ("dewi", "kasie-informasi", "2026-11-20T11:10:00+07:00")):
        assert site.ppid("paraf", REL, "--peran", role, who=who, when=when, capsys=capsys)[0] == 0
    assert site.read(REL).count("kabid:") == 1  # the rejection was replaced, history keeps it
    assert site.ppid("check", capsys=capsys)[0] == 0
    assert "(tolak)" in site.git("log", "--format=%s")


# ---- new and schema --------------------------------------------------------------------------

def test_new_scaffolds_a_file_with_the_next_sequence_number(site, capsys):
    _submitted(site)  # holds nomor_urut 12 of 2026
    code, out = site.ppid("new", "siaran-pers", "Panen Raya Padi di Sanden", "--unit",
                          "Dinas Pertanian", when="2026-11-21T08:00", capsys=capsys)
    assert code == 0
    rel = "content/berita/2026-11-21-panen-raya-padi-di-sanden.md"
    assert f"dibuat {rel}" in out
    text = site.read(rel)
    assert "nomor_urut: 13\n" in text and "status: draf\n" in text and "paraf: {}" in text
    code, out = site.ppid("check", rel, capsys=capsys)
    assert code == 0 and "peringatan" in out  # a draft: empty required fields are reminders


def test_new_unknown_type(site, capsys):
    code, out = site.ppid("new", "berita", "Judul", capsys=capsys)
    assert code == 2 and "jenis 'berita' tidak dikenal" in out


def test_schema_command_writes_one_schema_per_type(site, capsys):
    code, _ = site.ppid("schema", "--keluaran", str(site.root / "skema"), capsys=capsys)
    assert code == 0
    names = sorted(p.name for p in (site.root / "skema").iterdir())
    assert names == ["evaluasi-bulanan.schema.json", "evaluasi-semester.schema.json",
                     "halaman.schema.json", "informasi-publik.schema.json",
                     "pengumuman.schema.json", "perubahan-situs.schema.json", "rencana.schema.json",
                     "siaran-pers.schema.json"]
