"""The command line's one language: Indonesian verbs and options, old spellings kept, argparse's
own texts in Indonesian (English under --bahasa en), help with every choice, English plurals."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from pipeline.cli.main import main, parse
from pipeline.cli.parser import VERBS, prescan
from pipeline.i18n.messages import set_language, t, translator, word

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _indonesian(monkeypatch):
    monkeypatch.delenv("PPID_LANG", raising=False)
    set_language(None)
    yield
    set_language(None)


@pytest.mark.parametrize(("new", "old"), [(v, o) for v, o in VERBS.items() if o])
def test_old_verbs_are_aliases_of_the_indonesian_ones(new, old):
    extra = {"kembalikan": ["--to", "x"], "laporan": ["evaluasi"], "baru": ["halaman", "J"],
             "nomori": ["f"], "bagikan": ["f"]}.get(new, [])
    assert parse([new, *extra]).func is parse([old, *extra]).func


@pytest.mark.parametrize("argv", [
    ["check", "--format", "text"], ["periksa", "--format", "teks"],
    ["status", "--format", "text"], ["report", "evaluasi", "--format", "text"],
])
def test_format_text_is_accepted_for_teks(argv):
    assert parse(argv).format == "teks"


@pytest.mark.parametrize("spelling", ["-o", "--keluaran", "--output"])
@pytest.mark.parametrize("verb", ["bangun", "sajikan", "terbitkan", "agenda", "skema"])
def test_one_output_option_three_spellings(verb, spelling):
    assert parse([verb, spelling, "hasil"]).keluaran == "hasil"


def test_message_language_and_site_language_are_distinct():
    assert parse(["--lang", "en", "periksa"]).lang == "en"
    assert parse(["--bahasa", "en", "periksa"]).lang == "en"
    assert parse(["periksa", "--bahasa", "en"]).lang == "en"  # after the verb too
    old = parse(["build", "--bahasa", "en"])  # the old spelling: the site's language
    assert (old.bahasa_situs, old.lang) == ("en", None)
    new = parse(["bangun", "--bahasa-situs", "en", "--lang", "en"])
    assert (new.bahasa_situs, new.lang) == ("en", "en")
    assert prescan(["--akar", "/tmp/x", "build", "--bahasa", "en"]) == (None, Path("/tmp/x"))
    assert prescan(["periksa", "--lang=en"])[0] == "en"


def test_help_is_indonesian_by_default_and_english_on_request(capsys):
    assert main(["periksa", "--help"]) == 0
    out = capsys.readouterr().out
    assert "penggunaan: ppid periksa" in out and "tampilkan bantuan ini lalu keluar" in out
    assert "argumen posisional" in out and "teks, json, github" in out
    assert "show this help" not in out
    assert main(["--bahasa", "en", "check", "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage: ppid periksa" in out and "show this help message and exit" in out
    assert "treat warnings as errors" in out and "penggunaan" not in out


def test_usage_errors_in_the_users_language_and_no_traceback(capsys):
    assert main(["periksa", "--format", "xml"]) == 2
    err = capsys.readouterr().err
    assert "galat: argumen --format: pilihan tidak sah: 'xml'" in err and "Traceback" not in err
    assert main(["paraf"]) == 2
    assert "argumen wajib: berkas, --peran" in capsys.readouterr().err
    assert main(["--lang", "en", "paraf"]) == 2
    assert "the following arguments are required: berkas, --peran" in capsys.readouterr().err
    assert main(["terbang"]) == 2
    assert "pilihan tidak sah: 'terbang'" in capsys.readouterr().err
    assert argparse._("usage: ") == "usage: "  # argparse's own function is put back


def test_help_lists_choices_roles_and_content_types(capsys):
    main(["--akar", str(ROOT), "paraf", "--help"])
    assert "kepala-dinas, kabid" in capsys.readouterr().out  # from approvals/config.yaml
    main(["--akar", "/nonexistent", "paraf", "--help"])  # unreadable config: a general hint
    assert "approvals/config.yaml" in capsys.readouterr().out
    main(["baru", "--help"])
    out = capsys.readouterr().out
    assert "siaran-pers" in out and "pengumuman" in out
    main(["bagikan", "--help"])
    assert "instagram" in capsys.readouterr().out
    main(["--help"])
    out = capsys.readouterr().out
    assert all(verb in out for verb in VERBS) and "periksa (check)" in out


def test_english_plurals():
    one = t("cek.ringkasan", "en", berkas=1, galat=1, peringatan=0)
    assert one == "1 file checked: 1 error, 0 warnings"
    assert t("cek.ringkasan", "en", berkas=2, galat=0, peringatan=1).startswith(
        "2 files checked: 0 errors, 1 warning")
    assert t("cek.ringkasan", "id", berkas=1, galat=2, peringatan=1) == (
        "1 berkas diperiksa: 2 galat, 1 peringatan")


def test_one_channel_for_messages_site_and_report_words():
    assert translator("en")("beranda") == t("situs.beranda", "en") == "Home"
    assert translator("id")("halaman-dari", n=1, m=3) == "Halaman 1 dari 3"
    assert word("Judul", "en") == t("kata.Judul", "en") == "Title"
    assert word("Bantul", "en") == "Bantul"  # a data cell is the record: never translated
