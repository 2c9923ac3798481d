"""Dutch wording of dates, roles and statuses, from own tables (never the process locale)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jbn_selfscan.domain.types import Role

DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
NO_VALUE = "—"
ROLE_LABELS = {
    Role.JEUGDBESCHERMER: "jeugdbeschermer",
    Role.PRAKTIJKBEGELEIDER: "praktijkbegeleider",
}
OWNER_ROLE_LABELS = {
    "jeugdbeschermer": "jeugdbeschermer",
    "praktijkbegeleider": "praktijkbegeleider",
    "anders": "anders",
}
_DISPLAY_ZONE = "Europe/Amsterdam"


def long_date(value: dt.date) -> str:
    """'maandag 16 november 2026'."""
    return f"{DAY_NAMES[value.weekday()]} {value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def date_without_weekday(value: dt.date) -> str:
    """'16 november 2026'."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def short_date(value: dt.date | None) -> str:
    """'16-11-2026', or a dash when there is no date."""
    return NO_VALUE if value is None else f"{value.day:02d}-{value.month:02d}-{value.year}"


def _local(moment: dt.datetime) -> dt.datetime:
    """Aware times are shown in Dutch time; without a time zone database, as stored."""
    if moment.tzinfo is None:
        return moment
    try:
        return moment.astimezone(ZoneInfo(_DISPLAY_ZONE))
    except ZoneInfoNotFoundError:
        return moment


def long_date_time(moment: dt.datetime) -> str:
    """'maandag 16 november 2026 om 14:32'."""
    local = _local(moment)
    return f"{long_date(local.date())} om {local.hour:02d}:{local.minute:02d}"


def period(start: dt.date | None, end: dt.date | None) -> str:
    """'1 augustus 2026 t/m 31 oktober 2026'; open ends are said in words."""
    if start is None and end is None:
        return "niet vastgelegd"
    if start is None:
        return f"tot en met {date_without_weekday(end)}" if end else NO_VALUE
    if end is None:
        return f"vanaf {date_without_weekday(start)}"
    return f"{date_without_weekday(start)} t/m {date_without_weekday(end)}"
