"""One date for scan and client record, on screen: the scan shows the recorded date, a date
typed in the scan is in the client dialog, and a date changed in the dialog is in the scan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import GesprekStatus, Maatregel
from jbn_selfscan.services import scans
from jbn_selfscan.services.clients import add_client, get_client, update_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Caseloadgesprek, Zelfscan
from jbn_selfscan.ui.caseload import client_dialog as client_dialog_module
from jbn_selfscan.ui.main_window import MainWindow
from jbn_selfscan.ui.scan.item_editor import RECORD_DATE_NOTE
from jbn_selfscan.ui.scan.widget import ScanWidget

TODAY = dt.date(2026, 11, 20)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def window_on(qtbot: QtBot, ws: Workspace, **dates: dt.date) -> tuple[MainWindow, int]:
    data = ClientData(
        referentie="OTS-2026-001",
        initialen="A.B.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 3, 2),
        **dates,  # type: ignore[arg-type]
    )
    client = add_client(ws, data, today=TODAY)
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.caseload.select_client(client)
    return window, client


def scan_of(window: MainWindow) -> ScanWidget:
    assert window.scan_widget is not None
    return window.scan_widget


def note_shown(scan: ScanWidget, item_id: str) -> bool:
    editor = scan.editors[item_id]
    return any(
        label.text() == RECORD_DATE_NOTE and label.isVisibleTo(editor)
        for label in editor.findChildren(QLabel)
    )


def test_the_scan_shows_the_recorded_date_not_niet_ingevuld(qtbot: QtBot, ws: Workspace) -> None:
    window, _client = window_on(qtbot, ws, eerste_f2f=dt.date(2026, 3, 5))
    scan = scan_of(window)
    editor = scan.editors["datum_eerste_f2f"]

    assert editor.value() == "2026-03-05"
    assert editor.focus_target().text() == "05-03-2026"  # type: ignore[attr-defined]
    assert note_shown(scan, "datum_eerste_f2f")
    assert editor.status_text() == "op orde"
    assert scan.editors["datum_eerste_pva"].value() is None  # nothing recorded: still open
    assert not note_shown(scan, "datum_eerste_pva")


def test_a_date_changed_in_the_client_dialog_shows_in_the_open_scan(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, client = window_on(qtbot, ws, eerste_f2f=dt.date(2026, 3, 5))

    def change_and_save(dialog: client_dialog_module.ClientDialog) -> int:
        dialog.fields["eerste_f2f"].field.set_date(dt.date(2026, 3, 6))  # type: ignore[attr-defined]
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(client_dialog_module.ClientDialog, "exec", change_and_save)
    window.edit_action.trigger()

    assert get_client(ws, client).data.eerste_f2f == dt.date(2026, 3, 6)
    assert scan_of(window).editors["datum_eerste_f2f"].value() == "2026-03-06"


def test_a_date_typed_in_the_scan_is_the_client_records(qtbot: QtBot, ws: Workspace) -> None:
    window, client = window_on(qtbot, ws, eerste_pva=dt.date(2026, 4, 1))
    scan = scan_of(window)
    window.activateWindow()
    date_edit = scan.editors["datum_eerste_pva"].focus_target()
    date_edit.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the day part

    qtbot.keyClicks(date_edit, "10-04-2026")
    with qtbot.waitSignal(scan.sig_client_changed):
        scan.editors["datum_eerste_pva"].toelichting.setFocus()

    assert get_client(ws, client).data.eerste_pva == dt.date(2026, 4, 10)

    date_edit.setFocus()
    with qtbot.waitSignal(scan.sig_client_changed):
        qtbot.keyClick(date_edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)

    assert get_client(ws, client).data.eerste_pva is None  # cleared here: cleared there
    assert scan.editors["datum_eerste_pva"].value() is None


def test_clearing_a_date_only_the_client_record_had_clears_it(qtbot: QtBot, ws: Workspace) -> None:
    window, client = window_on(qtbot, ws, hulp_gestart=dt.date(2026, 5, 1))
    scan = scan_of(window)
    window.activateWindow()
    date_edit = scan.editors["datum_start_hulp"].focus_target()
    date_edit.setFocus()

    with qtbot.waitSignal(scan.sig_client_changed):
        qtbot.keyClick(date_edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)

    assert get_client(ws, client).data.hulp_gestart is None
    assert scan.editors["datum_start_hulp"].value() is None


def test_a_signed_scan_shows_the_date_it_was_signed_with(qtbot: QtBot, ws: Workspace) -> None:
    window, client = window_on(qtbot, ws)
    scan = scan_of(window)
    assert scan.snapshot is not None
    signed_id = scan.snapshot.scan_id
    scans.save_answer(ws, signed_id, "datum_eerste_f2f", "2026-03-04", today=TODAY)
    with ws.db.session() as session, session.begin():
        gesprek = Caseloadgesprek(
            uid="g-signed",
            datum=TODAY,
            status=GesprekStatus.GETEKEND.value,
            medewerker_naam="Sanne de Vries",
        )
        session.add(gesprek)
        session.flush()
        session.get_one(Zelfscan, signed_id).gesprek_id = gesprek.id
    data = get_client(ws, client).data
    update_client(ws, client, replace(data, eerste_f2f=dt.date(2026, 3, 6)), today=TODAY)

    scan.show_scan(signed_id)

    assert scan.is_read_only()
    assert scan.editors["datum_eerste_f2f"].value() == "2026-03-04"
    assert not note_shown(scan, "datum_eerste_f2f")  # no longer the client's date
    scan.load_client(client)  # the new, open scan: the client's date
    assert scan.editors["datum_eerste_f2f"].value() == "2026-03-06"
    assert note_shown(scan, "datum_eerste_f2f")
