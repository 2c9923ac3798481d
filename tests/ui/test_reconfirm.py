""" "Cliënt ongewijzigd sinds vorige zelfscan": the service rules and the keyboard journey."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import GesprekStatus, ItemStatus, Maatregel, ScanStatus
from jbn_selfscan.services import scans
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.reconfirm import reconfirm_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Caseloadgesprek, Zelfscan
from jbn_selfscan.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 20)
_uids = itertools.count(1)
PREVIOUS = {
    "actueel_beeld": "deels",
    "veiligheidsafspraken": "ja",
    "veiligheidsafspraken_nagekomen": "ja",  # a follow-up shown only after the answer above
    "datum_laatste_arij": "2026-03-05",  # more than three months old by TODAY
}


def client_with_previous_scan(ws: Workspace, answers: dict[str, str]) -> int:
    data = ClientData(
        referentie=f"OTS-2026-{next(_uids):03d}",
        initialen="A.B.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 3, 2),
    )
    client = add_client(ws, data, today=TODAY)
    first = scans.open_scan(ws, client, today=TODAY)
    for item_id, value in answers.items():
        scans.save_answer(ws, first.scan_id, item_id, value, f"vorige keer {value}", today=TODAY)
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
    return client


def test_reconfirm_takes_over_valid_answers_and_follow_ups_but_not_a_stale_date(
    ws: Workspace,
) -> None:
    client = client_with_previous_scan(ws, PREVIOUS)
    scan = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "actueel_beeld", "ja", "net gezien", today=TODAY)

    result = reconfirm_client(ws, scan.scan_id, today=TODAY)

    answers = scans.get_scan(ws, scan.scan_id, today=TODAY).answers
    assert set(result.taken_over) == {"veiligheidsafspraken", "veiligheidsafspraken_nagekomen"}
    assert answers["actueel_beeld"].waarde == "ja"  # answered now: never overwritten
    assert not answers["actueel_beeld"].ongewijzigd_bevestigd
    for item_id in result.taken_over:
        assert answers[item_id].waarde == PREVIOUS[item_id]
        assert answers[item_id].ongewijzigd_bevestigd
        assert answers[item_id].answered_by == "Sanne de Vries"
    assert result.stale == ("datum_laatste_arij",)
    stale = answers["datum_laatste_arij"]  # shown from the client record, never confirmed
    assert (stale.waarde, stale.from_client_record) == ("2026-03-05", True)
    assert not stale.ongewijzigd_bevestigd
    assert result.open_ids[0] != "actueel_beeld" and "datum_laatste_arij" in result.open_ids
    assert "wensen_en_mogelijkheden_in_beeld" in result.open_ids  # not answered last time


def test_a_recent_date_is_taken_over(ws: Workspace) -> None:
    client = client_with_previous_scan(ws, {"datum_laatste_arij": "2026-10-01"})
    scan = scans.open_scan(ws, client, today=TODAY)

    result = reconfirm_client(ws, scan.scan_id, today=TODAY)

    assert "datum_laatste_arij" in result.taken_over
    verdict = result.snapshot.evaluation.items["datum_laatste_arij"]
    assert verdict.status is ItemStatus.OP_ORDE


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_reconfirm_from_the_caseload_list_in_one_keystroke(qtbot: QtBot, ws: Workspace) -> None:
    client = client_with_previous_scan(ws, PREVIOUS)
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.caseload.select_client(client)
    window.caseload.focus_table()
    keystrokes = 0

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        nonlocal keystrokes
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, key, modifiers)
        keystrokes += 1

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(Qt.Key.Key_O, ctrl_shift)

    scan = window.scan_widget
    assert scan is not None and scan.snapshot is not None
    answers = scans.get_scan(ws, scan.snapshot.scan_id, today=TODAY).answers
    assert {i for i, a in answers.items() if a.ongewijzigd_bevestigd} == set(PREVIOUS) - {
        "datum_laatste_arij"
    }
    first_open = scan.editors["wensen_en_mogelijkheden_in_beeld"]
    assert first_open.isAncestorOf(QApplication.focusWidget())
    assert "3 antwoorden van de vorige zelfscan overgenomen" in scan.banner.text()
    assert "1 datum niet meer op orde" in scan.banner.text()
    assert keystrokes == 1 <= 5
    status = scans.get_scan(ws, scan.snapshot.scan_id, today=TODAY).status
    assert status is ScanStatus.CONCEPT  # taking over is not "klaar"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_main_window_never_opens_larger_than_the_screen(qtbot: QtBot, ws: Workspace) -> None:
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert (available.width(), available.height()) < (1400, 860)  # the offscreen screen is small

    assert window.width() <= available.width() and window.height() <= available.height()
    with qtbot.waitExposed(window):
        window.show()
    assert available.contains(window.frameGeometry())


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_at_1366_by_768_every_status_deadline_and_progress_fit_without_scrolling(
    qtbot: QtBot, demo: tuple[Workspace, object]
) -> None:
    from jbn_selfscan.ui.caseload.model import Column
    from jbn_selfscan.ui.main_window import SCAN_SHARE

    ws, _summary = demo
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # a first start on a 1366×768 laptop
    with qtbot.waitExposed(window):
        window.show()
    scan_width = round(window.splitter.width() * SCAN_SHARE)
    window.splitter.setSizes([window.splitter.width() - scan_width, scan_width])
    qtbot.wait(10)
    table = window.caseload.table

    assert table.horizontalScrollBar().maximum() == 0
    needed = (
        Column.REFERENTIE,
        Column.NAVOLGBAARHEID,
        Column.ZICHT_OP_VEILIGHEID,
        Column.CONTACTFREQUENTIE,
        Column.PVA_STATUS,
        Column.TERMIJN,
        Column.VOORTGANG,
    )
    for column in needed:
        assert not table.isColumnHidden(column)
        # no cell of these columns is cut short ("niet …")
        assert table.columnWidth(column) >= table.sizeHintForColumn(column) - 2, column
    first = table.model().index(0, Column.TERMIJN).data()
    assert first.endswith("te laat")  # sorted by urgency: the most overdue first


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_empty_first_window_says_what_to_do_next_with_buttons(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jbn_selfscan.ui import app
    from jbn_selfscan.ui.caseload.client_dialog import ClientDialog

    demos: list[bool] = []
    dialogs: list[str] = []
    monkeypatch.setattr(app, "start_demo_process", lambda: demos.append(True) or True)
    monkeypatch.setattr(ClientDialog, "exec", lambda self: dialogs.append("cliënt") or 0)
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    box = window.general_page.empty_box
    assert box.isVisibleTo(window)

    qtbot.keyClick(box.add_button, Qt.Key.Key_Space)
    qtbot.keyClick(box.demo_button, Qt.Key.Key_Space)
    assert (dialogs, demos) == (["cliënt"], [True])
    assert app.demo_command()[1][-1] == "demo"

    client_with_previous_scan(ws, {})
    window.reload()
    assert not box.isVisibleTo(window)
