"""Golden dates of the working-day calendar (holidays 0.108 pinned; Atw art. 3 by default)."""

from __future__ import annotations

import datetime as dt

import pytest

from jbn_selfscan.domain import calendar as calendar_module
from jbn_selfscan.domain.calendar import (
    HolidayPolicy,
    WorkdayCalendar,
    add_months,
    add_weeks,
)
from jbn_selfscan.domain.dutch_dates import abbreviated_date

D = dt.date
ATW = WorkdayCalendar()
PUBLIEK = WorkdayCalendar(HolidayPolicy.PUBLIEK)
GEEN = WorkdayCalendar(HolidayPolicy.GEEN)


def test_atw_2024_is_exactly_the_list_of_the_algemene_termijnenwet() -> None:
    assert ATW.holidays_in_year(2024) == {
        D(2024, 1, 1): "Nieuwjaarsdag",
        D(2024, 3, 29): "Goede vrijdag",
        D(2024, 4, 1): "Tweede paasdag",
        D(2024, 4, 27): "Koningsdag",
        D(2024, 5, 5): "Bevrijdingsdag",
        D(2024, 5, 9): "Hemelvaartsdag",
        D(2024, 5, 20): "Tweede pinksterdag",
        D(2024, 12, 25): "Eerste kerstdag",
        D(2024, 12, 26): "Tweede kerstdag",
    }


def test_koningsdag_2025_is_on_saturday_26_april_because_27_april_is_a_sunday() -> None:
    assert D(2025, 4, 27).weekday() == 6
    assert ATW.holiday_name(D(2025, 4, 26)) == "Koningsdag"
    assert ATW.holiday_name(D(2025, 4, 27)) is None


@pytest.mark.parametrize("year", [2024, 2026, 2027])
def test_five_may_is_a_day_off_every_year_under_atw(year: int) -> None:
    assert ATW.holiday_name(D(year, 5, 5)) == "Bevrijdingsdag"


def test_five_may_2026_a_tuesday_counts_under_publiek_but_not_under_atw() -> None:
    monday = D(2026, 5, 4)
    assert ATW.add_workdays(monday, 1) == D(2026, 5, 6)
    assert PUBLIEK.add_workdays(monday, 1) == D(2026, 5, 5)


def test_publiek_keeps_the_holidays_package_set_with_five_may_only_in_lustrum_years() -> None:
    assert PUBLIEK.holiday_name(D(2025, 5, 5)) == "Bevrijdingsdag"
    assert PUBLIEK.holiday_name(D(2030, 5, 5)) == "Bevrijdingsdag"
    assert PUBLIEK.holiday_name(D(2026, 5, 5)) is None
    assert PUBLIEK.holiday_name(D(2024, 3, 31)) == "Eerste paasdag"


def test_atw_leaves_out_easter_sunday_and_whit_sunday() -> None:
    assert ATW.holiday_name(D(2024, 3, 31)) is None
    assert ATW.holiday_name(D(2024, 5, 19)) is None


def test_geen_counts_only_weekends() -> None:
    assert GEEN.holidays_in_year(2024) == {}
    assert GEEN.is_workday(D(2024, 12, 25))
    assert not GEEN.is_workday(D(2024, 12, 28))


def test_hemelvaart_is_skipped() -> None:
    assert ATW.add_workdays(D(2024, 5, 6), 5) == D(2024, 5, 14)


def test_goede_vrijdag_and_tweede_paasdag_are_skipped() -> None:
    assert ATW.add_workdays(D(2024, 3, 28), 1) == D(2024, 4, 2)
    assert ATW.add_workdays(D(2024, 3, 28), 5) == D(2024, 4, 8)


def test_christmas_and_new_year_are_skipped_across_the_year_end() -> None:
    end, skipped = ATW.add_workdays_explained(D(2025, 12, 23), 5)
    assert end == D(2026, 1, 2)
    named = [(day, name) for day, name in skipped if name is not None]
    assert named == [
        (D(2025, 12, 25), "Eerste kerstdag"),
        (D(2025, 12, 26), "Tweede kerstdag"),
        (D(2026, 1, 1), "Nieuwjaarsdag"),
    ]


def test_day_one_is_the_first_working_day_after_the_start() -> None:
    friday = D(2024, 6, 7)
    assert ATW.add_workdays(friday, 1) == D(2024, 6, 10)
    assert ATW.add_workdays(D(2024, 6, 8), 1) == D(2024, 6, 10)  # from a Saturday
    assert ATW.add_workdays(friday, 0) == friday


def test_negative_number_of_workdays_is_refused() -> None:
    with pytest.raises(ValueError, match="negatief"):
        ATW.add_workdays(D(2024, 6, 7), -1)


def test_bridge_day_passed_in_is_skipped_and_named() -> None:
    cal = WorkdayCalendar(extra_days={D(2024, 5, 10): "brugdag"})
    end, skipped = cal.add_workdays_explained(D(2024, 5, 6), 5)
    assert end == D(2024, 5, 15)
    assert (D(2024, 5, 10), "brugdag") in skipped
    assert WorkdayCalendar(extra_days=[D(2024, 5, 10)]).holiday_name(D(2024, 5, 10))


def test_bridge_days_do_not_leak_into_other_calendars() -> None:
    bridge = {D(2024, 5, 10): "brugdag"}
    cal = WorkdayCalendar(extra_days=bridge)
    assert not cal.is_workday(D(2024, 5, 10))
    bridge[D(2024, 5, 13)] = "later toegevoegd"
    assert cal.is_workday(D(2024, 5, 13))
    assert ATW.is_workday(D(2024, 5, 10))


def test_calendars_with_the_same_setting_are_equal_and_share_cached_results() -> None:
    bridge = {D(2024, 5, 10): "brugdag"}
    assert WorkdayCalendar() == ATW
    assert hash(WorkdayCalendar()) == hash(ATW)
    assert WorkdayCalendar(extra_days=bridge) == WorkdayCalendar(extra_days=dict(bridge))
    assert WorkdayCalendar(extra_days=bridge) != ATW
    assert PUBLIEK != ATW


def test_two_holidays_on_one_day_keep_both_names() -> None:
    assert ATW.holiday_name(D(2016, 5, 5)) == "Bevrijdingsdag en Hemelvaartsdag"


def test_holiday_names_are_dutch_whatever_the_process_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "en_US.UTF-8")
    calendar_module._policy_holidays.cache_clear()
    try:
        assert WorkdayCalendar().holiday_name(D(2024, 4, 27)) == "Koningsdag"
    finally:
        calendar_module._policy_holidays.cache_clear()


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2024, 5, 6), D(2024, 5, 6), 0),
        (D(2024, 5, 6), D(2024, 5, 5), 0),
        (D(2024, 5, 6), D(2024, 5, 7), 1),
        (D(2024, 5, 6), D(2024, 5, 14), 5),
        (D(2024, 5, 10), D(2024, 5, 12), 0),  # Friday to Sunday
        (D(2024, 12, 20), D(2025, 1, 3), 7),
    ],
)
def test_workdays_between_counts_after_start_up_to_and_including_end(
    start: dt.date, end: dt.date, expected: int
) -> None:
    assert ATW.workdays_between(start, end) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2100, 1, 31), 1, D(2100, 2, 28)),  # not a leap year
        (D(2000, 1, 31), 1, D(2000, 2, 29)),
        (D(2024, 3, 31), 3, D(2024, 6, 30)),
        (D(2024, 11, 30), 3, D(2025, 2, 28)),
        (D(2024, 5, 6), 12, D(2025, 5, 6)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
    ],
)
def test_months_keep_the_day_number_and_clamp_to_the_month_end(
    start: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(start, months) == expected


def test_weeks_are_seven_calendar_days_and_not_moved_off_a_weekend() -> None:
    assert add_weeks(D(2024, 5, 6), 6) == D(2024, 6, 17)
    assert add_weeks(D(2024, 5, 4), 1) == D(2024, 5, 11)  # Saturday stays Saturday


def test_years_outside_the_prebuilt_table_are_computed_not_refused() -> None:
    calendar = WorkdayCalendar()
    # 1965: before the Atw and before the NL calendar of `holidays`: only weekends are off
    assert calendar.is_workday(D(1965, 6, 1))  # a Tuesday
    assert not calendar.is_workday(D(1965, 6, 5))  # a Saturday
    assert calendar.holidays_in_year(1965) == {}
    # 1900 (a restored database): counting working days still works
    assert calendar.add_workdays(D(1900, 1, 1), 5) == D(1900, 1, 8)
    # 2101 comes from `holidays` itself, whatever it knows for that year; it never raises
    assert isinstance(calendar.holidays_in_year(2101), dict)


def test_policy_without_holidays_has_no_year_limit() -> None:
    assert GEEN.add_workdays(D(2200, 1, 1), 1) == D(2200, 1, 2)


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (D(2024, 5, 6), "ma 6 mei 2024"),
        (D(2024, 1, 2), "di 2 januari 2024"),
        (D(2024, 3, 13), "wo 13 maart 2024"),
        (D(2025, 8, 28), "do 28 augustus 2025"),
        (D(2024, 10, 4), "vr 4 oktober 2024"),
        (D(2025, 4, 26), "za 26 april 2025"),
        (D(2024, 12, 29), "zo 29 december 2024"),
    ],
)
def test_dates_are_written_in_dutch(day: dt.date, text: str) -> None:
    assert abbreviated_date(day) == text


def test_policies_have_dutch_labels_for_the_settings_screen() -> None:
    assert HolidayPolicy.ATW.label.startswith("Algemene termijnenwet")
    assert {policy.value for policy in HolidayPolicy} == {"atw", "publiek", "geen"}
