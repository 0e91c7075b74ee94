"""Unit tests of pipeline.cli.kantor: the `init` and `demo` verbs' options and their handlers."""

from __future__ import annotations

import argparse
import subprocess

import pytest

from pipeline.cli.kantor import add_commands, cmd_demo, cmd_init
from pipeline.cli.parser import _Commands
from pipeline.model.errors import UsageError

OFFICE = ["--instansi", "Kalurahan Bunder", "--situs", "https://ppid.bunder.desa.id",
          "--kepala", "Sutrisno", "--kepala-email", "sutrisno@bunder.desa.id", "--sop", "003"]


def _parse(*argv: str) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="ppid")
    p.add_argument("--akar", default=".")
    add_commands(_Commands(p.add_subparsers(dest="perintah"), {"init": cmd_init, "demo": cmd_demo}))
    return p.parse_args(argv)


def test_init_options_reach_the_handler():
    args = _parse("init", "situs", "--ya", "--kepala-email", "a@b.id", "--sop", "003", "004",
                  "--pejabat", "A|a@b.id|kabid", "--pejabat", "B|b@b.id|admin", "--ambil-alih")
    assert args.func is cmd_init and args.folder == "situs"
    assert (args.kepala_email, args.sop, args.ya, args.ambil_alih, args.paksa) == (
        "a@b.id", ["003", "004"], True, True, False)
    assert args.pejabat == ["A|a@b.id|kabid", "B|b@b.id|admin"]


def test_demo_without_folder_or_role_is_a_usage_error(tmp_path):
    args = _parse("demo")
    assert args.func is cmd_demo and args.folder is None
    with pytest.raises(UsageError, match="ppid demo butuh FOLDER") as refused:
        cmd_demo(args)
    assert refused.value.exit_code == 2


def test_demo_as_a_role_outside_a_demo_copy_is_refused(tmp_path):
    with pytest.raises(UsageError, match="bukan salinan demo"):
        cmd_demo(_parse("--akar", str(tmp_path), "demo", "--sebagai", "kabid"))


def test_init_writes_and_pins_a_new_office(tmp_path, capsys):
    folder = tmp_path / "bunder"
    assert cmd_init(_parse("init", str(folder), "--ya", *OFFICE)) == 0
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True,
                          text=True, check=True).stdout.strip()
    assert head in capsys.readouterr().out
    assert (folder / "approvals" / "config.yaml").is_file()


def test_init_refuses_a_folder_that_is_not_empty_and_writes_nothing(tmp_path):
    (tmp_path / "catatan.txt").write_text("milik kantor", encoding="utf-8")
    with pytest.raises(UsageError, match="tidak kosong"):
        cmd_init(_parse("init", str(tmp_path), "--ya", *OFFICE))
    assert [p.name for p in tmp_path.iterdir()] == ["catatan.txt"]


def test_init_without_a_required_answer_names_the_option(tmp_path):
    without_head = [a for a in OFFICE if a not in ("--kepala", "Sutrisno")]
    with pytest.raises(UsageError, match="--kepala wajib dengan --ya"):
        cmd_init(_parse("init", str(tmp_path / "x"), "--ya", *without_head))
    assert not (tmp_path / "x").exists()
