"""Restore accepts only our own schema and values the app can read back.

Before: restore checked table names and the Alembic revision only, so a backup with an extra
trigger, a view, the change log's append-only triggers dropped, a table replaced by a view, a
bogus column or unreadable values was accepted, and then damaged data or stopped the app.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.cli import main
from jbn_selfscan.services.backups import restore, verify_backup_file
from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import DatabaseError
from jbn_selfscan.store.health import check_database

from .conftest import install

SCHEMA_CHANGES = {
    "trigger that deletes answers": (
        "CREATE TRIGGER wis AFTER UPDATE ON client BEGIN DELETE FROM answer; END"
    ),
    "extra view": "CREATE VIEW stiekem AS SELECT referentie FROM client",
    "append-only triggers dropped": (
        "DROP TRIGGER change_log_no_update; DROP TRIGGER change_log_no_delete"
    ),
    "one append-only trigger dropped": "DROP TRIGGER change_log_no_delete",
    "table replaced by a view": (
        "DROP TABLE profile; CREATE VIEW profile AS "
        "SELECT 1 AS id, 'x' AS naam, 'y' AS rol, '2026-01-01 00:00:00' AS created_at"
    ),
    "bogus column": "ALTER TABLE client ADD COLUMN extra TEXT",
    "extra index": "CREATE INDEX ix_extra ON client (initialen)",
    "extra table": "CREATE TABLE extra (x)",
    "index dropped": "DROP INDEX ix_change_log_at",
    "trigger rewritten": (
        "DROP TRIGGER change_log_no_delete; CREATE TRIGGER change_log_no_delete "
        "BEFORE DELETE ON change_log BEGIN SELECT 1; END"
    ),
    "dangling reference": (
        "INSERT INTO zelfscan (client_id, checklist_id, checklist_versie, status, "
        "bespreekpunten, created_at, updated_at) VALUES (99999, 'x', 1, 'concept', '', "
        "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
    ),
}

# (column, a value the app could not read back)
BAD_VALUES = {
    "uitspraakdatum": ["gisteren", "2026-13-01", "0000-01-01", "2026-02-30", 20260105, 1.5, b"x"],
    "einddatum": ["31-12-2026", "2026-1-1", "2026-01-01 10:00:00"],
    "gearchiveerd": [2, -1, "ja", 0.5],
    "created_at": ["2026-01-01", "2026-01-01 25:00:00", "2026-01-01T10:00:00+01:00", 17],
    "referentie": [b"\x00\x01"],
    "zelfscan.checklist_versie": ["een", 1.25, b"1"],
    "zelfscan.updated_at": ["morgen", "2026-01-01 10:00:00.1234567"],
}
A_SCAN = (
    "INSERT INTO zelfscan (client_id, checklist_id, checklist_versie, status, bespreekpunten, "
    "created_at, updated_at) VALUES ({row}, 'x', 1, 'concept', '', "
    "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
)
bad_value_cases = st.sampled_from(
    [(column, value) for column, values in BAD_VALUES.items() for value in values]
)


def tampered(source: Path, folder: Path, script: str) -> Path:
    copy = folder / "reservekopie.sqlite3"
    shutil.copyfile(source, copy)
    with contextlib.closing(cipher.connect(copy)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.executescript(script)
        conn.commit()
    return copy


def assert_refused_and_nothing_changed(tmp: Path, live: Path, backup: Path) -> None:
    with pytest.raises(DatabaseError):
        verify_backup_file(backup)
    paths = install(live, tmp / "data")
    before = paths.database.read_bytes()
    backups_before = sorted(paths.backups.iterdir())
    with pytest.raises(DatabaseError, match="geen reservekopie van JBN Zelfscan"):
        restore(paths, backup)
    assert paths.database.read_bytes() == before
    assert sorted(paths.backups.iterdir()) == backups_before


def test_an_untouched_backup_passes(filled_database: Path) -> None:
    verify_backup_file(filled_database)
    assert check_database(filled_database).ok


@pytest.mark.parametrize("change", sorted(SCHEMA_CHANGES))
def test_a_changed_schema_is_refused_with_the_database_unchanged(
    tmp_path: Path, filled_database: Path, change: str
) -> None:
    backup = tampered(filled_database, tmp_path, SCHEMA_CHANGES[change])
    assert_refused_and_nothing_changed(tmp_path, filled_database, backup)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=bad_value_cases, row=st.integers(min_value=1, max_value=300))
def test_a_value_the_app_cannot_read_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
    filled_database: Path,
    case: tuple[str, object],
    row: int,
) -> None:
    where, value = case
    table, _, column = where.rpartition(".")
    table = table or "client"
    folder = tmp_path_factory.mktemp("v")
    backup = folder / "reservekopie.sqlite3"
    shutil.copyfile(filled_database, backup)
    with contextlib.closing(cipher.connect(backup)) as conn:
        if table == "zelfscan":
            conn.execute(A_SCAN.format(row=row))
            row = conn.execute("SELECT max(id) FROM zelfscan").fetchone()[0]
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row))
        conn.commit()
    assert check_database(backup).foreign_keys == []
    report = check_database(backup)
    assert report.values, (table, column, value)
    assert f"{table}.{column}" in report.values[0]
    assert_refused_and_nothing_changed(folder, filled_database, backup)


def test_check_command_names_what_differs(
    tmp_path: Path, filled_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tampered(filled_database, tmp_path, SCHEMA_CHANGES["append-only triggers dropped"])
    assert main(["--data-dir", str(tmp_path / "data"), "check", str(backup)]) == 1
    out = capsys.readouterr().out
    assert "trigger change_log_no_update ontbreekt" in out
    assert "trigger change_log_no_delete ontbreekt" in out
