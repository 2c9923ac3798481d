"""Render every main screen of the app with the demo caseload into `docs/img/`.

Run from the repository root (no display needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py

Each screen is saved at 1366×768 (a common business laptop) and at 1920×1080, as
`docs/img/<screen>-<width>x<height>.png`. The demo is filled in a temporary data directory on a
fixed date, so the pictures do not change from day to day.

`--scale 1.5` renders as with 150 % display scaling (Qt's QT_SCALE_FACTOR: the window is then
1366/1.5 × 768/1.5 logical pixels on the same screen) into `<screen>-<width>x<height>-150.png`;
`--screens caseload zelfscan` renders only those.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--scale" in sys.argv[:-1]:  # before Qt starts: the scale factor is read once
    os.environ["QT_SCALE_FACTOR"] = sys.argv[sys.argv.index("--scale") + 1]

from PySide6.QtWidgets import QApplication

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.demo import DemoSummary, fill_demo
from jbn_selfscan.services.demo_data import DEMO_WORKER
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.ui.main_window import SCAN_SHARE, MainWindow

DEMO_DAY = dt.date(2026, 11, 20)
SIZES = ((1366, 768), (1920, 1080))
OUT = Path("docs/img")


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _window(
    app: QApplication, data_dir: Path, size: tuple[int, int], scale: float = 1.0
) -> MainWindow:
    ws = open_workspace(AppPaths(data_dir), daily_backup=False)
    ws.user = DEMO_WORKER
    window = MainWindow(ws, today=DEMO_DAY)
    window.resize(round(size[0] / scale), round(size[1] / scale))
    window.show()
    _settle(app)
    scan_width = round(window.splitter.width() * SCAN_SHARE)  # as on a first start
    window.splitter.setSizes([window.splitter.width() - scan_width, scan_width])
    _settle(app)
    return window


def _screens(summary: DemoSummary) -> dict[str, Callable[[MainWindow], object]]:
    def zelfscan(window: MainWindow) -> None:
        window.caseload.focus_table()
        window.select_next_client()

    def ongewijzigd(window: MainWindow) -> None:
        zelfscan(window)
        window.on_reconfirm_triggered()

    def gesprek_tab(index: int) -> Callable[[MainWindow], None]:
        def show(window: MainWindow) -> None:
            page = window.gesprek.show_gesprek(summary.preparation_gesprek_id)
            assert page is not None
            page.tabs.setCurrentIndex(index)

        return show

    return {
        "caseload": lambda window: None,
        "zelfscan": zelfscan,
        "ongewijzigd": ongewijzigd,
        "gesprek-per-client": gesprek_tab(0),
        "gesprek-afspraken": gesprek_tab(1),
        "gesprek-algemeen": gesprek_tab(2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.5")
    parser.add_argument("--screens", nargs="*", help="only these screens (default: all)")
    args = parser.parse_args(argv)
    suffix = "" if args.scale == 1.0 else f"-{round(args.scale * 100)}"

    def wanted(name: str) -> bool:
        return not args.screens or name in args.screens

    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        demo_dir, empty_dir = Path(tmp) / "demo", Path(tmp) / "leeg"
        ws = open_workspace(AppPaths(demo_dir), daily_backup=False)
        summary = fill_demo(ws, DEMO_DAY)
        ws.close()
        written = []
        for width, height in SIZES:
            for name, prepare in {"leeg": lambda window: None}.items():
                if not wanted(name):
                    continue
                window = _window(app, empty_dir, (width, height), args.scale)
                prepare(window)
                _settle(app)
                target = args.out / f"{name}-{width}x{height}{suffix}.png"
                window.grab().save(str(target), "PNG", 0)  # 0: smallest file
                written.append(target)
                window.close()
                window.ws.close()
            for name, prepare in _screens(summary).items():
                if not wanted(name):
                    continue
                # a fresh copy each time, so one screen's take-over does not show in the next
                copy = Path(tmp) / f"{name}-{width}"
                copy.mkdir()
                (copy / AppPaths(demo_dir).database.name).write_bytes(
                    AppPaths(demo_dir).database.read_bytes()
                )
                window = _window(app, copy, (width, height), args.scale)
                prepare(window)
                _settle(app)
                target = args.out / f"{name}-{width}x{height}{suffix}.png"
                window.grab().save(str(target), "PNG", 0)  # 0: smallest file
                written.append(target)
                window.close()
                window.ws.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
