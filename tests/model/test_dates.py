"""model/dates: dates as users write them (WIB unless a zone is given), shown in their language."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pipeline.model.dates import WIB, iso, now, parse_datetime, tanggal, tanggal_waktu, zone_label
from pipeline.model.errors import UsageError


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-20", datetime(2026, 11, 20, tzinfo=WIB)),
    ("2026-11-20 09:05", datetime(2026, 11, 20, 9, 5, tzinfo=WIB)),
    ("2026-11-20T9.05", datetime(2026, 11, 20, 9, 5, tzinfo=WIB)),  # 9.05 as Indonesians write
    ("2026-11-20 09:05:30.25", datetime(2026, 11, 20, 9, 5, 30, tzinfo=WIB)),
    ("2026-11-20 09:05 WITA", datetime(2026, 11, 20, 9, 5, tzinfo=timezone(timedelta(hours=8)))),
    ("2026-11-20T02:05Z", datetime(2026, 11, 20, 9, 5, tzinfo=WIB)),
    ("2026-11-20T09:05+0530", datetime(2026, 11, 20, 9, 5,
                                       tzinfo=timezone(timedelta(hours=5, minutes=30)))),
    ("  2026-11-20 09:05 -03:00 ", datetime(2026, 11, 20, 9, 5,
                                           tzinfo=timezone(-timedelta(hours=3)))),
])
def test_written_forms(text, expected):
    assert parse_datetime(text) == expected and parse_datetime(text).tzinfo is not None


@pytest.mark.parametrize("bad", ["2026-02-31", "2026-13-01", "20-11-2026", "besok", "2026-11-20 25:00",
                                 "", None, 20261120, ["2026-11-20"]])
def test_impossible_or_unreadable_dates_raise_value_error(bad):
    with pytest.raises(ValueError):
        parse_datetime(bad)


def test_yaml_values_get_wib_and_midnight():
    assert parse_datetime(date(2026, 11, 20)) == datetime(2026, 11, 20, tzinfo=WIB)
    naive = parse_datetime(datetime(2026, 11, 20, 9))
    assert naive.tzinfo is WIB
    aware = datetime(2026, 11, 20, 9, tzinfo=UTC)
    assert parse_datetime(aware) is aware


def test_now_is_fixed_by_the_environment_and_a_bad_value_is_a_usage_error(monkeypatch):
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T02:00Z")
    assert now() == datetime(2026, 11, 20, 9, tzinfo=WIB) and now().tzinfo == WIB
    monkeypatch.setenv("PPID_SEKARANG", "kemarin")
    with pytest.raises(UsageError, match="PPID_SEKARANG tidak valid: 'kemarin'") as raised:
        now()
    assert raised.value.exit_code == 2
    monkeypatch.delenv("PPID_SEKARANG")
    assert now().microsecond == 0


def test_shown_in_indonesian_and_english_with_the_zone():
    when = datetime(2026, 11, 21, 9, 0, tzinfo=WIB)
    assert tanggal_waktu(when) == "Sabtu, 21 November 2026 09.00 WIB"
    assert tanggal_waktu(when, "en") == "Saturday, 21 November 2026 09:00 WIB"
    assert tanggal(date(2026, 8, 17)) == "17 Agustus 2026" and tanggal(None) == ""
    assert tanggal_waktu(None) == "" and iso(when) == "2026-11-21T09:00:00+07:00"
    assert zone_label(when.astimezone(timezone(timedelta(hours=9)))) == "WIT"
    assert zone_label(when.astimezone(UTC)) == "UTC"
    assert zone_label(when.astimezone(timezone(timedelta(hours=5, minutes=30)))) == "UTC+5.5"
