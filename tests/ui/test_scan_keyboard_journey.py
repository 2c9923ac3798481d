"""A whole zelfscan by keyboard only, counted: every question answered, then "klaar"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel, ScanStatus
from jbn_selfscan.services import scans
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.scan.widget import ScanWidget

TODAY = dt.date(2026, 11, 20)
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_full_scan_by_keyboard_is_counted(qtbot: QtBot, ws: Workspace) -> None:
    data = ClientData("OTS-2026-900", "A.B.", Maatregel.OTS, dt.date(2026, 3, 2))
    client = add_client(ws, data, today=TODAY)
    widget = ScanWidget(ws, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    widget.load_client(client)
    keys = 0

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, key, modifiers)
        keys += 1

    def type_text(text: str) -> None:
        nonlocal keys
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClicks(focus, text)
        keys += len(text)

    press(Qt.Key.Key_Down, CTRL)  # (from the list this is Enter) the first open question
    for _step in range(200):
        focus = QApplication.focusWidget()
        if focus is widget.ready_box:
            break
        if isinstance(focus, QRadioButton):
            press(Qt.Key.Key_Space)  # the focused (first) answer
        elif isinstance(focus, QComboBox):
            press(Qt.Key.Key_Down)
        elif isinstance(focus, QDateEdit):
            type_text("1-10-2026")
        elif isinstance(focus, QLineEdit):
            type_text("2")
        elif isinstance(focus, QTextEdit | QPlainTextEdit):
            type_text("ok")
        else:
            raise AssertionError(f"unexpected focus: {focus!r}")
        press(Qt.Key.Key_Down, CTRL)
    else:
        raise AssertionError("the scan never reached 'klaar'")
    press(Qt.Key.Key_Space)  # "Zelfscan klaar voor het gesprek": nothing open, no question

    assert widget.snapshot is not None
    snapshot = scans.get_scan(ws, widget.snapshot.scan_id, today=TODAY)
    visible = snapshot.evaluation.visible_item_ids
    assert all(snapshot.answers.get(i) and snapshot.answers[i].waarde for i in visible)
    assert snapshot.status is ScanStatus.AFGEROND
    print(f"\nfull scan by keyboard: {len(visible)} questions, {keys} keystrokes")
    assert keys <= 12 * len(visible)
