"""Keyboard-only use of the main window: mnemonics that do not clash, and a way to every part."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from jbn_selfscan.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def open_window(qtbot: QtBot, ws, today) -> MainWindow:
    window = MainWindow(ws, today=today)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def alt_letters(window: MainWindow) -> list[str]:
    """Alt+letter keys of the menu bar and of every visible button and labelled field."""
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
    return [key for key in map(mnemonic, texts) if key is not None]


def test_every_menu_item_has_its_own_mnemonic(qtbot: QtBot, filled_ws, caseload_today) -> None:
    window = open_window(qtbot, filled_ws, caseload_today)
    titles = [action.text() for action in window.menuBar().actions()]
    assert all(mnemonic(title) for title in titles), titles
    assert len({mnemonic(title) for title in titles}) == len(titles), titles
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        menu.aboutToShow.emit()  # the gesprek menu sets its texts then
        items = [a for a in menu.actions() if not a.isSeparator()]
        keys = [mnemonic(a.text()) for a in items]
        assert None not in keys, [a.text() for a in items]
        assert len(set(keys)) == len(keys), [a.text() for a in items]
        separators = [a.isSeparator() for a in menu.actions()]
        assert not separators[0] and not separators[-1], menu_action.text()
        assert (True, True) not in itertools.pairwise(separators), menu_action.text()


def test_alt_letters_do_not_clash_in_the_window(qtbot: QtBot, filled_ws, caseload_today) -> None:
    window = open_window(qtbot, filled_ws, caseload_today)
    for situation in ("start", "zelfscan"):
        if situation == "zelfscan":
            assert window.select_next_client()
        clashes = [key for key, count in Counter(alt_letters(window)).items() if count > 1]
        assert clashes == [], situation


def test_from_the_search_field_to_a_question_and_back_by_keyboard(
    qtbot: QtBot, filled_ws, caseload_today
) -> None:
    window = open_window(qtbot, filled_ws, caseload_today)
    search = window.caseload.search_edit
    assert QApplication.focusWidget() is search

    qtbot.keyClick(search, Qt.Key.Key_Down)  # on to the list: the first client opens
    table = window.caseload.table
    assert QApplication.focusWidget() is table
    first = window.caseload.current_client_id()
    assert first is not None
    assert window.stack.currentWidget() is window.scan_widget

    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrow keys walk the list
    second = window.caseload.current_client_id()
    assert second not in (None, first)
    assert window.scan_widget.snapshot.client_id == second

    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter: straight to the first question
    first_editor = window.scan_widget._navigable_editors()[0]
    assert first_editor.isAncestorOf(QApplication.focusWidget())

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is table
    assert window.caseload.current_client_id() == second  # back where you were

    qtbot.keyClick(table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.general_page
