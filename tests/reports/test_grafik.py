"""reports/grafik: charts as inline SVG whose text stays text and whose numbers are spoken."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from pipeline.reports.grafik import horizontal_bars, month_bars, stacked_bars

MONTHS = ["Sep 2026", "Okt 2026", "Nov 2026"]
SERIES = {"siaran-pers": [2, 0, 3], "pengumuman": [1, 1, 0]}


@pytest.mark.parametrize("draw", [stacked_bars, month_bars])
def test_monthly_charts_speak_their_totals_and_keep_text_as_text(draw):
    svg = draw(MONTHS, SERIES, "Terbit per bulan")
    root = ET.fromstring(svg)  # well-formed, no XML declaration before <svg>
    assert svg.startswith('<svg role="img" aria-label="Terbit per bulan: Sep 2026: 3, Okt 2026: 1, '
                          'Nov 2026: 3"')
    assert root.tag.endswith("svg") and "<metadata>" not in svg
    assert "Nov 2026" in svg and "siaran-pers" in svg  # fonts as text, not paths


def test_two_charts_on_one_page_never_share_an_id():
    first, second = (month_bars(MONTHS, SERIES, "a"), month_bars(MONTHS, SERIES, "b"))
    ids = [set(re.findall(r'\bid="([^"]+)"', svg)) for svg in (first, second)]
    assert ids[0] and ids[1] and not ids[0] & ids[1]
    for svg, own in zip((first, second), ids, strict=True):  # every reference stays inside
        assert set(re.findall(r"url\(#([^)]+)\)", svg)) <= own


def test_category_bars_and_empty_input():
    svg = horizontal_bars([("tepat waktu", 4), ("terlambat", 1)], 'Realisasi "Q4"')
    assert 'aria-label="Realisasi &quot;Q4&quot;: tepat waktu: 4, terlambat: 1"' in svg
    assert stacked_bars([], {}, "x") == month_bars([], {}, "x") == horizontal_bars([], "x") == ""
