"""Backup file names are built and read back in one place (store/backup.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from jbn_selfscan.store.backup import BackupName, backup_name, parse_backup_name


@pytest.mark.parametrize("reason", ["dagelijks", "handmatig", "voor-terugzetten", "voor-migratie"])
def test_a_built_name_reads_back(reason: str) -> None:
    moment = dt.datetime(2026, 11, 20, 8, 5, 9, 123456)
    name = backup_name(reason, moment)
    assert parse_backup_name(name) == BackupName(dt.datetime(2026, 11, 20, 8, 5, 9), reason)


def test_the_older_name_without_microseconds_reads_too() -> None:
    assert parse_backup_name("zelfscan-20250101-120000-handmatig.sqlite3") == BackupName(
        dt.datetime(2025, 1, 1, 12, 0, 0), "handmatig"
    )


@pytest.mark.parametrize(
    "name",
    [
        "mijn-kopie.sqlite3",
        "zelfscan-20261399-120000-handmatig.sqlite3",  # no such date
        "zelfscan-20261120-120000-handmatig.sqlite3.part",
        "zelfscan-20261120-handmatig.sqlite3",
    ],
)
def test_other_names_are_not_backups_of_ours(name: str) -> None:
    assert parse_backup_name(name) is None
