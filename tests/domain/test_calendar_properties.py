"""Property tests of the calendar, and an independent check of the Atw working days."""

from __future__ import annotations

import calendar as stdlib_calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.calendar import WorkdayCalendar, add_months, add_weeks
from jbn_selfscan.domain.deadlines import StepDates, compute_deadlines
from jbn_selfscan.domain.types import Maatregel

ATW = WorkdayCalendar()
starts = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2098, 12, 31))
workday_counts = st.integers(min_value=0, max_value=300)
PROPERTY_SETTINGS = settings(max_examples=200, deadline=None)


def _brute_force_workdays(start: dt.date, end: dt.date) -> int:
    days = (end - start).days
    return sum(ATW.is_workday(start + dt.timedelta(days=i)) for i in range(1, days + 1))


@PROPERTY_SETTINGS
@given(starts, st.integers(min_value=1, max_value=300))
def test_add_workdays_lands_on_a_working_day(start: dt.date, count: int) -> None:
    assert ATW.is_workday(ATW.add_workdays(start, count))


@PROPERTY_SETTINGS
@given(starts, workday_counts)
def test_exactly_n_working_days_lie_after_the_start_up_to_the_result(
    start: dt.date, count: int
) -> None:
    result = ATW.add_workdays(start, count)
    assert _brute_force_workdays(start, result) == count
    assert ATW.workdays_between(start, result) == count


@PROPERTY_SETTINGS
@given(starts, st.integers(min_value=0, max_value=400))
def test_workdays_between_agrees_with_counting_day_by_day(start: dt.date, span: int) -> None:
    end = start + dt.timedelta(days=span)
    assert ATW.workdays_between(start, end) == _brute_force_workdays(start, end)


@PROPERTY_SETTINGS
@given(starts, starts, workday_counts)
def test_add_workdays_is_monotone_in_the_start_date(
    first: dt.date, second: dt.date, count: int
) -> None:
    earlier, later = sorted((first, second))
    assert ATW.add_workdays(earlier, count) <= ATW.add_workdays(later, count)


@PROPERTY_SETTINGS
@given(starts, st.integers(min_value=0, max_value=120))
def test_months_clamp_to_the_month_end(start: dt.date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = stdlib_calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)


@PROPERTY_SETTINGS
@given(starts, st.integers(min_value=0, max_value=104))
def test_weeks_are_seven_days_each(start: dt.date, weeks: int) -> None:
    result = add_weeks(start, weeks)
    assert (result - start).days == 7 * weeks
    assert result.weekday() == start.weekday()


# --- independent check: a hand-written Atw list, Easter by the anonymous Gregorian algorithm


def _easter_sunday(year: int) -> dt.date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _atw_days_off(year: int) -> set[dt.date]:
    easter = _easter_sunday(year)
    kings_day = dt.date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = dt.date(year, 4, 26)
    return {
        dt.date(year, 1, 1),
        easter - dt.timedelta(days=2),  # Goede Vrijdag
        easter + dt.timedelta(days=1),  # 2e Paasdag
        kings_day,
        dt.date(year, 5, 5),
        easter + dt.timedelta(days=39),  # Hemelvaartsdag
        easter + dt.timedelta(days=50),  # 2e Pinksterdag
        dt.date(year, 12, 25),
        dt.date(year, 12, 26),
    }


def test_independent_easter_algorithm_knows_some_easters() -> None:
    assert _easter_sunday(2024) == dt.date(2024, 3, 31)
    assert _easter_sunday(2025) == dt.date(2025, 4, 20)
    assert _easter_sunday(2038) == dt.date(2038, 4, 25)


def test_atw_holidays_match_an_independent_list_2024_to_2031() -> None:
    for year in range(2024, 2032):
        assert set(ATW.holidays_in_year(year)) == _atw_days_off(year), year


def test_eerste_f2f_matches_an_independent_computation_for_every_uitspraak_2024_to_2030() -> None:
    days_off = set().union(*(_atw_days_off(year) for year in range(2024, 2032)))

    def independent_f2f(uitspraak: dt.date) -> dt.date:
        day, remaining = uitspraak, 5
        while remaining:
            day += dt.timedelta(days=1)
            if day.weekday() < 5 and day not in days_off:
                remaining -= 1
        return day

    uitspraak = dt.date(2024, 1, 1)
    mismatches = []
    while uitspraak <= dt.date(2030, 12, 31):
        results = compute_deadlines(Maatregel.OTS, uitspraak, StepDates(), today=uitspraak)
        f2f = next(r for r in results if r.stap == "eerste_f2f")
        if f2f.deadline != independent_f2f(uitspraak):
            mismatches.append((uitspraak, f2f.deadline))
        uitspraak += dt.timedelta(days=1)
    assert mismatches == []
