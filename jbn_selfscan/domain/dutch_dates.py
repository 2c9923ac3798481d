"""Dates, moments and durations in Dutch, and the one rule for stored moments.

The rule: every moment the app stores or exchanges is UTC. In the database it is kept as
naive UTC text (SQLite has no time zone type; `store.models.UtcDateTime` attaches UTC again on
reading), so a naive moment is always read as UTC. Users see every moment in Dutch time
(Europe/Amsterdam), whatever the time zone of the process. Dates (`dt.date`) have no time zone
and are shown as they are.

All Dutch wording of dates lives here (from own tables, never the process locale). Tests keep
it that way (`tests/domain/test_dutch_dates.py`).
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

DISPLAY_ZONE = ZoneInfo("Europe/Amsterdam")  # the `tzdata` package provides it on Windows

DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DAY_ABBREVIATIONS = ("ma", "di", "wo", "do", "vr", "za", "zo")
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


# --------------------------------------------------------------------------- stored moments


def utc_now() -> dt.datetime:
    """Now, as an aware UTC moment (what the store keeps)."""
    return dt.datetime.now(dt.UTC)


def dutch_moment(day: dt.date, time: dt.time) -> dt.datetime:
    """A Dutch wall-clock time on a day as a moment (aware): 14:00 on 16 November."""
    return dt.datetime.combine(day, time, tzinfo=DISPLAY_ZONE)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """A stored or exchanged moment as aware UTC; a naive moment is UTC (the rule)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def local(moment: dt.datetime) -> dt.datetime:
    """A stored or exchanged moment in Dutch time (aware, Europe/Amsterdam)."""
    return as_utc(moment).astimezone(DISPLAY_ZONE)


def local_date(moment: dt.datetime) -> dt.date:
    """The Dutch calendar day of a stored moment (23:30 UTC on 31 Dec is 1 Jan in winter)."""
    return local(moment).date()


def moment_text(moment: dt.datetime) -> str:
    """A stored moment as the user reads it: '26-11-2026 14:03' (Dutch time)."""
    shown = local(moment)
    return f"{short_date(shown.date())} {shown.hour:02d}:{shown.minute:02d}"


def long_moment(moment: dt.datetime) -> str:
    """A stored moment in full: 'maandag 16 november 2026 om 14:32' (Dutch time)."""
    shown = local(moment)
    return f"{long_date(shown.date())} om {shown.hour:02d}:{shown.minute:02d}"


def clock_text(moment: dt.datetime) -> str:
    """The time of day of a stored moment, with seconds: '14:03:09' (Dutch time)."""
    shown = local(moment)
    return f"{shown.hour:02d}:{shown.minute:02d}:{shown.second:02d}"


def wall_clock_text(moment: dt.datetime) -> str:
    """A time that already is local wall-clock time (e.g. from a backup file name): as is."""
    return f"{short_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"


# --------------------------------------------------------------------------- dates


def short_date(day: dt.date | None) -> str:
    """'16-11-2026', or a dash when there is no date."""
    return NO_VALUE if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def long_date(day: dt.date) -> str:
    """'maandag 16 november 2026'."""
    return f"{DAY_NAMES[day.weekday()]} {date_without_weekday(day)}"


def date_without_weekday(day: dt.date) -> str:
    """'16 november 2026'."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


@functools.lru_cache(maxsize=8192)
def abbreviated_date(day: dt.date) -> str:
    """'ma 6 mei 2024' (deadline explanations)."""
    return f"{DAY_ABBREVIATIONS[day.weekday()]} {date_without_weekday(day)}"


def month_name(month: int) -> str:
    """1 → 'januari'."""
    return MONTH_NAMES[month - 1]


def period(start: dt.date | None, end: dt.date | None) -> str:
    """'1 augustus 2026 t/m 31 oktober 2026'; open ends are said in words."""
    if start is None and end is None:
        return "niet vastgelegd"
    if start is None:
        return f"tot en met {date_without_weekday(end)}" if end else NO_VALUE
    if end is None:
        return f"vanaf {date_without_weekday(start)}"
    return f"{date_without_weekday(start)} t/m {date_without_weekday(end)}"


# --------------------------------------------------------------------------- durations


def plural(count: int, singular: str, plural_form: str) -> str:
    """'1 werkdag', '2 werkdagen', '0 werkdagen'."""
    return f"{count} {singular if count == 1 else plural_form}"


def months_text(count: int) -> str:
    """'1 maand', '3 maanden'."""
    return plural(count, "maand", "maanden")


def days_left_text(days_left: int) -> str:
    """'nog 5 dagen', 'nog 1 dag', 'vandaag', 'verlopen sinds 3 dagen'."""
    if days_left == 0:
        return "vandaag"
    count = plural(abs(days_left), "dag", "dagen")
    return f"nog {count}" if days_left > 0 else f"verlopen sinds {count}"
