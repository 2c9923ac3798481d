"""Consistent backups with SQLite's online backup API, verified with integrity_check."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
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
    """The file name of a backup: its moment (local time) and reason; `parse_backup_name`
    reads it back."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}"


_NAME = re.compile(
    rf"^{re.escape(BACKUP_PREFIX)}(?P<stamp>\d{{8}}-\d{{6}})(?:-\d+)?-(?P<reason>.+)"
    rf"{re.escape(BACKUP_SUFFIX)}$"
)


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: when it was made (local time, to the second) and why."""

    made_at: dt.datetime
    reason: str


def parse_backup_name(name: str) -> BackupName | None:
    """The moment and reason in a name made by `backup_name`; None for any other name."""
    match = _NAME.match(name)
    if match is None:
        return None
    stamp = match.group("stamp")  # by hand: strptime would load a module at every start
    try:
        made_at = dt.datetime(
            int(stamp[0:4]),
            int(stamp[4:6]),
            int(stamp[6:8]),
            int(stamp[9:11]),
            int(stamp[11:13]),
            int(stamp[13:15]),
        )
    except ValueError:
        return None
    return BackupName(made_at, match.group("reason"))


def make_backup(
    db_path: Path, backup_dir: Path, reason: str = "handmatig", now: dt.datetime | None = None
) -> Path:
    """Make a verified backup named after the moment (local time) and the reason."""
    return backup_to(db_path, backup_dir / backup_name(reason, now))
