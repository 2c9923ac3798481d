"""The zelfscan screen: generated form, autosave, conditions, deadlines, acties, locking."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QRadioButton
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.checklist import Checklist
from jbn_selfscan.domain.types import ActieStatus, GesprekStatus, Maatregel, Theme
from jbn_selfscan.services import scans
from jbn_selfscan.services.acties import general_open_acties, open_acties_for_client
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Actie, Caseloadgesprek, Zelfscan
from jbn_selfscan.ui.scan.acties_section import GeneralActiesWidget
from jbn_selfscan.ui.scan.autosave import AutosaveController
from jbn_selfscan.ui.scan.item_editor import ItemEditor
from jbn_selfscan.ui.scan.widget import ScanWidget

TODAY = dt.date(2026, 11, 20)
_uids = itertools.count(1)


@pytest.fixture
def widget(qtbot: QtBot, ws: Workspace) -> ScanWidget:
    scan_widget = ScanWidget(ws, today=TODAY)
    qtbot.addWidget(scan_widget)
    scan_widget.resize(900, 800)
    with qtbot.waitExposed(scan_widget):
        scan_widget.show()
    return scan_widget


def add(ws: Workspace, maatregel: Maatregel = Maatregel.OTS) -> int:
    data = ClientData(
        referentie=f"{maatregel.value}-2026-{next(_uids):03d}",
        initialen="A.B.",
        maatregel=maatregel,
        uitspraakdatum=dt.date(2026, 3, 2),
    )
    return add_client(ws, data, today=TODAY)


def signed_gesprek(ws: Workspace, *scan_ids: int) -> int:
    """A signed caseloadgesprek holding `scan_ids` (the gesprek module will do this)."""
    with ws.db.session() as session, session.begin():
        gesprek = Caseloadgesprek(
            uid=f"g-{next(_uids)}",
            datum=TODAY - dt.timedelta(days=90),
            status=GesprekStatus.GETEKEND.value,
            medewerker_naam="Sanne de Vries",
        )
        session.add(gesprek)
        session.flush()
        for scan_id in scan_ids:
            session.get_one(Zelfscan, scan_id).gesprek_id = gesprek.id
        return gesprek.id


def client_with_previous_scan(ws: Workspace, answers: dict[str, str]) -> int:
    client = add(ws)
    first = scans.open_scan(ws, client, today=TODAY)
    for item_id, value in answers.items():
        scans.save_answer(ws, first.scan_id, item_id, value, f"vorige keer {value}", today=TODAY)
    signed_gesprek(ws, first.scan_id)
    return client


def stored(ws: Workspace, widget: ScanWidget) -> dict[str, scans.AnswerState]:
    assert widget.snapshot is not None
    return scans.get_scan(ws, widget.snapshot.scan_id, today=TODAY).answers


def radio(editor: ItemEditor, label: str) -> QRadioButton:
    return next(r for r in editor.findChildren(QRadioButton) if r.text() == label)


def choose(qtbot: QtBot, editor: ItemEditor, label: str) -> None:
    """Pick a choice as a user would, whether it is shown as radio buttons or a combo box."""
    radios = editor.findChildren(QRadioButton)
    if radios:
        qtbot.mouseClick(radio(editor, label), Qt.MouseButton.LeftButton)
        return
    (combo,) = editor.findChildren(QComboBox)
    index = combo.findText(label)
    assert index >= 0, label
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_client_opens_as_four_themes_with_only_applicable_items(
    widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws, Maatregel.OTS))

    assert list(widget.sections) == list(Theme)
    assert [s.toggle.text() for s in widget.sections.values()] == [t.label for t in Theme]
    assert "datum_laatste_arij" in widget.editors  # OTS
    assert "datum_laatste_lij" not in widget.editors  # JR only
    assert "laatste_contact_jeugdige_voogdij" not in widget.editors  # Voogdij only
    assert widget.editors["veiligheidsafspraken_nagekomen"].isHidden()  # condition not met
    assert widget.sections[Theme.NAVOLGBAARHEID].progress_text() == "0/9"
    editor = widget.editors["actueel_beeld"]
    assert editor.control.accessibleName() == f"Antwoord: {editor.item.question}"
    assert editor.toelichting.accessibleName() == f"Toelichting: {editor.item.question}"


def test_choosing_an_answer_saves_at_once_and_tells_the_overview(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    client = add(ws)
    widget.load_client(client)
    editor = widget.editors["actueel_beeld"]

    with qtbot.waitSignal(widget.sig_client_changed, timeout=1000) as signal:
        qtbot.mouseClick(radio(editor, "Deels"), Qt.MouseButton.LeftButton)

    assert signal.args == [client]
    assert stored(ws, widget)["actueel_beeld"].waarde == "deels"
    assert editor.status_text() == "aandacht"
    assert widget.sections[Theme.NAVOLGBAARHEID].progress_text() == "1/9"
    assert widget.saved_label.text().startswith("Opgeslagen ")


def test_typing_a_toelichting_is_saved_after_a_short_pause(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    editor = widget.editors["actueel_beeld"]
    editor.toelichting.setFocus()

    qtbot.keyClicks(editor.toelichting, "zie verslag 12-3")
    assert "actueel_beeld" not in stored(ws, widget)  # not on every key: debounced
    with qtbot.waitSignal(widget.sig_client_changed, timeout=1500):
        pass

    assert stored(ws, widget)["actueel_beeld"].toelichting == "zie verslag 12-3"
    assert editor.toelichting.hasFocus()  # the form was not rebuilt under the cursor
    assert editor.toelichting.textCursor().position() == len("zie verslag 12-3")


def test_flush_saves_pending_text_immediately(widget: ScanWidget, ws: Workspace) -> None:
    widget.load_client(add(ws))
    editor = widget.editors["actueel_beeld"]
    editor.toelichting.insertPlainText("Zoë en haar moeder zijn gesproken")  # as if typed
    widget.bespreekpunten.text.insertPlainText("Contactfrequentie bespreken")

    widget.flush()

    assert stored(ws, widget)["actueel_beeld"].toelichting == "Zoë en haar moeder zijn gesproken"
    assert widget.snapshot is not None
    scan = scans.get_scan(ws, widget.snapshot.scan_id, today=TODAY)
    assert scan.bespreekpunten == "Contactfrequentie bespreken"


def test_switching_client_saves_what_was_typed(widget: ScanWidget, ws: Workspace) -> None:
    first, second = add(ws), add(ws)
    widget.load_client(first)
    widget.editors["verslagen_bijgewerkt"].toelichting.insertPlainText("twee verslagen open")
    first_scan = widget.snapshot.scan_id if widget.snapshot else 0

    widget.load_client(second)

    answers = scans.get_scan(ws, first_scan, today=TODAY).answers
    assert answers["verslagen_bijgewerkt"].toelichting == "twee verslagen open"


def test_continuous_typing_is_saved_within_the_hard_cap(qtbot: QtBot) -> None:
    """A debounce alone never fires while someone keeps typing; the cap must."""
    controller = AutosaveController(debounce_ms=300, cap_ms=1000)
    saves: list[int] = []
    keystrokes = QTimer()
    keystrokes.setInterval(100)  # faster than the debounce
    keystrokes.timeout.connect(lambda: controller.schedule("veld", lambda: saves.append(1)))
    keystrokes.start()
    try:
        with qtbot.waitSignal(controller._cap.timeout, timeout=1600):
            pass
    finally:
        keystrokes.stop()
    assert saves == [1]


def test_a_condition_shows_and_hides_the_follow_up_question(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    parent = widget.editors["veiligheidsafspraken"]
    follow_up = widget.editors["veiligheidsafspraken_nagekomen"]

    with qtbot.waitSignal(widget.sig_client_changed):
        choose(qtbot, parent, "Ja")
    shown = follow_up.isVisibleTo(widget)
    with qtbot.waitSignal(widget.sig_client_changed):
        choose(qtbot, parent, "Nee, die zijn niet nodig")

    assert shown is True
    assert follow_up.isVisibleTo(widget) is False


def test_a_step_date_updates_the_deadline_status_live(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    editor = widget.editors["datum_eerste_f2f"]
    assert editor.deadline_status_text().startswith("verlopen sinds")
    assert widget.deadline_panel is not None
    assert widget.deadline_panel.status_texts()["eerste_f2f"].startswith("verlopen")

    with qtbot.waitSignal(widget.sig_client_changed):
        editor.control.focus_target().setDate(QDate(2026, 3, 4))

    assert editor.deadline_status_text() == "op tijd"
    assert widget.deadline_panel.status_texts()["eerste_f2f"] == "op tijd"
    assert stored(ws, widget)["datum_eerste_f2f"].waarde == "2026-03-04"


def test_previous_answers_are_shown_but_not_copied(widget: ScanWidget, ws: Workspace) -> None:
    client = client_with_previous_scan(ws, {"actueel_beeld": "deels"})

    widget.load_client(client)

    editor = widget.editors["actueel_beeld"]
    assert editor.value() is None
    assert editor.unchanged_button.isVisibleTo(widget)
    assert editor.previous_shown() == "Vorige keer: Deels — vorige keer deels"
    assert widget.editors["verslagen_bijgewerkt"].previous_shown() == "Vorige keer: niet ingevuld"
    assert stored(ws, widget) == {}


def test_ongewijzigd_per_item_takes_over_only_that_item(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    client = client_with_previous_scan(ws, {"actueel_beeld": "deels", "verslagen_bijgewerkt": "ja"})
    widget.load_client(client)
    editor = widget.editors["actueel_beeld"]

    with qtbot.waitSignal(widget.sig_client_changed):
        qtbot.mouseClick(editor.unchanged_button, Qt.MouseButton.LeftButton)

    answers = stored(ws, widget)
    assert set(answers) == {"actueel_beeld"}
    assert answers["actueel_beeld"].ongewijzigd_bevestigd is True
    assert editor.value() == "deels"
    assert editor.toelichting_text() == "vorige keer deels"
    assert not editor.unchanged_button.isVisibleTo(widget)


def test_alles_ongewijzigd_takes_over_the_theme_only(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    client = client_with_previous_scan(
        ws,
        {
            "actueel_beeld": "deels",
            "verslagen_bijgewerkt": "ja",
            "risicos_breed_in_kaart": "ja",  # another theme
        },
    )
    widget.load_client(client)
    section = widget.sections[Theme.NAVOLGBAARHEID]
    assert section.unchanged_button.isEnabled()

    with qtbot.waitSignal(widget.sig_client_changed):
        qtbot.mouseClick(section.unchanged_button, Qt.MouseButton.LeftButton)

    assert set(stored(ws, widget)) == {"actueel_beeld", "verslagen_bijgewerkt"}
    assert widget.editors["verslagen_bijgewerkt"].value() == "ja"
    assert widget.editors["risicos_breed_in_kaart"].value() is None
    assert not section.unchanged_button.isEnabled()
    assert widget.sections[Theme.ZICHT_OP_VEILIGHEID].unchanged_button.isEnabled()


def _actie(ws: Workspace, gesprek_id: int, client_id: int | None, text: str) -> int:
    with ws.db.session() as session, session.begin():
        actie = Actie(
            uid=f"a-{next(_uids)}",
            gesprek_id=gesprek_id,
            client_id=client_id,
            omschrijving=text,
            eigenaar_rol="jeugdbeschermer",
            deadline=TODAY - dt.timedelta(days=3),
        )
        session.add(actie)
        session.flush()
        return actie.id


def test_acties_of_the_client_get_a_status_report(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    client = add(ws)
    gesprek = signed_gesprek(ws)
    actie_id = _actie(ws, gesprek, client, "ARIJ opnieuw afnemen")
    _actie(ws, gesprek, None, "Algemeen: caseload bespreken")
    widget.load_client(client)
    assert widget.acties is not None and list(widget.acties.rows) == [actie_id]
    row = widget.acties.rows[actie_id]
    assert row.status.accessibleName() == "Status van actie: ARIJ opnieuw afnemen"

    row.status.setFocus()
    with qtbot.waitSignal(widget.sig_client_changed):
        row.status.setCurrentIndex(row.status.findData(ActieStatus.AFGEROND.value))
        row.status.activated.emit(row.status.currentIndex())  # what a user's choice emits
    row.note.insertPlainText("afgerond op 3-11")
    widget.flush()

    (view,) = open_acties_for_client(ws, client)
    assert (view.status, view.status_toelichting) == (ActieStatus.AFGEROND, "afgerond op 3-11")


def test_general_acties_widget_reports_status(qtbot: QtBot, ws: Workspace) -> None:
    gesprek = signed_gesprek(ws)
    _actie(ws, gesprek, None, "Caseloadomvang bespreken met teammanager")
    general = GeneralActiesWidget(ws, today=TODAY)
    qtbot.addWidget(general)
    general.refresh()
    (row,) = general.section.rows.values()

    with qtbot.waitSignal(general.sig_changed):
        row.status.setCurrentIndex(row.status.findData(ActieStatus.NIET_GELUKT.value))
        row.status.activated.emit(row.status.currentIndex())
    row.note.insertPlainText("geen tijd gevonden")
    general.flush()

    (view,) = general_open_acties(ws)
    assert (view.status, view.status_toelichting) == (
        ActieStatus.NIET_GELUKT,
        "geen tijd gevonden",
    )


def test_a_signed_scan_is_read_only_with_a_banner(widget: ScanWidget, ws: Workspace) -> None:
    client = add(ws)
    scan = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "actueel_beeld", "ja", "", today=TODAY)
    signed_gesprek(ws, scan.scan_id)

    widget.show_scan(scan.scan_id)

    assert widget.banner.isVisibleTo(widget)
    assert "getekend caseloadgesprek" in widget.banner.text()
    editor = widget.editors["actueel_beeld"]
    assert editor.toelichting.isReadOnly()
    assert not radio(editor, "Nee").isEnabled()
    assert widget.bespreekpunten is not None and widget.bespreekpunten.text.isReadOnly()
    assert not widget.ready_box.isEnabled()


def test_a_scan_signed_while_open_turns_read_only_on_the_next_save(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    assert widget.snapshot is not None
    signed_gesprek(ws, widget.snapshot.scan_id)

    qtbot.mouseClick(radio(widget.editors["actueel_beeld"], "Ja"), Qt.MouseButton.LeftButton)

    assert widget.is_read_only()
    assert "getekend caseloadgesprek" in widget.banner.text()
    assert stored(ws, widget) == {}


def test_an_invalid_number_shows_the_error_and_keeps_the_text(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace, number_checklist: Checklist
) -> None:
    client, other = add(ws), add(ws)
    widget.load_client(client)
    editor = widget.editors["aantal_contacten"]
    number_edit = editor.control.focus_target()
    assert isinstance(number_edit, QLineEdit)
    qtbot.keyClicks(number_edit, "60")
    editor.toelichting.insertPlainText("telefonisch meegeteld")

    widget.flush()

    assert "hoogstens 52" in editor.error_text()
    assert number_edit.text() == "60"
    answer = stored(ws, widget)["aantal_contacten"]
    assert (answer.waarde, answer.toelichting) == (None, "telefonisch meegeteld")

    widget.load_client(other)
    widget.load_client(client)  # the refused text survives a client switch

    editor = widget.editors["aantal_contacten"]
    assert editor.control.focus_target().text() == "60"
    assert "Nog niet opgeslagen" in editor.error_text()


def test_a_valid_number_and_a_text_answer_are_saved(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace, number_checklist: Checklist
) -> None:
    widget.load_client(add(ws))
    qtbot.keyClicks(widget.editors["aantal_contacten"].control.focus_target(), "3,5")
    widget.editors["notitie"].control.focus_target().insertPlainText("Zoë groeit op bij oma")
    widget.flush()

    answers = stored(ws, widget)
    assert answers["aantal_contacten"].waarde == "3.5"
    assert answers["notitie"].waarde == "Zoë groeit op bij oma"
    assert widget.editors["aantal_contacten"].error_text() == ""


def test_the_identifier_guard_warns_while_typing(widget: ScanWidget, ws: Workspace) -> None:
    widget.load_client(add(ws))
    editor = widget.editors["actueel_beeld"]

    editor.toelichting.insertPlainText("moeder bereikbaar op 06-12345678")

    assert "telefoonnummer" in editor.toelichting.accessibleDescription()
    assert widget.bespreekpunten is not None
    widget.bespreekpunten.text.insertPlainText("BSN 111222333 klopt niet")
    assert widget.bespreekpunten.guard.isVisibleTo(widget)
    assert "BSN" in widget.bespreekpunten.guard.text()


def test_keyboard_moves_between_visible_items(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    widget.load_client(add(ws))
    widget.activateWindow()
    order = [e for s in widget.sections.values() for e in s.editors if not e.isHidden()]

    widget.next_item()
    first = QApplication.focusWidget()
    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    second = QApplication.focusWidget()
    widget.previous_item()

    assert order[0].isAncestorOf(first)
    assert order[1].isAncestorOf(second)
    assert order[0].isAncestorOf(QApplication.focusWidget())


def test_switching_to_another_client_shows_only_that_clients_answers(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    first, second = add(ws), add(ws)
    scan = scans.open_scan(ws, first, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "actueel_beeld", "ja", "tel 06-12345678", today=TODAY)
    widget.load_client(first)
    editor = widget.editors["actueel_beeld"]
    assert (editor.value(), editor.toelichting_text()) == ("ja", "tel 06-12345678")
    assert "telefoonnummer" in editor.toelichting.accessibleDescription()  # guard on load too

    with qtbot.assertNotEmitted(widget.sig_client_changed):
        widget.load_client(second)

    editor = widget.editors["actueel_beeld"]
    assert (editor.value(), editor.toelichting_text()) == (None, "")
    assert editor.toelichting.accessibleDescription() == ""
    assert stored(ws, widget) == {}


@pytest.mark.parametrize("item_id", ["datum_eerste_f2f", "actueel_beeld"])
def test_ctrl_down_moves_on_from_date_fields_and_toelichting(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace, item_id: str
) -> None:
    widget.load_client(add(ws))
    widget.activateWindow()
    order = [e for s in widget.sections.values() for e in s.editors if not e.isHidden()]
    editor = widget.editors[item_id]
    following = order[order.index(editor) + 1]
    for start in (editor.focus_target(), editor.toelichting):
        start.setFocus()
        qtbot.keyClick(start, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        assert following.isAncestorOf(QApplication.focusWidget())
    assert stored(ws, widget) == {}  # the keys did not change an answer on the way


@pytest.mark.parametrize("typed", ["4-3-2026", "04032026", "4/3/2026"])
def test_a_typed_date_is_saved_when_the_field_is_left(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace, typed: str
) -> None:
    widget.load_client(add(ws))
    widget.activateWindow()
    editor = widget.editors["datum_eerste_f2f"]
    date_edit = editor.focus_target()
    date_edit.setFocus()

    qtbot.keyClicks(date_edit, typed)
    assert "datum_eerste_f2f" not in stored(ws, widget)  # not while typing
    with qtbot.waitSignal(widget.sig_client_changed):
        editor.toelichting.setFocus()

    assert stored(ws, widget)["datum_eerste_f2f"].waarde == "2026-03-04"
    assert editor.deadline_status_text() == "op tijd"


def test_qt_calls_made_on_every_keystroke_keep_none_and_bools_alive(qtbot: QtBot) -> None:
    """The autosave calls Qt on every keystroke; each call must leave Python's None, True and
    False reference counts as they were, or a long session ends in a crash.

    PySide6-Essentials 6.12.0 on Python 3.11 drops one reference per call of a method that
    returns nothing or a bool; after some thousands of edits the count reaches zero and the
    app aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"). 6.11.3 is fine.
    """
    import sys

    controller = AutosaveController()
    label = QLabel()
    qtbot.addWidget(label)
    calls = 500
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(calls):
        controller.schedule("veld", lambda: None)  # QTimer.start, QTimer.isActive
        label.setText("Opgeslagen")  # a void method
        label.isHidden()  # a bool method
    after = [sys.getrefcount(x) for x in (None, True, False)]
    controller.discard()

    lost = [b - a for b, a in zip(before, after, strict=True)]
    assert max(lost) < calls // 10, f"references lost (None, True, False): {lost}"


def test_the_history_of_an_answer_opens_from_the_item(
    qtbot: QtBot, widget: ScanWidget, ws: Workspace
) -> None:
    from jbn_selfscan.ui.gesprek.history_dialog import HistoryDialog

    widget.load_client(add(ws))
    editor = widget.editors["actueel_beeld"]
    with qtbot.waitSignal(widget.sig_client_changed):
        qtbot.mouseClick(radio(editor, "Ja"), Qt.MouseButton.LeftButton)
    editor.toelichting.insertPlainText("nog niet opgeslagen")

    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)

    (dialog,) = widget.findChildren(HistoryDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.model.rowCount() >= 2  # the answer, and the toelichting saved first
