"""The generated holiday table is exactly what the pinned `holidays` package computes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from jbn_selfscan.domain import calendar as calendar_module
from jbn_selfscan.domain import holiday_table
from jbn_selfscan.domain.calendar import HolidayPolicy, WorkdayCalendar, holidays_from_package
from jbn_selfscan.domain.holiday_table_build import TABLE_PATH, render_holiday_table

REGENERATE = "regenerate with: .venv/bin/python -m jbn_selfscan.domain.holiday_table_build"


def test_table_file_equals_what_the_holidays_package_computes_for_every_year() -> None:
    assert TABLE_PATH.read_text(encoding="utf-8") == render_holiday_table(), REGENERATE


def test_table_was_made_with_the_installed_holidays_version() -> None:
    assert calendar_module.installed_holidays_version() == holiday_table.HOLIDAYS_VERSION


@pytest.mark.parametrize("policy", [HolidayPolicy.ATW, HolidayPolicy.PUBLIEK])
def test_calendar_from_the_table_equals_the_calendar_from_the_package(
    policy: HolidayPolicy,
) -> None:
    calendar = WorkdayCalendar(policy)
    for year in (1966, 1990, 2016, 2025, 2026, 2030, 2100):
        expected = dict(holidays_from_package(policy, year))
        assert calendar.holidays_in_year(year) == expected, (policy, year)


def test_another_holidays_version_makes_the_calendar_ask_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(holiday_table, "HOLIDAYS_VERSION", "0.0-not-installed")
    calendar_module._holiday_table.cache_clear()
    calendar_module._policy_holidays.cache_clear()
    try:
        assert calendar_module._holiday_table(HolidayPolicy.ATW) is None
        assert WorkdayCalendar().holiday_name(dt.date(2026, 4, 27)) == "Koningsdag"
    finally:
        calendar_module._holiday_table.cache_clear()
        calendar_module._policy_holidays.cache_clear()


def test_package_names_are_dutch_whatever_the_process_language() -> None:
    probe = (
        "from jbn_selfscan.domain.calendar import HolidayPolicy, holidays_from_package; "
        "print(dict(holidays_from_package(HolidayPolicy.ATW, 2024)))"
    )
    env = {"LANGUAGE": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    assert "Koningsdag" in done.stdout
    assert "King" not in done.stdout


def test_counting_working_days_does_not_import_the_holidays_package() -> None:
    probe = (
        "import sys, datetime as dt; from jbn_selfscan.domain.calendar import WorkdayCalendar; "
        "WorkdayCalendar().add_workdays(dt.date(2026, 4, 24), 5); "
        "print(any(n == 'holidays' or n.startswith('holidays.') for n in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
