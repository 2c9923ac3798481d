"""Starting the desktop app: the only CLI module that touches Qt, and only when called.

Order matters: the single-instance lock is taken before the database is opened, so a second
start on the same data directory never touches it.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

from jbn_selfscan.cli.common import CliContext
from jbn_selfscan.paths import AppPaths, PathError

if TYPE_CHECKING:
    from jbn_selfscan.services.workspace import KeySource, Workspace

# Once PySide6 is loaded it replaces `__import__` and reads the source of every module imported
# after it, to support its opt-in `from __feature__ import ...` syntax (~0.4 ms a module). So the
# store, services and domain modules of the first window, and the parts of SQLAlchemy they load
# on first use, are imported before Qt: ~50 modules fewer to inspect (docs/benchmarks.md).
# `tests/ui/test_startup_imports.py` keeps this list whole.
FIRST_WINDOW_MODULES = (
    "jbn_selfscan.services.workspace",
    "jbn_selfscan.services.backups",
    "jbn_selfscan.services.profile",
    "jbn_selfscan.services.settings",
    "jbn_selfscan.services.clients",
    "jbn_selfscan.services.overview",
    "jbn_selfscan.services.acties",
    "jbn_selfscan.domain.checklist_prebuilt",
    "jbn_selfscan.domain.answer_words",  # the scan screen words its answers with it
    "jbn_selfscan.domain.dutch_words",  # and the owners of open acties
    "jbn_selfscan.store.migrate",
    "jbn_selfscan.logfile",  # started once the data directory is locked
    "sqlalchemy.dialects.sqlite.pysqlite",  # loaded by the first engine
    "importlib.readers",  # reads the shipped checklist file
    "email.parser",  # importlib.metadata reads the `holidays` version the holiday table needs
)


def start_gui(context: CliContext, *, quit_when_ready: bool = False) -> int:
    """Run the app on `context.paths`; returns the process exit code."""
    from jbn_selfscan import startup_gc

    startup_gc.pause()  # until the first window is shown (see `jbn_selfscan.startup_gc`)
    # The credential store is asked in the background while Qt and the first window's modules
    # are imported; the database opening waits for the answer (docs/benchmarks.md).
    context.keys.look_up_early()
    try:
        return _start_gui(context, quit_when_ready=quit_when_ready)
    finally:
        startup_gc.resume()


def import_first_window_modules() -> None:
    for name in FIRST_WINDOW_MODULES:
        importlib.import_module(name)


def recover_damaged(
    paths: AppPaths, message: str, *, quit_when_ready: bool, keys: KeySource | None = None
) -> Workspace | None:
    """The database is damaged: offer the newest good backup; the restored workspace or None."""
    from jbn_selfscan.domain.dutch_dates import wall_clock_text
    from jbn_selfscan.services.backups import newest_good_backup, restore
    from jbn_selfscan.services.workspace import DatabaseError, open_workspace
    from jbn_selfscan.ui import app as gui

    good = newest_good_backup(paths)
    backup_text = None if good is None else f"{good.path.name} ({wall_clock_text(good.made_at)})"
    if good is None or not gui.ask_restore_damaged(
        message, backup_text, quit_when_ready=quit_when_ready
    ):
        if good is None:
            gui.show_fatal_error(
                f"{message}\n\n{gui.NO_GOOD_BACKUP}", quit_when_ready=quit_when_ready
            )
        return None
    try:
        result = restore(paths, good.path)
        ws = open_workspace(paths, keys=keys)
    except (DatabaseError, OSError) as exc:
        gui.show_fatal_error(f"Terugzetten is mislukt: {exc}", quit_when_ready=quit_when_ready)
        return None
    gui.show_information(
        f"De reservekopie {good.path.name} is teruggezet. De beschadigde database is "
        f"ongewijzigd bewaard als {result.damaged_kept_as}.",
        quit_when_ready=quit_when_ready,
    )
    return ws


def _open_with_key(paths: AppPaths, keys: KeySource, *, quit_when_ready: bool) -> Workspace:
    """Open the workspace; when the key is missing or does not fit, ask for the recovery code
    until it opens or the user gives up (then the last Dutch explanation is raised)."""
    from jbn_selfscan.services.workspace import RecoveryCodeError, WrongKeyError, open_workspace

    while True:
        try:
            return open_workspace(paths, keys=keys)
        except (WrongKeyError, RecoveryCodeError) as exc:
            from jbn_selfscan.ui.recovery import ask_recovery_code

            code = ask_recovery_code(str(exc), quit_when_ready=quit_when_ready)
            if code is None:
                raise
            keys.use_recovery_code(code)


def _handle_plain_backups(paths: AppPaths, keys: KeySource, *, quit_when_ready: bool) -> None:
    """Plain backups of an earlier version: encrypt or delete them when the user says so."""
    old = keys.take_plain_backups()
    if not old or quit_when_ready:
        return
    from jbn_selfscan.domain.errors import UserFacingError
    from jbn_selfscan.services.backups import encrypt_plain_backups, remove_plain_backups
    from jbn_selfscan.ui import app as gui
    from jbn_selfscan.ui.recovery import ask_plain_backups

    choice = ask_plain_backups(len(old), str(paths.backups))
    try:
        if choice == "versleutelen":
            encrypt_plain_backups(paths)
        elif choice == "verwijderen":
            remove_plain_backups(paths)
    except UserFacingError as exc:
        gui.show_fatal_error(str(exc), quit_when_ready=quit_when_ready)


def _start_gui(context: CliContext, *, quit_when_ready: bool) -> int:
    import_first_window_modules()  # before Qt
    from jbn_selfscan.domain.errors import UserFacingError
    from jbn_selfscan.services.workspace import DatabaseDamagedError
    from jbn_selfscan.ui import app as gui

    gui.create_application(sys.argv[:1])
    paths = context.paths
    try:
        paths.ensure()
    except (OSError, PathError) as exc:
        gui.show_fatal_error(
            f"De gegevensmap {paths.data_dir} kan niet worden gebruikt "
            f"({getattr(exc, 'strerror', None) or exc}). Kies een andere map met --data-dir.",
            quit_when_ready=quit_when_ready,
        )
        return 1
    instance = gui.acquire_single_instance(paths, quit_when_ready=quit_when_ready)
    if instance is None:
        return 1
    from jbn_selfscan.logfile import start_log_file

    start_log_file(paths)  # after the lock: one app writes the log of a data directory
    try:
        try:
            ws = _open_with_key(paths, context.keys, quit_when_ready=quit_when_ready)
        except DatabaseDamagedError as exc:
            recovered = recover_damaged(
                paths, str(exc), quit_when_ready=quit_when_ready, keys=context.keys
            )
            if recovered is None:
                return 1
            ws = recovered
        except UserFacingError as exc:
            gui.show_fatal_error(str(exc), quit_when_ready=quit_when_ready)
            return 1
        except OSError as exc:
            gui.show_fatal_error(
                f"De database in {paths.data_dir} kan niet worden geopend ({exc.strerror or exc}).",
                quit_when_ready=quit_when_ready,
            )
            return 1
        new_code = context.keys.take_new_recovery_code()
        if new_code is not None:  # the dialog's module only then: ~5 ms of every start
            from jbn_selfscan.ui.recovery import show_recovery_code

            show_recovery_code(new_code, quit_when_ready=quit_when_ready)
        _handle_plain_backups(paths, context.keys, quit_when_ready=quit_when_ready)
        try:
            return gui.run(ws, instance, quit_when_ready=quit_when_ready)
        finally:
            ws.close()
    finally:
        instance.release()
