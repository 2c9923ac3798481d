"""Child process for the crash tests: imports a file until it is killed.

    python -m tests.crash.import_child caseload DATA_DIR FILE
    python -m tests.crash.import_child gesprek DATA_DIR FILE

Prints `ready` once the workspace is open and `done` after the import committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.workspace import open_workspace


def main(kind: str, data_dir: str, file: str) -> None:
    ws = open_workspace(AppPaths(Path(data_dir)), daily_backup=False)
    print("ready", flush=True)
    if kind == "caseload":
        from jbn_selfscan.services.caseload_import import apply_import, plan_import

        apply_import(ws, plan_import(Path(file), ws=ws))
    else:
        from jbn_selfscan.services.gesprek_import import import_gesprek_file

        import_gesprek_file(ws, Path(file))
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
