"""`ppid init`: a new office in one command, checked and built; prompts; refusals (issue #13)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from pipeline.cli.main import main

BUNDER = ["--instansi", "Pemerintah Kalurahan Bunder", "--situs", "https://ppid.bunder.desa.id",
          "--email", "ppid@bunder.desa.id", "--telepon", "(0274) 555123",
          "--alamat", "Jl. Wonosari Km 20, Bunder, Patuk, Gunungkidul", "--atasan", "Lurah Bunder",
          "--kepala", "Sutrisno, S.Pd.", "--kepala-email", "sutrisno@bunder.desa.id"]


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                          text=True).stdout.strip()


def init_office(folder: Path, *extra: str) -> int:
    return main(["init", str(folder), "--ya", *BUNDER, "--sop", "003", *extra])


def home_links(output: Path) -> list[str]:
    html = (output / "index.html").read_text(encoding="utf-8")
    return [h for h in re.findall(r'href="([^"]+)"', html)
            if not h.startswith(("http", "mailto:", "tel:", "#"))]


def test_new_office_checks_builds_and_names_itself_only(tmp_path, capsys):
    folder = tmp_path / "bunder"
    assert init_office(folder) == 0
    out = capsys.readouterr().out
    root = git(folder, "rev-parse", "HEAD")
    assert git(folder, "config", "ppid.akarKepercayaan") == root  # the first commit is the root
    assert root in out and "PPID_AKAR_KEPERCAYAAN" in out
    assert git(folder, "status", "--porcelain") == ""  # everything it wrote is committed
    assert sorted(p.name for p in (folder / "approvals" / "sop").iterdir()) == [
        "003-medsos-kalurahan-bunder.yaml", "halaman-ppid.yaml"]
    assert not (folder / "theme" / "templates").exists()  # the theme comes with the package
    config = yaml.safe_load((folder / "approvals" / "config.yaml").read_text(encoding="utf-8"))
    assert config["unit_kerja"] == ["Kalurahan Bunder"]  # the CMS's first choice for `unit`

    assert main(["--akar", str(folder), "periksa"]) == 0
    assert main(["--akar", str(folder), "bangun"]) == 0
    output = folder / "output"
    index = (output / "index.html").read_text(encoding="utf-8")
    assert "<title>PPID Kalurahan Bunder" in index
    for page in output.rglob("*"):
        if page.is_file():
            assert b"Bantul" not in page.read_bytes(), page  # nothing of the example office
    links = home_links(output)
    assert len(links) > 10
    for href in links:
        target = urljoin("/", href).split("#")[0].lstrip("/")
        path = output / target
        assert (path / "index.html").is_file() or path.is_file(), href


def test_interactive_init_asks_again_after_a_wrong_answer(tmp_path):
    folder = tmp_path / "desa"
    answers = "\n".join([
        "",  # empty name: asked again
        "Pemerintah Kalurahan Bunder",
        "",  # PPID name: default from the body's name
        "ppid.bunder.desa.id",  # no scheme: explained, asked again
        "https://ppid.bunder.desa.id",
        "ppid@bunder.desa.id", "", "", "",  # e-mail, phone, address, superior
        "",  # SOPs: default 003
        "",  # level: penulis
        "Sutrisno, S.Pd.", "sutrisno@bunder.desa.id",
        # Every role of SOP 003 (the head's role is held already):
        "Sutrisno, S.Pd.",  # ketua-ppid-bunder: the head again, nothing more asked
        "Wahyu Nugroho", "wahyu@", "wahyu@bunder.desa.id", "github.com/wahyu", "wahyu-n",
        "",  # admin-medsos-bunder: default = the last person named (Wahyu)
        "Ayu Lestari", "ayu@bunder.desa.id", "forgejo:ayu",  # operator-ppid
    ]) + "\n"
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "init", str(folder)],
                          input=answers, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Peran Seksi Pengolahan Data dan Dokumentasi Informasi Kalurahan Bunder " \
           "(seksi-data-bunder): siapa pemegangnya?" in done.stdout
    assert "'wahyu@' bukan alamat e-mail" in done.stdout
    assert "'github.com/wahyu' bukan akun forge" in done.stdout
    assert "Nama (seperti ditulis di paraf; nama yang sudah disebut: orang yang sama) " \
           "[Wahyu Nugroho]" in done.stdout
    roster = yaml.safe_load((folder / "approvals" / "roster.yaml").read_text(encoding="utf-8"))
    held = {o["nama"]: [j["peran"] for j in o["jabatan"]] for o in roster["pejabat"]}
    assert held == {"Sutrisno, S.Pd.": ["kepala-ppid", "ketua-ppid-bunder"],
                    "Wahyu Nugroho": ["seksi-data-bunder", "admin-medsos-bunder"],
                    "Ayu Lestari": ["operator-ppid"]}
    accounts = {o["nama"]: o.get("akun") for o in roster["pejabat"]}
    assert accounts["Wahyu Nugroho"] == {"github": "wahyu-n"}
    assert accounts["Ayu Lestari"] == {"forgejo": "ayu"}
    assert main(["--akar", str(folder), "periksa", "--strict"]) == 0
    assert "Nama badan publik wajib diisi; coba lagi." in done.stdout
    assert "'ppid.bunder.desa.id' bukan alamat situs" in done.stdout
    assert "Nama PPID (tampil sebagai nama situs) [PPID Kalurahan Bunder]" in done.stdout
    config = (folder / "approvals" / "config.yaml").read_text(encoding="utf-8")
    assert "situs: https://ppid.bunder.desa.id" in config and "ppid: PPID Kalurahan Bunder" in config
    assert "Traceback" not in done.stdout + done.stderr


def test_refuses_a_non_empty_folder_and_an_existing_repository(tmp_path, capsys):
    full = tmp_path / "isi"
    full.mkdir()
    (full / "catatan.txt").write_text("milik kantor\n")
    assert init_office(full) == 2
    assert "tidak kosong" in capsys.readouterr().out
    assert sorted(p.name for p in full.iterdir()) == ["catatan.txt"]

    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    assert init_office(repo) == 2
    assert "sudah repositori git" in capsys.readouterr().out


def test_paksa_never_overwrites_a_file(tmp_path, capsys):
    folder = tmp_path / "kantor"
    (folder / "content" / "halaman").mkdir(parents=True)
    own = folder / "content" / "halaman" / "profil-ppid.md"
    own.write_text("profil milik kantor\n")
    assert init_office(folder, "--paksa") == 0
    assert "content/halaman/profil-ppid.md sudah ada" in capsys.readouterr().out
    assert own.read_text() == "profil milik kantor\n"
    assert "profil-ppid.md" not in git(folder, "ls-files")  # not ours to commit


@pytest.mark.parametrize("bad, message", [
    (["--situs", "ftp:/x"], "bukan alamat situs"),
    (["--tingkat", "tanda-tangan"], "butuh kunci publik"),
    (["--sop", "009"], "SOP '009' tidak dikenal"),
    (["--paket", 'pelican" ; rm'], "bukan patokan ppid-pipeline"),
])
def test_bad_options_are_usage_errors(tmp_path, capsys, bad, message):
    assert init_office(tmp_path / "x", *bad) == 2
    assert message in capsys.readouterr().out
    assert not (tmp_path / "x").exists()


def test_bunder_publishes_its_profile_through_the_pages_sop(tmp_path, monkeypatch, capsys):
    """Kalurahan Bunder's example: SOP 003 and the plain pages SOP, a page received and approved."""
    folder = tmp_path / "bunder"
    assert init_office(folder, "--pejabat", "Wulan Sari|wulan@bunder.desa.id|operator-ppid") == 0
    page = folder / "content" / "halaman" / "profil-ppid.md"
    page.write_text(page.read_text(encoding="utf-8").replace("status: draf", "status: terbit"),
                    encoding="utf-8")
    monkeypatch.chdir(folder)
    for var in ("AUTHOR", "COMMITTER"):  # the operator receives the page
        monkeypatch.setenv(f"GIT_{var}_NAME", "Wulan Sari")
        monkeypatch.setenv(f"GIT_{var}_EMAIL", "wulan@bunder.desa.id")
    git(folder, "commit", "-q", "-am", "Profil PPID diajukan")
    for var in ("AUTHOR", "COMMITTER"):  # the head of the PPID approves it
        monkeypatch.setenv(f"GIT_{var}_NAME", "Sutrisno, S.Pd.")
        monkeypatch.setenv(f"GIT_{var}_EMAIL", "sutrisno@bunder.desa.id")
    assert main(["--akar", str(folder), "paraf", "content/halaman/profil-ppid.md",
                 "--peran", "kepala-ppid"]) == 0
    assert main(["--akar", str(folder), "periksa"]) == 0
    assert main(["--akar", str(folder), "bangun"]) == 0
    built = (folder / "output" / "profil-ppid" / "index.html").read_text(encoding="utf-8")
    assert "PPID Kalurahan Bunder" in built and "Sutrisno" in built
    sop = (folder / "output" / "sop" / "003-medsos-kalurahan-bunder" / "index.html").read_text(
        encoding="utf-8")
    assert "Pemerintah Kalurahan Bunder" in sop


def test_an_office_with_only_the_required_answers_builds(tmp_path):
    """Name, address and head only: no phone, e-mail or street yet (the JSON-LD once failed)."""
    folder = tmp_path / "minimal"
    assert main(["init", str(folder), "--ya", "--instansi", "Pemerintah Kalurahan Bunder",
                 "--situs", "https://ppid.bunder.desa.id", "--kepala", "Suparno",
                 "--kepala-email", "carik@bunder.desa.id"]) == 0
    assert main(["--akar", str(folder), "bangun"]) == 0
    home = (folder / "output" / "index.html").read_text(encoding="utf-8")
    assert '"telephone": ""' in home and "<title>PPID Kalurahan Bunder" in home


def test_an_office_adds_its_own_emblem_favicon_and_css(tmp_path, capsys):
    """theme/static/ of the office adds to or replaces the package's static files; the emblem
    is chosen in approvals/config.yaml (instansi.lambang)."""
    from PIL import Image

    folder = tmp_path / "bunder"
    assert init_office(folder) == 0
    static = folder / "theme" / "static"
    (static / "img").mkdir(parents=True)
    Image.new("RGB", (40, 48), (20, 120, 60)).save(static / "img" / "lambang-bunder.png")
    own_svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 48"><circle cx="20" ' \
              'cy="24" r="18" fill="#146c3c"/></svg>\n'
    (static / "img" / "lambang.svg").write_text(own_svg, encoding="utf-8")  # replaces the package's
    (static / "css").mkdir()
    (static / "css" / "kantor.css").write_text(".kepala { border-top: 4px solid #146c3c; }\n",
                                               encoding="utf-8")
    git(folder, "add", "theme")
    git(folder, "-c", "user.name=Web Kalurahan", "-c", "user.email=web@bunder.desa.id",
        "commit", "-q", "-m", "Lambang dan gaya kalurahan")
    config = folder / "approvals" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "instansi:\n", "instansi:\n  lambang: theme/static/img/lambang-bunder.png\n", 1),
        encoding="utf-8")
    git(folder, "-c", "user.name=Sutrisno, S.Pd.", "-c", "user.email=sutrisno@bunder.desa.id",
        "commit", "-q", "-m", "Lambang kalurahan", "--", "approvals/config.yaml")

    capsys.readouterr()
    assert main(["--akar", str(folder), "periksa", "--strict"]) == 0, capsys.readouterr().out
    assert main(["--akar", str(folder), "bangun"]) == 0, capsys.readouterr().out
    output = folder / "output"
    index = (output / "index.html").read_text(encoding="utf-8")
    assert 'src="theme/img/lambang-bunder.png"' in index.replace("./", "")
    assert re.search(r'rel="icon" href="[^"]*theme/img/lambang-bunder.png" type="image/png"', index)
    assert re.search(r'rel="stylesheet" href="[^"]*theme/css/kantor.css"', index)
    assert (output / "theme" / "img" / "lambang-bunder.png").read_bytes() == \
        (static / "img" / "lambang-bunder.png").read_bytes()
    assert (output / "theme" / "img" / "lambang.svg").read_text(encoding="utf-8") == own_svg
    assert (output / "theme" / "css" / "ppid.css").is_file()  # the package's, still there
    for page in output.rglob("*"):
        if page.is_file():
            assert b"Bantul" not in page.read_bytes(), page
    assert git(folder, "status", "--porcelain") == ""  # the merged theme lives in .git/ppid/


def test_interactive_init_at_tanda_tangan_asks_each_official_for_a_key(tmp_path):
    keys = tmp_path / "kunci"
    keys.mkdir()
    for name in ("sutrisno", "wahyu"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name,
                        "-f", str(keys / name)], check=True)
    (keys / "bukan.pub").write_text("bukan kunci\n", encoding="utf-8")
    answers = "\n".join([
        "Pemerintah Kalurahan Bunder", "", "https://ppid.bunder.desa.id", "", "", "", "",
        "", "tanda-tangan",
        "Sutrisno, S.Pd.", "sutrisno@bunder.desa.id",
        str(keys / "bukan.pub"), str(keys / "sutrisno.pub"),  # a wrong file: asked again
        "", "Wahyu Nugroho", "wahyu@bunder.desa.id", "", str(keys / "tidak-ada.pub"),
        str(keys / "wahyu.pub"), "", "",
    ]) + "\n"
    folder = tmp_path / "desa"
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "init", str(folder)],
                          input=answers, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("bukan kunci publik SSH") == 2
    signers = (folder / "approvals" / "allowed_signers").read_text(encoding="utf-8")
    assert "sutrisno@bunder.desa.id" in signers and "wahyu@bunder.desa.id" in signers
    assert "PRIVATE" not in signers


def test_interactive_input_that_ends_early_is_a_usage_error(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "init", str(tmp_path / "x")],
                          input="Pemerintah Kalurahan Bunder\n", capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "masukan berakhir" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr and not (tmp_path / "x").exists()


def test_the_office_pins_the_package_it_is_told_or_where_ppid_came_from(tmp_path):
    pin = "ppid-pipeline @ git+https://git.bantulkab.go.id/ppid/ppid-pipeline@v0.1.0"
    assert init_office(tmp_path / "a", "--paket", pin) == 0
    text = (tmp_path / "a" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'dependencies = ["{pin}"]' in text
    assert init_office(tmp_path / "b") == 0  # this checkout is an editable install: the version
    from pipeline import __version__
    text = (tmp_path / "b" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'dependencies = ["ppid-pipeline=={__version__}"]' in text


def test_an_emblem_named_but_missing_is_a_finding_with_its_line(tmp_path, capsys):
    folder = tmp_path / "bunder"
    assert init_office(folder) == 0
    config = folder / "approvals" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "instansi:\n", "instansi:\n  lambang: theme/static/img/lambang-bunder.png\n", 1),
        encoding="utf-8")
    git(folder, "-c", "user.name=Sutrisno, S.Pd.", "-c", "user.email=sutrisno@bunder.desa.id",
        "commit", "-q", "-m", "Lambang kalurahan", "--", "approvals/config.yaml")
    capsys.readouterr()
    assert main(["--akar", str(folder), "periksa"]) == 1
    out = capsys.readouterr().out
    line = config.read_text(encoding="utf-8").splitlines().index(
        "  lambang: theme/static/img/lambang-bunder.png") + 1
    assert f"approvals/config.yaml:{line}: instansi.lambang: galat: lambang " in out
    assert "[tema.lambang-hilang]" in out
