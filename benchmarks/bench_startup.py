"""Start-up time of the app vs a bare PySide6 window, as a ratio (target: at most 1.25x).

Both run as fresh processes, interleaved, several times; the medians are compared:

- baseline: a bare PySide6 `QMainWindow` with a `QTableView` that also imports the SQLAlchemy
  ORM and pydantic, shown and closed when the event loop is idle;
- app: `python -m jbn_selfscan --data-dir D --quit-when-ready` on a data directory filled by
  `jbn-selfscan --data-dir D demo --no-gui` (the demo caseload: 15 clients, scans, gesprekken),
  or with `--clients N` on one with a profile and N plain clients. The directory is made before
  timing, so no migration and no daily backup runs while timing.

Wall-clock time of the whole process decides (what `--quit-when-ready` is for); the CPU time
(user + system) of the child processes is printed too, as it is less disturbed by other work on
a shared machine. A second, stricter measure is printed as well: the time until the event loop
has returned (the window was shown, the event loop went idle and the window closed), without
the interpreter's own exit. That exit differs a lot between the sides: the baseline's cyclic
garbage collector walks its whole heap at exit (~150 ms), the app froze its start-up objects
(see `jbn_selfscan.startup_gc`). Both sides print a monotonic timestamp when their event loop
has returned; the app side runs the same `main()` as the `jbn-selfscan` command.

`--informative` adds a third, informative side: the baseline that also *uses* pydantic and the
ORM (one model, one mapped class), which is what an app built on them pays at the least
(`import pydantic` alone loads little: pydantic imports its parts on first use).

Python's bytecode caches are allowed for every side (PYTHONDONTWRITEBYTECODE is removed from
the children's environment): the untimed warm-up run writes the app's `.pyc` files, as an
installation does. Without them each start compiles ~55 modules of the app (~110 ms).

`--compare-with DIR` adds the app from another source tree (e.g. `git archive` of an earlier
commit unpacked in DIR, put first on PYTHONPATH), so before and after are timed in one run.

Run: `.venv/bin/python benchmarks/bench_startup.py [--repeat 9] [--clients N] [--informative]
[--compare-with DIR]`.
Uses QT_QPA_PLATFORM=offscreen unless a platform is already set (e.g. under xvfb-run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

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
code = app.exec()
import time
print(f"LOOP_RETURNED {time.monotonic()}", file=sys.stderr, flush=True)
sys.exit(code)
"""

# What the `jbn-selfscan` entry point runs, plus the same timestamp as the baseline.
APP_SCRIPT = """
import sys, time
from jbn_selfscan.cli import main
code = main(sys.argv[1:])
print(f"LOOP_RETURNED {time.monotonic()}", file=sys.stderr, flush=True)
sys.exit(code)
"""

# Informative only: the baseline that also uses pydantic and the ORM the least an app can.
USING_MODELS = """
from pydantic import BaseModel
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Setting(BaseModel):
    name: str = ""


class Base(DeclarativeBase):
    pass


class Row(Base):
    __tablename__ = "row"
    id: Mapped[int] = mapped_column(primary_key=True)


Setting(name="x")
"""


def make_demo_dir(root: Path, env: dict[str, str]) -> Path:
    """A data directory filled by `jbn-selfscan demo --no-gui` (the demo caseload)."""
    data_dir = root / "demo"
    command = [sys.executable, "-m", "jbn_selfscan", "--data-dir", str(data_dir)]
    completed = subprocess.run(
        [*command, "demo", "--no-gui"], env=env, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(f"demo failed ({completed.returncode}):\n{completed.stderr}")
    return data_dir


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


class Run(NamedTuple):
    wall: float  # seconds, the whole process
    cpu: float  # seconds of user + system time
    loop_returned: float  # seconds from the start until the event loop had returned


def time_process(command: list[str], env: dict[str, str]) -> Run:
    """Wall-clock and CPU seconds (user + system) of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        raise SystemExit(f"{command} failed ({completed.returncode}):\n{completed.stderr}")
    marker = completed.stderr.rsplit("LOOP_RETURNED ", 1)
    if len(marker) != 2:
        raise SystemExit(f"{command} printed no LOOP_RETURNED timestamp:\n{completed.stderr}")
    loop_returned = float(marker[1].split()[0]) - start
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Run(elapsed, cpu, loop_returned)


def _line(label: str, runs: list[Run]) -> str:
    wall = [r.wall * 1000 for r in runs]
    loop = [r.loop_returned * 1000 for r in runs]
    cpu = [r.cpu * 1000 for r in runs]
    return (
        f"{label:<48} median {statistics.median(wall):5.0f} ms "
        f"(min {min(wall):.0f}, max {max(wall):.0f}); "
        f"CPU median {statistics.median(cpu):.0f} ms; "
        f"event loop returned after {statistics.median(loop):.0f} ms"
    )


def _ratio(runs: dict[str, list[Run]], side: str, measure: str) -> float:
    def median(name: str) -> float:
        return float(statistics.median(getattr(run, measure) for run in runs[name]))

    return median(side) / median("baseline")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument(
        "--clients", type=int, default=None, help="N plain clients instead of the demo caseload"
    )
    parser.add_argument(
        "--informative", action="store_true", help="also time the baseline that uses the models"
    )
    parser.add_argument(
        "--compare-with",
        type=Path,
        default=None,
        metavar="DIR",
        help="also time the app from another source tree (e.g. a `git archive` of an earlier "
        "commit), put first on PYTHONPATH, in the same interleaved run",
    )
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up run writes .pyc files, as an install
    with tempfile.TemporaryDirectory() as tmp:
        if args.clients is None:
            data_dir = make_demo_dir(Path(tmp), env)
        else:
            data_dir = make_data_dir(Path(tmp), args.clients)
        app_args = ["--data-dir", str(data_dir), "--quit-when-ready"]
        sides = {
            "baseline": ([sys.executable, "-c", BASELINE_SCRIPT], env),
            "app": ([sys.executable, "-c", APP_SCRIPT, *app_args], env),
        }
        if args.informative:
            sides["models"] = ([sys.executable, "-c", USING_MODELS + BASELINE_SCRIPT], env)
        if args.compare_with is not None:
            other_env = {**env, "PYTHONPATH": str(args.compare_with.resolve())}
            sides["other"] = ([sys.executable, "-c", APP_SCRIPT, *app_args], other_env)
        # One untimed run of each to warm the file cache and write the .pyc files.
        for command, side_env in sides.values():
            time_process(command, side_env)
        runs: dict[str, list[Run]] = {name: [] for name in sides}
        for _ in range(args.repeat):
            for name, (command, side_env) in sides.items():
                runs[name].append(time_process(command, side_env))
    caseload = "demo caseload" if args.clients is None else f"{args.clients} clients"
    print(f"platform: {env['QT_QPA_PLATFORM']}, repetitions: {args.repeat}, data: {caseload}")
    print(_line("baseline (PySide6 + SQLAlchemy ORM + pydantic):", runs["baseline"]))
    print(_line("JBN Zelfscan --quit-when-ready:", runs["app"]))
    ratio = _ratio(runs, "app", "wall")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(
        f"ratio: {ratio:.2f}x ({verdict} the target of {TARGET_RATIO:.2f}x); "
        f"CPU {_ratio(runs, 'app', 'cpu'):.2f}x; "
        f"until the event loop returned {_ratio(runs, 'app', 'loop_returned'):.2f}x"
    )
    if args.informative:
        print(_line("informative: baseline that uses the models:", runs["models"]))
        print(f"informative: app / that baseline: {ratio / _ratio(runs, 'models', 'wall'):.2f}x")
    if args.compare_with is not None:
        print(_line(f"the app from {args.compare_with}:", runs["other"]))
        print(
            f"that tree: ratio {_ratio(runs, 'other', 'wall'):.2f}x; "
            f"CPU {_ratio(runs, 'other', 'cpu'):.2f}x; "
            f"until the event loop returned {_ratio(runs, 'other', 'loop_returned'):.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
