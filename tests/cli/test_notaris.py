"""`ppid notaris` on the command line: its help, its required file, the job summary's place."""

from __future__ import annotations

import json

from pipeline.cli import notaris as cli_notaris
from pipeline.cli.main import main


def test_help_is_indonesian_and_names_every_option(capsys):
    assert main(["notaris", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--ulasan", "--token-env", "--kunci", "--remote", "--tanpa-dorong", "--ringkasan"):
        assert option in out
    assert "catat ulasan pull request" in out and "PPID_FORGE_TOKEN" in out


def test_missing_review_file_is_a_usage_error(capsys):
    assert main(["notaris"]) == 2


def test_summary_goes_to_the_step_summary_of_the_job(tmp_path, monkeypatch, capsys):
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    bad = tmp_path / "ulasan.json"
    bad.write_text(json.dumps({"review_id": 1}), encoding="utf-8")
    code = main(["--akar", str(tmp_path), "notaris", "--ulasan", str(bad)])
    assert code == 2
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("### Notaris ulasan PPID") and "Ulasan tidak dicatat" in text
    assert "review_id (bilangan)" in capsys.readouterr().out


def test_periksa_offers_daring():
    from pipeline.cli.main import parse

    assert parse(["periksa", "--daring"]).daring is True
    assert cli_notaris.online  # what --daring adds to the findings
