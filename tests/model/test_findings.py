"""model/findings: a finding keeps code and parameters and is rendered late, in three formats."""

from __future__ import annotations

import json
from datetime import datetime

from pipeline.model.dates import WIB
from pipeline.model.findings import (
    FORMATTERS,
    Finding,
    Severity,
    count,
    format_github,
    format_json,
    format_text,
    ordered,
)

REL = "content/berita/a.md"
ERROR = Finding(REL, "konfig.sop", {"sop": "009"}, "sop", 7)
WARNING = Finding(REL, "konfig.sop", {"sop": "x"}, "", 2, Severity.WARNING)
INFO = Finding("b.md", "konfig.sop", {"sop": "y"}, severity=Severity.INFO)


def test_order_is_by_file_errors_first_then_line():
    assert ordered([INFO, WARNING, ERROR]) == [INFO, ERROR, WARNING]  # b.md < content/…
    assert count([ERROR, WARNING, INFO, ERROR]) == (2, 1)


def test_strict_promotes_warnings_never_information():
    assert WARNING.promoted().severity == Severity.ERROR and WARNING.promoted().line == 2
    assert INFO.promoted() is INFO


def test_text_in_both_languages_with_location_field_and_code():
    assert format_text([ERROR]) == (
        "content/berita/a.md:7: sop: galat: SOP '009' tidak ada di approvals/sop/ [konfig.sop]")
    assert format_text([WARNING], "en") == (
        "content/berita/a.md:2: warning: SOP 'x' does not exist in approvals/sop/ [konfig.sop]")
    assert format_text([INFO]).startswith("b.md: info: ")


def test_dates_in_parameters_are_written_in_the_readers_language():
    dated = Finding(REL, "paraf.masa-depan", {"tanggal": datetime(2026, 11, 21, 9, tzinfo=WIB)})
    assert "Sabtu, 21 November 2026 09.00 WIB" in dated.message("id")
    assert "Saturday, 21 November 2026 09:00 WIB" in dated.message("en")


def test_json_rows_use_indonesian_keys():
    (row,) = json.loads(format_json([ERROR]))
    assert row == {"berkas": REL, "baris": 7, "isian": "sop", "tingkat": "error",
                   "aturan": "konfig.sop", "pesan": "SOP '009' tidak ada di approvals/sop/"}


def test_github_annotations_escape_what_would_break_the_command():
    odd = Finding("a,b:c%.md", "konfig.sop", {"sop": "1\n2%"}, "", None, Severity.WARNING)
    line = format_github([odd])
    assert line.startswith("::warning file=a%2Cb%3Ac%25.md,title=konfig.sop::")
    assert "\n" not in line and "1%0A2%25" in line
    assert format_github([ERROR]).startswith("::error file=content/berita/a.md,line=7,")
    assert set(FORMATTERS) == {"text", "json", "github"}
