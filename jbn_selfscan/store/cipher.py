"""SQLCipher: every connection to a database file of ours, keyed before anything else.

The database, its WAL and every backup are encrypted with SQLCipher using a random 256-bit raw
key (`PRAGMA key = "x'...'"`: no key derivation, so opening stays about a millisecond). The key
of this process is set once at start-up (`set_active_key`, from `store/keys.py`); every raw
connection the store opens goes through `connect`, and every SQLAlchemy engine through
`keyed_engine`, whose `connect` event sends `PRAGMA key` as the very first statement.

A file that starts with the plain SQLite header is an unencrypted database of an earlier version
(or a reference schema built in a temporary folder): it is opened without a key, read-only
where possible, and converted with `sqlcipher_export` (`export_to`).
"""

from __future__ import annotations

import contextlib
import enum
import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Engine, create_engine, event

from jbn_selfscan.domain.errors import UserFacingError

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32

Error = sqlcipher.Error
DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
IntegrityError = sqlcipher.IntegrityError
Connection = sqlcipher.Connection

_active_key: bytes | None = None


class _Active(enum.Enum):
    KEY = "active"


ACTIVE = _Active.KEY


class NoKeyError(UserFacingError):
    """No key for an encrypted database is known in this process or stored for this user."""

    def __init__(self) -> None:
        super().__init__(
            "Er is op deze computer geen sleutel voor de versleutelde database. Open de "
            "gegevensmap met de herstelcode ('jbn-selfscan --herstelcode', of in de app bij het "
            "starten)."
        )


def set_active_key(key: bytes | None) -> None:
    """The key every encrypted connection of this process uses (None: none known)."""
    global _active_key
    if key is not None and len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    _active_key = key


def active_key() -> bytes | None:
    return _active_key


def require_key() -> bytes:
    """The process key; when none is set yet, this user's stored key (never a new one)."""
    if _active_key is None:
        from jbn_selfscan.store.keys import choose_store

        set_active_key(choose_store().load())
    if _active_key is None:
        raise NoKeyError
    return _active_key


def key_pragma(key: bytes) -> str:
    """The `PRAGMA key` statement for a raw key (hex, so it never needs quoting)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def is_plain(path: Path) -> bool:
    """Whether the file starts with the header of an unencrypted SQLite database."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def apply_key(conn: Any, key: bytes | None) -> None:
    """Key a fresh DB-API connection; must run before any other statement."""
    if key is not None:
        conn.execute(key_pragma(key))


def key_for(path: Path) -> bytes | None:
    """The key to open `path` with: none for a plain file, the active key otherwise."""
    if path.exists() and os.path.getsize(path) > 0 and is_plain(path):
        return None
    return require_key()


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    key: bytes | _Active | None = ACTIVE,
) -> sqlcipher.Connection:
    """An SQLCipher connection to `path`, keyed first.

    `key=ACTIVE` (the default) keys with the process key unless the file is a plain SQLite
    database; pass bytes for an explicit key or None for a plain connection.
    """
    path = Path(path)
    chosen = key_for(path) if key is ACTIVE else key
    if read_only:
        uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
        conn = sqlcipher.connect(uri, uri=True)
    else:
        conn = sqlcipher.connect(os.path.abspath(path))
    try:
        apply_key(conn, chosen)
    except BaseException:
        conn.close()
        raise
    return conn


def keyed_engine(url: URL, *, key: bytes | None) -> Engine:
    """An SQLAlchemy engine on SQLCipher whose every new connection is keyed first."""
    engine = create_engine(url, module=sqlcipher, future=True)

    @event.listens_for(engine, "connect", insert=True)
    def _key_first(dbapi_connection: Any, _record: Any) -> None:
        if key is not None:
            cursor = dbapi_connection.cursor()
            cursor.execute(key_pragma(key))
            cursor.close()

    return engine


def readable(conn: sqlcipher.Connection) -> None:
    """Read page 1 (a wrong key shows up only here, as "file is not a database")."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def export_to(source: Path, source_key: bytes | None, target: Path, target_key: bytes) -> None:
    """Copy the whole database at `source` into a new encrypted file `target` with
    `sqlcipher_export` (schema, rows and `user_version`); `target` must not exist.

    Used to convert a plain database or backup and to re-key one opened with the recovery code.
    The target is left in rollback-journal mode, so no -wal/-shm stays next to it.
    """
    # Read-write: an attached database gets the open flags of the main one.
    with contextlib.closing(connect(source, key=source_key)) as conn:
        readable(conn)
        conn.execute(
            "ATTACH DATABASE ? AS encrypted KEY \"x'" + target_key.hex() + "'\"",
            (os.path.abspath(target),),
        )
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
