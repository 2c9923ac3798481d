"""Opening the local SQLite database: pragmas, migrations, session factory.

Durability choices (see docs/durability.md): WAL journal with `synchronous=FULL`, so an
acknowledged autosave survives a crash or power loss; foreign keys on; a busy timeout so a short
lock never surfaces as an error. On a network file system WAL is unsafe, so the journal falls back
to DELETE mode and the caller gets a warning to show.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from jbn_selfscan.domain.errors import UserFacingError

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "afs", "9p", "davfs", "ncpfs"}
)


class DatabaseError(UserFacingError):
    """A database problem explained in Dutch for the user."""


class DatabaseTooNewError(DatabaseError):
    """The database was made by a newer version of the app."""


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
    engine = create_engine(f"sqlite:///{db_path}", future=True)
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


def open_database(
    db_path: Path, *, migrate: bool = True, backup_dir: Path | None = None
) -> Database:
    """Open (and create or upgrade) the database at `db_path`.

    Before a migration touches an existing database, a verified backup is made in `backup_dir`.
    """
    from jbn_selfscan.store.migrate import upgrade_database

    db_path.parent.mkdir(parents=True, exist_ok=True)
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
