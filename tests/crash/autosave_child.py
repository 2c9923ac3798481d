"""Child process for the crash tests: autosaves answers until it is killed.

Writes through `services.scans.save_answer` — the same call the GUI's autosave makes — and
prints `writing N` before and `committed N` after each write (i.e. after COMMIT), flushing
stdout, so the parent knows exactly which writes were acknowledged and whether its kill landed
while a write was in flight.

    python -m tests.crash.autosave_child DATA_DIR CLIENT_ID ITEM_ID TAG
"""

from __future__ import annotations

import sys
from pathlib import Path

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.scans import open_scan, save_answer
from jbn_selfscan.services.workspace import open_workspace


def main(data_dir: str, client_id: int, item_id: str, tag: str) -> None:
    ws = open_workspace(AppPaths(Path(data_dir)), daily_backup=False)
    scan = open_scan(ws, client_id)
    print("ready", flush=True)
    counter = 0
    while True:
        counter += 1
        print(f"writing {counter}", flush=True)
        save_answer(ws, scan.scan_id, item_id, None, f"{tag} {counter}")
        print(f"committed {counter}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
