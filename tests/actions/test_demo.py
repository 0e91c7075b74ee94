"""`ppid demo`: a throwaway copy of the example where one person plays every official (issue #13);
`ppid init --ambil-alih`: a new office takes over a copy with its own root of trust."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from PIL import Image

from pipeline.cli.main import main
from tests.conftest import ROOT

ITEM = "content/berita/2026-11-28-lurah-resmikan-balai-warga.md"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture
def clean_identity(monkeypatch):
    """Only the demo's own git config decides who commits (as on a newcomer's computer)."""
    for name in list(os.environ):
        if name.startswith(("GIT_AUTHOR", "GIT_COMMITTER", "GIT_CONFIG", "PPID_AKAR")):
            monkeypatch.delenv(name)


def ppid(folder: Path, *args: str) -> int:
    saved = Path.cwd()
    os.chdir(folder)
    try:
        return main(["--akar", str(folder), *args])
    finally:
        os.chdir(saved)


def press_release(text: str) -> str:
    text = text.replace("status: draf", "status: terbit")
    text = re.sub(r'(?m)^ringkasan: "".*$', 'ringkasan: "Balai warga baru untuk musyawarah."', text)
    text = re.sub(r'(?m)^jenis_berita: "".*$', 'jenis_berita: "Kegiatan Pimpinan"', text)
    return re.sub(r'(?m)^klasifikasi: "".*$', 'klasifikasi: "400.14.4.3"', text)


def test_demo_plays_the_whole_sop_001_flow_signed(tmp_path, capsys, clean_identity):
    demo = tmp_path / "demo"
    assert main(["demo", str(demo), "--dari", str(ROOT)]) == 0
    root = git(demo, "config", "ppid.akarKepercayaan")
    assert root in capsys.readouterr().out
    assert not any(".kunci-demo" in f for f in git(demo, "ls-files").splitlines())
    assert ppid(demo, "periksa") == 0

    assert ppid(demo, "demo", "--sebagai", "petugas-penerima") == 0  # Rina receives the item
    assert git(demo, "config", "user.email") == "rina.susanti@bantulkab.go.id"
    assert ppid(demo, "baru", "siaran-pers", "Lurah Resmikan Balai Warga", "--unit",
                "Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman") == 0
    path = sorted((demo / "content" / "berita").glob("*lurah-resmikan-balai-warga.md"))[0]
    item = path.relative_to(demo).as_posix()
    text = press_release(path.read_text(encoding="utf-8"))
    # SOP 001 step 1 since 28 November 2026: authentic multimedia evidence with the release.
    photo = demo / "content" / "gambar" / "balai-warga.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), (120, 90, 40)).save(photo)
    text = re.sub(r"(?m)^bukti: .*$", 'bukti: [{"berkas": "gambar/balai-warga.jpg", "jenis": '
                  '"foto", "keterangan": "Lurah menggunting pita balai warga"}]', text)
    path.write_text(text, encoding="utf-8")
    git(demo, "add", item, "content/gambar/balai-warga.jpg")
    git(demo, "commit", "-q", "-m", "Naskah masuk")
    assert ppid(demo, "demo", "--sebagai", "kasie-informasi") == 0  # the Kasie accepts it (YA)
    assert ppid(demo, "catat", item, "--langkah", "1", "--keputusan", "ya") == 0

    assert ppid(demo, "demo", "--sebagai", "kabid") == 0
    assert ppid(demo, "paraf", item, "--peran", "kabid") == 0
    assert ppid(demo, "demo", "--sebagai", "kasie-informasi") == 0
    assert ppid(demo, "paraf", item, "--peran", "kasie-informasi", "--tolak",
                "--catatan", "Sebutkan lokasi balai.") == 0

    assert ppid(demo, "demo", "--sebagai", "petugas-penerima") == 0  # the fix
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Tulis isi di sini.", "Balai warga di Padukuhan Bunder diresmikan."), encoding="utf-8")
    git(demo, "commit", "-q", "-am", "Perbaikan: lokasi balai")
    for role in ("kabid", "kasie-informasi"):
        assert ppid(demo, "demo", "--sebagai", role) == 0
        assert ppid(demo, "paraf", item, "--peran", role) == 0
    assert ppid(demo, "demo", "--sebagai", "operator-website") == 0
    assert ppid(demo, "nomori", item) == 0
    assert re.search(r"(?m)^nomor_arsip: .*400\.14\.4\.3/", path.read_text(encoding="utf-8"))

    capsys.readouterr()
    assert ppid(demo, "periksa", "--strict") == 0, capsys.readouterr().out
    signed = git(demo, "-c", "gpg.ssh.allowedSignersFile=approvals/allowed_signers", "log",
                 "--format=%G? %an %s", f"{root}..HEAD").splitlines()
    flow = [line for line in signed if "Akar kepercayaan" not in line]
    assert len(flow) == 8 and all(line.startswith("G ") for line in flow), signed  # with catat
    assert not any(".kunci-demo" in f for f in git(demo, "ls-files").splitlines())

    assert ppid(demo, "bangun") == 0
    pages = list((demo / "output").rglob("*.html"))
    assert len(pages) > 50
    assert all("DEMO — salinan latihan" in p.read_text(encoding="utf-8") for p in pages)


def test_sebagai_outside_a_demo_or_for_an_unknown_role(tmp_path, capsys, clean_identity):
    assert ppid(tmp_path, "demo", "--sebagai", "kabid") == 2
    assert "bukan salinan demo" in capsys.readouterr().out


TAKE_OVER = ["--ambil-alih", "--ya", "--instansi", "Pemerintah Kalurahan Bunder",
             "--situs", "https://ppid.bunder.desa.id", "--kepala", "Sutrisno, S.Pd.",
             "--kepala-email", "sutrisno@bunder.desa.id"]


def test_take_over_at_tanda_tangan_without_a_key_is_refused_saying_what_to_pass(
        tmp_path, capsys, clean_identity):
    copy = tmp_path / "salinan"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(copy)], check=True)
    before = git(copy, "rev-parse", "HEAD")
    assert main(["init", str(copy), *TAKE_OVER]) == 2
    out = capsys.readouterr().out
    assert "--kunci" in out and "ssh-keygen -t ed25519" in out and "Traceback" not in out
    assert git(copy, "rev-parse", "HEAD") == before and git(copy, "status", "--porcelain") == ""


def test_take_over_a_copy_new_root_old_history_kept(tmp_path, capsys, clean_identity):
    copy = tmp_path / "salinan"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(copy)], check=True)
    old_head = git(copy, "rev-parse", "HEAD")
    key = tmp_path / "kunci" / "sutrisno"  # the new head's own key, outside the repository
    key.parent.mkdir()
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "sutrisno", "-f", str(key)],
                   check=True)
    assert main(["init", str(copy), *TAKE_OVER, "--kunci", f"{key}.pub"]) == 0
    root = git(copy, "config", "ppid.akarKepercayaan")
    assert git(copy, "rev-parse", f"{root}^") == old_head  # the old history stays history
    assert "PPID Kalurahan Bunder" in (copy / "approvals" / "config.yaml").read_text(encoding="utf-8")
    capsys.readouterr()
    assert ppid(copy, "periksa") == 0, capsys.readouterr().out
    roster = (copy / "approvals" / "roster.yaml").read_text(encoding="utf-8")
    assert "sutrisno@bunder.desa.id" in roster
    # The new head signs: an approvals/ change of theirs, signed with their key, is accepted.
    signers = (copy / "approvals" / "allowed_signers").read_text(encoding="utf-8")
    assert "sutrisno@bunder.desa.id" in signers
    config = copy / "approvals" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "ppid: PPID Kalurahan Bunder", "ppid: PPID Kalurahan Bunder Gunungkidul"), encoding="utf-8")
    # The old office acted today (the example's last commit), so the new terms start tomorrow.
    start = re.search(r"mulai: (\d{4}-\d\d-\d\d)", roster[roster.index("sutrisno@"):])[1]
    when = f"{start}T09:00:00+07:00"
    subprocess.run(["git", "-c", "user.name=Sutrisno, S.Pd.", "-c", "user.email=sutrisno@bunder.desa.id",
                    "-c", "gpg.format=ssh", "-c", f"user.signingkey={key}.pub", "commit", "-q", "-S",
                    "-m", "Nama PPID", "--", "approvals/config.yaml"], cwd=copy, check=True,
                   env={**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})
    capsys.readouterr()
    os.environ["PPID_SEKARANG"] = f"{start}T10:00:00+07:00"
    try:
        assert ppid(copy, "periksa") == 0, capsys.readouterr().out
    finally:
        del os.environ["PPID_SEKARANG"]
    assert not any("kunci" in f or f.endswith(".pub") for f in git(copy, "ls-files").splitlines()
                   if not f.startswith("approvals/"))


def test_interactive_take_over_asks_for_the_copys_roles_and_every_key(tmp_path, clean_identity):
    import sys

    copy = tmp_path / "salinan"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(copy)], check=True)
    keys = tmp_path / "kunci"
    keys.mkdir()
    for name in ("sutrisno", "wahyu"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name,
                        "-f", str(keys / name)], check=True)
    roles = [r for r in yaml.safe_load((copy / "approvals" / "config.yaml").read_text(
        encoding="utf-8"))["peran"] if r not in ("kepala-dinas", "kabid")]
    answers = ["Pemerintah Kalurahan Bunder", "", "https://ppid.bunder.desa.id", "", "", "", "",
               "", "Sutrisno, S.Pd.", "sutrisno@bunder.desa.id", str(keys / "sutrisno.pub"),
               # the first other role: a new person with a key; every later one: Enter (the same)
               "Wahyu Nugroho", "wahyu@bunder.desa.id", "", str(keys / "wahyu.pub")]
    answers += [""] * (len(roles) - 1)
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "init", str(copy), "--ambil-alih"],
                          input="\n".join(answers) + "\n", capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Tingkat kepercayaan" not in done.stdout  # the copy keeps its level
    roster = yaml.safe_load((copy / "approvals" / "roster.yaml").read_text(encoding="utf-8"))
    wahyu = next(o for o in roster["pejabat"] if o["git"]["email"] == "wahyu@bunder.desa.id")
    assert sorted(j["peran"] for j in wahyu["jabatan"]) == sorted(roles)
    signers = (copy / "approvals" / "allowed_signers").read_text(encoding="utf-8")
    assert "wahyu@bunder.desa.id" in signers and "sutrisno@bunder.desa.id" in signers


# ---- unit tests of pipeline.actions.demo on a small site of the tests (tests/conftest.py) ------

def test_replace_block_swaps_one_top_level_mapping():
    from pipeline.actions.demo import _replace_block

    text = "# kepala\ninstansi:\n  nama: Lama\n  # catatan\n\n  situs: x\ntingkat: nama\n"
    assert _replace_block(text, "instansi", "instansi:\n  nama: Baru\n") == (
        "# kepala\ninstansi:\n  nama: Baru\ntingkat: nama\n")
    assert _replace_block("tingkat: nama\n", "instansi", "instansi: {}\n") == (
        "instansi: {}\ntingkat: nama\n")


def test_holders_by_the_day_with_inclusive_terms(tmp_path):
    from datetime import date

    from pipeline.actions.demo import holders

    (tmp_path / "approvals").mkdir()
    (tmp_path / "approvals" / "roster.yaml").write_text(
        "pejabat:\n"
        "  - {id: a, jabatan: [{peran: kabid, mulai: 2026-01-01, sampai: 2026-06-30}]}\n"
        "  - {id: b, jabatan: [{peran: kabid, mulai: 2026-06-30}, {peran: redaktur, mulai: 2020-01-01}]}\n",
        encoding="utf-8")
    ids = lambda day, role="kabid": [o["id"] for o in holders(tmp_path, role, day)]  # noqa: E731
    assert ids(date(2026, 6, 29)) == ["a"]
    assert ids(date(2026, 6, 30)) == ["a", "b"]  # both ends of a term count
    assert ids(date(2026, 7, 1)) == ["b"]
    assert ids(date(2025, 12, 31)) == [] and ids(date(2026, 7, 1), "sekretaris") == []


def test_example_repository_is_this_checkout():
    from pipeline.actions.demo import example_repository

    assert example_repository() == ROOT


def test_make_demo_and_play_on_a_small_site(tmp_path, clean_identity):
    from pipeline.actions.demo import make_demo, play
    from pipeline.model.errors import UsageError
    from pipeline.site.demo import DEMO_KEYS

    from ..conftest import make_site

    source = make_site(tmp_path / "sumber").root
    folder = tmp_path / "demo"
    message = make_demo(source, folder)
    sha = git(folder, "rev-parse", "HEAD")
    assert sha in message and git(folder, "config", "ppid.akarKepercayaan") == sha
    assert git(folder, "log", "-1", "--format=%an") == "Retno Widyastuti"  # the administrator
    assert git(folder, "status", "--porcelain") == ""  # private keys are excluded, not committed
    assert git(folder, "ls-files", DEMO_KEYS) == ""
    signers = (folder / "approvals" / "allowed_signers").read_text(encoding="utf-8")
    assert "# Kunci demo (ppid demo)" in signers
    assert (folder / DEMO_KEYS / "agus.pub").read_text().split()[1] in signers

    assert "Agus" in play(folder, "kabid")  # the holder today, not his predecessor
    assert git(folder, "config", "user.email") == "agus.prasetyo@bantulkab.go.id"
    assert git(folder, "config", "user.signingkey") == str(folder / DEMO_KEYS / "agus.pub")
    with pytest.raises(UsageError) as refused:
        play(folder, "bukan-peran")
    assert refused.value.exit_code == 2 and "bukan-peran" in str(refused.value)
    with pytest.raises(UsageError, match="bukan salinan demo"):
        play(source, "kabid")
    with pytest.raises(UsageError, match="sudah repositori git"):
        make_demo(source, folder)  # never over an existing copy


def test_take_over_ends_the_old_terms_and_pins_a_new_root(tmp_path, clean_identity):
    from pipeline.actions.demo import take_over
    from pipeline.actions.init import Options
    from pipeline.model.dates import now
    from pipeline.model.errors import UsageError

    from ..conftest import make_site

    site = make_site(tmp_path / "salinan")
    with pytest.raises(UsageError, match="bukan"):
        take_over(Options(tmp_path / "kosong", ya=True))
    opts = Options(site.root, instansi="Pemerintah Desa Sidomulyo", situs="https://ppid.sido.id",
                   kepala="Budi Santoso", kepala_email="budi@sido.id", ya=True)
    assert "PPID Desa Sidomulyo" in take_over(opts)
    sha = git(site.root, "rev-parse", "HEAD")
    assert git(site.root, "config", "ppid.akarKepercayaan") == sha
    config = yaml.safe_load(site.read("approvals/config.yaml"))
    assert config["instansi"]["nama"] == "Pemerintah Desa Sidomulyo"
    assert config["ambang_pengesahan"] == {"bawaan": 1}
    roster = yaml.safe_load(site.read("approvals/roster.yaml"))["pejabat"]
    budi = next(o for o in roster if o["nama"] == "Budi Santoso")
    assert [t["peran"] for t in budi["jabatan"]] == config["pengelola_approvals"]
    start = budi["jabatan"][0]["mulai"]
    assert start >= now().date()  # today, or tomorrow when the old office acted today
    for official in roster:
        if official is not budi:  # every old term ended before the new head starts
            assert all(t.get("sampai") and t["sampai"] < start for t in official["jabatan"])


def test_a_roster_term_without_a_start_is_a_clear_error(tmp_path):
    from datetime import date

    from pipeline.actions.demo import holders
    from pipeline.model.errors import PpidError

    (tmp_path / "approvals").mkdir()
    (tmp_path / "approvals" / "roster.yaml").write_text(
        "pejabat:\n  - {id: a, jabatan: [{peran: kabid, mulai: '1 Juli 2026'}]}\n", encoding="utf-8")
    with pytest.raises(PpidError, match="roster.yaml"):
        holders(tmp_path, "kabid", date(2026, 11, 28))


def test_a_demo_into_an_existing_repository_says_choose_a_new_folder(tmp_path):
    from pipeline.actions.demo import make_demo
    from pipeline.model.errors import UsageError

    existing = tmp_path / "ada"
    existing.mkdir()
    subprocess.run(["git", "init", "-q", str(existing)], check=True)
    with pytest.raises(UsageError, match="salinan baru") as raised:
        make_demo(ROOT, existing)
    assert "--ambil-alih" not in str(raised.value)
