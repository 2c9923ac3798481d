"""Backups on demand, once a day at start-up (kept in rotation), restore, and the conversion
of an unencrypted database (and its backups) of an earlier version."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.paths import (
    AppPaths,
    PathError,
    make_private_dir,
    require_output_file,
    require_regular_file,
)
from jbn_selfscan.store import cipher
from jbn_selfscan.store.backup import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    PART_SUFFIX,
    SIDE_SUFFIXES,
    backup_to,
    encrypt_in_place,
    integrity_ok,
    make_backup,
    parse_backup_name,
    remove_with_side_files,
    storage_problem_nl,
)
from jbn_selfscan.store.db import (
    DatabaseError,
    database_exists,
    make_private,
    verify_live_database,
)
from jbn_selfscan.store.health import HealthReport, check_database
from jbn_selfscan.store.migrate import known_revisions, upgrade_database

DAILY_REASON = "dagelijks"
MAX_RESTORE_BYTES = 2_000_000_000
# A half-made backup older than this is a leftover of a crash (a backup takes seconds).
STRAY_AGE = dt.timedelta(minutes=10)
DAMAGED_SUFFIX = "-beschadigd"


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


def stray_files(paths: AppPaths, now: dt.datetime | None = None) -> list[Path]:
    """Leftovers of interrupted backups (`.part` and its side files) older than STRAY_AGE."""
    if not paths.backups.is_dir():
        return []
    limit = ((now or dt.datetime.now()) - STRAY_AGE).timestamp()
    endings = (PART_SUFFIX, *(PART_SUFFIX + s for s in SIDE_SUFFIXES))
    found = []
    for path in paths.backups.iterdir():
        with contextlib.suppress(OSError):
            if path.name.endswith(endings) and path.is_file() and path.stat().st_mtime < limit:
                found.append(path)
    return sorted(found)


def rotate(paths: AppPaths, keep: int, now: dt.datetime | None = None) -> list[Path]:
    """Delete the oldest backups beyond `keep` and stray half-made ones; returns what went."""
    removed = []
    for info in list_backups(paths)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    for stray in stray_files(paths, now):
        with contextlib.suppress(OSError):
            stray.unlink()
            removed.append(stray)
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
    rotate(paths, keep, now)
    return made


def backup_now(paths: AppPaths, target: Path | None = None) -> Path:
    """A backup on demand, to `target` or into the backups folder."""
    if not database_exists(paths.database):
        raise DatabaseError(f"Er is nog geen database in {paths.data_dir}.")
    verify_live_database(paths.database)  # a damaged one: say so, not "the copy is damaged"
    if target is not None:
        try:
            require_output_file(target)
        except PathError as exc:
            raise DatabaseError(str(exc)) from None
        return backup_to(paths.database, target)
    return make_backup(paths.database, paths.backups, reason="handmatig")


def verify_backup_file(path: Path) -> None:
    """Refuse anything that is not an intact JBN Zelfscan database this version can read.

    Intact means: SQLite's integrity check passes, the whole schema equals that of a database
    freshly made by our migrations at the file's revision, `foreign_key_check` is clean and
    typed columns hold values the app can read (`store/health.py`).
    """
    from jbn_selfscan.store.health import check_database

    try:
        require_regular_file(path)
    except PathError as exc:
        raise DatabaseError(str(exc)) from None
    if path.stat().st_size > MAX_RESTORE_BYTES:
        raise DatabaseError(f"{path.name} is te groot voor een reservekopie.")
    plain = cipher.is_plain(path)
    if not plain and path.stat().st_size % 512 != 0:  # encrypted files are whole pages
        raise DatabaseError(f"{path.name} is geen reservekopie van JBN Zelfscan.")
    report = check_database(path)
    if report.integrity and not plain and "sleutel" in report.integrity[0]:
        raise DatabaseError(
            f"{path.name} is versleuteld met een andere sleutel dan die van deze gebruiker, of "
            "is geen reservekopie van JBN Zelfscan. Er is niets veranderd."
        )
    if report.integrity:
        raise DatabaseError(f"{path.name} is beschadigd (integriteitscontrole mislukt).")
    if report.revision is not None and report.revision not in known_revisions():
        raise DatabaseError(
            f"{path.name} is gemaakt met een nieuwere versie van JBN Zelfscan; "
            "installeer eerst die versie."
        )
    if not report.ok:
        shown = "; ".join(report.problems[:3])
        more = f" (en nog {len(report.problems) - 3})" if len(report.problems) > 3 else ""
        raise DatabaseError(
            f"{path.name} is geen reservekopie van JBN Zelfscan zoals deze versie die maakt: "
            f"{shown}{more}. Er is niets veranderd."
        )


def newest_good_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest backup that passes `verify_backup_file`, or None."""
    for info in list_backups(paths):
        try:
            verify_backup_file(info.path)
        except (DatabaseError, OSError):
            continue
        return info
    return None


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
    damaged_kept_as: Path | None = None


def set_aside_damaged(paths: AppPaths, now: dt.datetime | None = None) -> Path:
    """Move the damaged database (with its -wal/-shm/-journal) unchanged into `beschadigd/`."""
    make_private_dir(paths.damaged)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    kept = paths.damaged / f"zelfscan-{stamp}{DAMAGED_SUFFIX}{BACKUP_SUFFIX}"
    for suffix in ("", *SIDE_SUFFIXES):
        side = paths.database.with_name(paths.database.name + suffix)
        if os.path.lexists(side):
            os.replace(side, kept.with_name(kept.name + suffix))
    return kept


def restore(paths: AppPaths, source: Path, now: dt.datetime | None = None) -> RestoreResult:
    """Verify `source`, keep the current database, then copy `source` over it.

    An intact current database is first backed up ("voor-terugzetten"); a damaged one cannot
    be, so it is moved unchanged to `beschadigd/` instead. The caller must have closed its own
    connections to the database first.
    """
    source = source.expanduser().absolute()
    if app_running(paths):
        raise DatabaseError(
            "JBN Zelfscan is geopend met deze gegevensmap. Sluit de app eerst, of zet de "
            "reservekopie terug vanuit de app (Bestand → Reservekopie terugzetten…)."
        )
    verify_backup_file(source)
    paths.ensure()
    database = paths.database
    if os.path.lexists(database) and not database.is_file():
        raise DatabaseError(
            f"Op de plaats van de database staat iets anders dan een bestand ({database}); "
            "er is niets veranderd."
        )
    saved = None
    damaged = None
    try:
        if database_exists(database):
            if integrity_ok(database):
                saved = make_backup(database, paths.backups, reason="voor-terugzetten", now=now)
            else:
                damaged = set_aside_damaged(paths, now)
        if database_exists(database) and cipher.is_plain(database):
            remove_with_side_files(database)  # an old plain one, kept above: start afresh
        make_private(database)
        key = cipher.require_key()
        if cipher.is_plain(source):  # a backup of an earlier version: encrypted on the way in
            staged = paths.backups / f"terugzetten-{os.getpid()}{PART_SUFFIX}"
            remove_with_side_files(staged)
            try:
                cipher.export_to(source, None, staged, key)
                _copy_into(staged, database, key)
            finally:
                remove_with_side_files(staged)
        else:
            _copy_into(source, database, key)
    except cipher.NoKeyError:
        raise DatabaseError(
            "Er is geen sleutel voor de database op deze computer; open de gegevensmap eerst "
            "met de herstelcode. Er is niets veranderd."
        ) from None
    except (cipher.Error, OSError) as exc:
        kept = damaged or saved
        where = f" De vorige database staat in {kept}." if kept else ""
        raise DatabaseError(f"Terugzetten is mislukt: {storage_problem_nl(exc)}.{where}") from None
    if not integrity_ok(database):
        raise DatabaseError(
            "Terugzetten is mislukt; de vorige database staat in de reservekopieën."
        )
    upgrade_database(database, backup_dir=paths.backups)
    return RestoreResult(restored_from=source, previous_saved_as=saved, damaged_kept_as=damaged)


def _copy_into(source: Path, database: Path, key: bytes) -> None:
    """Copy the encrypted `source` over the live database with the online backup API."""
    with (
        contextlib.closing(cipher.connect(source, read_only=True, key=key)) as src,
        contextlib.closing(cipher.connect(database, key=key)) as dest,
    ):
        src.backup(dest)


def convert_plain_database(paths: AppPaths, now: dt.datetime | None = None) -> Path | None:
    """Encrypt an unencrypted database of an earlier version, after a verified backup.

    Returns the (plain) backup made first, or None when there was nothing to convert. That
    backup and older plain ones stay until the user chooses (`plain_backups`).
    """
    database = paths.database
    if not database_exists(database) or not cipher.is_plain(database):
        return None
    made = make_backup(database, paths.backups, reason="voor-versleuteling", now=now)
    encrypt_in_place(database, cipher.require_key())
    return made


def plain_backups(paths: AppPaths) -> list[Path]:
    """The unencrypted backups in the backups folder (made by an earlier version)."""
    return [info.path for info in list_backups(paths) if cipher.is_plain(info.path)]


def encrypt_plain_backups(paths: AppPaths) -> list[Path]:
    """Encrypt every plain backup in place with this user's key; returns those converted."""
    key = cipher.require_key()
    done = []
    for path in plain_backups(paths):
        encrypt_in_place(path, key)
        done.append(path)
    return done


def remove_plain_backups(paths: AppPaths) -> list[Path]:
    """Delete every plain backup (after the user has confirmed); returns those removed."""
    removed = []
    for path in plain_backups(paths):
        remove_with_side_files(path)
        removed.append(path)
    return removed


def check_file(path: Path) -> HealthReport:
    """Integrity, schema, foreign keys and stored values of a database file, changing nothing."""
    return check_database(path)
