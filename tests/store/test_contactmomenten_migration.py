"""Migration 0006_contactmomenten: an upgraded database has an empty contact moment table;
a downgrade drops it and an upgrade brings it back."""

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


def _tables(db_path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_upgraded_clients_have_no_contact_moments_and_a_downgrade_drops_the_table(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    shutil.copy(FIXTURE, db_path)
    open_database(db_path, backup_dir=tmp_path / "backups").dispose()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM contactmoment").fetchone()[0] == 0
        columns = [row[1] for row in conn.execute("PRAGMA table_info(contactmoment)")]
    assert columns == ["id", "client_id", "datum", "created_at"]

    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as connection, connection.begin():
            command.downgrade(_alembic_config(connection), "0005")  # type: ignore[arg-type]
        assert "contactmoment" not in _tables(db_path)
        with engine.connect() as connection, connection.begin():
            command.upgrade(_alembic_config(connection), "head")  # type: ignore[arg-type]
        assert "contactmoment" in _tables(db_path)
    finally:
        engine.dispose()
