"""The preview's command line: `ppid bangun --pratinjau` / `build --preview`, its options and refusals."""

from __future__ import annotations

import json

import pytest

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"


@pytest.fixture
def waiting(tmp_path):
    """main with nothing; branch `usulan` with one item initialled by the Kabid only."""
    site = make_site(tmp_path / "situs")
    site.git("checkout", "-q", "-b", "usulan")
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")])
    site.commit(REL)
    return site


def test_english_alias_builds_an_english_preview_in_the_named_folder(waiting, capsys):
    code, out = waiting.ppid("build", "--preview", "--output", "lihat", "--bahasa-situs", "en",
                             capsys=capsys)
    assert code == 0 and "Pratinjau dibangun" in out and "1 naskah (1 belum disetujui)" in out
    page = (waiting.root / "lihat/berita/2026/jembatan/index.html").read_text(encoding="utf-8")
    assert "PREVIEW — not approved: waiting for the initial of the" in page
    assert "Dewi Lestari, S.Sos." in page
    assert not (waiting.root / "output").exists() and not (waiting.root / "output-pratinjau").exists()
    # built again over itself: a preview folder may be replaced by a newer preview
    assert waiting.ppid("build", "--preview", "--output", "lihat", capsys=capsys)[0] == 0
    marker = json.loads((waiting.root / "lihat/.ppid-build.json").read_text(encoding="utf-8"))
    assert marker["pratinjau_naskah"] is True


@pytest.mark.parametrize("option", [["--ringkasan", "x.md"], ["--berubah-sejak", "main"],
                                    ["--tautan-artefak", "https://x.test"]])
def test_preview_options_without_preview_are_usage_errors(waiting, capsys, option):
    code, out = waiting.ppid("bangun", *option, capsys=capsys)
    assert code == 2 and f"{option[0]} hanya berlaku bersama --pratinjau" in out
    assert not (waiting.root / "output").exists()


def test_preview_and_intranet_do_not_mix(waiting, capsys):
    code, out = waiting.ppid("bangun", "--pratinjau", "--intranet", capsys=capsys)
    assert code == 2 and "tidak dapat digabung" in out


def test_preview_refuses_a_folder_that_is_no_build(waiting, capsys):
    (waiting.root / "dokumen").mkdir()
    (waiting.root / "dokumen/penting.txt").write_text("jangan dihapus", encoding="utf-8")
    code, out = waiting.ppid("bangun", "--pratinjau", "-o", "dokumen", capsys=capsys)
    assert code == 2 and "bukan hasil 'ppid bangun'" in out
    assert (waiting.root / "dokumen/penting.txt").read_text(encoding="utf-8") == "jangan dihapus"


def test_summary_is_appended_and_says_when_nothing_changed(waiting, tmp_path, capsys):
    summary = tmp_path / "ringkasan.md"
    summary.write_text("# Langkah sebelumnya\n", encoding="utf-8")
    code, _ = waiting.ppid("bangun", "--pratinjau", "--ringkasan", str(summary),
                           "--berubah-sejak", "usulan", capsys=capsys)
    text = summary.read_text(encoding="utf-8")
    assert code == 0 and text.startswith("# Langkah sebelumnya\n")
    assert "Tidak ada naskah yang berubah dalam usulan ini." in text


def test_summary_with_an_unknown_base_is_a_usage_error(waiting, tmp_path, capsys):
    code, out = waiting.ppid("bangun", "--pratinjau", "--ringkasan", str(tmp_path / "r.md"),
                             "--berubah-sejak", "origin/tidak-ada", capsys=capsys)
    assert code == 2 and "origin/tidak-ada" in out


def test_pull_request_workflow_always_builds_and_uploads_the_preview():
    """The preview step and the upload run even when the check fails, with options ppid knows."""
    import shlex

    import yaml

    from pipeline.cli.main import parse

    from ..conftest import ROOT

    workflow = yaml.safe_load((ROOT / ".github/workflows/periksa.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["periksa"]["steps"]
    check = next(i for i, s in enumerate(steps) if "check --changed-since" in s.get("run", ""))
    build = next(i for i, s in enumerate(steps) if "build --preview" in s.get("run", ""))
    upload = next(i for i, s in enumerate(steps) if "upload-artifact" in s.get("uses", ""))
    assert check < build < upload
    assert steps[build]["if"] == "always()" and steps[upload]["if"] == "always()"
    assert steps[upload]["with"]["path"] == "pratinjau"
    command = shlex.split(steps[build]["run"].replace("\\\n", " "))
    args = parse(command[1:])
    assert args.pratinjau and args.revisi_kerja and args.keluaran == "pratinjau"
    assert args.ringkasan == "$GITHUB_STEP_SUMMARY" and args.berubah_sejak == "origin/$BASE_REF"
    assert args.tautan_artefak.endswith("/actions/runs/$GITHUB_RUN_ID")


def test_summary_in_english_and_exempt_words_stop_the_preview(waiting, tmp_path, capsys):
    summary = tmp_path / "summary.md"
    code, _ = waiting.ppid("--bahasa", "en", "build", "--preview", "--summary", str(summary),
                           "--changed-since", "main", capsys=capsys)
    text = summary.read_text(encoding="utf-8")
    assert code == 0 and "Preview of the proposal: changed items" in text
    assert "waiting for the initial of the" in text and f"`{REL}`" in text
    # An exempt item's words quoted by an item the preview builds: no preview at all (exit 1).
    exempt = "content/informasi/register.md"
    secret = "kalimat rahasia register pemohon yang dikecualikan tidak boleh tampil di mana pun"
    from ..site.test_pratinjau import EXEMPT_TEXT

    waiting.write(exempt, EXEMPT_TEXT.replace(
        "KALIMAT RAHASIA DARI REGISTER YANG DIKECUALIKAN TIDAK PERNAH TAMPIL.", secret))
    waiting.write(REL, waiting.read(REL).replace("sepanjang 60 meter.", f"sepanjang 60 meter. {secret}"))
    code, out = waiting.ppid("bangun", "--pratinjau", "-o", "bocor", capsys=capsys)
    assert code == 1 and "bocor" not in [p.name for p in waiting.root.iterdir()]


# Unit tests of pipeline.cli.pratinjau itself: its options and which combinations it refuses.

def _preview_parser():
    import argparse

    from pipeline.cli import pratinjau as cli_pratinjau

    p = argparse.ArgumentParser(prog="ppid bangun")
    p.add_argument("--intranet", action="store_true")
    cli_pratinjau.add_options(p)
    return p


def test_the_options_and_their_english_aliases():
    from pipeline.cli.pratinjau import wanted

    p = _preview_parser()
    args = p.parse_args(["--preview", "--summary", "r.md", "--changed-since", "main",
                         "--artifact-link", "https://x/1"])
    assert (args.pratinjau, args.ringkasan, args.berubah_sejak, args.tautan_artefak) == (
        True, "r.md", "main", "https://x/1")
    assert wanted(args) is True
    assert wanted(p.parse_args([])) is False
    assert wanted(p.parse_args(["--intranet"])) is False


@pytest.mark.parametrize("argv, option", [(["--ringkasan", "r.md"], "--ringkasan"),
                                          (["--berubah-sejak", "main"], "--berubah-sejak"),
                                          (["--tautan-artefak", "u"], "--tautan-artefak")])
def test_a_preview_only_option_alone_is_a_usage_error(argv, option):
    from pipeline.cli.pratinjau import wanted
    from pipeline.model.errors import UsageError

    with pytest.raises(UsageError) as refused:
        wanted(_preview_parser().parse_args(argv))
    assert refused.value.exit_code == 2
    assert str(refused.value) == f"{option} hanya berlaku bersama --pratinjau"


def test_preview_and_intranet_together_are_refused():
    from pipeline.cli.pratinjau import wanted
    from pipeline.model.errors import UsageError

    with pytest.raises(UsageError, match="--pratinjau dan --intranet tidak dapat digabung"):
        wanted(_preview_parser().parse_args(["--pratinjau", "--intranet"]))
