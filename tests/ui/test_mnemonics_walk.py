"""Every screen and dialog: each Alt+letter that is visible at one time is unique, and every
dialog fits a 1366x768 laptop at 150 % display scaling."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.caseload.client_dialog import ClientDialog
from jbn_selfscan.ui.gesprek.agreement_dialogs import ActieDialog, AfspraakDialog
from jbn_selfscan.ui.gesprek.export_actions import ExportDialog, PdfChoiceDialog
from jbn_selfscan.ui.gesprek.start_dialog import (
    CancelGesprekDialog,
    MoveGesprekDialog,
    ReopenGesprekDialog,
    StartGesprekDialog,
)
from jbn_selfscan.ui.main_window import MainWindow
from jbn_selfscan.ui.profile_dialog import ProfileDialog
from jbn_selfscan.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
TODAY_OFFSET = 0


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def alt_letters(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible mnemonic: menus, buttons, labelled fields, tabs."""
    texts: list[str] = []
    if isinstance(top, QMainWindow):
        texts += [action.text() for action in top.menuBar().actions()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [(key, text) for text in texts if (key := mnemonic(text)) is not None]


def clashes(top: QWidget) -> list[tuple[str, list[str]]]:
    found = alt_letters(top)
    counts = Counter(key for key, _text in found)
    return [(key, [text for k, text in found if k == key]) for key, n in counts.items() if n > 1]


@pytest.fixture
def window(qtbot: QtBot, demo: tuple[Workspace, DemoSummary]) -> MainWindow:
    ws, _summary = demo
    main = MainWindow(ws, today=_summary.preparation_datum)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    with qtbot.waitExposed(main):
        main.show()
    return main


def test_every_screen_of_the_main_window(
    window: MainWindow, demo: tuple[Workspace, DemoSummary]
) -> None:
    _ws, summary = demo
    screens: dict[str, list[tuple[str, list[str]]]] = {"start": clashes(window)}
    assert window.select_next_client()
    screens["zelfscan"] = clashes(window)
    page = window.gesprek.show_gesprek(summary.preparation_gesprek_id)
    assert page is not None
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        screens[f"gesprek: {page.tabs.tabText(index)}"] = clashes(window)
    window.gesprek.show_gesprek(summary.signed_gesprek_id)
    screens["getekend gesprek"] = clashes(window)
    window.show_general_page()
    screens["algemeen"] = clashes(window)
    assert {name: found for name, found in screens.items() if found} == {}


def every_dialog(
    window: MainWindow, demo: tuple[Workspace, DemoSummary]
) -> dict[str, Callable[[], QDialog]]:
    ws, summary = demo
    today = summary.preparation_datum
    view = g.gesprek_view(ws, summary.preparation_gesprek_id, today)
    clients = view.clients
    return {
        "cliënt": lambda: ClientDialog(ws, None, window, today=today),
        "instellingen": lambda: SettingsDialog(ws, window),
        "profiel": lambda: ProfileDialog(ws, window),
        "voorbereiden": lambda: StartGesprekDialog(ws, window, today=today),
        "afspraak": lambda: AfspraakDialog(clients, lambda _v: None, window),
        "actie": lambda: ActieDialog(clients, lambda _v: None, window, gesprek_datum=today),
        "verplaatsen": lambda: MoveGesprekDialog(
            ws, summary.preparation_gesprek_id, today, window, today=today
        ),
        "annuleren": lambda: CancelGesprekDialog(ws, summary.preparation_gesprek_id, today, window),
        "wijzigen na ondertekening": lambda: ReopenGesprekDialog(
            ws, summary.signed_gesprek_id, 1, window
        ),
        "exporteren": lambda: ExportDialog(["een naam in een toelichting"], window),
        "pdf": lambda: PdfChoiceDialog(window),
    }


def test_every_dialog(
    qtbot: QtBot, window: MainWindow, demo: tuple[Workspace, DemoSummary]
) -> None:
    found = {}
    for name, make in every_dialog(window, demo).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found[name] = clashes(dialog)
        dialog.reject()
    assert {name: clash for name, clash in found.items() if clash} == {}


# A 1366x768 laptop at 150 %: 911x512 logical pixels, less a taskbar and a title bar.
LAPTOP_150 = (round(1366 / 1.5), round((768 - 70) / 1.5))


def test_every_dialog_fits_a_laptop_at_150_percent(
    qtbot: QtBot, window: MainWindow, demo: tuple[Workspace, DemoSummary]
) -> None:
    too_large = {}
    for name, make in every_dialog(window, demo).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if minimum.width() > LAPTOP_150[0] or minimum.height() > LAPTOP_150[1]:
            too_large[name] = (minimum.width(), minimum.height())
        dialog.reject()
    assert too_large == {}
