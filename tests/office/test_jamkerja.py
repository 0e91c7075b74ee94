"""Working time: windows per weekday, national holidays and cuti bersama, the office's days off,
the rule for steps outside working time, and working days (office/jamkerja.py)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from pipeline.model.dates import WIB
from pipeline.office.jamkerja import WorkingTime, parse_windows


def _at(day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=WIB)


def _wib(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=WIB)


def test_working_minutes_skip_nights_and_weekends():
    hours = WorkingTime()
    assert hours.minutes(_at(20, 15, 0), _at(23, 8, 30)) == 120  # Friday 15.00 to Monday 08.30
    assert hours.minutes(_at(23, 9, 0), _at(23, 9, 40)) == 40
    assert hours.minutes(_at(21, 9, 0), _at(22, 17, 0)) == 0  # Saturday to Sunday
    assert hours.minutes(_at(23, 17, 0), _at(24, 7, 0)) == 0  # Monday night
    assert hours.minutes(_at(23, 9, 0), _at(23, 8, 0)) == 0


def test_working_time_calendar():
    hours = WorkingTime()
    assert hours.holiday(date(2026, 8, 17)) == "Hari Kemerdekaan Republik Indonesia"
    assert hours.holiday(date(2026, 12, 24)) == "Cuti Bersama Hari Raya Natal"
    assert hours.holiday(date(2026, 12, 23)) is None
    # Friday 16.30 to Tuesday 18 August 08.00: the weekend and 17 August are closed.
    assert hours.minutes(_wib(2026, 8, 14, 15, 30), _wib(2026, 8, 18, 8, 0)) == 30 + 30
    # Working days after a day up to another: 15 August to 19 August is the 18th and the 19th.
    assert hours.working_days(_wib(2026, 8, 14, 10, 0), _wib(2026, 8, 19, 9, 0)) == 2
    closed = WorkingTime(national=False)
    assert closed.minutes(_wib(2026, 8, 17, 7, 0), _wib(2026, 8, 17, 8, 0)) == 30



def test_windows_are_read_as_offices_write_them():
    assert parse_windows("07:30-11:30, 13:00-16:30") == ((time(7, 30), time(11, 30)),
                                                          (time(13, 0), time(16, 30)))
    assert parse_windows("07.30–16.00") == ((time(7, 30), time(16, 0)),)
    with pytest.raises(ValueError):
        parse_windows("pagi sampai sore")


def test_per_weekday_config_and_the_rule_outside_working_time():
    hours = WorkingTime.from_config({"jam_kerja": {"jumat": "07:30-11:30, 13:00-16:30",
                                                   "sabtu": "08:00-12:00"},
                                     "hari_libur": [{"tanggal": date(2026, 11, 23), "nama": "X"},
                                                    {"tanggal": "bukan tanggal", "nama": "Y"}]})
    assert hours.windows[0] == ((time(7, 30), time(16, 0)),)  # the ordinary window
    assert hours.windows[5] == ((time(8, 0), time(12, 0)),) and hours.windows[6] == ()
    assert hours.holiday(date(2026, 11, 23)) == "X"  # the unreadable entry is skipped
    # Friday 11.00 to 13.30: 30 + 30 working minutes; the prayer break does not count.
    assert hours.measure(_at(27, 11, 0), _at(27, 13, 30)).minutes == 60
    # Sunday 09.00 to 09.40 lies wholly outside working time: its 40 calendar minutes count.
    sunday = hours.measure(_at(29, 9, 0), _at(29, 9, 40))
    assert (sunday.minutes, sunday.calendar, sunday.outside, sunday.rule) == (40, 40, True, "kalender")
    # Saturday is a working morning here: 11.50 to 12.30 is 10 minutes, finished outside.
    saturday = hours.measure(_at(28, 11, 50), _at(28, 12, 30))
    assert (saturday.minutes, saturday.outside, saturday.rule) == (10, True, "jam-kerja")
