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


# ---- unit tests of pipeline.actions.init: checking answers, asking, writing -------------------

def _reader(*replies: str):
    """Answers typed by a person, one per prompt; the prompts are kept to be looked at."""
    queue, prompts = list(replies), []

    def read(prompt: str) -> str:
        prompts.append(prompt)
        if not queue:
            raise EOFError
        return queue.pop(0)
    return read, prompts


def test_checks_of_single_answers():
    from pipeline.actions import init as unit

    assert unit.check_url("https://ppid.bunder.desa.id/a") is None
    assert unit.check_url("http://localhost:8000") is not None  # needs a dotted host
    assert "bukan alamat situs" in unit.check_url("ppid.bunder.desa.id")
    assert unit.check_email("a.b@desa.id") is None and "bukan alamat e-mail" in unit.check_email("a@b")
    assert unit.check_level("tanda-tangan") is None and "tidak dikenal" in unit.check_level("nama")
    assert unit.check_sops("003, 004-b") is None
    assert "SOP '999' tidak dikenal" in unit.check_sops("003 999")
    assert unit.check_account("forgejo:budi.s") is None and unit.check_account("budi") is None
    assert "bukan akun forge" in unit.check_account("gitlab:budi")
    assert unit.check_package("") == "" and unit.check_package(" ppid-pipeline>=0.2 ") == "ppid-pipeline>=0.2"
    with pytest.raises(unit.UsageError, match="bukan patokan ppid-pipeline"):
        unit.check_package('ppid-pipeline @ "x"; rm -rf')


def test_the_sop_choices_shown_can_be_chosen():
    from pipeline.actions import init as unit
    from pipeline.actions.kantor import resolve_sop

    shown = unit.check_sops("999").split("pilihan: ")[1].split(", ")
    assert len(shown) == len(set(shown)) and all(resolve_sop(c) for c in shown)


def test_read_key_takes_the_first_public_key_line(tmp_path):
    from pipeline.actions.init import check_key, read_key

    good = tmp_path / "k.pub"
    good.write_text("ssh-ed25519 AAAAC3Nza budi@desa\nssh-rsa AAAB kedua\n", encoding="utf-8")
    assert read_key(str(good)) == "ssh-ed25519 AAAAC3Nza budi@desa"
    private = tmp_path / "k"
    private.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n", encoding="utf-8")
    assert "bukan kunci publik SSH" in check_key(str(private))
    assert check_key(str(tmp_path / "tidak-ada.pub")) is not None
    (tmp_path / "biner.pub").write_bytes(b"\xff\xfe\x00")
    assert check_key(str(tmp_path / "biner.pub")) is not None


def test_ask_repeats_until_good_and_takes_the_default(capsys):
    from pipeline.actions.init import ask, check_email

    read, prompts = _reader("", "bukan-email", " a@desa.id ")
    assert ask("E-mail", "", check_email, read) == "a@desa.id"
    out = capsys.readouterr().out
    assert "E-mail wajib diisi" in out and "'bukan-email' bukan alamat e-mail" in out
    assert prompts == ["E-mail: "] * 3
    read, prompts = _reader("")
    assert ask("Situs", "https://a.id", None, read) == "https://a.id"
    assert prompts == ["Situs [https://a.id]: "]
    assert ask("Telepon", "", None, _reader("")[0], required=False) == ""


def test_ask_at_end_of_input_is_a_usage_error():
    from pipeline.actions.init import ask
    from pipeline.model.errors import UsageError

    with pytest.raises(UsageError, match="masukan berakhir sebelum 'Nama' dijawab") as refused:
        ask("Nama ", "", None, _reader()[0])
    assert refused.value.exit_code == 2


def test_answers_from_options_and_from_questions():
    from pipeline.actions.init import Options, answers
    from pipeline.model.errors import UsageError

    opts = Options(Path("x"), instansi="Pemerintah Desa Sidomulyo", situs="https://ppid.sido.id",
                   kepala="Budi", kepala_email="budi@sido.id", sop=["003"], ya=True)
    a = answers(opts)
    assert (a.ppid, a.tingkat, a.sop, a.email) == (
        "PPID Desa Sidomulyo", "penulis", ["003-medsos-kalurahan-bunder"], "")
    assert [o.nama for o in a.pejabat] == ["Budi"]
    with pytest.raises(UsageError, match="bukan alamat situs"):
        answers(Options(Path("x"), situs="ppid.sido.id", instansi="Desa", ya=True))
    with pytest.raises(UsageError, match="wajib diisi"):
        answers(Options(Path("x"), instansi="  ", ya=True))
    with pytest.raises(UsageError, match="tingkat tanda-tangan butuh kunci publik"):
        answers(Options(Path("x"), instansi="Desa", situs="https://a.id", kepala="B",
                        kepala_email="b@a.id", tingkat="tanda-tangan", ya=True))


def test_ask_officials_adds_roles_to_a_known_name_and_asks_a_new_one():
    from pipeline.actions.init import ask_officials
    from pipeline.actions.kantor import Official

    officials = [Official("Budi", "budi@sido.id", ["kepala-ppid"])]
    read, _ = _reader("budi", "Sari", "sari@sido.id", "forgejo:sari")
    ask_officials(officials, {"kepala-ppid": "Kepala", "kabid": "Kabid", "redaktur": "Redaktur"},
                  "penulis", read)
    assert [(o.nama, o.peran, o.akun) for o in officials] == [
        ("Budi", ["kepala-ppid", "kabid"], {}), ("Sari", ["redaktur"], {"forgejo": "sari"})]


def test_parse_official_and_its_refusals(tmp_path):
    from pipeline.actions.init import parse_official
    from pipeline.model.errors import UsageError

    o = parse_official(" Sari | sari@sido.id | kabid, redaktur ")
    assert (o.nama, o.email, o.peran, o.kunci) == ("Sari", "sari@sido.id", ["kabid", "redaktur"], "")
    for spec in ("Sari|sari@sido.id", "|sari@sido.id|kabid", "Sari|sari|kabid", "Sari|s@a.id|",
                 "a|s@a.id|k|kunci|lagi"):
        with pytest.raises(UsageError, match="tulis 'Nama\\|email\\|peran,peran'"):
            parse_official(spec)
    with pytest.raises(UsageError, match="bukan kunci publik SSH"):
        parse_official(f"Sari|s@a.id|kabid|{tmp_path / 'tidak-ada.pub'}")


def test_refuse_unless_told_and_write_files_never_overwrite(tmp_path):
    from pipeline.actions.init import refuse_unless_told, write_files
    from pipeline.model.errors import UsageError

    refuse_unless_told(tmp_path / "baru", False)  # a folder that does not exist yet is fine
    refuse_unless_told(tmp_path, False)  # an empty one too
    (tmp_path / "README.md").write_text("milik kantor", encoding="utf-8")
    with pytest.raises(UsageError, match="tidak kosong"):
        refuse_unless_told(tmp_path, False)
    refuse_unless_told(tmp_path, True)
    (tmp_path / ".git").mkdir()
    with pytest.raises(UsageError, match="sudah repositori git"):
        refuse_unless_told(tmp_path, False)
    (tmp_path / "lama.txt").symlink_to(tmp_path / "tidak-ada")  # a dangling link is a file too
    written, skipped = write_files(tmp_path, {"README.md": "baru", "a/b/c.txt": "c",
                                              "lama.txt": "x"})
    assert (written, skipped) == (["a/b/c.txt"], ["README.md", "lama.txt"])
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "milik kantor"
