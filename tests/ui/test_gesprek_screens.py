"""The caseloadgesprek screens: start, the gesprek page, afspraken/acties, autosave, sign-off,
reopen, move, cancel, the gesprekken list and the history dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import GesprekStatus, Maatregel, Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.demo_data import DEMO_WORKER
from jbn_selfscan.services.history import gesprek_history, item_history
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.scans import open_scan, save_answer
from jbn_selfscan.services.workspace import Workspace, open_workspace
from jbn_selfscan.ui.gesprek.agreement_dialogs import ActieDialog, AfspraakDialog
from jbn_selfscan.ui.gesprek.agreements_model import ActiesModel, AfsprakenModel
from jbn_selfscan.ui.gesprek.gesprek_widget import GesprekWidget
from jbn_selfscan.ui.gesprek.gesprekken_dialog import GesprekkenDialog, GesprekkenModel
from jbn_selfscan.ui.gesprek.history_dialog import HistoryDialog, HistoryModel, show_item_history
from jbn_selfscan.ui.gesprek.start_dialog import (
    CancelGesprekDialog,
    MoveGesprekDialog,
    ReopenGesprekDialog,
    StartGesprekDialog,
)
from jbn_selfscan.ui.gesprek.summary_model import CaseloadSummaryModel
from jbn_selfscan.ui.scan.item_editor import ItemEditor

TODAY = dt.date(2026, 11, 20)


# --------------------------------------------------------------------------- data


@pytest.fixture
def small(tmp_path: Path) -> Iterator[tuple[Workspace, list[int]]]:
    """A worker with two clients (their ids) and no gesprek yet."""
    ws = open_workspace(AppPaths(tmp_path / "small"), daily_backup=False)
    save_profile(ws, "Sanne de Vries", Role.JEUGDBESCHERMER)
    ws.user = "Sanne de Vries"
    ids = []
    for number, maatregel in ((1, Maatregel.OTS), (2, Maatregel.VOOGDIJ)):
        data = ClientData(
            referentie=f"{maatregel.value}-2026-00{number}",
            initialen="A.B.",
            maatregel=maatregel,
            uitspraakdatum=dt.date(2026, 3, 2),
        )
        ids.append(add_client(ws, data, today=TODAY))
    yield ws, ids
    ws.close()


@pytest.fixture
def page(qtbot: QtBot, demo: tuple[Workspace, DemoSummary]) -> GesprekWidget:
    ws, summary = demo
    widget = GesprekWidget(ws, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    assert widget.load_gesprek(summary.preparation_gesprek_id)
    return widget


def drive(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], handle: Callable[[Any], None]
) -> list[Any]:
    """Replace `cls.exec` by `handle(dialog)` (fill in, press OK); returns the dialogs shown."""
    shown: list[Any] = []

    def fake_exec(self: QDialog) -> int:
        shown.append(self)
        handle(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return shown


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# --------------------------------------------------------------------------- models


def test_every_model_passes_the_model_tester(
    qtmodeltester: Any, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, summary = demo
    signed = g.gesprek_view(ws, summary.signed_gesprek_id, TODAY)
    preparing = g.gesprek_view(ws, summary.preparation_gesprek_id, TODAY)
    clients = CaseloadSummaryModel()
    clients.set_clients(preparing.clients, preparing.summary)
    qtmodeltester.check(clients)
    afspraken = AfsprakenModel()
    afspraken.set_rows(signed.afspraken)
    qtmodeltester.check(afspraken)
    acties = ActiesModel(today=TODAY)
    acties.set_rows(signed.acties)
    qtmodeltester.check(acties)
    previous = ActiesModel(with_status=True, today=TODAY)
    previous.set_rows(
        preparing.previous_general_acties
        + tuple(a for c in preparing.clients for a in c.previous_acties)
    )
    assert previous.rowCount() > 0
    qtmodeltester.check(previous)
    gesprekken_model = GesprekkenModel()
    gesprekken_model.set_rows(g.list_gesprekken(ws))
    qtmodeltester.check(gesprekken_model)
    history = HistoryModel()
    history.set_rows(gesprek_history(ws, summary.signed_gesprek_id))
    qtmodeltester.check(history)


def test_summary_shows_status_as_text_and_icon_never_colour_alone(page: GesprekWidget) -> None:
    model = page.summary_model
    cell = model.index(0, 2)
    assert cell.data() in {"ok", "let op", "niet ok", "open", "n.v.t."}  # short, to fit a laptop
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    full = {"op orde", "aandacht", "niet op orde", "nog niet ingevuld", "n.v.t."}
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).split(": ")[1] in full
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("Navolgbaarheid: ")
    assert model.rowCount() == len(page.view.clients) == 15


# --------------------------------------------------------------------------- starting


def test_starting_a_gesprek_through_the_dialog(
    qtbot: QtBot, small: tuple[Workspace, list[int]]
) -> None:
    small_ws, _ids = small
    dialog = StartGesprekDialog(small_ws, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.datum.setDate(qdate(dt.date(2026, 12, 3)))
    dialog.begeleider.setText("Piet Begeleider")
    dialog.met_periode.setChecked(True)
    dialog.periode_van.setDate(qdate(dt.date(2026, 9, 1)))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [started] = g.list_gesprekken(small_ws)
    assert (started.id, started.datum, started.praktijkbegeleider) == (
        dialog.gesprek_id,
        dt.date(2026, 12, 3),
        "Piet Begeleider",
    )
    assert started.clients == 2
    assert g.gesprek_view(small_ws, started.id, TODAY).periode_van == dt.date(2026, 9, 1)


def test_a_refused_start_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, small: tuple[Workspace, list[int]]
) -> None:
    small_ws, _ids = small
    g.start_gesprek(small_ws, dt.date(2026, 12, 3), "", today=TODAY)
    dialog = StartGesprekDialog(small_ws, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "al een caseloadgesprek in voorbereiding" in dialog.error.text()
    assert len(g.list_gesprekken(small_ws)) == 1


# --------------------------------------------------------------------------- the page


def test_the_page_walks_through_the_clients(page: GesprekWidget) -> None:
    first = page.current_client_referentie()
    assert page.select_next_client()
    second = page.current_client_referentie()
    assert second != first
    assert page.client_combo.currentText().startswith(second or "?")
    assert page.position_label.text() == "2 van 15"
    assert page.select_previous_client()
    assert page.current_client_referentie() == first
    assert not page.select_previous_client()  # already at the first


def test_adding_an_afspraak_and_an_actie_through_the_ui_lands_in_the_database(
    monkeypatch: pytest.MonkeyPatch, page: GesprekWidget
) -> None:
    view = page.view
    assert view is not None
    client = view.clients[0]

    def fill_afspraak(dialog: AfspraakDialog) -> None:
        dialog.tekst.setPlainText("Binnen twee weken een MDO plannen")
        dialog.client.setCurrentIndex(dialog.client.findData(client.client_id))
        dialog.ok_button.click()

    def fill_actie(dialog: ActieDialog) -> None:
        dialog.omschrijving.setPlainText("ARIJ actualiseren")
        dialog.eigenaar.setCurrentIndex(dialog.eigenaar.findData("anders"))
        dialog.ok_button.click()  # "anders" needs a name: refused, dialog stays
        assert "naam" in dialog.error.text()
        dialog.naam.setText("Gedragswetenschapper")
        dialog.deadline.setDate(qdate(view.datum + dt.timedelta(days=14)))
        dialog.ok_button.click()

    drive(monkeypatch, AfspraakDialog, fill_afspraak)
    drive(monkeypatch, ActieDialog, fill_actie)
    page.agreements.afspraken.add_button.click()
    page.agreements.acties.add_button.click()

    stored = g.gesprek_view(page.ws, view.id, TODAY)
    [afspraak] = [a for a in stored.afspraken if a.tekst == "Binnen twee weken een MDO plannen"]
    assert afspraak.client_referentie == client.referentie
    [actie] = [a for a in stored.acties if a.omschrijving == "ARIJ actualiseren"]
    assert (actie.eigenaar_rol, actie.eigenaar_naam) == ("anders", "Gedragswetenschapper")
    assert actie.deadline == view.datum + dt.timedelta(days=14)
    assert page.agreements.acties_model.rowCount() == len(stored.acties)
    assert page.tabs.tabText(1).replace("&", "") == "Afspraken (1) en acties (1)"


def test_changing_and_deleting_an_afspraak(
    monkeypatch: pytest.MonkeyPatch, page: GesprekWidget, answer_yes: list[str]
) -> None:
    view = page.view
    assert view is not None
    g.add_afspraak(page.ws, view.id, "Eerste versie", None)
    page.reload()

    def change(dialog: AfspraakDialog) -> None:
        assert dialog.tekst.toPlainText() == "Eerste versie"
        dialog.tekst.setPlainText("Tweede versie")
        dialog.ok_button.click()

    drive(monkeypatch, AfspraakDialog, change)
    table = page.agreements.afspraken.table
    table.selectRow(0)
    page.agreements.afspraken.edit_button.click()
    assert [a.tekst for a in g.gesprek_view(page.ws, view.id, TODAY).afspraken] == ["Tweede versie"]
    table.selectRow(0)
    page.agreements.afspraken.delete_button.click()
    assert answer_yes and "Tweede versie" in answer_yes[-1]
    assert g.gesprek_view(page.ws, view.id, TODAY).afspraken == ()


def test_an_afspraak_for_the_shown_client_from_the_client_page(
    monkeypatch: pytest.MonkeyPatch, page: GesprekWidget
) -> None:
    page.select_next_client()
    referentie = page.current_client_referentie()

    def fill(dialog: AfspraakDialog) -> None:
        assert dialog.client.currentText().startswith(referentie or "?")
        dialog.tekst.setPlainText("Over deze cliënt")
        dialog.ok_button.click()

    drive(monkeypatch, AfspraakDialog, fill)
    page.client_detail._add_buttons[0].click()
    [afspraak] = g.gesprek_view(page.ws, page.view.id, TODAY).afspraken
    assert afspraak.client_referentie == referentie
    assert page.current_client_referentie() == referentie  # the page stays on the client


def test_opmerkingen_are_autosaved_while_typing_and_on_focus_out(
    qtbot: QtBot, page: GesprekWidget
) -> None:
    field = page.general.opmerkingen.text
    page.tabs.setCurrentIndex(2)
    field.setFocus()
    qtbot.keyClicks(field, "Goed gesprek")
    with qtbot.waitSignal(page.sig_changed, timeout=3000):
        pass  # the debounce (at most the 1 s cap) saves without any other action
    assert g.gesprek_view(page.ws, page.view.id, TODAY).opmerkingen == "Goed gesprek"
    qtbot.keyClicks(field, ", kort")
    page.general.bespreekpunten.text.setFocus()  # focus-out saves at once
    field.clearFocus()
    assert g.gesprek_view(page.ws, page.view.id, TODAY).opmerkingen == "Goed gesprek, kort"
    assert page.saved_label.text().startswith("Opgeslagen")
    page.tabs.setCurrentIndex(2)
    field.setFocus()
    qtbot.keyClicks(field, "!")
    page.hide()  # another screen takes the place of the gesprek: saved at once
    assert g.gesprek_view(page.ws, page.view.id, TODAY).opmerkingen == "Goed gesprek, kort!"


def test_the_identifier_warning_shows_under_the_opmerkingen_as_you_type(
    qtbot: QtBot, page: GesprekWidget
) -> None:
    box = page.general.opmerkingen
    box.text.setPlainText("BSN 123456782 genoemd")
    assert "BSN" in box.guard.text()
    assert not box.guard.isHidden()
    box.text.setPlainText("Niets bijzonders")
    assert box.guard.isHidden()


@pytest.fixture
def on_the_day(qtbot: QtBot, demo: tuple[Workspace, DemoSummary]) -> GesprekWidget:
    """The gesprek in preparation, opened on its own date (it can be signed then)."""
    ws, summary = demo
    widget = GesprekWidget(ws, today=summary.preparation_datum)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    assert widget.load_gesprek(summary.preparation_gesprek_id)
    return widget


def test_signing_by_both_makes_the_gesprek_read_only(
    qtbot: QtBot, on_the_day: GesprekWidget, answer_yes: list[str]
) -> None:
    page = on_the_day
    signoff = page.signoff
    signoff.rows[Role.JEUGDBESCHERMER].button.click()
    assert "Akkoord: Demo Jeugdbeschermer" in signoff.state_text(Role.JEUGDBESCHERMER)
    assert not answer_yes  # the first akkoord needs no confirmation
    name = signoff.rows[Role.PRAKTIJKBEGELEIDER].name
    assert name.text() == ""  # never filled in for the praktijkbegeleider
    qtbot.keyClicks(name, "D.P.")  # the initials of Demo Praktijkbegeleider, typed
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert answer_yes and "getekend" in answer_yes[0]
    view = page.view
    assert view is not None and view.status is GesprekStatus.GETEKEND
    assert "Akkoord: Demo Praktijkbegeleider" in signoff.state_text(Role.PRAKTIJKBEGELEIDER)
    assert page.banner.isVisibleTo(page) and "getekend" in page.banner.text()
    assert page.general.opmerkingen.text.isReadOnly()
    assert not page.agreements.afspraken.add_button.isEnabled()
    assert not page.agreements.acties.add_button.isEnabled()
    assert signoff.reopen_button.isVisibleTo(page)
    assert not signoff.rows[Role.JEUGDBESCHERMER].button.isVisibleTo(page)


@pytest.mark.parametrize("typed", ["", "Piet Begeleider", "DJ"])
def test_the_praktijkbegeleider_akkoord_needs_their_own_name_or_initials(
    qtbot: QtBot, on_the_day: GesprekWidget, answer_yes: list[str], typed: str
) -> None:
    page = on_the_day
    page.signoff.rows[Role.JEUGDBESCHERMER].button.click()
    row = page.signoff.rows[Role.PRAKTIJKBEGELEIDER]
    row.name.setText(typed)
    qtbot.keyClick(row.button, Qt.Key.Key_Space)
    assert page.signoff.state_text(Role.PRAKTIJKBEGELEIDER) == "Nog geen akkoord"
    assert "typ je eigen naam of je initialen" in page.signoff.error.text()
    assert page.view is not None and page.view.status is GesprekStatus.IN_VOORBEREIDING
    assert not answer_yes


def test_a_gesprek_dated_in_the_future_cannot_be_signed_yet(
    qtbot: QtBot, page: GesprekWidget
) -> None:
    assert page.view is not None and page.view.datum > TODAY
    button = page.signoff.rows[Role.JEUGDBESCHERMER].button
    assert not button.isEnabled() and "pas vanaf die dag" in button.toolTip()
    page.on_signoff_sign_requested(Role.JEUGDBESCHERMER, "Demo Jeugdbeschermer")
    assert page.signoff.state_text(Role.JEUGDBESCHERMER) == "Nog geen akkoord"
    assert "pas vanaf die dag tekenen" in page.signoff.error.text()


def test_an_edit_after_one_akkoord_withdraws_it_visibly(
    qtbot: QtBot, on_the_day: GesprekWidget
) -> None:
    page = on_the_day
    page.signoff.rows[Role.JEUGDBESCHERMER].button.click()
    assert "Akkoord" in page.signoff.state_text(Role.JEUGDBESCHERMER)
    page.general.opmerkingen.text.setPlainText("Nog iets toegevoegd")
    page.general.opmerkingen.text.sig_edited.emit()
    page.flush()
    assert page.signoff.state_text(Role.JEUGDBESCHERMER) == "Nog geen akkoord"


def test_reopening_asks_for_a_reason_and_makes_a_new_version(
    monkeypatch: pytest.MonkeyPatch, page: GesprekWidget, demo: tuple[Workspace, DemoSummary]
) -> None:
    _ws, summary = demo
    page.load_gesprek(summary.signed_gesprek_id)
    assert page.view is not None and page.view.locked

    def reopen(dialog: ReopenGesprekDialog) -> None:
        dialog.ok_button.click()
        assert dialog.error.text() == "Vul een reden in."
        dialog.reason.setPlainText("Actie bij de verkeerde cliënt gezet")
        dialog.ok_button.click()

    shown = drive(monkeypatch, ReopenGesprekDialog, reopen)
    page.signoff.reopen_button.click()
    assert len(shown) == 1
    assert page.view.versie == 2
    assert page.view.status is GesprekStatus.IN_VOORBEREIDING
    assert not page.general.opmerkingen.text.isReadOnly()
    assert page.view.wijzigingsreden == "Actie bij de verkeerde cliënt gezet"


def test_moving_keeps_the_first_date(qtbot: QtBot, demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    new_date = summary.preparation_datum + dt.timedelta(days=7)
    dialog = MoveGesprekDialog(
        ws, summary.preparation_gesprek_id, summary.preparation_datum, today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.datum.setDate(qdate(new_date))
    dialog.ok_button.click()
    assert dialog.error.text() == "Vul een reden in."
    dialog.reason.setPlainText("Praktijkbegeleider ziek")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = g.gesprek_view(ws, summary.preparation_gesprek_id, TODAY)
    assert (view.datum, view.oorspronkelijke_datum) == (new_date, summary.preparation_datum)


def test_cancelling_releases_the_scans(qtbot: QtBot, demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    dialog = CancelGesprekDialog(ws, summary.preparation_gesprek_id, summary.preparation_datum)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("Te weinig tijd deze week")
    dialog.ok_button.click()
    assert dialog.result_value == 15
    view = g.gesprek_view(ws, summary.preparation_gesprek_id, TODAY)
    assert view.status is GesprekStatus.GEANNULEERD
    assert view.annuleringsreden == "Te weinig tijd deze week"


def test_a_cancelled_gesprek_opens_read_only_with_its_reason(
    page: GesprekWidget, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, summary = demo
    g.cancel_gesprek(ws, summary.preparation_gesprek_id, "Ziekte")
    page.reload()
    assert "geannuleerd" in page.banner.text() and "Ziekte" in page.banner.text()
    assert page.general.opmerkingen.text.isReadOnly()
    assert not page.signoff.rows[Role.JEUGDBESCHERMER].button.isVisibleTo(page)


# --------------------------------------------------------------------------- lists and history


def test_the_gesprekken_list_opens_the_chosen_gesprek(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, summary = demo
    dialog = GesprekkenDialog(g.list_gesprekken(ws))
    qtbot.addWidget(dialog)
    texts = [
        [dialog.model.index(row, col).data() for col in range(4)]
        for row in range(dialog.model.rowCount())
    ]
    assert texts[0][1] == "in voorbereiding" and texts[1][1] == "getekend"
    dialog.table.selectRow(1)
    dialog.open_button.click()
    assert dialog.chosen_id == summary.signed_gesprek_id


def test_the_history_dialog_lists_who_changed_what(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, summary = demo
    ws.user = "Piet Begeleider"
    g.set_opmerkingen(ws, summary.preparation_gesprek_id, "Eerste opmerking")
    g.set_opmerkingen(ws, summary.preparation_gesprek_id, "Tweede opmerking")
    dialog = HistoryDialog("caseloadgesprek", gesprek_history(ws, summary.preparation_gesprek_id))
    qtbot.addWidget(dialog)
    rows = dialog.row_texts()
    assert rows[0][1:] == ("Piet Begeleider", "Opmerkingen", "Eerste opmerking", "Tweede opmerking")
    dialog.search.setText("aangemaakt")
    assert [row[2] for row in dialog.row_texts()] == ["Gesprek aangemaakt"]


def test_the_item_editor_offers_history_once_the_scan_screen_listens(
    qtbot: QtBot, small: tuple[Workspace, list[int]]
) -> None:
    from jbn_selfscan.services import checklists

    item = next(i for i in checklists.current().items if i.answer_type == "keuze")
    editor = ItemEditor(item)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.history_button.isVisible()
    requested: list[str] = []
    editor.sig_history_requested.connect(requested.append)
    assert editor.history_button.isVisible()
    editor.history_button.click()
    assert requested == [item.id]

    small_ws, ids = small
    scan = open_scan(small_ws, ids[0], today=TODAY)
    save_answer(small_ws, scan.scan_id, item.id, item.choices[0].value, "", today=TODAY)
    save_answer(small_ws, scan.scan_id, item.id, item.choices[-1].value, "Nu anders", today=TODAY)
    dialog = show_item_history(editor, small_ws, scan.scan_id, item.id, item.question)
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown = dialog.row_texts()
    assert shown[0][2:] == ("Toelichting", "—", "Nu anders")
    assert (item.choices[0].label, item.choices[-1].label) in [(r[3], r[4]) for r in shown]
    assert len(item_history(small_ws, scan.scan_id, item.id)) == 3


def test_the_history_of_an_answered_demo_question_shows_the_answer(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, summary = demo
    client = g.gesprek_view(ws, summary.preparation_gesprek_id, TODAY).clients[0]
    assert client.scan_id is not None and client.answered > 0
    point = next(p for p in client.items if p.waarde)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_item_history(parent, ws, client.scan_id, point.item_id, point.vraag)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.empty.isHidden()  # not "Hier is nog niets veranderd."
    [(_when, who, _what, old, new)] = [r for r in dialog.row_texts() if r[2] == "Antwoord"]
    assert (who, old) == (DEMO_WORKER, "—") and new not in ("", "—")
