"""Running Alembic migrations at start-up, safely.

- A database newer than this app is refused (never "upgraded" downwards).
- Before an existing database is migrated, a verified backup is made.
- SQLite batch migrations with foreign keys on can cascade-delete child rows, so migrations run
  with `PRAGMA foreign_keys=OFF`, and `PRAGMA foreign_key_check` must be clean afterwards.
"""

from __future__ import annotations

import ast
import contextlib
import re
from pathlib import Path

from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import (
    NO_KEY_MESSAGE,
    DatabaseError,
    DatabaseTooNewError,
    WrongKeyError,
    is_wrong_key,
    sqlite_url,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)


def _alembic_config(connection: object | None = None) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())  # type: ignore[arg-type]
    head = script.get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())  # type: ignore[arg-type]
    return {rev.revision for rev in script.walk_revisions()}


def head_revision_from_files() -> str | None:
    """The single head read from the migration files without importing Alembic (~0.4 s).

    Returns None when the files do not say it plainly; then Alembic itself decides.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
            found = dict(_REVISION_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
            if not isinstance(revision, str):
                return None
            revisions.add(revision)
            if isinstance(down, str):
                parents.add(down)
            elif down is not None:
                return None  # a merge point: leave it to Alembic
    except (OSError, KeyError, ValueError, SyntaxError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(db_path: Path) -> str | None:
    if not db_path.exists():
        return None
    try:
        conn = cipher.connect(db_path)
    except cipher.NoKeyError:
        raise WrongKeyError(NO_KEY_MESSAGE.format(folder=db_path.parent)) from None
    with contextlib.closing(conn):
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except cipher.OperationalError:
            return None
        except cipher.DatabaseError as exc:
            if is_wrong_key(exc) and not cipher.is_plain(db_path):
                raise WrongKeyError(
                    f"De database {db_path} kan niet worden geopend met de sleutel van deze "
                    "gebruiker (SQLite: 'file is not a database')."
                ) from None
            raise DatabaseError(
                f"Het bestand {db_path} is geen leesbare database ({exc})."
            ) from exc
    return None if row is None else str(row[0])


def upgrade_database(db_path: Path, *, backup_dir: Path | None = None) -> bool:
    """Bring the database to the newest schema. Returns True when a migration ran."""
    current = current_revision(db_path)
    if current is not None and current == head_revision_from_files():
        return False  # the usual start: up to date, no need to load Alembic

    from alembic import command
    from sqlalchemy import text

    head = head_revision()
    if current == head:
        return False
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            "Deze database is gemaakt met een nieuwere versie van JBN Zelfscan "
            f"(schema {current}). Installeer de nieuwste versie; de gegevens blijven onaangeroerd."
        )
    if current is not None and backup_dir is not None:
        from jbn_selfscan.store.backup import make_backup

        make_backup(db_path, backup_dir, reason="voor-migratie")

    engine = cipher.keyed_engine(sqlite_url(db_path), key=cipher.key_for(db_path))
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            connection.commit()
            with connection.begin():
                command.upgrade(_alembic_config(connection), "head")  # type: ignore[arg-type]
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise DatabaseError(
                    "Na het bijwerken van de database kloppen "
                    f"{len(problems)} verwijzingen niet. Zet de reservekopie terug."
                )
    finally:
        engine.dispose()
    return True


def build_database_at(db_path: Path, revision: str) -> None:
    """Create a new, empty database at `db_path` with the schema of `revision`.

    The same migrations as a user's database went through, so its schema is the reference a
    backup at that revision must match (`store/health.py`). It holds no data and lives in a
    temporary folder, so it is left unencrypted (the schema is the same either way).
    """
    from alembic import command

    engine = cipher.keyed_engine(sqlite_url(db_path), key=None)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
            with connection.begin():
                command.upgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]
    finally:
        engine.dispose()
