"""Starting the desktop app: the only CLI module that touches Qt, and only when called.

Order matters: the single-instance lock is taken before the database is opened, so a second
start on the same data directory never touches it.
"""

from __future__ import annotations

import sys

from jbn_selfscan.cli.common import CliContext


def start_gui(context: CliContext, *, quit_when_ready: bool = False) -> int:
    """Run the app on `context.paths`; returns the process exit code."""
    from jbn_selfscan import startup_gc

    startup_gc.pause()  # until the first window is shown (see `jbn_selfscan.startup_gc`)
    try:
        return _start_gui(context, quit_when_ready=quit_when_ready)
    finally:
        startup_gc.resume()


def _start_gui(context: CliContext, *, quit_when_ready: bool) -> int:
    from jbn_selfscan.services.workspace import open_workspace
    from jbn_selfscan.store.db import DatabaseError
    from jbn_selfscan.ui import app as gui

    gui.create_application(sys.argv[:1])
    paths = context.paths
    try:
        paths.ensure()
    except OSError as exc:
        gui.show_fatal_error(
            f"De gegevensmap {paths.data_dir} kan niet worden gebruikt "
            f"({exc.strerror or exc}). Kies een andere map met --data-dir.",
            quit_when_ready=quit_when_ready,
        )
        return 1
    instance = gui.acquire_single_instance(paths, quit_when_ready=quit_when_ready)
    if instance is None:
        return 1
    try:
        try:
            ws = open_workspace(paths)
        except DatabaseError as exc:
            gui.show_fatal_error(str(exc), quit_when_ready=quit_when_ready)
            return 1
        except OSError as exc:
            gui.show_fatal_error(
                f"De database in {paths.data_dir} kan niet worden geopend ({exc.strerror or exc}).",
                quit_when_ready=quit_when_ready,
            )
            return 1
        try:
            return gui.run(ws, instance, quit_when_ready=quit_when_ready)
        finally:
            ws.close()
    finally:
        instance.release()
