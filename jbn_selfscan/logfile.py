"""The log file for functioneel beheer: where the program went wrong, never what was typed.

Only unexpected faults are logged (a refusal in Dutch is not a fault). A record holds the time,
the version, the logger, the message the code wrote (no client data: the code never logs user
text), and for an exception its type and the code locations of the traceback, but not the
exception's own text, which may quote a referentie or a toelichting. The file lives in the data
directory (`logs/jbn-selfscan.log`, owner-only), rotates at 1 MB and keeps three old files.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from types import TracebackType

from jbn_selfscan import __version__
from jbn_selfscan.paths import AppPaths, create_private_file, make_private_dir

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_HANDLER_NAME = "jbn-selfscan-logfile"


class DataFreeFormatter(logging.Formatter):
    """Formats exceptions as type plus code locations, without the exception's message."""

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        kind, _value, tb = ei
        frames = "".join(traceback.format_list(traceback.extract_tb(tb))) if tb else ""
        name = kind.__name__ if kind is not None else "onbekende fout"
        return f"Traceback (meldingstekst weggelaten):\n{frames}{name}"


def start_log_file(paths: AppPaths) -> logging.Handler | None:
    """Send warnings and errors of the app to the log file; None when it cannot be written."""
    root = logging.getLogger("jbn_selfscan")
    for handler in root.handlers:
        if handler.get_name() == _HANDLER_NAME:
            return handler
    try:
        make_private_dir(paths.logs)
        create_private_file(paths.log_file)
        handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only data directory: the app still works, without a log
    handler.set_name(_HANDLER_NAME)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(
        DataFreeFormatter(f"%(asctime)s %(levelname)s %(name)s [{__version__}] %(message)s")
    )
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    return handler
