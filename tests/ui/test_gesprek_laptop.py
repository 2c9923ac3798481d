"""The gesprek held on a 1366×768 laptop: the whole overview in view, a readable client detail,
and the caseload list making room while the gesprek is open.

Display scaling is simulated by its logical size: at 125 % a 1366×768 screen is 1093×614
logical pixels and the fonts keep their logical size, which is exactly what Qt lays out with
`QT_SCALE_FACTOR=1.25`. "Maximised" leaves room for a 40 px taskbar and a 30 px title bar.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.gesprek.gesprek_widget import GesprekWidget
from jbn_selfscan.ui.gesprek.summary_model import SummaryColumn
from jbn_selfscan.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 20)
SCREEN = (1366, 768)
TASKBAR_AND_TITLE = 40 + 30
READABLE_DETAIL = (480, 240)  # logical pixels: a text column and about ten lines


def logical(scale: float, *, maximised: bool) -> tuple[int, int]:
    width, height = SCREEN
    if maximised:
        height -= TASKBAR_AND_TITLE
    return round(width / scale), round(height / scale)


def open_gesprek(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary], size: tuple[int, int]
) -> tuple[MainWindow, GesprekWidget]:
    ws, summary = demo
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    page = window.gesprek.show_gesprek(summary.preparation_gesprek_id)
    assert page is not None
    QApplication.processEvents()
    assert window.size().toTuple() == size  # nothing forces the window wider or taller
    return window, page


def rows_outside_view(page: GesprekWidget) -> list[str]:
    table = page.summary
    view = table.viewport().rect()
    model = table.model()
    return [
        str(model.index(row, SummaryColumn.CLIENT).data())
        for row in range(model.rowCount())
        if not view.contains(table.visualRect(model.index(row, SummaryColumn.CLIENT)))
    ]


def clipped_names(page: GesprekWidget) -> list[str]:
    """Client names that do not fit their column (would be elided)."""
    table = page.summary
    model = table.model()
    metrics = table.fontMetrics()
    width = table.columnWidth(SummaryColumn.CLIENT)
    return [
        name
        for row in range(model.rowCount())
        if metrics.horizontalAdvance(name := str(model.index(row, SummaryColumn.CLIENT).data()))
        > width
    ]


@pytest.mark.parametrize("maximised", [False, True], ids=["1366x768", "maximised"])
@pytest.mark.parametrize("scale", [1.0, 1.25], ids=["100%", "125%"])
def test_every_client_of_the_overview_and_a_readable_detail_fit_a_laptop(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary], scale: float, maximised: bool
) -> None:
    window, page = open_gesprek(qtbot, demo, logical(scale, maximised=maximised))
    assert page.summary_model.rowCount() == 15
    assert rows_outside_view(page) == []
    assert clipped_names(page) == []
    assert page.summary.horizontalScrollBar().value() == 0  # the names are the first column
    detail = page.client_scroll.viewport().size()
    assert detail.width() >= READABLE_DETAIL[0] and detail.height() >= READABLE_DETAIL[1]
    assert page.signoff.isVisible()
    assert not window.caseload.isVisible()  # the list gave way to the gesprek


def test_client_names_stay_readable_at_150_percent(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    _window, page = open_gesprek(qtbot, demo, logical(1.5, maximised=False))
    table = page.summary
    assert clipped_names(page) == []
    client_column = table.visualRect(table.model().index(0, SummaryColumn.CLIENT))
    assert table.viewport().rect().left() <= client_column.left()
    assert client_column.right() <= table.viewport().rect().right()
    assert page.signoff.isVisible() and page.client_scroll.viewport().width() >= 400


def test_the_caseload_list_makes_room_and_comes_back(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    window, page = open_gesprek(qtbot, demo, SCREEN)
    assert not window.caseload.isVisible()
    assert not page.caseload_button.isChecked()
    page.caseload_button.click()  # the worker wants the list beside the gesprek
    assert window.caseload.isVisible() and page.caseload_button.isChecked()
    page.caseload_button.click()
    assert not window.caseload.isVisible()
    window.show_general_page()  # leaving the gesprek: the list is back where it was
    assert window.caseload.isVisible()
    _ws, summary = demo
    window.gesprek.show_gesprek(summary.preparation_gesprek_id)
    assert not window.caseload.isVisible()
    window.focus_caseload()  # Ctrl+L: the list and its first client's zelfscan
    QApplication.processEvents()
    assert window.caseload.isVisible()
    assert window.size().toTuple() == SCREEN
    assert window.stack.currentWidget() is window.scan_widget
    assert window.caseload.table.hasFocus()


def test_the_list_is_in_place_when_the_window_closes_in_the_gesprek(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    window, _page = open_gesprek(qtbot, demo, SCREEN)
    window.close()
    assert not window.caseload.isHidden()  # saved with the list, so it opens with the list


@pytest.mark.parametrize("scale", [1.0, 1.25], ids=["100%", "125%"])
def test_the_gesprek_page_never_pushes_the_window_off_the_screen(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary], scale: float
) -> None:
    """The page stays in the window's stack when another page is shown, and the list can be
    beside it: neither may make the window wider than the laptop's screen."""
    size = logical(scale, maximised=True)
    window, page = open_gesprek(qtbot, demo, size)
    page.caseload_button.click()  # the list beside the gesprek
    QApplication.processEvents()
    assert window.caseload.isVisible()
    assert window.size().toTuple() == size
    assert window.minimumSizeHint().width() <= size[0]
    page.caseload_button.click()
    QApplication.processEvents()
    assert page.signoff_beside_overview() is (scale == 1.0)  # the widest layout there is
    window.show_general_page()
    QApplication.processEvents()
    assert window.size().toTuple() == size
    assert window.minimumSizeHint().width() <= size[0]
    assert window.select_next_client()  # a zelfscan next to the list
    QApplication.processEvents()
    assert window.size().toTuple() == size


def test_the_akkoord_moves_with_the_room_and_keeps_what_is_being_typed(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    from jbn_selfscan.domain.types import Role

    window, page = open_gesprek(qtbot, demo, logical(1.0, maximised=False))
    assert page.signoff_beside_overview()  # room enough: the detail gets the full height
    name = page.signoff.rows[Role.PRAKTIJKBEGELEIDER].name
    name.setFocus()
    qtbot.keyClicks(name, "P.d.B")
    window.resize(*logical(1.25, maximised=True))
    QApplication.processEvents()
    assert not page.signoff_beside_overview()  # too short: under the tabs
    assert page.signoff.isVisible() and name.hasFocus() and name.text() == "P.d.B"
    assert rows_outside_view(page) == []
