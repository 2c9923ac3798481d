"""Where the app's start-up time goes: the steps of a real `--quit-when-ready` start.

Each run is a fresh process that runs the same `main()` as the `jbn-selfscan` command, with
timestamps taken around the steps of `jbn_selfscan.cli.start_gui` (the functions are wrapped
when their modules are imported, so the import order stays the app's own). Prints the median
of each step over the runs, and the same for the bare baseline of `bench_startup.py`.

Run: `.venv/bin/python benchmarks/startup_timeline.py [--repeat 9] [--data-dir D]`
(without `--data-dir` a demo data directory is made first).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_startup import BASELINE_SCRIPT, make_demo_dir

CHILD = r"""
import importlib.abc, importlib.util, json, sys, time

start = time.perf_counter()
marks = []


def mark(label):
    marks.append((label, time.perf_counter()))


def wrap(module, name, label):
    original = getattr(module, name)

    def timed(*args, **kwargs):
        mark("")
        result = original(*args, **kwargs)
        mark(label)
        return result

    setattr(module, name, timed)


def after_start_gui(m):
    wrap(m, "import_first_window_modules", "store, services, domain, SQLAlchemy dialect")


def after_app(m):
    mark("PySide6 and the app's Qt set-up modules")
    wrap(m, "create_application", "QApplication, translator, icon")
    wrap(m, "acquire_single_instance", "single-instance lock and server")
    wrap(m, "wait_until_idle", "show, paint, event loop until idle")


def after_workspace(m):
    wrap(m, "open_workspace", "open_workspace (database, settings, profile)")


def after_main_window(m):
    mark("main window modules")
    init = m.MainWindow.__init__

    def timed_init(self, *args, **kwargs):
        mark("")
        init(self, *args, **kwargs)
        mark("MainWindow(): overview, Algemeen page, widgets, menus")

    m.MainWindow.__init__ = timed_init


HOOKS = {
    "jbn_selfscan.cli.start_gui": after_start_gui,
    "jbn_selfscan.ui.app": after_app,
    "jbn_selfscan.services.workspace": after_workspace,
    "jbn_selfscan.ui.main_window": after_main_window,
}


class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in HOOKS:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            HOOKS[name](module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, Hook())
from jbn_selfscan.cli import main  # noqa: E402

mark("command line (argparse, subcommands)")
code = main(sys.argv[1:])
mark("close window and database")
steps, previous = [], start
for label, moment in marks:
    if label:
        steps.append((label, (moment - previous) * 1000))
    previous = moment
print("STEPS=" + json.dumps(steps))
sys.exit(code)
"""

BASELINE_STEPS = """
import json, sys, time
_start = time.perf_counter()
_marks = []
def _mark(label):
    _marks.append((label, time.perf_counter()))
"""


def _baseline_script() -> str:
    """The baseline of bench_startup.py with the same kind of timestamps."""
    script = BASELINE_SCRIPT
    script = script.replace(
        "import pydantic  # noqa: F401\n",
        "import pydantic  # noqa: F401\n_mark('import SQLAlchemy ORM and pydantic')\n",
    )
    script = script.replace(
        "from PySide6.QtWidgets import QApplication, QMainWindow, QTableView\n",
        "from PySide6.QtWidgets import QApplication, QMainWindow, QTableView\n"
        "_mark('import PySide6')\n",
    )
    script = script.replace(
        "window.show()\n", "window.show()\n_mark('QApplication, window, show')\n"
    )
    script = script.replace(
        "code = app.exec()\n",
        "code = app.exec()\n_mark('event loop until idle, close')\n"
        "_steps, _prev = [], _start\n"
        "for _label, _moment in _marks:\n"
        "    _steps.append((_label, (_moment - _prev) * 1000))\n"
        "    _prev = _moment\n"
        "print('STEPS=' + json.dumps(_steps))\n",
    )
    return BASELINE_STEPS + script


def _steps(command: list[str], env: dict[str, str]) -> list[tuple[str, float]]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]} failed ({done.returncode}):\n{done.stderr}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("STEPS="))
    return [(label, ms) for label, ms in json.loads(line.removeprefix("STEPS="))]


def _report(title: str, runs: list[list[tuple[str, float]]]) -> None:
    print(title)
    labels = [label for label, _ms in runs[0]]
    for position, label in enumerate(labels):
        median = statistics.median(run[position][1] for run in runs)
        print(f"  {median:7.1f} ms  {label}")
    total = statistics.median(sum(ms for _label, ms in run) for run in runs)
    print(f"  {total:7.1f} ms  in all (from the first line of Python to the last step)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or make_demo_dir(Path(tmp), env)
        app = [sys.executable, "-c", CHILD, "--data-dir", str(data_dir), "--quit-when-ready"]
        baseline = [sys.executable, "-c", _baseline_script()]
        _steps(app, env)  # warm-up: file cache and .pyc files
        _steps(baseline, env)
        app_runs, baseline_runs = [], []
        for _ in range(args.repeat):
            app_runs.append(_steps(app, env))
            baseline_runs.append(_steps(baseline, env))
    _report(f"JBN Zelfscan, demo caseload (median of {args.repeat}):", app_runs)
    _report(f"baseline (median of {args.repeat}):", baseline_runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
