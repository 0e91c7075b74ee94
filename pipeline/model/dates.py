"""Dates as users write them: WIB unless a zone is given; shown in Indonesian via Babel."""

from __future__ import annotations

import os
import re
from datetime import date, datetime, time, timedelta, timezone

from babel.dates import format_datetime

WIB = timezone(timedelta(hours=7), "WIB")
_ZONE_NAMES = {7: "WIB", 8: "WITA", 9: "WIT"}
_DATE_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT)?$"
)
_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9, "Z": 0}


def parse_datetime(value: object) -> datetime:
    """Return an aware datetime; raise ValueError with no message on bad input."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=WIB)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), WIB)
    if not isinstance(value, str):
        raise ValueError
    m = _DATE_RE.match(value.strip())
    if not m:
        raise ValueError
    y, mo, d, hh, mm, ss, zone = m.groups()
    tz = WIB
    if zone:
        if zone in _ZONES:
            tz = timezone(timedelta(hours=_ZONES[zone]))
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=tz)


def now() -> datetime:
    """Current time in WIB. PPID_SEKARANG (ISO) fixes it for tests and for seeding history."""
    fixed = os.environ.get("PPID_SEKARANG")
    if fixed:
        try:
            return parse_datetime(fixed).astimezone(WIB)
        except ValueError:
            from pipeline.model.errors import UsageError

            raise UsageError(f"PPID_SEKARANG tidak valid: '{fixed}' (contoh: 2026-11-20T09:00)") from None
    return datetime.now(WIB).replace(microsecond=0)


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def zone_label(dt: datetime) -> str:
    offset = dt.utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    return _ZONE_NAMES.get(int(hours), "UTC" if hours == 0 else f"UTC{hours:+g}")


def tanggal_waktu(dt: datetime | date | None, lang: str = "id") -> str:
    """'Sabtu, 21 November 2026 09.00 WIB' (Indonesian), or the English equivalent."""
    if dt is None:
        return ""
    dt = parse_datetime(dt)
    if lang == "en":
        return format_datetime(dt, "EEEE, d MMMM y HH:mm", locale="en") + f" {zone_label(dt)}"
    return format_datetime(dt, "EEEE, d MMMM y HH.mm", locale="id") + f" {zone_label(dt)}"


def tanggal(dt: datetime | date | None, lang: str = "id") -> str:
    """'21 November 2026'."""
    if dt is None:
        return ""
    return format_datetime(parse_datetime(dt), "d MMMM y", locale=lang)
