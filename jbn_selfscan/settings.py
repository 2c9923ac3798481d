"""User settings: one typed model with defaults and a version number, stored as JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 100_000


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: int = SETTINGS_VERSION
    # Which days do not count as working days: "atw" is the Algemene termijnenwet list
    # (5 mei every year); see docs/termijnen.md for the alternatives.
    feestdagen: str = "atw"
    extra_vrije_dagen: list[dt.date] = Field(default_factory=list)
    backups_bewaren: int = Field(default=14, ge=1, le=365)


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or unreadable file gives the defaults (never an error)."""
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return Settings()
        return Settings.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError):
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, path)
