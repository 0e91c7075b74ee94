"""i18n/messages and every catalog module: each code in both languages, with the same parameters."""

from __future__ import annotations

import importlib
import pkgutil
import string

import pytest

from pipeline.i18n import catalog, messages
from pipeline.i18n.messages import CATALOG, set_language, t, translator, word

AREAS = [importlib.import_module(f"pipeline.i18n.catalog.{m.name}")
         for m in pkgutil.iter_modules(catalog.__path__)]


def _fields(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text)
            if name}


def test_every_catalog_module_is_registered_and_no_code_is_shadowed():
    seen: dict[str, str] = {}
    for area in AREAS:
        for code, pair in area.CATALOG.items():
            assert code not in seen, f"{code} ada di {seen[code]} dan {area.__name__}"
            seen[code] = area.__name__
            assert CATALOG[code] == pair, f"{area.__name__} tidak didaftarkan di messages.py"


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_each_entry_has_both_languages_with_the_same_parameters(code):
    text_id, text_en = CATALOG[code]
    assert isinstance(text_id, str) and isinstance(text_en, str) and text_id.strip() and text_en.strip()
    assert _fields(text_id) == _fields(text_en), code


def test_t_renders_the_current_language_and_english_plurals():
    assert t("konfig.sop", sop="001") == "SOP '001' tidak ada di approvals/sop/"
    assert t("konfig.sop", "en", sop="001") == "SOP '001' does not exist in approvals/sop/"
    set_language("en")
    assert t("konfig.sop", sop="x").startswith("SOP 'x' does not exist")
    set_language("xx")  # unknown: back to the default, Indonesian
    assert messages.language() == "id"
    formatter = messages._FORMATTER
    assert formatter.format("{n:file|files}", n=1) == "1 file"
    assert formatter.format("{n:file|files}", n=2) == "2 files"
    assert formatter.format("{n:03d}", n=7) == "007"  # ordinary specs still work


def test_unknown_code_fails_loudly_and_missing_parameter_too():
    with pytest.raises(KeyError):
        t("tidak.ada-kode")
    with pytest.raises(KeyError):
        t("konfig.sop")  # {sop} not given


def test_language_from_the_environment(monkeypatch):
    monkeypatch.setenv("PPID_LANG", "en")
    set_language(None)
    assert messages.language() == "en"
    monkeypatch.setenv("PPID_LANG", "fr")
    set_language(None)
    assert messages.language() == "id"


def test_word_translates_report_words_and_passes_data_through():
    assert word("Ringkasan", "en") != "Ringkasan" and word("Ringkasan", "id") == "Ringkasan"
    assert word("Dinas Pekerjaan Umum", "en") == "Dinas Pekerjaan Umum"


def test_site_translator_reads_the_situs_area():
    assert translator("en")("beranda") == "Home" and translator("id")("beranda") == "Beranda"
    assert translator("en")("halaman-dari", n=2, m=5) == "Page 2 of 5"
    with pytest.raises(KeyError):
        translator("id")("bukan-kunci-situs")
