"""Migration 0005: akkoorden given before it carry no signature (NULL, shown as "niet
ondertekend met sleutel"); the pinned keys table starts empty; a downgrade removes both."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from jbn_selfscan.store.db import open_database
from jbn_selfscan.store.migrate import _alembic_config

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db-0001.sqlite3"


def _columns(db_path: Path, table: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_old_akkoorden_are_unsigned_and_a_downgrade_drops_the_signatures(tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    shutil.copy(FIXTURE, db_path)
    open_database(db_path, backup_dir=tmp_path / "backups").dispose()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute("SELECT sleutel, handtekening, installatie FROM akkoord").fetchall()
        pinned = conn.execute("SELECT count(*) FROM akkoord_sleutel").fetchone()[0]
    assert rows and all(row == (None, None, None) for row in rows)
    assert pinned == 0

    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as connection, connection.begin():
            command.downgrade(_alembic_config(connection), "0004")  # type: ignore[arg-type]
        assert _columns(db_path, "akkoord_sleutel") == []
        assert not {"sleutel", "handtekening", "installatie"} & set(_columns(db_path, "akkoord"))
        with engine.connect() as connection, connection.begin():
            command.upgrade(_alembic_config(connection), "head")  # type: ignore[arg-type]
        assert "handtekening" in _columns(db_path, "akkoord")
        assert "vingerafdruk" in _columns(db_path, "akkoord_sleutel")
    finally:
        engine.dispose()
