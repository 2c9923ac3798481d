"""Answering the zelfscan by keyboard: arrows select, Ctrl+Down finds the next open question,
Tab skips the clear button, and "klaar" with open questions asks first."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QRadioButton, QToolButton
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import ItemStatus, Maatregel, ScanStatus
from jbn_selfscan.services import scans
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.scan.widget import ScanWidget

TODAY = dt.date(2026, 11, 20)
_uids = itertools.count(1)


@pytest.fixture
def widget(qtbot: QtBot, ws: Workspace) -> ScanWidget:
    scan_widget = ScanWidget(ws, today=TODAY)
    qtbot.addWidget(scan_widget)
    scan_widget.resize(900, 700)
    with qtbot.waitExposed(scan_widget):
        scan_widget.show()
    scan_widget.activateWindow()
    return scan_widget


def add(ws: Workspace) -> int:
    data = ClientData(
        referentie=f"OTS-2026-{next(_uids):03d}",
        initialen="A.B.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 3, 2),
    )
    return add_client(ws, data, today=TODAY)


def stored(ws: Workspace, widget: ScanWidget) -> dict[str, scans.AnswerState]:
    assert widget.snapshot is not None
    return scans.get_scan(ws, widget.snapshot.scan_id, today=TODAY).answers


def focused() -> object:
    return QApplication.focusWidget()


def key(
    qtbot: QtBot, name: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, name, modifier)


def test_an_arrow_key_selects_an_answer_from_the_unanswered_state(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    editor = widget.editors["actueel_beeld"]
    editor.focus_target().setFocus()
    assert editor.value() is None and isinstance(focused(), QRadioButton)

    key(qtbot, Qt.Key.Key_Right)
    after_right = editor.value()
    key(qtbot, Qt.Key.Key_Left)
    after_left = editor.value()
    key(qtbot, Qt.Key.Key_Left)  # from the first answer to the last

    assert (after_right, after_left, editor.value()) == ("deels", "ja", "nee")
    assert stored(ws, widget)["actueel_beeld"].waarde == "nee"
    assert focused() is editor.focus_target()


def test_a_toelichting_typed_after_an_arrow_key_is_saved_with_the_answer(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    editor = widget.editors["actueel_beeld"]
    editor.focus_target().setFocus()

    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.toelichting  # not the × that clears the answer
    qtbot.keyClicks(editor.toelichting, "beeld van mei")
    widget.flush()

    answer = stored(ws, widget)["actueel_beeld"]
    assert (answer.waarde, answer.toelichting) == ("deels", "beeld van mei")


def test_ctrl_delete_clears_an_answer_and_the_clear_button_takes_no_tab_focus(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    choice = widget.editors["actueel_beeld"]
    date = widget.editors["datum_eerste_f2f"]
    choice.focus_target().setFocus()
    key(qtbot, Qt.Key.Key_Right)
    date.control.set_value("2026-03-04")
    date.control.sig_committed.emit()
    assert stored(ws, widget)["datum_eerste_f2f"].waarde == "2026-03-04"
    clear_buttons = [b for b in widget.findChildren(QToolButton) if b.text() == "×"]
    assert clear_buttons and all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in clear_buttons)

    key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    date.focus_target().setFocus()
    key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)

    answers = stored(ws, widget)
    assert (choice.value(), date.value()) == (None, None)
    assert not (answers["actueel_beeld"].waarde or answers["datum_eerste_f2f"].waarde)


def test_ctrl_down_goes_to_the_next_open_question_and_to_a_follow_up_just_revealed(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    order = [e for s in widget.sections.values() for e in s.editors if not e.isHidden()]
    arij, follow_up = widget.editors["datum_laatste_arij"], widget.editors["arij_toegelicht"]
    assert follow_up.isHidden()
    # an answered question right after the ARIJ date is skipped
    after_follow_up = order[order.index(arij) + 1]
    after_follow_up.control.set_value("ja")
    after_follow_up.control.sig_committed.emit()

    arij.focus_target().setFocus()
    qtbot.keyClicks(arij.focus_target(), "1-10-2026")
    key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)

    assert stored(ws, widget)["datum_laatste_arij"].waarde == "2026-10-01"
    assert follow_up.isAncestorOf(focused())  # type: ignore[arg-type]
    key(qtbot, Qt.Key.Key_Right)  # answer it, then on: past the answered one
    key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    following = order[order.index(after_follow_up) + 1]
    assert following.isAncestorOf(focused())  # type: ignore[arg-type]
    key(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # back: any question
    assert after_follow_up.isAncestorOf(focused())  # type: ignore[arg-type]


def _answer_dialog(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not open yet
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        if button is box.defaultButton():
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(0, press)


def test_zelfscan_klaar_with_open_questions_asks_first_and_names_how_many(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    open_count = widget.unanswered_count()
    widget.editors["actueel_beeld"].focus_target().setFocus()
    key(qtbot, Qt.Key.Key_Right)  # one answered: one fewer open
    assert widget.unanswered_count() == open_count - 1
    seen: list[str] = []

    _answer_dialog(qtbot, "&Verder invullen", seen)  # the default: Enter goes back
    widget.ready_box.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    status_after_no = scans.get_scan(ws, widget.snapshot.scan_id, today=TODAY).status  # type: ignore[union-attr]
    checked_after_no = widget.ready_box.isChecked()
    _answer_dialog(qtbot, "Toch &klaar zetten", seen)
    qtbot.keyClick(widget.ready_box, Qt.Key.Key_Space)  # offscreen: no focus back after a dialog

    assert seen[0].startswith(f"{open_count - 1} vragen zijn nog niet ingevuld.")
    assert (status_after_no, checked_after_no) == (ScanStatus.CONCEPT, False)
    assert widget.ready_box.isChecked()
    assert scans.get_scan(ws, widget.snapshot.scan_id, today=TODAY).status is ScanStatus.AFGEROND  # type: ignore[union-attr]


def test_zelfscan_klaar_counts_open_questions_as_the_progress_does(
    qtbot: QtBot, demo: tuple[Workspace, object]
) -> None:
    """An empty date the deadline engine already judged (an evaluation not due yet, a start
    step before the cut-off) is dealt with in the progress; "Zelfscan klaar" agrees."""
    from jbn_selfscan.services.clients import list_clients

    ws, _summary = demo
    scan_widget = ScanWidget(ws, today=TODAY)
    qtbot.addWidget(scan_widget)
    judged_empty_dates = 0
    for record in list_clients(ws):
        scan_widget.load_client(record.id)
        snapshot = scan_widget.snapshot
        assert snapshot is not None
        answered, total = snapshot.evaluation.progress
        assert scan_widget.unanswered_count() == total - answered, record.data.referentie
        judged_empty_dates += sum(
            1
            for item_id in snapshot.evaluation.visible_item_ids
            if scan_widget.editors[item_id].value() is None
            and snapshot.evaluation.items[item_id].status is not ItemStatus.NOG_NIET_INGEVULD
        )
    assert judged_empty_dates > 0  # the demo holds the case this test is about
