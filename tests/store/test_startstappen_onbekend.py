"""Migration 0004: existing clients get no "onbekend / vóór overdracht" marks; the column
goes again on a downgrade."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from jbn_selfscan.domain.deadlines import marks_from_json
from jbn_selfscan.store.db import open_database
from jbn_selfscan.store.migrate import _alembic_config

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db-0001.sqlite3"


def _client_columns(db_path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(client)")]


def test_upgraded_clients_have_no_marks_and_a_downgrade_drops_the_column(tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    shutil.copy(FIXTURE, db_path)
    open_database(db_path, backup_dir=tmp_path / "backups").dispose()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        marks = conn.execute("SELECT startstappen_onbekend FROM client").fetchall()
    assert marks and all(marks_from_json(text) == {} and text == "" for (text,) in marks)

    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as connection, connection.begin():
            command.downgrade(_alembic_config(connection), "0003")  # type: ignore[arg-type]
        assert "startstappen_onbekend" not in _client_columns(db_path)
        with engine.connect() as connection, connection.begin():
            command.upgrade(_alembic_config(connection), "head")  # type: ignore[arg-type]
        assert "startstappen_onbekend" in _client_columns(db_path)
    finally:
        engine.dispose()
