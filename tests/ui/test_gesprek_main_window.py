"""The caseloadgesprek in the main window: menus, the gesprek page, keyboard navigation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def window(qtbot: QtBot, demo: tuple[Workspace, DemoSummary]) -> MainWindow:
    ws, _summary = demo
    main = MainWindow(ws, today=TODAY)
    qtbot.addWidget(main)
    main.resize(1300, 850)
    with qtbot.waitExposed(main):
        main.show()
    return main


def menu_texts(main: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in main.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_main_window_gets_the_gesprek_and_backup_menus(window: MainWindow) -> None:
    gesprek = menu_texts(window, "Caseloadgesprek")
    for expected in (
        "Voorbereiden…",
        "Openen",
        "Gesprekken…",
        "Exporteren…",
        "Importeren…",
        "PDF maken…",
        "Verplaatsen…",
        "Annuleren…",
    ):
        assert expected in gesprek
    bestand = menu_texts(window, "Bestand")
    assert bestand.index("Reservekopie terugzetten…") < bestand.index("Afsluiten")


def test_ctrl_pgdown_walks_the_gesprek_and_a_caseload_click_returns_to_the_scan(
    qtbot: QtBot, window: MainWindow, demo: tuple[Workspace, DemoSummary]
) -> None:
    _ws, summary = demo
    window.caseload.select_client(window.caseload.model.row_at(0).client_id)
    scan = window.scan_widget
    assert window.stack.currentWidget() is scan
    page = window.gesprek.show_gesprek(summary.preparation_gesprek_id)
    assert page is not None and window.stack.currentWidget() is page
    first = page.current_client_referentie()
    qtbot.keyClick(page, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current_client_referentie() != first
    assert window.caseload.current_client_id() is None  # the caseload does not move along
    window.caseload.select_client(window.caseload.model.row_at(0).client_id)
    assert window.stack.currentWidget() is scan  # the same client as before: back to its scan
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.caseload.current_client_id() == window.caseload.model.row_at(1).client_id


def test_menu_actions_name_the_gesprek_they_act_on(
    window: MainWindow, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, summary = demo
    controller = window.gesprek
    controller.update_actions()
    actions: dict[str, QAction] = controller.actions
    day = summary.preparation_datum.strftime("%d-%m-%Y")
    assert actions["pdf"].text() == f"P&DF maken ({day})…"
    assert actions["verplaatsen"].isEnabled() and actions["annuleren"].isEnabled()
    g.cancel_gesprek(ws, summary.preparation_gesprek_id, "Ziekte")
    controller.update_actions()  # now the signed one of last quarter is the target
    assert not actions["verplaatsen"].isEnabled()
    assert summary.signed_datum.strftime("%d-%m-%Y") in actions["pdf"].text()


def test_the_feature_plugs_in_by_name_before_help_and_above_afsluiten(window: MainWindow) -> None:
    bar = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar == ["Bestand", "Cliënt", "Ga naar", "Caseloadgesprek", "Help"]
    bestand = window.menus["bestand"].actions()
    texts = ["—" if a.isSeparator() else a.text().replace("&", "") for a in bestand]
    assert texts == [
        "Caseload importeren…",
        "Instellingen…",
        "—",
        "Reservekopie maken",
        "Reservekopie terugzetten…",
        "—",
        "Afsluiten",
    ]
    assert window.features == [window.gesprek]


def test_the_gesprek_takes_the_navigation_keys_only_while_its_page_is_shown(
    window: MainWindow, demo: tuple[Workspace, DemoSummary]
) -> None:
    _ws, summary = demo
    theirs = window.named_actions["volgende cliënt"]
    ours = window.gesprek.actions["volgende"]
    assert ours.shortcut() == theirs.shortcut() and not ours.isEnabled() and theirs.isEnabled()
    window.gesprek.show_gesprek(summary.preparation_gesprek_id)
    assert ours.isEnabled() and not theirs.isEnabled()
    window.show_general_page()
    assert not ours.isEnabled() and theirs.isEnabled()


def test_closing_the_window_shuts_every_feature_down(window: MainWindow) -> None:
    from jbn_selfscan.ui.feature import WindowFeature

    calls: list[str] = []

    class Probe(WindowFeature):
        def shutdown(self) -> None:
            calls.append("shutdown")

    window.features.append(Probe(window))
    window.close()
    assert calls == ["shutdown"]
