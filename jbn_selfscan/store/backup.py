"""Consistent backups with SQLite's online backup API, verified with integrity_check."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from jbn_selfscan.store.db import DatabaseError

BACKUP_PREFIX = "zelfscan-"
BACKUP_SUFFIX = ".sqlite3"


def integrity_ok(db_path: Path) -> bool:
    """True when `PRAGMA integrity_check` on the file answers `ok`."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy the live database to `target` with the online backup API, then verify it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    with (
        contextlib.closing(sqlite3.connect(db_path)) as source,
        contextlib.closing(sqlite3.connect(tmp)) as dest,
    ):
        source.backup(dest)
    if not integrity_ok(tmp):
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"De reservekopie {target.name} is beschadigd en is niet bewaard.")
    tmp.replace(target)
    return target


def backup_name(reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}"


def make_backup(
    db_path: Path, backup_dir: Path, reason: str = "handmatig", now: dt.datetime | None = None
) -> Path:
    """Make a verified backup named after the moment (local time) and the reason."""
    return backup_to(db_path, backup_dir / backup_name(reason, now))
