"""The office's working time: hours per weekday, national holidays, cuti bersama, its own days off.

`jam_kerja` in approvals/config.yaml gives the ordinary working days and window (`hari`, `mulai`,
`selesai`: the older single-window form, still valid) and, per weekday, its own windows
(`jumat: 07:30-11:30, 13:00-16:30`), which replace the ordinary window for that day and make it
a working day. National holidays and *cuti bersama* come from the PyPI `holidays` package
(Indonesia, categories "public" and "government"), unless `libur_nasional: false`; the office adds
its own days off in `hari_libur` (`{tanggal: 2026-12-31, nama: …}`).

How a step is measured (`WorkingTime.measure`), the rule stated in the reports and the README:
the SOPs' *mutu baku* minutes are working time (SOP 000's five steps add up to 390 minutes, SOP
002's to 450: one working day), so the clock of a step runs only inside working time; an item
received on Friday evening is not late over the weekend. A step whose whole span lies outside
working time (started and finished on a Saturday, a holiday or an evening) was evidently worked
then: it counts its calendar minutes. Every step finished outside working time is flagged
"di luar jam kerja" and counted separately in the reports, so that it is never silently on time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from types import MappingProxyType

from pipeline.model.dates import WIB, parse_datetime
from pipeline.model.fields import BENAR_SALAH, DAFTAR_PETA, DAFTAR_TEKS, PETA, TANGGAL, TEKS, Field
from pipeline.model.findings import Finding

DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
DEFAULT_DAYS = DAYS[:5]
DEFAULT_START, DEFAULT_END = time(7, 30), time(16, 0)
CLOCK = r"^(([01]?\d|2[0-3])[:.][0-5]\d|\d{1,3}|1[0-3]\d\d|14[0-3]\d)$"  # or minutes < 1440
_HM = r"(?:[01]?\d|2[0-3])[:.][0-5]\d|24[:.]00"
_WINDOW = rf"(?:{_HM})\s*[-–]\s*(?:{_HM})"
WINDOWS = rf"^\s*{_WINDOW}(\s*[,;&]\s*{_WINDOW})*\s*$"
NATIONAL_CATEGORIES = ("public", "government")  # government: cuti bersama (joint leave days)

Window = tuple[time, time]

JAM_KERJA_FIELD = Field("jam_kerja", PETA, "Jam kerja untuk menghitung mutu baku", fields=(
    Field("hari", DAFTAR_TEKS, "Hari kerja biasa, mis. senin … jumat", choices=DAYS),
    # YAML 1.1 reads an unquoted 16:00 as the number 960 (minutes): accepted too.
    Field("mulai", TEKS, "Jam mulai hari kerja biasa, mis. 07:30", pattern=CLOCK,
          pattern_label="07:30"),
    Field("selesai", TEKS, "Jam selesai hari kerja biasa, mis. 16:00", pattern=CLOCK,
          pattern_label="16:00"),
    *(Field(day, TEKS, f"Jam kerja hari {day} sendiri, mis. 07:30-11:30, 13:00-16:30",
            pattern=WINDOWS, pattern_label="07:30-11:30, 13:00-16:30") for day in DAYS),
    Field("libur_nasional", BENAR_SALAH, "Libur nasional dan cuti bersama (paket holidays) "
          "tidak dihitung sebagai jam kerja; bawaan true"),
))
HARI_LIBUR_FIELD = Field("hari_libur", DAFTAR_PETA, "Hari libur kantor sendiri (di luar libur "
                         "nasional dan cuti bersama)", fields=(
    Field("tanggal", TANGGAL, "Tanggal, mis. 2026-12-31", required=True),
    Field("nama", TEKS, "Nama hari libur", required=True),
))


def _clock(value: object) -> time:
    if isinstance(value, int):  # YAML 1.1 sexagesimal: unquoted 16:00 is 960 minutes
        return time(*divmod(value % (24 * 60), 60))
    hh, mm = re.split(r"[:.]", str(value).strip())
    return time.max if int(hh) == 24 else time(int(hh), int(mm))


def parse_windows(text: str) -> tuple[Window, ...]:
    """'07:30-11:30, 13:00-16:30' -> ((07:30, 11:30), (13:00, 16:30)); ValueError if malformed."""
    if not re.match(WINDOWS, str(text)):
        raise ValueError(text)
    pairs = re.findall(rf"({_HM})\s*[-–]\s*({_HM})", str(text))
    return tuple((_clock(a), _clock(b)) for a, b in pairs)


def problems(config: dict, at) -> list[Finding]:
    """What the schema cannot say: a window that ends before it starts, two that overlap.

    `at(rel, code, params, dotted)` makes a finding with its line (policy.Sources.at)."""
    found, hours = [], config.get("jam_kerja") if isinstance(config.get("jam_kerja"), dict) else {}
    rel = "approvals/config.yaml"
    for day in DAYS:
        if not isinstance(hours.get(day), str):
            continue
        try:
            windows = sorted(parse_windows(hours[day]))
        except ValueError:
            continue  # the schema's pattern already said so
        ends = [b for _, b in windows]
        if any(b <= a for a, b in windows) or any(a < e for (a, _), e in zip(windows[1:], ends,
                                                                               strict=False)):
            found.append(at(rel, "jamkerja.jendela", {"hari": day, "nilai": hours[day]},
                            f"jam_kerja.{day}"))
    return found


def _own(value: object, ordinary: tuple[Window, ...]) -> tuple[Window, ...]:
    """A weekday's own windows when given (and readable), else the ordinary ones."""
    try:
        return parse_windows(value) if isinstance(value, str) else ordinary
    except ValueError:
        return ordinary


@lru_cache(maxsize=4)
def _national(categories: tuple[str, ...]):
    import holidays  # a few MB of calendars: loaded only when time is measured

    # Years are filled in as they are asked for (expand=True); names in Indonesian.
    return holidays.country_holidays("ID", categories=categories, language="id")


@dataclass(frozen=True)
class WorkingTime:
    """Windows per weekday (0 = Monday), the holidays that close the office, and the rule."""

    windows: tuple[tuple[Window, ...], ...] = tuple(
        ((DEFAULT_START, DEFAULT_END),) if i < 5 else () for i in range(7))
    national: bool = True
    days_off: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_config(cls, raw: dict) -> WorkingTime:
        """From a validated config.yaml (every value already checked by the schema)."""
        hours = raw.get("jam_kerja") if isinstance(raw.get("jam_kerja"), dict) else {}
        try:
            ordinary = ((_clock(hours.get("mulai", "07:30")), _clock(hours.get("selesai", "16:00"))),)
        except ValueError:  # reported by the schema
            ordinary = ((DEFAULT_START, DEFAULT_END),)
        days = set(hours.get("hari") or DEFAULT_DAYS)
        windows = tuple(_own(hours.get(d), ordinary if d in days else ()) for d in DAYS)
        off = {}
        for entry in raw.get("hari_libur") or []:
            try:
                off[parse_datetime(entry.get("tanggal")).date()] = str(entry.get("nama") or "")
            except (ValueError, AttributeError):
                continue  # reported by the schema; an unvalidated old state is only read
        return cls(windows, bool(hours.get("libur_nasional", True)), MappingProxyType(off))

    def holiday(self, day: date) -> str | None:
        """The holiday's name when the office is closed on `day` for one, else None."""
        if day in self.days_off:
            return self.days_off[day]
        return _national(NATIONAL_CATEGORIES).get(day) if self.national else None

    def windows_on(self, day: date) -> tuple[Window, ...]:
        if not self.windows[day.weekday()] or self.holiday(day) is not None:
            return ()
        return self.windows[day.weekday()]

    def _spans(self, day: date):
        for start, end in self.windows_on(day):
            yield datetime.combine(day, start, WIB), datetime.combine(day, end, WIB)

    def working_seconds(self, a: datetime, b: datetime) -> float:
        a, b = a.astimezone(WIB), b.astimezone(WIB)
        total, day = 0.0, a.date()
        while day <= b.date():
            for open_, close in self._spans(day):
                lo, hi = max(a, open_), min(b, close)
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += timedelta(days=1)
        return total

    def minutes(self, a: datetime, b: datetime) -> int:
        """Working minutes between a and b (0 when b is not after a)."""
        return round(self.working_seconds(a, b) / 60)

    def is_working(self, moment: datetime) -> bool:
        moment = moment.astimezone(WIB)
        return any(o <= moment < c for o, c in self._spans(moment.date()))

    def measure(self, a: datetime, b: datetime) -> Measured:
        """A step from a to b by the rule in this module's docstring."""
        outside = not self.is_working(b)
        calendar = max(round((b - a).total_seconds() / 60), 0)
        seconds = self.working_seconds(a, b)
        if seconds == 0 and calendar > 0:
            return Measured(calendar, calendar, outside, "kalender")
        return Measured(round(seconds / 60), calendar, outside, "jam-kerja")

    def working_days(self, a: datetime, b: datetime) -> int:
        """Working days after a's day up to and including b's day (UU 14/2008 counts so)."""
        day, end, count = a.astimezone(WIB).date() + timedelta(days=1), b.astimezone(WIB).date(), 0
        while day <= end:
            count += bool(self.windows_on(day))
            day += timedelta(days=1)
        return count


@dataclass(frozen=True)
class Measured:
    minutes: int  # what is judged against the standard
    calendar: int  # wall-clock minutes from start to end
    outside: bool  # finished outside working time ("di luar jam kerja")
    rule: str  # jam-kerja | kalender (the whole span lay outside working time)
