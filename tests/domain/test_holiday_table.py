"""The generated holiday table is exactly what the pinned `holidays` package computes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from jbn_selfscan.domain import calendar as calendar_module
from jbn_selfscan.domain.calendar import HolidayPolicy, WorkdayCalendar, holidays_from_package

ROOT = Path(__file__).resolve().parents[2]
REGENERATE = "regenerate with: .venv/bin/python tools/holiday_table_build.py"


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    """Forget the read table before and after a test that changes how it is read."""
    caches = (
        calendar_module._read_holiday_table,
        calendar_module._holiday_table,
        calendar_module._policy_holidays,
    )
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


def test_table_file_equals_what_the_holidays_package_computes_for_every_year(
    repo_tool: Callable[[str], ModuleType],
) -> None:
    tool = repo_tool("holiday_table_build")
    assert tool.TABLE_PATH.read_text(encoding="utf-8") == tool.render_holiday_table(), REGENERATE


def test_the_calendar_reads_the_file_the_build_tool_writes(
    repo_tool: Callable[[str], ModuleType],
) -> None:
    tool = repo_tool("holiday_table_build")
    assert calendar_module._read_holiday_table() is not None
    assert tool.TABLE_PATH.parent == ROOT / "jbn_selfscan" / "assets"


def test_table_was_made_with_the_installed_holidays_version() -> None:
    table = calendar_module._read_holiday_table()
    assert table is not None
    assert calendar_module.installed_holidays_version() == table["holidays_version"]


@pytest.mark.parametrize("policy", [HolidayPolicy.ATW, HolidayPolicy.PUBLIEK])
def test_calendar_from_the_table_equals_the_calendar_from_the_package(
    policy: HolidayPolicy,
) -> None:
    assert calendar_module._holiday_table(policy) is not None
    calendar = WorkdayCalendar(policy)
    for year in (1966, 1990, 2016, 2025, 2026, 2030, 2100):
        expected = dict(holidays_from_package(policy, year))
        assert calendar.holidays_in_year(year) == expected, (policy, year)


def test_another_holidays_version_makes_the_calendar_ask_the_package(
    monkeypatch: pytest.MonkeyPatch, fresh_tables: object
) -> None:
    monkeypatch.setattr(calendar_module, "installed_holidays_version", lambda: "0.0-other")
    assert calendar_module._holiday_table(HolidayPolicy.ATW) is None
    assert WorkdayCalendar().holiday_name(dt.date(2026, 4, 27)) == "Koningsdag"


DAMAGED = [
    None,
    b"{not json",
    b"[1, 2]",
    b'{"holidays_version": "0.108"}',
    b'{"holidays_version": "0.108", "publiek": [["2026-13-01", "x"]]}',
]


@pytest.mark.parametrize("content", DAMAGED)
def test_a_missing_or_damaged_table_file_makes_the_calendar_ask_the_package(
    monkeypatch: pytest.MonkeyPatch, fresh_tables: object, tmp_path: Path, content: bytes | None
) -> None:
    package = tmp_path / "jbn_selfscan"
    (package / "assets").mkdir(parents=True)
    if content is not None:
        (package / "assets" / calendar_module.HOLIDAY_TABLE_FILE).write_bytes(content)
    monkeypatch.setattr(calendar_module.resources, "files", lambda _name: package)
    monkeypatch.setattr(calendar_module, "installed_holidays_version", lambda: "0.108")
    assert calendar_module._holiday_table(HolidayPolicy.PUBLIEK) is None
    assert WorkdayCalendar().holiday_name(dt.date(2026, 12, 25)) == "Eerste kerstdag"


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
