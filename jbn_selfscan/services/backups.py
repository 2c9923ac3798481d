"""Backups on demand, once a day at start-up (kept in rotation), and restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.store.backup import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    backup_to,
    integrity_ok,
    make_backup,
    parse_backup_name,
)
from jbn_selfscan.store.db import DatabaseError, database_exists
from jbn_selfscan.store.migrate import known_revisions, upgrade_database

DAILY_REASON = "dagelijks"
REQUIRED_TABLES = {"client", "zelfscan", "answer", "caseloadgesprek", "change_log"}
MAX_RESTORE_BYTES = 2_000_000_000


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    size: int
    reason: str | None = None  # from the file name; None for a file named otherwise


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """The backups in the data directory, newest first."""
    if not paths.backups.exists():
        return []
    found = []
    for path in paths.backups.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"):
        stat = path.stat()
        parsed = parse_backup_name(path.name)
        found.append(
            BackupInfo(
                path,
                dt.datetime.fromtimestamp(stat.st_mtime),
                stat.st_size,
                None if parsed is None else parsed.reason,
            )
        )
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def rotate(paths: AppPaths, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep`; returns what was removed."""
    removed = []
    for info in list_backups(paths)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def daily_backup(paths: AppPaths, keep: int = 14, now: dt.datetime | None = None) -> Path | None:
    """At the first start of a day, make a verified backup and rotate. None if already done.

    `now` (local time, default the clock) both names the backup and decides whether today's
    backup exists, so the two can never disagree.
    """
    if not database_exists(paths.database):
        return None
    now = now or dt.datetime.now()
    names = (parse_backup_name(b.path.name) for b in list_backups(paths))
    if any(
        n is not None and n.reason == DAILY_REASON and n.made_at.date() == now.date() for n in names
    ):
        return None
    made = make_backup(paths.database, paths.backups, reason=DAILY_REASON, now=now)
    rotate(paths, keep)
    return made


def backup_now(paths: AppPaths, target: Path | None = None) -> Path:
    """A backup on demand, to `target` or into the backups folder."""
    if not database_exists(paths.database):
        raise DatabaseError(f"Er is nog geen database in {paths.data_dir}.")
    if target is not None:
        if target.exists() and target.is_dir():
            raise DatabaseError(f"{target} is een map; geef een bestandsnaam op.")
        return backup_to(paths.database, target)
    return make_backup(paths.database, paths.backups, reason="handmatig")


def verify_backup_file(path: Path) -> None:
    """Refuse anything that is not an intact JBN Zelfscan database this version can read."""
    if not path.is_file():
        raise DatabaseError(f"Het bestand {path} bestaat niet.")
    if path.stat().st_size > MAX_RESTORE_BYTES:
        raise DatabaseError(f"{path.name} is te groot voor een reservekopie.")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(f"{path.name} is geen reservekopie van JBN Zelfscan.")
    if not integrity_ok(path):
        raise DatabaseError(f"{path.name} is beschadigd (integriteitscontrole mislukt).")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        raise DatabaseError(f"{path.name} is geen reservekopie van JBN Zelfscan.") from None
    if not tables >= REQUIRED_TABLES or version is None:
        raise DatabaseError(f"{path.name} is geen reservekopie van JBN Zelfscan.")
    if version[0] not in known_revisions():
        raise DatabaseError(
            f"{path.name} is gemaakt met een nieuwere versie van JBN Zelfscan; "
            "installeer eerst die versie."
        )


def app_running(paths: AppPaths) -> bool:
    """Whether a running app holds this data directory (its lock file names a live process).

    The GUI's QLockFile writes the owner's process id on the first line.
    """
    try:
        first_line = paths.lock_file.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        pid = int(first_line.strip())
    except (OSError, IndexError, ValueError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:  # e.g. Windows without the process: treat as not running
        return False
    return True


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None


def restore(paths: AppPaths, source: Path) -> RestoreResult:
    """Verify `source`, back up the current database, then copy `source` over it.

    The caller must have closed its own connections to the database first.
    """
    source = source.expanduser().resolve()
    if app_running(paths):
        raise DatabaseError(
            "JBN Zelfscan is geopend met deze gegevensmap. Sluit de app eerst, of zet de "
            "reservekopie terug vanuit de app (Bestand → Reservekopie terugzetten…)."
        )
    verify_backup_file(source)
    paths.ensure()
    saved = None
    if database_exists(paths.database):
        saved = make_backup(paths.database, paths.backups, reason="voor-terugzetten")
    with (
        contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        contextlib.closing(sqlite3.connect(paths.database)) as dest,
    ):
        src.backup(dest)
    if not integrity_ok(paths.database):
        raise DatabaseError(
            "Terugzetten is mislukt; de vorige database staat in de reservekopieën."
        )
    upgrade_database(paths.database, backup_dir=paths.backups)
    return RestoreResult(restored_from=source, previous_saved_as=saved)
