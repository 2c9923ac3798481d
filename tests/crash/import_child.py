"""Child process for the crash tests: imports a file until it is killed.

    python -m tests.crash.import_child caseload DATA_DIR FILE [KILL_AT]
    python -m tests.crash.import_child gesprek DATA_DIR FILE [KILL_AT]

Prints `ready` once the workspace is open and `done` after the import committed. Every SQL
statement and every COMMIT of the import is a numbered "moment"; with KILL_AT > 0 the child
kills itself (SIGKILL) at that moment, and it always prints `moments N` before `done`, so the
parent can kill it at each moment in turn.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.workspace import open_workspace


def count_moments(engine: Engine, kill_at: int) -> list[int]:
    """Number each statement and COMMIT on `engine`; die at moment `kill_at` (0: never)."""
    moments = [0]

    def moment(*_args: Any, **_kwargs: Any) -> None:
        moments[0] += 1
        if moments[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(engine, "before_cursor_execute", moment)
    event.listen(engine, "commit", moment)
    return moments


def main(kind: str, data_dir: str, file: str, kill_at: int) -> None:
    ws = open_workspace(AppPaths(Path(data_dir)), daily_backup=False)
    moments = count_moments(ws.db.engine, kill_at)
    print("ready", flush=True)
    if kind == "caseload":
        from jbn_selfscan.services.caseload_import import apply_import, plan_import

        apply_import(ws, plan_import(Path(file), ws=ws))
    else:
        from jbn_selfscan.services.gesprek_import import import_gesprek_file

        import_gesprek_file(ws, Path(file))
    print(f"moments {moments[0]}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
