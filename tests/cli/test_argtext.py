"""cli/argtext: argparse's own texts in the user's language, and back to English afterwards."""

from __future__ import annotations

import argparse

import pytest

from pipeline.cli.argtext import MESSAGE_IDS, argparse_language, translate, translate_plural
from pipeline.i18n.messages import CATALOG, set_language


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ppid")
    parser.add_argument("--format", choices=["teks", "json"])
    return parser


def test_every_message_id_has_a_catalog_entry_and_unknown_ids_pass_through():
    assert all(code in CATALOG for code in MESSAGE_IDS.values())
    assert translate("options", "id") != "options" and translate("options", "en") == "options"
    assert translate("sesuatu yang lain") == "sesuatu yang lain"


def test_errors_and_help_in_indonesian_inside_and_english_outside(capsys):
    with argparse_language(), pytest.raises(SystemExit) as raised:
        _parser().parse_args(["--format", "xml"])
    assert raised.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice" not in error and "'xml'" in error
    with argparse_language():
        help_text = _parser().format_help()
    assert "show this help message" not in help_text
    assert "show this help message" in _parser().format_help()  # restored afterwards


def test_english_when_asked_and_plural_forms():
    set_language("en")
    with argparse_language():
        assert "show this help message" in _parser().format_help()
    assert translate_plural("expected %s argument", "expected %s arguments", 2) == \
        "expected %s arguments"
    set_language("id")
    assert translate_plural("expected %s argument", "expected %s arguments", 2) == \
        "diharapkan %s argumen"
