"""Start-up stays fast: what the first window does not need is not imported to show it.

Each check runs in a fresh interpreter and looks at `sys.modules`: the main window module on its
own, and a real start of the app (offscreen) on the demo caseload until the window is ready.
See docs/benchmarks.md for what these modules cost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Needed only for a PDF, a spreadsheet, a merged file, encryption or a schema migration.
HEAVY = ("reportlab", "openpyxl", "jsonschema", "cryptography", "alembic")
# Slow to import and not needed for the first window (the gesprek screens load on first use).
NOT_AT_START = (
    *HEAVY,
    "holidays",  # the calendar reads the table generated from it
    # The shipped checklist comes prebuilt (jbn_selfscan.domain.checklist_prebuilt): no YAML
    # parser, and no pydantic model is built or validated before the first window.
    "yaml",
    "pydantic",
    "jbn_selfscan.domain.checklist_yaml",
    "jbn_selfscan.domain.checklist_schema",
    "jbn_selfscan.domain.merged",
    "jbn_selfscan.exchange",
    "jbn_selfscan.report",
    "jbn_selfscan.services.gesprekken",
    "jbn_selfscan.ui.gesprek.gesprek_widget",
    "jbn_selfscan.ui.gesprek.export_actions",
    "jbn_selfscan.ui.import_wizard",
    "jbn_selfscan.ui.scan.widget",  # the zelfscan screen loads with the first client
)

REPORT_LOADED = """
import atexit, json, sys
names = {names!r}
def report():
    found = sorted(n for n in sys.modules if any(n == x or n.startswith(x + ".") for x in names))
    print("LOADED=" + json.dumps(found))
atexit.register(report)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _reported(code: str, key: str) -> list[str]:
    """Run `code` in a fresh interpreter; the JSON list it printed after `KEY=`."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith(f"{key}="))
    found: list[str] = json.loads(line.removeprefix(f"{key}="))
    return found


def _loaded(code: str, names: tuple[str, ...]) -> list[str]:
    return _reported(REPORT_LOADED.format(names=names) + code, "LOADED")


def test_importing_the_main_window_loads_none_of_the_heavy_libraries() -> None:
    assert _loaded("import jbn_selfscan.ui.main_window", HEAVY) == []


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("start") / "demo"
    command = [sys.executable, "-m", "jbn_selfscan", "--data-dir", str(data_dir), "demo"]
    done = subprocess.run(
        [*command, "--no-gui"], capture_output=True, text=True, env=_env(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    return data_dir


def test_starting_the_app_on_the_demo_caseload_loads_only_what_the_window_needs(
    demo_dir: Path,
) -> None:
    start = (
        "from jbn_selfscan.cli import main\n"
        f"code = main(['--data-dir', {str(demo_dir)!r}, '--quit-when-ready'])\n"
        "assert code == 0, code\n"
    )
    assert _loaded(start, NOT_AT_START) == []


def test_reopening_the_demo_loads_only_what_the_window_needs(demo_dir: Path) -> None:
    # `jbn-selfscan demo` on a filled demo directory starts the app like a plain start.
    start = (
        "from jbn_selfscan.cli import main\n"
        f"code = main(['--data-dir', {str(demo_dir)!r}, '--quit-when-ready', 'demo'])\n"
        "assert code == 0, code\n"
    )
    assert _loaded(start, NOT_AT_START) == []


def test_the_gesprek_screens_still_load_when_their_menu_is_used(demo_dir: Path) -> None:
    # The lazy imports must resolve: opening the gesprek page imports them on first use.
    use = (
        "from jbn_selfscan.paths import AppPaths\n"
        "from jbn_selfscan.services.workspace import open_workspace\n"
        "from jbn_selfscan.ui.app import create_application\n"
        "from jbn_selfscan.ui.main_window import MainWindow\n"
        "app = create_application(['test'])\n"
        f"ws = open_workspace(AppPaths(__import__('pathlib').Path({str(demo_dir)!r})))\n"
        "window = MainWindow(ws)\n"
        "window.gesprek.update_actions()\n"
        "window.gesprek.open_current()\n"
        "assert window.stack.currentWidget() is window.gesprek.widget\n"
        "window.close(); ws.close()\n"
    )
    found = _loaded(use, ("jbn_selfscan.ui.gesprek.gesprek_widget",))
    assert found == ["jbn_selfscan.ui.gesprek.gesprek_widget"]


IMPORTED_AFTER_QT = """
import json, sys
order = []
class ImportSpy:
    def find_spec(self, name, path=None, target=None):
        order.append(name)
        return None
sys.meta_path.insert(0, ImportSpy())
from jbn_selfscan.cli import main
code = main(['--data-dir', {data_dir!r}, '--quit-when-ready'])
assert code == 0, code
qt_at = order.index('PySide6.QtCore')
qt_side = ('PySide6', 'shiboken6', 'shibokensupport', 'signature_bootstrap', 'jbn_selfscan.ui')
late = [n for n in order[qt_at + 1 :] if n in sys.modules and not n.startswith(qt_side)]
print('LATE=' + json.dumps(late))
"""


def test_the_qt_free_layers_are_imported_before_qt(demo_dir: Path) -> None:
    # PySide6 reads the source of every module imported after it (see cli/start_gui.py).
    assert _reported(IMPORTED_AFTER_QT.format(data_dir=str(demo_dir)), "LATE") == []
