"""The open data directory: database, settings and the current user, for one app run."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.deadlines import DEFAULT_START_PHASE_MONTHS, calendar_for
from jbn_selfscan.store import cipher
from jbn_selfscan.store.backup import storage_problem_nl
from jbn_selfscan.store.db import (
    NO_KEY_MESSAGE,
    Database,
    DatabaseDamagedError,
    DatabaseError,
    WrongKeyError,
    database_exists,
    is_wrong_key,
    open_database,
    storage_failure_nl,
    verify_live_database,
)
from jbn_selfscan.store.keys import (
    KeyLookup,
    KeyStore,
    KeyStoreError,
    RecoveryCodeError,
    choose_store,
    key_from_recovery_code,
    new_key,
    recovery_code,
)

# The errors and the storage explanation the command line and the start-up need.
__all__ = [
    "DatabaseDamagedError",
    "DatabaseError",
    "KeySource",
    "KeyStoreError",
    "RecoveryCodeError",
    "Workspace",
    "WrongKeyError",
    "open_workspace",
    "storage_failure_nl",
]


@dataclass
class KeySource:
    """Where the database key of a run comes from, and what unlocking left to tell the user.

    One per run: the command line makes it from its options (`--sleutelbestand`,
    `--herstelcode`) and passes it to every opening; the workspace keeps it, so reopening after
    a restore uses the same key. Without options: `JBN_SELFSCAN_KEY_FILE`, else this user's
    credential store (or the private key file where there is none).
    """

    key_file: str | None = None
    recovery_code: str | None = None
    # The recovery code of a key made in this run: shown once (`take_new_recovery_code`).
    new_recovery_code: str | None = field(default=None, init=False)
    # Unencrypted backups of an earlier version found at the last opening.
    plain_backups: list[Path] = field(default_factory=list, init=False)
    _lookup: KeyLookup | None = field(default=None, init=False, repr=False, compare=False)

    def look_up_early(self) -> None:
        """Start looking up the stored key in the background (the app's start-up, before
        Qt); the next `unlock` takes the result instead of asking again."""
        self._lookup = KeyLookup(self.key_file)

    def stored(self) -> tuple[KeyStore, bytes | None]:
        """The key store of this run and the key in it (None: no key yet)."""
        lookup, self._lookup = self._lookup, None
        if lookup is not None:
            return lookup.result()
        store = choose_store(self.key_file)
        return store, store.load()

    def use_recovery_code(self, code: str) -> None:
        """Open with this recovery code from now on (typed into the start-up dialog)."""
        self.recovery_code = code

    def take_new_recovery_code(self) -> str | None:
        """The recovery code of a key made in this run, once: the caller shows it to the user."""
        code, self.new_recovery_code = self.new_recovery_code, None
        return code

    def take_plain_backups(self) -> list[Path]:
        """The plain backups the last opening found, once: the caller asks what to do."""
        found, self.plain_backups = self.plain_backups, []
        return found

    def activate_stored_key(self, for_file: Path | None = None) -> None:
        """Make the stored key (if any) the key of this process, for reading a database or
        backup without opening the workspace (`check`); never makes a key. Nothing is looked
        up for a plain file (a backup of an earlier version needs no key)."""
        if for_file is not None and cipher.is_plain(for_file):
            return
        _store, key = self.stored()
        if key is not None:
            cipher.set_active_key(key)


PLAIN_BACKUPS_NOTICE = (
    "Er staan nog {count} onversleutelde reservekopieën van een eerdere versie in {folder}. "
    "Versleutel of verwijder ze: 'jbn-selfscan backup --oude-versleutelen' of "
    "'jbn-selfscan backup --oude-verwijderen'."
)


@dataclass
class Workspace:
    """What every service needs: the database, the name of the person acting and the
    working-day calendar of the settings (passed on explicitly to every deadline count)."""

    paths: AppPaths
    db: Database
    user: str = ""
    calendar: WorkdayCalendar = field(default_factory=calendar_for)
    start_phase_months: int = DEFAULT_START_PHASE_MONTHS
    # Where the key came from: reopening (after a restore) uses the same.
    keys: KeySource = field(default_factory=KeySource)

    def close(self) -> None:
        self.db.dispose()


def open_workspace(
    paths: AppPaths, *, keys: KeySource | None = None, daily_backup: bool = True
) -> Workspace:
    """Open the data directory (creating it), migrating the database after a backup.

    `keys` says where the database key comes from (default: the environment variable or this
    user's credential store) and keeps what the opening has to tell the user: the recovery code
    of a new key, the plain backups of an earlier version.

    At the first opening of each day a verified backup is made and old ones are rotated. A
    damaged database raises `DatabaseDamagedError` before anything touches it (the GUI then
    offers to restore the newest good backup; the CLI names `jbn-selfscan restore`).
    """
    from jbn_selfscan.services.settings import apply_settings
    from jbn_selfscan.settings import load_settings

    try:
        paths.ensure()
    except OSError as exc:
        raise DatabaseError(
            f"De gegevensmap {paths.data_dir} kan niet worden gebruikt: {storage_problem_nl(exc)}."
        ) from None
    settings = load_settings(paths.settings_file)  # read once: backups and calendar
    if keys is None:
        keys = KeySource()
    store = unlock(paths, keys)
    verify_live_database(paths.database)
    from jbn_selfscan.services.backups import convert_plain_database, plain_backups

    convert_plain_database(paths)
    if daily_backup:
        from jbn_selfscan.services.backups import daily_backup as make_daily_backup

        make_daily_backup(paths, keep=settings.backups_bewaren)
    db = open_database(paths.database, backup_dir=paths.backups, verify=False)
    if store.warning:
        db.warnings.append(store.warning)
    keys.plain_backups = plain_backups(paths)
    workspace = Workspace(paths=paths, db=db, keys=keys)
    apply_settings(workspace, settings)
    from jbn_selfscan.services.profile import get_profile

    profile = get_profile(workspace)
    if profile is not None:
        workspace.user = profile.naam
    return workspace


def schema_revisions(paths: AppPaths) -> tuple[str | None, str]:
    """The database's schema revision and the newest this version of the app knows."""
    from jbn_selfscan.store.migrate import current_revision, head_revision

    return current_revision(paths.database), head_revision()


def _key_opens(db_path: Path, key: bytes) -> bool:
    try:
        with contextlib.closing(cipher.connect(db_path, read_only=True, key=key)) as conn:
            cipher.readable(conn)
    except cipher.DatabaseError as exc:
        if is_wrong_key(exc):
            return False
        raise DatabaseError(
            f"De database in {db_path.parent} kan nu niet worden gelezen: "
            f"{storage_problem_nl(exc)}."
        ) from None
    return True


def _rekey_folder(paths: AppPaths, old: bytes, new: bytes) -> None:
    """Re-encrypt the database and the backups made with `old` (the recovery code) with the
    key this user already has, so one key keeps opening everything."""
    from jbn_selfscan.services.backups import list_backups
    from jbn_selfscan.store.backup import encrypt_in_place

    encrypt_in_place(paths.database, new, source_key=old)
    for info in list_backups(paths):
        if not cipher.is_plain(info.path) and _key_opens(info.path, old):
            encrypt_in_place(info.path, new, source_key=old)


def unlock(paths: AppPaths, keys: KeySource) -> KeyStore:
    """Find the key `keys` names (or take its recovery code) and make it the key of this
    process.

    - A recovery code is checked against the database; when this user has no key yet it
      becomes the key, when the user has another one the data directory is re-encrypted
      with that one.
    - No key and no encrypted database: a new key is made; its recovery code waits in
      `keys.take_new_recovery_code()` to be shown once.
    - No key but an encrypted database: `WrongKeyError`, in Dutch, naming the recovery code.
    """
    store, stored = keys.stored()
    db_path = paths.database
    encrypted = database_exists(db_path) and not cipher.is_plain(db_path)
    if keys.recovery_code:
        code_key = key_from_recovery_code(keys.recovery_code)
        if encrypted and not _key_opens(db_path, code_key):
            raise RecoveryCodeError(
                f"De herstelcode hoort niet bij de database in {paths.data_dir}. Er is niets "
                "veranderd."
            )
        if stored is None:
            store.save(code_key)
            stored = code_key
        elif stored != code_key and encrypted:
            _rekey_folder(paths, code_key, stored)
    elif stored is None:
        if encrypted:
            raise WrongKeyError(NO_KEY_MESSAGE.format(folder=paths.data_dir))
        stored = new_key()
        store.save(stored)
        keys.new_recovery_code = recovery_code(stored)
    cipher.set_active_key(stored)
    return store


def database_holds_data(database: Path) -> bool:
    """Whether an existing database has a profile or clients (read-only; unreadable: True)."""
    if not database.exists():
        return False
    try:
        with contextlib.closing(cipher.connect(database.resolve(), read_only=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            return any(
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
                for table in ("profile", "client")
                if table in tables
            )
    except (cipher.Error, cipher.NoKeyError):
        return True
