"""The "Algemeen" page of the main window: last time's general acties, reported on the spot."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.types import ActieStatus
from jbn_selfscan.services.acties import ActieView, general_open_acties, report_actie_status
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.main_window import PLACEHOLDER_TEXT, MainWindow
from jbn_selfscan.ui.scan.acties_section import ActieRow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

TODAY = dt.date(2026, 11, 20)
NOTE = "Aangemeld voor de scholing in januari."


@pytest.fixture
def ws(demo: tuple[Workspace, DemoSummary]) -> Workspace:
    return demo[0]


@pytest.fixture
def window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    main = MainWindow(ws, today=TODAY)
    qtbot.addWidget(main)
    main.resize(1400, 850)
    with qtbot.waitExposed(main):
        main.show()
    return main


def shown_rows(main: MainWindow) -> list[ActieRow]:
    return list(main.general_page.acties.section.rows.values())


def open_general_actie(ws: Workspace) -> ActieView:
    return next(view for view in general_open_acties(ws) if view.status is ActieStatus.OPEN)


def stored(ws: Workspace, actie_id: int) -> ActieView:
    return next(view for view in general_open_acties(ws) if view.id == actie_id)


def test_without_a_client_the_page_lists_the_general_acties(
    window: MainWindow, ws: Workspace
) -> None:
    assert window.stack.currentWidget() is window.general_page
    assert window.general_page.hint.text() == PLACEHOLDER_TEXT
    expected = [(view.omschrijving, view.status) for view in general_open_acties(ws)]
    assert len(expected) >= 2  # the demo has a finished and an open general actie
    assert [(row.view.omschrijving, row.chosen_status()) for row in shown_rows(window)] == expected
    assert all(row.isVisibleTo(window) for row in shown_rows(window))


def test_a_status_chosen_on_the_page_is_stored_at_once(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    actie = open_general_actie(ws)
    row = window.general_page.acties.section.rows[actie.id]
    row.status.setFocus()
    qtbot.keyClick(row.status, Qt.Key.Key_Down)  # open → loopt
    assert row.chosen_status() is ActieStatus.LOOPT
    assert stored(ws, actie.id).status is ActieStatus.LOOPT
    assert window.general_page.acties.saved_label.text().startswith("Opgeslagen")


def test_a_note_being_typed_is_saved_when_a_client_is_chosen(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    actie = open_general_actie(ws)
    row = window.general_page.acties.section.rows[actie.id]
    row.note.setFocus()
    qtbot.keyClicks(row.note, NOTE)
    assert stored(ws, actie.id).status_toelichting == ""  # still waiting for the autosave
    assert window.select_next_client()
    assert window.stack.currentWidget() is window.scan_widget
    assert stored(ws, actie.id).status_toelichting == NOTE


def test_the_menu_action_brings_the_page_back_from_a_client(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    assert window.select_next_client()
    actie = open_general_actie(ws)
    # reported elsewhere meanwhile (e.g. in a gesprek file imported from another laptop)
    report_actie_status(ws, actie.id, ActieStatus.NIET_GELUKT, "Geen plek meer.")
    action = window.general_action
    assert action.shortcut().toString() == "Ctrl+0"
    assert "&" in action.text()
    action.trigger()
    assert window.stack.currentWidget() is window.general_page
    assert window.caseload.current_client_id() is None  # any click opens a scan again
    assert not window.edit_action.isEnabled()
    row = window.general_page.acties.section.rows[actie.id]
    assert row.chosen_status() is ActieStatus.NIET_GELUKT  # read afresh when shown
    assert row.note.toPlainText() == "Geen plek meer."
    assert window.focusWidget() is shown_rows(window)[0].status


def test_closing_the_window_saves_a_note_being_typed(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    actie = open_general_actie(ws)
    row = window.general_page.acties.section.rows[actie.id]
    row.note.setFocus()
    qtbot.keyClicks(row.note, NOTE)
    window.close()
    assert stored(ws, actie.id).status_toelichting == NOTE
