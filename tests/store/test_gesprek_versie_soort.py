"""Migration 0002: a signed copy and the state an import replaced can share a version number."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import open_database

# Needs the plain format: a database as an earlier version left it (opened without a key).
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db-0001.sqlite3"
INSERT = (
    "INSERT INTO gesprek_versie (gesprek_uid, versie, soort, document, vastgelegd_op, "
    "vastgelegd_door, reden) VALUES ('g-x', 1, ?, '{}', '2026-11-20 10:00:00', '', '')"
)


def test_upgraded_signed_copies_stay_signed_copies(tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    shutil.copy(FIXTURE, db_path)
    with contextlib.closing(cipher.connect(db_path)) as conn:
        before = conn.execute("SELECT id, gesprek_uid, versie FROM gesprek_versie").fetchall()
    open_database(db_path, backup_dir=tmp_path / "backups").dispose()
    with contextlib.closing(cipher.connect(db_path)) as conn:
        after = conn.execute("SELECT id, gesprek_uid, versie, soort FROM gesprek_versie").fetchall()
    assert after == [(*row, "getekend") for row in before]


def test_one_signed_copy_per_version_but_replaced_states_may_share_it(tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    open_database(db_path).dispose()
    with contextlib.closing(cipher.connect(db_path)) as conn:
        conn.execute(INSERT, ("getekend",))
        conn.execute(INSERT, ("vervangen",))
        conn.execute(INSERT, ("vervangen",))
        conn.commit()
        with pytest.raises(cipher.IntegrityError, match="UNIQUE"):
            conn.execute(INSERT, ("getekend",))
