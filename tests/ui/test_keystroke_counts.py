"""The worker's loop counted in keystrokes, in the real main window on the demo caseload.

Run with `-s` to see the numbers (they go into the closing note of the release):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -s tests/ui/test_keystroke_counts.py
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.types import ScanStatus
from jbn_selfscan.services import scans
from jbn_selfscan.services.clients import list_clients
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.main_window import MainWindow

from .conftest import TODAY

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
RECONFIRM_CLIENT = "OTS-2026-0102"  # a previous zelfscan, half of this one filled in
FULL_SCAN_CLIENT = "OTS-2026-0977"  # no previous zelfscan, 8 of 34 questions answered
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Keyboard:
    """Presses keys on whatever has the focus, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        self.qtbot.keyClick(self.focus(), key, modifiers)
        self.count += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        self.count += len(text)


def window_with(qtbot: QtBot, ws: Workspace, referentie: str) -> tuple[MainWindow, int]:
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    (client,) = [c.id for c in list_clients(ws) if c.data.referentie == referentie]
    window.caseload.focus_table()
    assert window.caseload.select_client(client)
    return window, client


def test_re_confirming_an_unchanged_client_from_the_list(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, _summary = demo
    window, _client = window_with(qtbot, ws, RECONFIRM_CLIENT)
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_O, CTRL_SHIFT)  # Cliënt → Cliënt ongewijzigd sinds vorige zelfscan

    scan = window.scan_widget
    assert scan is not None and scan.snapshot is not None
    stored = scans.get_scan(ws, scan.snapshot.scan_id, today=TODAY)
    taken = [i for i, a in stored.answers.items() if a.ongewijzigd_bevestigd]
    left = scan.unanswered_count()
    assert taken  # every still-valid answer of last time, each confirmed as now
    focus = keys.focus()
    assert scan.ready_box is focus or any(e.isAncestorOf(focus) for e in scan.editors.values())
    print(
        f"\nre-confirm journey ({RECONFIRM_CLIENT}): {keys.count} keystroke(s); "
        f"{len(taken)} answers taken over, {left} questions left for the worker"
    )
    assert keys.count <= 5


def test_a_full_scan_of_a_demo_client_by_keyboard(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, _summary = demo
    window, _client = window_with(qtbot, ws, FULL_SCAN_CLIENT)
    scan = window.scan_widget
    assert scan is not None and scan.snapshot is not None
    before = {i for i, a in scan.snapshot.answers.items() if a.waarde}
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_Return)  # Enter on the client: its first open question
    for _step in range(300):
        focus = keys.focus()
        if focus is scan.ready_box:
            break
        assert scan.isAncestorOf(focus), f"the focus left the scan: {focus!r}"
        if isinstance(focus, QRadioButton):
            keys.press(Qt.Key.Key_Space)  # the focused (first) answer
        elif isinstance(focus, QComboBox):
            keys.press(Qt.Key.Key_Down)
        elif isinstance(focus, QDateEdit):
            keys.type(short_date(TODAY))  # "20-11-2026"
        elif isinstance(focus, QLineEdit):
            keys.type("2")
        elif isinstance(focus, QTextEdit | QPlainTextEdit):
            keys.type("ok")
        else:
            raise AssertionError(f"unexpected focus: {focus!r}")
        keys.press(Qt.Key.Key_Down, CTRL)  # the next open question (a follow-up included)
    else:
        raise AssertionError("the scan never reached 'klaar'")
    keys.press(Qt.Key.Key_Space)  # Zelfscan klaar voor het gesprek: nothing open, no question

    assert scan.snapshot is not None
    stored = scans.get_scan(ws, scan.snapshot.scan_id, today=TODAY)
    visible = stored.evaluation.visible_item_ids
    assert all(stored.answers.get(i) and stored.answers[i].waarde for i in visible)
    assert stored.status is ScanStatus.AFGEROND
    by_keyboard = [i for i in visible if i not in before]  # follow-ups it revealed included
    print(
        f"\nfull scan by keyboard ({FULL_SCAN_CLIENT}): {len(by_keyboard)} questions answered "
        f"({len(visible)} in all), {keys.count} keystrokes"
    )
    assert len(by_keyboard) >= 25
    assert keys.count <= 12 * len(by_keyboard)
