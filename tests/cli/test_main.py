"""cli/main: parse, dispatch, and the one place errors become exit codes (never a traceback)."""

from __future__ import annotations

import json

from pipeline.cli.main import main

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
EXPECTED_BROKEN_CONFIG = 2  # a configuration error: exit 2


def _run(site, capsys, *argv: str) -> tuple[int, str]:
    return site.ppid(*argv, capsys=capsys)


def test_exit_codes_clean_findings_usage_and_help(site, capsys):
    assert main(["--akar", str(site.root), "periksa"]) == 0
    site.write(REL, PRESS_RELEASE.replace("title:", "judul:"))
    code, out = _run(site, capsys, "periksa")
    assert code == 1 and f"{REL}:2" in out  # the file and its line
    code, out = _run(site, capsys, "periksa", "approvals/config.yaml")
    assert code == 2 and "content/" in out
    assert _run(site, capsys, "tidak-ada-perintah")[0] == 2  # argparse's own refusal
    assert _run(site, capsys, "--help")[0] == 0


def test_english_aliases_and_messages(site, capsys):
    site.write(REL, PRESS_RELEASE.replace("title:", "judul:"))
    indonesian = _run(site, capsys, "periksa", "--format", "json")
    english = _run(site, capsys, "check", "--format", "json")
    assert indonesian[0] == english[0] == 1
    rules = [r["aturan"] for r in json.loads(indonesian[1])]
    assert rules == [r["aturan"] for r in json.loads(english[1])] and "skema.wajib" in rules
    code, out = _run(site, capsys, "--lang", "en", "check", "--format", "text")
    assert code == 1 and "1 file checked" in " ".join(out.split())


def test_a_folder_argument_checks_the_items_inside_it_only(site, capsys):
    site.write(REL, PRESS_RELEASE.replace("title:", "judul:"))
    site.write("content/halaman/profil.md", PRESS_RELEASE.replace("title:", "judul:"))
    code, out = _run(site, capsys, "periksa", str(site.root / "content/berita"))
    assert code == 1 and REL in out and "profil.md" not in out
    code, out = _run(site, capsys, "periksa", str(site.root / "content/tidak-ada"))
    assert code == 2 and "tidak-ada" in out


def test_a_broken_config_is_a_configuration_error_not_a_traceback(site, capsys):
    site.write("approvals/config.yaml", "instansi: [: :\n")
    code, out = _run(site, capsys, "periksa")
    assert code == EXPECTED_BROKEN_CONFIG and "Traceback" not in out and "approvals/config.yaml" in out
    assert "kesalahan internal" not in out
