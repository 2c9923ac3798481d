"""Upgrading databases made by earlier releases keeps every row, also behind foreign keys."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import DatabaseTooNewError, open_database
from jbn_selfscan.store.migrate import current_revision, head_revision

# Needs the plain format: databases as earlier versions left them (no key, see cipher.key_for).
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLES = (
    "profile",
    "client",
    "caseloadgesprek",
    "zelfscan",
    "answer",
    "afspraak",
    "actie",
    "akkoord",
    "gesprek_versie",
    "change_log",
)


def row_counts(db: Path) -> dict[str, int]:
    with contextlib.closing(cipher.connect(db)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("db-*.sqlite3")), ids=lambda p: p.stem)
def test_upgrade_from_earlier_release_keeps_all_rows(fixture: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    shutil.copy(fixture, db_path)
    before = row_counts(db_path)
    assert all(count > 0 for count in before.values()), "fixture must fill every table"

    database = open_database(db_path, backup_dir=tmp_path / "backups")
    database.dispose()

    assert current_revision(db_path) == head_revision()
    assert row_counts(db_path) == before
    with contextlib.closing(cipher.connect(db_path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        answers = conn.execute("SELECT zelfscan_id, toelichting FROM answer ORDER BY id").fetchall()
    assert answers == [(1, "Toelichting bij het antwoord"), (2, "Toelichting bij het antwoord")]
    if fixture.stem.removeprefix("db-") != head_revision():
        assert list((tmp_path / "backups").glob("*voor-migratie*")), "backup before migrating"


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_fixture_exists_for_each_release(revision: str) -> None:
    # 0001: the first release; 0002: the release the Windows installer first ships
    assert (FIXTURES / f"db-{revision}.sqlite3").exists()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    shutil.copy(FIXTURES / "db-0001.sqlite3", db_path)
    with contextlib.closing(cipher.connect(db_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="nieuwere versie"):
        open_database(db_path, backup_dir=tmp_path / "backups")
    assert db_path.read_bytes() == before


def test_change_log_is_append_only(tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    shutil.copy(FIXTURES / "db-0001.sqlite3", db_path)
    open_database(db_path).dispose()
    with contextlib.closing(cipher.connect(db_path)) as conn:
        for statement in ("UPDATE change_log SET new = 'x'", "DELETE FROM change_log"):
            with pytest.raises(cipher.IntegrityError, match="append-only"):
                conn.execute(statement)
