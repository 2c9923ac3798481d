"""Consistent backups with SQLite's online backup API, verified with integrity_check.

A backup of an encrypted database is encrypted with the same key (the backup API copies pages
between two connections keyed alike); only the backup made just before an old plain database is
converted is plain, like its source.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.paths import create_private_file, make_private_dir
from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import (
    NO_KEY_MESSAGE,
    DatabaseError,
    WrongKeyError,
    connect_read_only,
    is_corruption,
    storage_failure_nl,
)

BACKUP_PREFIX = "zelfscan-"
BACKUP_SUFFIX = ".sqlite3"
PART_SUFFIX = ".part"
# What SQLite may leave next to a database file (and so next to a half-made backup).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def integrity_ok(db_path: Path) -> bool:
    """True when `PRAGMA integrity_check` on the file answers `ok`, False when SQLite finds
    damage; a file that cannot be read now (disk full, no access) raises `DatabaseError`."""
    try:
        with contextlib.closing(connect_read_only(db_path)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except cipher.DatabaseError as exc:
        if is_corruption(exc):
            return False
        raise DatabaseError(
            f"{db_path.name} kan nu niet worden gelezen: {storage_problem_nl(exc)}."
        ) from None
    return bool(rows == [("ok",)])


def remove_with_side_files(path: Path) -> None:
    """Delete `path` and any -wal/-shm/-journal SQLite left next to it."""
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def storage_problem_nl(exc: BaseException) -> str:
    """A Dutch explanation of a write that failed (disk full, read-only folder, ...)."""
    known = storage_failure_nl(exc)
    if known is not None:
        return known
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return str(exc)


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy the live database to `target` with the online backup API, then verify it.

    The copy is written to `<target>.part` (mode 0600) and switched to the rollback journal,
    so no `.part-wal` / `.part-shm` stays behind; on any failure nothing is left but what was
    there before.
    """
    tmp = target.with_name(target.name + PART_SUFFIX)
    remove_with_side_files(tmp)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # a folder of the user's: modes kept
        create_private_file(tmp)
        key = cipher.key_for(db_path)
        with (
            contextlib.closing(cipher.connect(db_path, key=key)) as source,
            contextlib.closing(cipher.connect(tmp, key=key)) as dest,
        ):
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
    except cipher.NoKeyError:
        remove_with_side_files(tmp)
        raise WrongKeyError(NO_KEY_MESSAGE.format(folder=db_path.parent)) from None
    except (cipher.Error, OSError) as exc:
        remove_with_side_files(tmp)
        raise DatabaseError(
            f"De reservekopie {target.name} kon niet worden gemaakt: {storage_problem_nl(exc)}. "
            "Er is niets veranderd."
        ) from None
    try:
        intact = integrity_ok(tmp)
    except DatabaseError:
        remove_with_side_files(tmp)
        raise
    if not intact:
        remove_with_side_files(tmp)
        raise DatabaseError(f"De reservekopie {target.name} is beschadigd en is niet bewaard.")
    try:
        tmp.replace(target)
    except OSError as exc:
        remove_with_side_files(tmp)
        raise DatabaseError(
            f"De reservekopie {target.name} kon niet worden bewaard: {storage_problem_nl(exc)}."
        ) from None
    finally:
        for suffix in SIDE_SUFFIXES:  # a reader may have left these; the copy is complete
            with contextlib.suppress(OSError):
                tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
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
    try:
        make_private_dir(backup_dir)
    except OSError as exc:
        raise DatabaseError(
            f"De map voor reservekopieën kan niet worden gemaakt: {storage_problem_nl(exc)}."
        ) from None
    return backup_to(db_path, backup_dir / backup_name(reason, now))


def _row_counts(conn: cipher.Connection) -> dict[str, int]:
    tables = [
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    ]
    return {
        table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables
    }


def encrypt_in_place(path: Path, key: bytes, source_key: bytes | None = None) -> None:
    """Convert the plain database at `path` (or one encrypted with `source_key`) into one
    encrypted with `key`, atomically.

    `sqlcipher_export` writes a new file next to it; the new file must pass the integrity check
    and hold the same tables with the same number of rows before it replaces the old one (with
    `os.replace`). On any failure the plain file stays as it was and the half-made one goes.
    """
    tmp = path.with_name(path.name + ".versleutelen" + PART_SUFFIX)
    remove_with_side_files(tmp)
    try:
        with contextlib.closing(cipher.connect(path, key=source_key)) as plain:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            plain.execute("PRAGMA journal_mode=DELETE")  # nothing left in a -wal beside it
            expected = _row_counts(plain)
        create_private_file(tmp)
        tmp.unlink()  # sqlcipher_export needs a new file; the mode is set again below
        cipher.export_to(path, source_key, tmp, key)
        create_private_file(tmp)
        with contextlib.closing(cipher.connect(tmp, read_only=True, key=key)) as done:
            intact = done.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            same = _row_counts(done) == expected
        if not (intact and same):
            raise DatabaseError(
                f"Het versleutelen van {path.name} is niet goed gegaan; het bestand is "
                "ongewijzigd gelaten."
            )
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        for suffix in SIDE_SUFFIXES:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        tmp.replace(path)
    except (cipher.Error, OSError) as exc:
        remove_with_side_files(tmp)
        raise DatabaseError(
            f"{path.name} kon niet worden versleuteld: {storage_problem_nl(exc)}. Er is niets "
            "veranderd."
        ) from None
    except DatabaseError:
        remove_with_side_files(tmp)
        raise
