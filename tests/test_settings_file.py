"""The settings file: defaults, a round trip, and a damaged file never stopping the app."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from jbn_selfscan.settings import Settings, load_settings, save_settings


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "instellingen.json")
    assert settings == Settings()
    assert (settings.feestdagen, settings.backups_bewaren, settings.extra_vrije_dagen) == (
        "atw",
        14,
        (),
    )


def test_saved_settings_read_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "instellingen.json"
    chosen = Settings(
        feestdagen="publiek",
        extra_vrije_dagen=(dt.date(2026, 12, 24), dt.date(2026, 12, 31)),
        backups_bewaren=30,
        startfase_maanden=24,
    )
    save_settings(path, chosen)
    assert load_settings(path) == chosen
    assert json.loads(path.read_text(encoding="utf-8"))["extra_vrije_dagen"] == [
        "2026-12-24",
        "2026-12-31",
    ]


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "instellingen.json"
    path.write_text(json.dumps({"feestdagen": "geen", "kleur": "blauw"}), encoding="utf-8")
    assert load_settings(path) == Settings(feestdagen="geen")


@pytest.mark.parametrize(
    "content",
    [
        '{"feestdagen": "kerst"}',  # not a holiday set the calendar knows
        '{"feestdagen": 3}',
        '{"backups_bewaren": 0}',
        '{"backups_bewaren": 366}',
        '{"backups_bewaren": true}',
        '{"backups_bewaren": "14"}',
        '{"startfase_maanden": 2}',
        '{"startfase_maanden": 121}',
        '{"startfase_maanden": "12"}',
        '{"extra_vrije_dagen": ["24-12-2026"]}',
        '{"extra_vrije_dagen": "2026-12-24"}',
        '{"version": 1.5}',
        "[1, 2]",
        "{niet json",
        "\udcff",
    ],
)
def test_a_damaged_file_gives_the_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "instellingen.json"
    path.write_bytes(content.encode("utf-8", errors="surrogateescape"))
    assert load_settings(path) == Settings()


def test_an_oversized_file_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "instellingen.json"
    path.write_text('{"feestdagen": "geen", "x": "' + "a" * 200_000 + '"}', encoding="utf-8")
    assert load_settings(path) == Settings()


def test_a_changed_copy_is_checked_like_a_new_one() -> None:
    assert Settings().replace(feestdagen="geen").feestdagen == "geen"
    with pytest.raises(ValueError):
        Settings().replace(backups_bewaren=0)
