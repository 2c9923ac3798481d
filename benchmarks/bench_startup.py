"""Start-up time of the app vs a bare PySide6 window, as a ratio (target: at most 1.25x).

Both run as fresh processes, interleaved, several times; the medians are compared:

- baseline: a bare PySide6 `QMainWindow` with a `QTableView` that also imports the SQLAlchemy
  ORM and pydantic, shown and closed when the event loop is idle;
- app: `python -m jbn_selfscan --data-dir D --quit-when-ready` on a data directory with a
  profile and ~15 clients (made once before timing, so no migration runs while timing).

Run: `.venv/bin/python benchmarks/bench_startup.py [--repeat 9] [--clients 15]`.
Uses QT_QPA_PLATFORM=offscreen unless a platform is already set (e.g. under xvfb-run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.25

BASELINE_SCRIPT = """
import sys
import sqlalchemy.orm  # noqa: F401
import pydantic  # noqa: F401
from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView(window)
model = QStandardItemModel(15, 11, window)
table.setModel(model)
window.setCentralWidget(table)
window.menuBar().addMenu("&Bestand")
window.statusBar().showMessage("15")
window.resize(1400, 860)
window.show()

def finish():
    dispatcher = QAbstractEventDispatcher.instance()
    for _ in range(200):
        QCoreApplication.sendPostedEvents()
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            break
    window.close()
    app.quit()

QTimer.singleShot(0, finish)
sys.exit(app.exec())
"""


def make_data_dir(root: Path, clients: int) -> Path:
    """A data directory with a saved profile and `clients` clients."""
    from jbn_selfscan.domain.caseload import ClientData
    from jbn_selfscan.domain.types import Maatregel, Role
    from jbn_selfscan.paths import resolve_paths
    from jbn_selfscan.services.clients import add_client
    from jbn_selfscan.services.profile import save_profile
    from jbn_selfscan.services.workspace import open_workspace

    data_dir = root / "data"
    ws = open_workspace(resolve_paths(data_dir))
    try:
        save_profile(ws, "Benchmark Gebruiker", Role.JEUGDBESCHERMER)
        today = dt.date.today()
        kinds = list(Maatregel)
        for i in range(clients):
            uitspraak = today - dt.timedelta(days=20 + 13 * i)
            add_client(
                ws,
                ClientData(
                    referentie=f"BENCH-{i:04d}",
                    initialen="A.B.",
                    maatregel=kinds[i % len(kinds)],
                    uitspraakdatum=uitspraak,
                    regio=("Groningen", "Drenthe")[i % 2],
                    team=f"Team {1 + i % 2}",
                    contactpersoon="Benchmark Gebruiker",
                    eerste_f2f=uitspraak + dt.timedelta(days=3) if i % 2 else None,
                ),
            )
    finally:
        ws.close()
    return data_dir


def time_process(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(f"{command} failed ({completed.returncode}):\n{completed.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--clients", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = make_data_dir(Path(tmp), args.clients)
        app_cmd = [sys.executable, "-m", "jbn_selfscan", "--data-dir", str(data_dir)]
        app_cmd.append("--quit-when-ready")
        base_cmd = [sys.executable, "-c", BASELINE_SCRIPT]
        # One untimed run of each to warm the file cache (and the .pyc files).
        time_process(app_cmd, env)
        time_process(base_cmd, env)
        app_times: list[float] = []
        base_times: list[float] = []
        for _ in range(args.repeat):
            base_times.append(time_process(base_cmd, env))
            app_times.append(time_process(app_cmd, env))
    base, app = statistics.median(base_times), statistics.median(app_times)
    ratio = app / base
    print(
        f"platform: {env['QT_QPA_PLATFORM']}, repetitions: {args.repeat}, clients: {args.clients}"
    )
    print(
        f"baseline (PySide6 + SQLAlchemy ORM + pydantic): median {base * 1000:.0f} ms "
        f"(min {min(base_times) * 1000:.0f}, max {max(base_times) * 1000:.0f})"
    )
    print(
        f"JBN Zelfscan --quit-when-ready:                 median {app * 1000:.0f} ms "
        f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})"
    )
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio: {ratio:.2f}x ({verdict} the target of {TARGET_RATIO:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
