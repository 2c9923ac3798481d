"""The one working-day calendar of JBN Zelfscan, term arithmetic and Dutch date formatting.

Working days are Monday to Friday minus the days that do not count. Which holidays do not count
is a policy (`HolidayPolicy`); the default is the list of the Algemene termijnenwet (Atw) art. 3.
Holiday sets come from the pinned `holidays` package with Dutch names (`language="nl"`, so
the process locale does not matter) and are cached per policy and year. At run time the years
1966-2100 are read once from the package data file `assets/holiday_table.json`, generated from
that package (`tools/holiday_table_build.py`), as long as the installed version of `holidays` is
the one the table was made with; other years, or every year under another version, are computed
by `holidays` itself.

Conventions (see docs/termijnen.md):
- working days: day 1 is the first working day *after* the start date;
- weeks: start + 7·n calendar days, not moved when the result is a weekend or holiday;
- months: the same day number n months later, clamped to the last day of a shorter month.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from types import MappingProxyType
from typing import Any

from jbn_selfscan.domain.errors import UserFacingError

HOLIDAY_TABLE_FILE = "holiday_table.json"  # package data in jbn_selfscan/assets/
FIRST_YEAR = 1966  # the first year of the prebuilt table; `holidays` NL starts here
LAST_YEAR = 2100  # the last year of the prebuilt table

_SATURDAY = 5
_ONE_DAY = dt.timedelta(days=1)

# Names used by `holidays` 0.108 (NL, language "nl") for the days listed in Atw art. 3.
# Easter Sunday and Whit Sunday are in its public set but not in the Atw list (always Sundays).
_ATW_NAMES = frozenset(
    {
        "Nieuwjaarsdag",
        "Goede vrijdag",
        "Tweede paasdag",
        "Koningsdag",
        "Koninginnedag",
        "Bevrijdingsdag",
        "Hemelvaartsdag",
        "Tweede pinksterdag",
        "Eerste kerstdag",
        "Tweede kerstdag",
    }
)


class HolidayPolicy(StrEnum):
    """Which holidays do not count as working days (a setting of the organisation)."""

    ATW = "atw"
    PUBLIEK = "publiek"
    GEEN = "geen"

    @property
    def label(self) -> str:
        return {
            HolidayPolicy.ATW: "Algemene termijnenwet: 5 mei elk jaar vrij (standaard)",
            HolidayPolicy.PUBLIEK: "officiële feestdagen: 5 mei alleen om de 5 jaar vrij",
            HolidayPolicy.GEEN: "geen feestdagen: alleen zaterdag en zondag vrij",
        }[self]


class CalendarRangeError(UserFacingError, ValueError):
    """A date outside the years for which the holiday calendar is known.

    No longer raised by the calendar: a year outside the prebuilt table is computed by
    `holidays` (no holidays before 1966, when its NL calendar starts). Kept for callers."""


# Policies whose holidays are kept in the generated holiday table (GEEN has none).
TABLE_POLICIES: tuple[HolidayPolicy, ...] = (HolidayPolicy.ATW, HolidayPolicy.PUBLIEK)

_Holidays = tuple[tuple[dt.date, str], ...]


@functools.cache
def _policy_holidays(policy: HolidayPolicy, year: int) -> _Holidays:
    """The holidays of one year under `policy`, sorted, with Dutch names."""
    if policy is HolidayPolicy.GEEN:
        return ()
    table = _holiday_table(policy)
    if table is not None and FIRST_YEAR <= year <= LAST_YEAR:
        return table.get(year, ())
    return holidays_from_package(policy, year)  # also a year outside the prebuilt table


def holidays_from_package(policy: HolidayPolicy, year: int) -> _Holidays:
    """`_policy_holidays` computed by the `holidays` package itself (slow to import)."""
    if policy is HolidayPolicy.GEEN:
        return ()
    import holidays  # imported on first use: nothing happens at import time

    categories = ("public", "optional") if policy is HolidayPolicy.ATW else ("public",)
    source = holidays.country_holidays("NL", years=year, language="nl", categories=categories)
    result: list[tuple[dt.date, str]] = []
    for day, joined_names in sorted(source.items()):
        names = joined_names.split("; ")
        if policy is HolidayPolicy.ATW:
            names = [name for name in names if name in _ATW_NAMES]
        if names:
            result.append((day, " en ".join(names)))
    return tuple(result)


@functools.cache
def _holiday_table(policy: HolidayPolicy) -> Mapping[int, _Holidays] | None:
    """The generated table of `policy` by year; None when it is missing, unreadable or made
    with another version of `holidays` than the one installed (then `holidays` computes every
    year itself)."""
    table = _read_holiday_table()
    if table is None or table.get("holidays_version") != installed_holidays_version():
        return None
    by_year: dict[int, list[tuple[dt.date, str]]] = {}
    try:
        for iso_day, name in table[policy.value]:
            day = dt.date.fromisoformat(iso_day)
            by_year.setdefault(day.year, []).append((day, str(name)))
    except (KeyError, TypeError, ValueError):  # a damaged file: `holidays` still knows them
        return None
    return {year: tuple(days) for year, days in by_year.items()}


def holiday_table_in_use() -> bool:
    """True when the shipped holiday table is read and matches the installed `holidays`."""
    return all(_holiday_table(policy) is not None for policy in TABLE_POLICIES)


@functools.cache
def _read_holiday_table() -> dict[str, Any] | None:
    """The parsed package data file, read once; None when it cannot be read."""
    try:
        data = resources.files("jbn_selfscan").joinpath("assets", HOLIDAY_TABLE_FILE).read_bytes()
        table = json.loads(data)
    except (OSError, ValueError):  # an incomplete installation: `holidays` still knows them
        return None
    return table if isinstance(table, dict) else None


def installed_holidays_version() -> str | None:
    """The version of the installed `holidays` package (None when it cannot be found)."""
    import importlib.metadata

    try:
        return importlib.metadata.version("holidays")
    except importlib.metadata.PackageNotFoundError:
        return None


@dataclass(frozen=True, slots=True)
class _YearTable:
    """Non-working weekdays of one year: names by date and sorted ordinals for counting."""

    names: Mapping[dt.date, str]
    weekday_ordinals: tuple[int, ...]


class WorkdayCalendar:
    """Working days under a holiday policy plus optional extra days off (bridge days).

    Immutable, and equal (same hash) to any calendar with the same policy and extra days, so
    memoised deadline computations are shared between equal calendars. Holiday tables are built
    once per year and cached, so repeated use is cheap.
    """

    def __init__(
        self,
        policy: HolidayPolicy = HolidayPolicy.ATW,
        extra_days: Mapping[dt.date, str] | Iterable[dt.date] = (),
    ) -> None:
        if isinstance(extra_days, Mapping):
            extra = dict(extra_days)
        else:
            extra = {day: "extra vrije dag" for day in extra_days}
        self._policy = HolidayPolicy(policy)
        self._extra_days: Mapping[dt.date, str] = MappingProxyType(extra)
        self._key = (self._policy, frozenset(extra.items()))
        self._years: dict[int, _YearTable] = {}

    @property
    def policy(self) -> HolidayPolicy:
        return self._policy

    @property
    def extra_days(self) -> Mapping[dt.date, str]:
        """The extra days off passed in (read-only), with their Dutch names."""
        return self._extra_days

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkdayCalendar):
            return NotImplemented
        return self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"WorkdayCalendar(policy={self.policy!s}, extra_days={len(self.extra_days)})"

    def _year(self, year: int) -> _YearTable:
        table = self._years.get(year)
        if table is None:
            table = self._build_year(year)
            self._years[year] = table
        return table

    def _build_year(self, year: int) -> _YearTable:
        names = dict(_policy_holidays(self.policy, year))
        for day, name in self.extra_days.items():
            if day.year == year:
                names[day] = f"{names[day]} en {name}" if day in names else name
        ordinals = tuple(sorted(d.toordinal() for d in names if d.weekday() < _SATURDAY))
        return _YearTable(names=names, weekday_ordinals=ordinals)

    def holidays_in_year(self, year: int) -> dict[dt.date, str]:
        """All days off of `year` (also those on a weekend) with their Dutch names."""
        return dict(sorted(self._year(year).names.items()))

    def holiday_name(self, day: dt.date) -> str | None:
        """The Dutch name when `day` is a holiday or extra day off, else None."""
        return self._year(day.year).names.get(day)

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < _SATURDAY and day not in self._year(day.year).names

    def add_workdays(self, start: dt.date, count: int) -> dt.date:
        """The `count`-th working day after `start` (day 1 is the first working day after it).

        `count` 0 returns `start` itself.
        """
        return self.add_workdays_explained(start, count)[0]

    def add_workdays_explained(
        self, start: dt.date, count: int
    ) -> tuple[dt.date, list[tuple[dt.date, str | None]]]:
        """Like `add_workdays`, plus the days skipped on the way, each with its holiday name
        (None for a plain Saturday or Sunday)."""
        if count < 0:
            raise ValueError("het aantal werkdagen kan niet negatief zijn")
        day, remaining, skipped = start, count, []
        year = start.year
        names = self._year(year).names
        while remaining:
            day += _ONE_DAY
            if day.year != year:
                year = day.year
                names = self._year(year).names
            name = names.get(day)
            if name is None and day.weekday() < _SATURDAY:
                remaining -= 1
            else:
                skipped.append((day, name))
        return day, skipped

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Number of working days in (start, end]; 0 when end <= start."""
        if end <= start:
            return 0
        weekdays = _weekdays_up_to(end.toordinal()) - _weekdays_up_to(start.toordinal())
        return weekdays - self._weekday_holidays_between(start, end)

    def _weekday_holidays_between(self, start: dt.date, end: dt.date) -> int:
        low, high = start.toordinal(), end.toordinal()
        total = 0
        for year in range(start.year, end.year + 1):
            ordinals = self._year(year).weekday_ordinals
            total += bisect.bisect_right(ordinals, high) - bisect.bisect_right(ordinals, low)
        return total


def _weekdays_up_to(ordinal: int) -> int:
    """Number of Monday–Friday days with an ordinal in [1, ordinal] (ordinal 1 is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


def add_weeks(start: dt.date, count: int) -> dt.date:
    return start + dt.timedelta(days=7 * count)


def add_months(start: dt.date, count: int) -> dt.date:
    """Same day number `count` months later, clamped to the end of a shorter month."""
    month_index = start.month - 1 + count
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(start.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days
