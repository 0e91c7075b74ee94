"""Archive classification and number formats (office/archive): the table, extensions, next number."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model.document import Document
from pipeline.office.archive import Classification, classification, next_number, number_pattern

DEFAULT_FORMAT = "{klasifikasi}/{urut:04d}/{unit}/{tahun}"  # the shipped default and the example's

TABLE = Classification({"000": "Umum", "000.1": "Ketatausahaan", "400": "Kesra",
                        "400.14": "Kehumasan", "400.14.4": "Pers"}, ("400.14",))


@pytest.mark.parametrize("code, expected", [
    ("400.14.4", None),
    ("999.1", "arsip.klasifikasi-pokok"),  # unknown top-level code
    ("400.14.9", "arsip.klasifikasi-tak-dikenal"),  # under a subtree shipped whole
    ("400.140", "arsip.klasifikasi-luar-tabel"),  # a prefix in text is not a subtree
    ("000.9", "arsip.klasifikasi-luar-tabel"),  # an incomplete subtree may be extended
])
def test_judge(code, expected):
    verdict = TABLE.judge(code)
    assert (verdict[0] if verdict else None) == expected


def test_the_complete_subtree_names_examples_of_its_codes():
    _, params = TABLE.judge("400.14.9")
    assert params == {"kode": "400.14.9", "induk": "400.14", "contoh": "400.14.4"}


def test_the_office_extends_the_shipped_table(tmp_path):
    assert classification(tmp_path).judge("400.14.4.3") is None  # shipped
    assert classification(tmp_path).judge("000.9.9.9") is not None
    (tmp_path / "approvals").mkdir()
    (tmp_path / "approvals" / "klasifikasi.yaml").write_text(
        'kode:\n  "000.9.9.9": Arsip khusus kantor\n', encoding="utf-8")
    assert classification(tmp_path).judge("000.9.9.9") is None


def test_number_pattern_follows_the_format_and_escapes_the_rest():
    pattern = number_pattern(DEFAULT_FORMAT, "400.14.4.3", "Diskominfo")
    hit = pattern.match("400.14.4.3/0012/Diskominfo/2026")
    assert hit and hit.group("urut") == "0012" and hit.group("tahun") == "2026"
    assert not pattern.match("400x14x4x3/0012/Diskominfo/2026")  # dots are literal
    assert not pattern.match("400.14.4.3/0012/Diskominfo/2026/lagi")
    assert number_pattern(DEFAULT_FORMAT, None, "Diskominfo").match("000.1/7/Diskominfo/2025")
    assert number_pattern("B-{urut}/{unit}", None, "Dinas (PU)").match("B-3/Dinas (PU)")


def doc(nomor: object) -> Document:
    return Document(Path("/x.md"), "content/x.md", meta={"nomor_arsip": nomor})


def test_next_number_counts_the_year_and_the_history():
    docs = [doc("400/0004/Diskominfo/2026"), doc("400/0009/Diskominfo/2025"),
            doc("400/0005/Lain/2026"), doc(12), doc(None)]
    assert next_number(2026, DEFAULT_FORMAT, "Diskominfo", docs) == 5
    assert next_number(2026, DEFAULT_FORMAT, "Diskominfo", docs,
                       ever=["400/0011/Diskominfo/2026"]) == 12  # deleted, never reused
    assert next_number(2027, DEFAULT_FORMAT, "Diskominfo", docs) == 1
    assert next_number(2026, "{urut}/{unit}", "Diskominfo",
                       [doc("3/Diskominfo"), doc("8/Diskominfo")]) == 9  # no year: one series

