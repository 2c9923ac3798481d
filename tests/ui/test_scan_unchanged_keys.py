""" "Alles ongewijzigd" per theme by keyboard, and no focus jump when a button disables or
hides itself: the focus goes on to the next sensible place in the scan."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import GesprekStatus, Maatregel, Theme
from jbn_selfscan.services import scans
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Caseloadgesprek, Zelfscan
from jbn_selfscan.ui.main_window import MainWindow
from jbn_selfscan.ui.scan.widget import ScanWidget

TODAY = dt.date(2026, 11, 20)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PREVIOUS = {
    "actueel_beeld": "deels",
    "verslagen_bijgewerkt": "ja",
    "veiligheidsafspraken": "ja",
    "veiligheidsafspraken_nagekomen": "ja",  # a follow-up of the answer above
    "risicos_breed_in_kaart": "ja",
}
_uids = itertools.count(1)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_client(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, ScanWidget]:
    data = ClientData(
        referentie=f"OTS-2026-{next(_uids):03d}",
        initialen="A.B.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 3, 2),
    )
    client = add_client(ws, data, today=TODAY)
    first = scans.open_scan(ws, client, today=TODAY)
    for item_id, value in PREVIOUS.items():
        scans.save_answer(ws, first.scan_id, item_id, value, "vorige keer", today=TODAY)
    with ws.db.session() as session, session.begin():
        gesprek = Caseloadgesprek(
            uid=f"g-{next(_uids)}",
            datum=TODAY - dt.timedelta(days=90),
            status=GesprekStatus.GETEKEND.value,
            medewerker_naam="Sanne de Vries",
        )
        session.add(gesprek)
        session.flush()
        session.get_one(Zelfscan, first.scan_id).gesprek_id = gesprek.id
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.caseload.select_client(client)
    assert window.scan_widget is not None
    return window, window.scan_widget


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def confirmed(ws: Workspace, scan: ScanWidget) -> set[str]:
    assert scan.snapshot is not None
    answers = scans.get_scan(ws, scan.snapshot.scan_id, today=TODAY).answers
    return {item_id for item_id, answer in answers.items() if answer.ongewijzigd_bevestigd}


def test_the_theme_key_takes_over_the_theme_holding_the_focus(qtbot: QtBot, ws: Workspace) -> None:
    _window, scan = open_client(qtbot, ws)
    start = scan.editors["risicos_breed_in_kaart"].toelichting
    start.setFocus()

    with qtbot.waitSignal(scan.sig_client_changed):
        qtbot.keyClick(focus(), Qt.Key.Key_U, CTRL_SHIFT)

    assert confirmed(ws, scan) == {
        "veiligheidsafspraken",
        "veiligheidsafspraken_nagekomen",
        "risicos_breed_in_kaart",
    }  # the follow-up too; Navolgbaarheid is left alone
    assert focus() is start  # typed from a field: the focus stays where it was
    assert not scan.sections[Theme.ZICHT_OP_VEILIGHEID].unchanged_button.isEnabled()

    scan.editors["actueel_beeld"].focus_target().setFocus()
    with qtbot.waitSignal(scan.sig_client_changed):
        qtbot.keyClick(focus(), Qt.Key.Key_U, CTRL_SHIFT)
    assert {"actueel_beeld", "verslagen_bijgewerkt"} <= confirmed(ws, scan)


def test_pressing_alles_ongewijzigd_by_keyboard_keeps_the_focus_in_its_theme(
    qtbot: QtBot, ws: Workspace
) -> None:
    window, scan = open_client(qtbot, ws)
    section = scan.sections[Theme.NAVOLGBAARHEID]
    section.unchanged_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert focus() is section.unchanged_button

    with qtbot.waitSignal(scan.sig_client_changed):
        qtbot.keyClick(focus(), Qt.Key.Key_Space)

    assert not section.unchanged_button.isEnabled()
    landed = focus()
    assert landed is not window.caseload.search_edit
    first_open = next(
        e for e in section.editors if not e.isHidden() and e.value() is None
    )  # "wensen en mogelijkheden" was not answered last time
    assert first_open.isAncestorOf(landed)


def test_pressing_ongewijzigd_of_one_item_puts_the_focus_on_its_answer(
    qtbot: QtBot, ws: Workspace
) -> None:
    _window, scan = open_client(qtbot, ws)
    editor = scan.editors["verslagen_bijgewerkt"]
    editor.unchanged_button.setFocus(Qt.FocusReason.TabFocusReason)

    with qtbot.waitSignal(scan.sig_client_changed):
        qtbot.keyClick(focus(), Qt.Key.Key_Space)

    assert not editor.unchanged_button.isVisible()
    assert editor.isAncestorOf(focus())
    assert confirmed(ws, scan) == {"verslagen_bijgewerkt"}
