"""Scan and caseload on a 1366×768 laptop at 100, 125 and 150 % display scaling and with a
1.25× font: every status and choice is readable whole, nothing needs sideways scrolling.

A display scale factor s on a 1366×768 screen leaves the window 1366/s × 768/s logical pixels
(less the task bar and title bar); that is what Qt's layouts see, so the window is sized so.
`tools/screenshots.py --scale 1.5` renders the same with a real QT_SCALE_FACTOR.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.caseload.model import THEME_COLUMNS, Column
from jbn_selfscan.ui.main_window import MainWindow
from jbn_selfscan.ui.scan.answer_controls import WrappingRadioButton
from jbn_selfscan.ui.scan.widget import ScanWidget

from .conftest import TODAY

SCREEN = (1366, 768)
TASK_AND_TITLE_BAR = 70
CLIENTS_PER_SETTING = 4
SETTINGS = {  # (display scale, font factor)
    "100%": (1.0, 1.0),
    "125%": (1.25, 1.0),
    "font 1.25x": (1.0, 1.25),
    "125% + font 1.25x": (1.25, 1.25),
    "150%": (1.5, 1.0),
}
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def font_factor(request: pytest.FixtureRequest) -> Iterator[float]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    factor: float = request.param
    bigger = app.font()
    bigger.setPointSizeF(original.pointSizeF() * factor)
    app.setFont(bigger)
    yield factor
    app.setFont(original)


def laptop_window(qtbot: QtBot, ws: Workspace, scale: float) -> MainWindow:
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(round(SCREEN[0] / scale), round((SCREEN[1] - TASK_AND_TITLE_BAR) / scale))
    with qtbot.waitExposed(window):
        window.show()
    qtbot.wait(10)
    return window


def _clipped(widget: QWidget) -> str | None:
    """Why the whole text of `widget` cannot be read where it is, or None."""
    if isinstance(widget, WrappingRadioButton):
        if widget.height() < widget.heightForWidth(widget.width()):
            return f"wrapped text cut off below ({widget.height()} px)"
        if widget.width() < widget.minimumSizeHint().width():
            return "narrower than its longest word"
        return None
    if isinstance(widget, QComboBox):  # every choice must read whole in the closed box
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        metrics = widget.fontMetrics()
        cut = [
            widget.itemText(i)
            for i in range(widget.count())
            if metrics.horizontalAdvance(widget.itemText(i)) > field.width()
        ]
        return f"{len(cut)} choices cut off, e.g. {cut[0]!r}" if cut else None
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.contentsRect().width())
            return None if widget.height() >= needed else f"{widget.height()} < {needed} px high"
        width = widget.fontMetrics().horizontalAdvance(widget.text())
        return None if widget.contentsRect().width() >= width else f"{width} px of text"
    if isinstance(widget, QRadioButton | QAbstractButton):
        hint = widget.sizeHint().width()
        return None if widget.width() >= hint - 1 else f"{widget.width()} < {hint} px wide"
    return None


def unreadable_texts(scan: ScanWidget) -> list[str]:
    """Every visible choice, status, label and button of the scan: text not whole, or (part
    of it) out of sight sideways."""
    content = scan.scroll_area.widget()
    viewport = scan.scroll_area.viewport()
    assert content is not None
    problems = []
    for widget in content.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QComboBox):
            continue
        if not widget.isVisibleTo(content):
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        reason = _clipped(widget)
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        if reason is None and right > viewport.width():
            reason = f"right edge at {right} of {viewport.width()} px"
        if reason is not None:
            problems.append(f"{type(widget).__name__} {text[:50]!r}: {reason}")
    return problems


@pytest.mark.parametrize(
    ("scale", "font_factor"), list(SETTINGS.values()), ids=list(SETTINGS), indirect=["font_factor"]
)
def test_every_choice_and_status_of_the_scan_reads_whole(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary], scale: float, font_factor: float
) -> None:
    ws, _summary = demo
    window = laptop_window(qtbot, ws, scale)
    window.caseload.focus_table()
    checked = 0
    for _client in range(CLIENTS_PER_SETTING):
        window.select_next_client()
        qtbot.wait(5)
        scan = window.scan_widget
        assert scan is not None and scan.snapshot is not None
        for section in scan.sections.values():
            section.set_expanded(True)
        # a long scan takes a few passes of the event loop to lay out its wrapped texts
        with contextlib.suppress(QtTimeoutError):
            qtbot.waitUntil(lambda scan=scan: unreadable_texts(scan) == [], timeout=2000)
        assert scan.scroll_area.horizontalScrollBar().maximum() == 0, scan.snapshot.referentie
        assert unreadable_texts(scan) == [], scan.snapshot.referentie
        checked += sum(1 for _ in scan.scroll_area.findChildren(QRadioButton))
    assert checked > 100  # the choices really were there to measure


def visible_in_list(window: MainWindow, column: Column) -> bool:
    table = window.caseload.table
    if table.isColumnHidden(column):
        return False
    right = table.columnViewportPosition(column) + table.columnWidth(column)
    return table.columnViewportPosition(column) >= 0 and right <= table.viewport().width()


@pytest.mark.parametrize(
    ("scale", "font_factor"), list(SETTINGS.values()), ids=list(SETTINGS), indirect=["font_factor"]
)
def test_the_caseload_list_keeps_what_needs_attention_in_view(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary], scale: float, font_factor: float
) -> None:
    ws, _summary = demo
    window = laptop_window(qtbot, ws, scale)
    window.caseload.focus_table()
    window.select_next_client()  # a client open beside the list
    qtbot.wait(10)
    table = window.caseload.table

    needed = [Column.REFERENTIE, *THEME_COLUMNS]
    if scale <= 1.25:  # at 125 %, also with the larger font: the whole overview
        needed += [Column.TERMIJN, Column.VOORTGANG]
        assert table.horizontalScrollBar().maximum() == 0
    if scale * font_factor <= 1.25:  # the list gets room for symbol and short text
        assert not window.caseload.model.compact
    for column in needed:
        assert visible_in_list(window, column), column.name
    for column in needed:
        if column in THEME_COLUMNS and window.caseload.model.compact:
            assert table.columnWidth(column) >= table.iconSize().width() + 8  # the symbol
        else:
            assert table.columnWidth(column) >= table.sizeHintForColumn(column) - 2, column.name
    scan = window.scan_widget
    assert scan is not None
    assert scan.scroll_area.horizontalScrollBar().maximum() == 0


REAL_SCALE_SCRIPT = """
import datetime as dt, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.demo import fill_demo
from jbn_selfscan.services.demo_data import DEMO_WORKER
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.ui.main_window import MainWindow

app = QApplication(sys.argv)
ws = open_workspace(AppPaths(Path(sys.argv[1])), daily_backup=False)
fill_demo(ws, dt.date(2026, 11, 20))
ws.user = DEMO_WORKER
window = MainWindow(ws, today=dt.date(2026, 11, 20))
window.resize(int(sys.argv[2]), int(sys.argv[3]))
window.show()
window.caseload.focus_table()
for _ in range(3):
    window.select_next_client()
    for _ in range(5):
        app.processEvents()
    scan = window.scan_widget
    table = window.caseload.table
    print(
        app.devicePixelRatio(),
        scan.scroll_area.horizontalScrollBar().maximum(),
        table.horizontalScrollBar().maximum(),
        window.caseload.model.compact,
    )
window.close()
ws.close()
"""


def test_with_a_real_150_percent_scale_factor_nothing_scrolls_sideways(tmp_path: Path) -> None:
    """The same check with Qt's own QT_SCALE_FACTOR=1.5 in a process of its own, on a screen
    of 1366×768 device pixels: the scan needs no horizontal scroll bar, and the list keeps
    reference, statuses, deadline and progress in view (as symbols)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    width, height = round(SCREEN[0] / 1.5), round((SCREEN[1] - TASK_AND_TITLE_BAR) / 1.5)
    done = subprocess.run(
        [sys.executable, "-c", REAL_SCALE_SCRIPT, str(tmp_path), str(width), str(height)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = [line.split() for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 3, done.stdout + done.stderr
    for ratio, scan_scroll, list_scroll, compact in lines:
        assert float(ratio) == 1.5
        assert (scan_scroll, list_scroll, compact) == ("0", "0", "True")
