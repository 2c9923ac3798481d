"""Opening the local SQLite database: pragmas, migrations, session factory.

Durability choices (see docs/durability.md): WAL journal with `synchronous=FULL`, so an
acknowledged autosave survives a crash or power loss; foreign keys on; a busy timeout so a short
lock never surfaces as an error. Every connection is an SQLCipher connection keyed first
(`store/cipher.py`); a key that does not fit shows up at the first read and is reported in
Dutch. On a network file system WAL is unsafe, so the journal falls back
to DELETE mode and the caller gets a warning to show.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.paths import create_private_file
from jbn_selfscan.store import cipher

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "afs", "9p", "davfs", "ncpfs"}
)


class DatabaseError(UserFacingError):
    """A database problem explained in Dutch for the user."""


class DatabaseTooNewError(DatabaseError):
    """The database was made by a newer version of the app."""


class DatabaseDamagedError(DatabaseError):
    """The live database fails SQLite's integrity check: restore a backup or quit."""


class WrongKeyError(DatabaseError):
    """The database cannot be read with this user's key (or no key is known at all)."""


WRONG_KEY_MESSAGE = (
    "De database in {folder} is versleuteld en kan niet worden geopend met de sleutel van deze "
    "gebruiker op deze computer (SQLite: 'file is not a database'). Is de gegevensmap "
    "gekopieerd van een andere computer of een ander account? Open hem dan met de herstelcode "
    "('jbn-selfscan --herstelcode', of in de app bij het starten). Zonder de sleutel of de "
    "herstelcode zijn de gegevens niet meer te lezen."
)
NO_KEY_MESSAGE = (
    "De sleutel van de versleutelde database in {folder} ontbreekt op deze computer "
    "(nieuwe computer of nieuw Windows-account?). Open de gegevensmap met de herstelcode "
    "('jbn-selfscan --herstelcode', of in de app bij het starten). Zonder de sleutel of de "
    "herstelcode zijn de gegevens niet meer te lezen."
)


DAMAGED_MESSAGE = (
    "De database in {folder} is beschadigd: SQLite vindt fouten in het bestand. Zet de "
    "nieuwste goede reservekopie terug (bij het starten van de app, of met "
    "'jbn-selfscan restore BESTAND'); de beschadigde database wordt dan ongewijzigd apart "
    "bewaard. 'jbn-selfscan check' toont wat er mis is."
)


def storage_failure_nl(exc: BaseException) -> str | None:
    """A Dutch explanation when `exc` is a full disk, a folder that cannot be written or a
    database another program holds locked.

    Accepts OS errors, sqlite3 errors and SQLAlchemy's wrappers of them (`.orig`); None for
    anything else, which the caller then treats as unexpected.
    """
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "de map is alleen-lezen of niet toegankelijk"
        return None
    if isinstance(orig, sqlite3.Error | cipher.Error):
        text = str(orig).lower()
        if "full" in text:
            return "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return "de gegevensmap is alleen-lezen of niet toegankelijk"
        if "disk i/o error" in text:
            return "de schijf gaf een fout bij lezen of schrijven (is de schijf vol?)"
        if "locked" in text:
            return (
                "de database is bezet door een ander programma (staat JBN Zelfscan nog een "
                "keer open?); sluit dat en probeer het opnieuw"
            )
    return None


def sqlite_url(db_path: Path) -> URL:
    """The SQLAlchemy URL of a database file; any character in the path is safe."""
    return URL.create("sqlite", database=os.path.abspath(db_path))


def sqlite_uri(db_path: Path, *, read_only: bool = True) -> str:
    """An SQLite `file:` URI for `sqlite3.connect(..., uri=True)`, with the path quoted.

    Built with `Path.as_uri()`, so `#`, `?`, `%` and spaces in a folder name stay part of the
    path instead of starting a query or fragment.
    """
    uri = Path(os.path.abspath(db_path)).as_uri()
    return f"{uri}?mode=ro" if read_only else uri


def connect_read_only(db_path: Path) -> cipher.Connection:
    """A read-only connection that never creates a file, keyed for an encrypted file."""
    try:
        return cipher.connect(db_path, read_only=True)
    except cipher.NoKeyError:
        raise WrongKeyError(NO_KEY_MESSAGE.format(folder=db_path.parent)) from None


def is_wrong_key(exc: BaseException) -> bool:
    """Whether SQLite says "file is not a database" (a wrong key, or page 1 destroyed)."""
    orig = getattr(exc, "orig", None) or exc
    name = getattr(orig, "sqlite_errorname", "")
    return name == "SQLITE_NOTADB" or "not a database" in str(orig).lower()


def check_key(db_path: Path) -> None:
    """Read page 1 of an encrypted database: raise `WrongKeyError` when the key does not fit.

    Other read failures are left to the checks that follow.
    """
    if not database_exists(db_path) or cipher.is_plain(db_path):
        return
    try:
        with contextlib.closing(connect_read_only(db_path)) as conn:
            cipher.readable(conn)
    except cipher.DatabaseError as exc:
        if is_wrong_key(exc):
            raise WrongKeyError(WRONG_KEY_MESSAGE.format(folder=db_path.parent)) from None


def is_corruption(exc: sqlite3.Error | cipher.Error) -> bool:
    """Whether SQLite says the file itself is damaged (not: locked, unreadable, disk full)."""
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def quick_check(db_path: Path) -> bool:
    """SQLite's `PRAGMA quick_check` (a few ms on our databases): True when it answers ok.

    False only when SQLite finds damage; a file that cannot be read now (disk full, no access)
    raises `DatabaseError` instead, so it is never called damaged.
    """
    try:
        with contextlib.closing(connect_read_only(db_path)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, cipher.DatabaseError) as exc:
        if is_corruption(exc):
            return False
        reason = storage_failure_nl(exc) or str(exc)
        raise DatabaseError(
            f"De database in {db_path.parent} kan nu niet worden gelezen: {reason}."
        ) from None
    return bool(rows == [("ok",)])


def check_database_file(db_path: Path) -> None:
    """Refuse a database path that is a folder, a dangling link or not an SQLite file."""
    if os.path.lexists(db_path) and not db_path.exists():
        raise DatabaseError(
            f"De database {db_path} is een snelkoppeling naar iets dat niet bestaat. Verwijder "
            "de snelkoppeling of kies een andere gegevensmap."
        )
    if not db_path.exists():
        return
    if not db_path.is_file():
        raise DatabaseError(
            f"Op de plaats van de database staat iets anders dan een bestand ({db_path}). "
            "Kies een andere gegevensmap."
        )
    if os.path.getsize(db_path) == 0:
        return
    try:
        with db_path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseError(
            f"De database {db_path} kan niet worden gelezen ({exc.strerror or exc})."
        ) from None
    # An encrypted database has no header to recognise; it is always whole pages, though.
    if header != cipher.SQLITE_HEADER and os.path.getsize(db_path) % 512 != 0:
        raise DatabaseError(
            f"Het bestand {db_path} is geen database van JBN Zelfscan. Zet een reservekopie "
            "terug of kies een andere gegevensmap."
        )


@dataclass
class Database:
    """An open database: engine, session factory and any warnings for the user."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    warnings: list[str] = field(default_factory=list)

    def session(self) -> Session:
        return self.session_factory()

    def dispose(self) -> None:
        self.engine.dispose()


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """Best-effort detection of a data directory on a network share.

    `mounts_text` is the content of /proc/mounts (read from the system when not given).
    """
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved = str(path.resolve())
    best: tuple[int, str] = (-1, "")
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = parts[1], parts[2]
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > best[0]:
            best = (len(mount_point), fs_type)
    return best[1] in NETWORK_FS_TYPES


def make_engine(db_path: Path, *, network: bool = False) -> Engine:
    """Create the engine with our pragmas applied on every new connection."""
    try:
        key = cipher.key_for(db_path)
    except cipher.NoKeyError:
        raise WrongKeyError(NO_KEY_MESSAGE.format(folder=db_path.parent)) from None
    engine = cipher.keyed_engine(sqlite_url(db_path), key=key)
    journal_mode = "DELETE" if network else "WAL"

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA journal_mode={journal_mode}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def verify_live_database(db_path: Path) -> None:
    """Refuse a database path that is not a usable file, and a database that is damaged."""
    check_database_file(db_path)
    check_key(db_path)
    if database_exists(db_path) and not quick_check(db_path):
        raise DatabaseDamagedError(DAMAGED_MESSAGE.format(folder=db_path.parent))


def make_private(db_path: Path) -> None:
    """Create the database file (or tighten an existing one and its -wal/-shm) to 0600."""
    try:
        create_private_file(db_path)
        if os.name == "posix":
            for suffix in ("-wal", "-shm", "-journal"):
                side = db_path.with_name(db_path.name + suffix)
                if side.is_file():
                    create_private_file(side)
    except OSError as exc:
        raise DatabaseError(
            f"De database in {db_path.parent} kan niet worden aangemaakt of geopend "
            f"({exc.strerror or exc}). Is de map alleen-lezen?"
        ) from None


def open_database(
    db_path: Path, *, migrate: bool = True, backup_dir: Path | None = None, verify: bool = True
) -> Database:
    """Open (and create or upgrade) the database at `db_path`.

    Before a migration touches an existing database, a verified backup is made in `backup_dir`.
    A damaged database raises `DatabaseDamagedError` (the caller offers a restore); the file is
    created with mode 0600 on POSIX, and an existing one is tightened to it. `verify=False`
    when the caller has just run `verify_live_database` itself.
    """
    from jbn_selfscan.store.migrate import upgrade_database

    db_path.parent.mkdir(parents=True, exist_ok=True)
    if verify:
        verify_live_database(db_path)
    make_private(db_path)
    warnings: list[str] = []
    network = is_network_path(db_path.parent)
    if network:
        warnings.append(
            "De gegevensmap staat op een netwerkschijf. Dat is niet veilig voor de database; "
            "kies een map op deze computer. Tot dan wordt een voorzichtiger opslagmethode gebruikt."
        )
    if migrate:
        upgrade_database(db_path, backup_dir=backup_dir)
    engine = make_engine(db_path, network=network)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path=db_path, engine=engine, session_factory=factory, warnings=warnings)


def database_exists(db_path: Path) -> bool:
    return db_path.exists() and os.path.getsize(db_path) > 0
