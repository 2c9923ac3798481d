"""User settings: one frozen dataclass with defaults and a version number, stored as JSON.

A plain dataclass rather than a pydantic model: the settings are read at every start, and the
first pydantic model validated in a process costs ~35 ms of schema building (a tenth of the
start-up budget, docs/benchmarks.md). The fields are checked here by hand instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.domain.calendar import HolidayPolicy
from jbn_selfscan.paths import atomic_write

SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 100_000
MIN_BACKUPS, MAX_BACKUPS = 1, 365
MIN_START_PHASE_MONTHS, MAX_START_PHASE_MONTHS = 3, 120


@dataclass(frozen=True)
class Settings:
    version: int = SETTINGS_VERSION
    # Which days do not count as working days: "atw" is the Algemene termijnenwet list
    # (5 mei every year); see docs/termijnen.md for the alternatives.
    feestdagen: str = HolidayPolicy.ATW.value
    extra_vrije_dagen: tuple[dt.date, ...] = ()
    backups_bewaren: int = 14
    # A maatregel whose uitspraak lies more than this many months back is past its start
    # phase: a missing 1e F2F, 1e PvA, 1e risicotaxatie or hulp date is "onbekend", not
    # "verlopen" (docs/termijnen.md).
    startfase_maanden: int = 12

    def __post_init__(self) -> None:
        if self.feestdagen not in {policy.value for policy in HolidayPolicy}:
            raise ValueError(f"unknown holiday policy {self.feestdagen!r}")
        if not MIN_BACKUPS <= self.backups_bewaren <= MAX_BACKUPS:
            raise ValueError(f"backups_bewaren out of range: {self.backups_bewaren}")
        if not MIN_START_PHASE_MONTHS <= self.startfase_maanden <= MAX_START_PHASE_MONTHS:
            raise ValueError(f"startfase_maanden out of range: {self.startfase_maanden}")

    def replace(self, **changes: object) -> Settings:
        """A copy with some fields changed (checked like a new one)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        data["extra_vrije_dagen"] = [day.isoformat() for day in self.extra_vrije_dagen]
        return json.dumps(data, indent=2, ensure_ascii=False)


def settings_from_data(data: object) -> Settings:
    """Settings from parsed JSON; unknown keys are ignored, a wrong value raises ValueError."""
    if not isinstance(data, Mapping):
        raise ValueError("settings must be a JSON object")
    defaults = Settings()
    return Settings(
        version=_integer(data.get("version", defaults.version)),
        feestdagen=_text(data.get("feestdagen", defaults.feestdagen)),
        extra_vrije_dagen=_dates(data.get("extra_vrije_dagen", [])),
        backups_bewaren=_integer(data.get("backups_bewaren", defaults.backups_bewaren)),
        startfase_maanden=_integer(data.get("startfase_maanden", defaults.startfase_maanden)),
    )


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or unreadable file gives the defaults (never an error)."""
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return Settings()
        return settings_from_data(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    atomic_write(path, settings.to_json().encode("utf-8"))


def _integer(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not a text: {value!r}")
    return value


def _dates(value: object) -> tuple[dt.date, ...]:
    if not isinstance(value, list):
        raise ValueError(f"not a list of dates: {value!r}")
    days = []
    for entry in value:
        if not isinstance(entry, str):
            raise ValueError(f"not a date: {entry!r}")
        days.append(dt.date.fromisoformat(entry))
    return tuple(days)
