"""The checks of a restore, each with its exact Dutch message (mutation-testing survivors).

Each test names the mutant of `services/backups.py` it kills; each was checked by applying
that mutant once (see docs/testing.md).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import backups
from jbn_selfscan.services.backups import backup_now, restore, verify_backup_file
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import DatabaseError

OLD_SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "db-0001.sqlite3"


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    """A real backup of an empty, current database."""
    paths = AppPaths(tmp_path / "bron")
    open_workspace(paths, daily_backup=False).close()
    return backup_now(paths, tmp_path / "kopie.sqlite3")


def message(path: Path) -> str:
    with pytest.raises(DatabaseError) as error:
        verify_backup_file(path)
    return str(error.value)


def test_a_file_of_exactly_the_size_limit_is_accepted(
    backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kills `size > MAX_RESTORE_BYTES` → `>=`, and the size message dropped."""
    size = backup.stat().st_size
    monkeypatch.setattr(backups, "MAX_RESTORE_BYTES", size)
    verify_backup_file(backup)
    monkeypatch.setattr(backups, "MAX_RESTORE_BYTES", size - 1)
    assert message(backup) == "kopie.sqlite3 is te groot voor een reservekopie."


def test_a_file_that_is_not_sqlite_names_itself(tmp_path: Path) -> None:
    other = tmp_path / "brief.sqlite3"
    other.write_bytes(b"Beste collega, hierbij de stukken.")
    assert message(other) == "brief.sqlite3 is geen reservekopie van JBN Zelfscan."


def test_a_damaged_database_is_reported_as_damaged(tmp_path: Path) -> None:
    damaged = tmp_path / "kapot.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert message(damaged) == "kapot.sqlite3 is beschadigd (integriteitscontrole mislukt)."


def test_a_foreign_database_names_itself(tmp_path: Path) -> None:
    other = tmp_path / "ander.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (a)")
    said = message(other)
    assert said.startswith("ander.sqlite3 is geen reservekopie van JBN Zelfscan")
    assert "geen versie-informatie" in said and said.endswith("Er is niets veranderd.")


def test_the_tables_without_a_schema_version_are_refused(backup: Path) -> None:
    """Kills `not tables >= REQUIRED_TABLES or version is None` → `and` (which then fails
    with a TypeError on the missing version)."""
    with cipher.connect(backup) as conn:
        conn.execute("DELETE FROM alembic_version")
    said = message(backup)
    assert said.startswith("kopie.sqlite3 is geen reservekopie van JBN Zelfscan")
    assert "geen versie-informatie" in said and said.endswith("Er is niets veranderd.")


def test_a_backup_from_a_newer_version_says_so_in_full(backup: Path) -> None:
    with cipher.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert message(backup) == (
        "kopie.sqlite3 is gemaakt met een nieuwere versie van JBN Zelfscan; "
        "installeer eerst die versie."
    )


def test_restore_while_the_app_is_open_gives_the_full_message(tmp_path: Path, backup: Path) -> None:
    paths = AppPaths(tmp_path / "data").ensure()
    paths.lock_file.write_text(f"{os.getppid()}\njbn-selfscan\nhost\n", encoding="utf-8")
    with pytest.raises(DatabaseError) as error:
        restore(paths, backup)
    assert str(error.value) == (
        "JBN Zelfscan is geopend met deze gegevensmap. Sluit de app eerst, of zet de "
        "reservekopie terug vanuit de app (Bestand → Reservekopie terugzetten…)."
    )


def test_restore_into_an_empty_data_dir_saves_nothing_and_names_the_source(
    tmp_path: Path, backup: Path
) -> None:
    """Kills `saved = None` → `""` and `restored_from=None`."""
    result = restore(AppPaths(tmp_path / "leeg"), backup)
    assert result.previous_saved_as is None
    assert result.restored_from == backup.resolve()


def test_restore_keeps_the_current_database_under_a_recognisable_name(
    tmp_path: Path, backup: Path
) -> None:
    """Kills the reason "voor-terugzetten" changed or dropped."""
    paths = AppPaths(tmp_path / "data")
    open_workspace(paths, daily_backup=False).close()
    result = restore(paths, backup)
    assert result.previous_saved_as is not None
    assert result.previous_saved_as.name.endswith("-voor-terugzetten.sqlite3")
    assert result.previous_saved_as.parent == paths.backups


def test_restoring_an_older_schema_upgrades_it_and_keeps_a_copy_first(tmp_path: Path) -> None:
    """Kills `upgrade_database(..., backup_dir=paths.backups)` without its backup folder."""
    source = tmp_path / "oud.sqlite3"
    shutil.copyfile(OLD_SCHEMA, source)
    paths = AppPaths(tmp_path / "leeg")
    restore(paths, source)
    assert [p.name for p in paths.backups.iterdir() if "voor-migratie" in p.name] != []


def test_a_copy_that_fails_its_check_after_restoring_is_reported(
    tmp_path: Path, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restored copy fails the integrity check (simulated): the Dutch message says where
    the previous database is."""
    paths = AppPaths(tmp_path / "data")
    open_workspace(paths, daily_backup=False).close()
    real_check = backups.integrity_ok
    monkeypatch.setattr(
        backups, "integrity_ok", lambda path: path != paths.database and real_check(path)
    )
    with pytest.raises(DatabaseError) as error:
        restore(paths, backup)
    assert str(error.value) == (
        "Terugzetten is mislukt; de vorige database staat in de reservekopieën."
    )
