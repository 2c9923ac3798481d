"""Adding and editing a client: messages next to the fields, nothing saved on an error."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.services.clients import add_client, get_client, list_clients
from jbn_selfscan.ui.caseload.client_dialog import PRIVACY_HINT, ClientDialog
from jbn_selfscan.ui.caseload.fields import to_qdate

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def dialog(qtbot, profile_ws, caseload_today):
    dlg = ClientDialog(profile_ws, today=caseload_today)
    qtbot.addWidget(dlg)
    return dlg


def fill(dialog: ClientDialog, referentie: str, uitspraak: dt.date) -> None:
    dialog.referentie_edit.setText(referentie)
    dialog.initialen_edit.setText("J.K.")
    dialog.maatregel_combo.setCurrentIndex(dialog.maatregel_combo.findData("JR"))
    dialog.regio_combo.setCurrentText("Drenthe")
    dialog.team_edit.setText("Team Assen")
    dialog.contactpersoon_edit.setText("Els de Vries")
    dialog.uitspraak_edit.setDate(to_qdate(uitspraak))


def error_label_under(dialog: ClientDialog, name: str) -> QLabel:
    return dialog.fields[name].error_label


def test_a_valid_new_client_is_saved(dialog, profile_ws, caseload_today) -> None:
    fill(dialog, "JR-2026-1", caseload_today - dt.timedelta(days=20))
    dialog.optional_dates["eerste_f2f"].set_date(caseload_today - dt.timedelta(days=18))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = get_client(profile_ws, dialog.client_id)
    assert record.data.referentie == "JR-2026-1"
    assert record.data.maatregel is Maatregel.JR
    assert record.data.regio == "Drenthe"
    assert record.data.eerste_f2f == caseload_today - dt.timedelta(days=18)
    assert record.data.eerste_pva is None  # left "niet ingevuld"


def test_problems_appear_next_to_their_fields_and_nothing_is_saved(
    dialog, profile_ws, caseload_today
) -> None:
    fill(dialog, "", caseload_today + dt.timedelta(days=3))
    dialog.optional_dates["einddatum"].set_date(caseload_today - dt.timedelta(days=400))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_for("referentie") == "Vul een zaakreferentie in."
    assert dialog.error_for("uitspraakdatum") == "De uitspraakdatum ligt in de toekomst."
    assert dialog.error_for("einddatum") == "De einddatum moet na de uitspraakdatum liggen."
    assert dialog.error_for("initialen") == ""
    label = error_label_under(dialog, "uitspraakdatum")
    assert not label.isHidden() and "toekomst" in label.text()
    assert dialog.uitspraak_edit.accessibleDescription() == "De uitspraakdatum ligt in de toekomst."
    assert list_clients(profile_ws) == []


def test_a_reference_that_exists_is_refused_next_to_the_field(
    dialog, profile_ws, caseload_today
) -> None:
    uitspraak = caseload_today - dt.timedelta(days=30)
    add_client(profile_ws, ClientData("OTS-1", "A.B.", Maatregel.OTS, uitspraak), caseload_today)
    fill(dialog, "OTS-1", uitspraak)
    dialog.accept()
    assert dialog.error_for("referentie") == "Zaakreferentie 'OTS-1' bestaat al in de caseload."
    assert len(list_clients(profile_ws)) == 1


def test_fixing_a_field_hides_its_message(qtbot, dialog, caseload_today) -> None:
    fill(dialog, "", caseload_today)
    dialog.accept()
    assert dialog.error_for("referentie")
    qtbot.keyClicks(dialog.referentie_edit, "OTS-9")
    assert dialog.error_for("referentie") == ""


def test_editing_loads_and_saves_the_client(qtbot, profile_ws, caseload_today) -> None:
    uitspraak = caseload_today - dt.timedelta(days=60)
    client_id = add_client(
        profile_ws,
        ClientData("VG-7", "C.D.", Maatregel.VOOGDIJ, uitspraak, team="Team 2"),
        caseload_today,
    )
    dialog = ClientDialog(profile_ws, client_id, today=caseload_today)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cliënt bewerken — VG-7"
    assert dialog.referentie_edit.text() == "VG-7"
    assert dialog.maatregel_combo.currentData() == "Voogdij"
    assert dialog.optional_dates["eerste_pva"].date() is None
    dialog.team_edit.setText("Team 3")
    dialog.optional_dates["eerste_pva"].set_date(uitspraak + dt.timedelta(days=30))
    dialog.accept()
    data = get_client(profile_ws, client_id).data
    assert data.team == "Team 3"
    assert data.eerste_pva == uitspraak + dt.timedelta(days=30)


def test_dates_read_day_month_year_and_open_a_calendar(dialog) -> None:
    assert dialog.uitspraak_edit.displayFormat() == "dd-MM-yyyy"
    assert dialog.uitspraak_edit.calendarPopup()


def test_the_dialog_asks_for_no_identifying_data(dialog) -> None:
    assert PRIVACY_HINT in [label.text() for label in dialog.findChildren(QLabel)]
    field_labels = [
        label.text().casefold() for label in dialog.findChildren(QLabel) if label.buddy()
    ]
    assert not any("bsn" in text or "geboorte" in text for text in field_labels)


def test_every_field_has_an_accessible_name_and_a_mnemonic_label(dialog) -> None:
    for name, holder in dialog.fields.items():
        assert holder.field.accessibleName() or holder.field.focusProxy().accessibleName(), name
    buddies = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert len(buddies) == len(dialog.fields) + 1  # and the date of a contact moment
    assert all("&" in label.text() for label in buddies)
    letters = [label.text()[label.text().index("&") + 1].lower() for label in buddies]
    assert len(letters) == len(set(letters)), "mnemonics must be unique"


def test_a_start_step_can_be_marked_unknown_with_a_reason(
    dialog, profile_ws, caseload_today
) -> None:
    fill(dialog, "JR-2026-9", caseload_today - dt.timedelta(days=40))
    check = dialog.unknown_checks["eerste_f2f"]
    reason = dialog.unknown_reasons["eerste_f2f"]
    assert not reason.isEnabled()
    check.setChecked(True)
    assert reason.isEnabled()
    dialog.accept()  # no reason yet: refused, with a Dutch message
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Geef een reden" in dialog.general_error.text()
    assert list_clients(profile_ws) == []

    reason.setText("overgedragen door een andere GI")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = get_client(profile_ws, dialog.client_id)
    assert record.data.onbekend == {"eerste_f2f": "overgedragen door een andere GI"}

    again = ClientDialog(profile_ws, dialog.client_id, today=caseload_today)
    assert again.unknown_checks["eerste_f2f"].isChecked()
    assert again.unknown_reasons["eerste_f2f"].text() == "overgedragen door een andere GI"
    assert not again.unknown_checks["hulp_gestart"].isChecked()
    again.deleteLater()


def test_contact_moments_are_added_removed_and_saved_with_the_client(
    qtbot, profile_ws, caseload_today
) -> None:
    uitspraak = caseload_today - dt.timedelta(days=400)
    client_id = add_client(
        profile_ws, ClientData("VG-8", "C.D.", Maatregel.VOOGDIJ, uitspraak), caseload_today
    )
    dialog = ClientDialog(profile_ws, client_id, today=caseload_today)
    qtbot.addWidget(dialog)
    assert dialog.contact_list.count() == 0
    assert not dialog.remove_contact_button.isEnabled()
    first, second = caseload_today - dt.timedelta(days=100), caseload_today - dt.timedelta(days=7)
    for day in (second, first, second):  # the same day twice is one contact
        dialog.contact_date_edit.setDate(to_qdate(day))
        dialog.add_contact_button.click()
    assert dialog.contacts == [first, second]
    assert dialog.contact_list.item(0).text() == short_date(second)  # newest first

    dialog.contact_date_edit.setDate(to_qdate(caseload_today + dt.timedelta(days=1)))
    dialog.add_contact_button.click()
    assert "ligt in de toekomst" in dialog.contact_error.text()
    assert dialog.contacts == [first, second]
    dialog.contact_date_edit.setDate(to_qdate(uitspraak - dt.timedelta(days=1)))
    dialog.add_contact_button.click()
    assert "vóór de uitspraakdatum" in dialog.contact_error.text()

    dialog.contact_list.setCurrentRow(0)
    dialog.remove_contact_button.click()
    assert dialog.contacts == [first]
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_client(profile_ws, client_id).data.contacten == (first,)

    again = ClientDialog(profile_ws, client_id, today=caseload_today)
    qtbot.addWidget(again)
    assert again.contacts == [first]
    assert again.contact_list.count() == 1


# A 1366x768 laptop at 150 %: 911x512 logical pixels, less a taskbar and a title bar.
LAPTOP_150 = (round(1366 / 1.5), round((768 - 70) / 1.5))


def _laid_out(dialog: ClientDialog, qtbot, width: int, height: int) -> None:
    dialog.resize(width, height)
    qtbot.waitUntil(lambda: dialog.body_scroll.viewport().width() < width)
    QApplication.processEvents()


def test_the_dialog_fits_a_laptop_at_150_percent_and_stacks_its_groups(dialog, qtbot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= LAPTOP_150[0] and minimum.height() <= LAPTOP_150[1]

    _laid_out(dialog, qtbot, *LAPTOP_150)
    lefts = {box.geometry().left() for box in dialog._boxes}
    assert len(lefts) == 1  # one column
    assert not dialog.body_scroll.horizontalScrollBar().isVisible()
    assert dialog.body_scroll.verticalScrollBar().isVisible()  # the form scrolls, buttons stay
    assert dialog.buttons.isVisible()


def test_on_a_large_screen_the_groups_sit_side_by_side_without_scrolling(dialog, qtbot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    _laid_out(dialog, qtbot, 1600, 1000)
    client_box, dates_box, unknown_box, contacts_box = dialog._boxes
    qtbot.waitUntil(lambda: client_box.geometry().top() == dates_box.geometry().top())
    assert client_box.geometry().right() < dates_box.geometry().left()
    assert unknown_box.geometry().top() == contacts_box.geometry().top()
    assert not dialog.body_scroll.horizontalScrollBar().isVisible()
    assert not dialog.body_scroll.verticalScrollBar().isVisible()


def test_a_refused_field_below_the_fold_is_scrolled_into_view(dialog, qtbot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    _laid_out(dialog, qtbot, *LAPTOP_150)
    dialog.show_problems({"laatste_contact_kind": "ligt na vandaag"})
    field = dialog.fields["laatste_contact_kind"].field
    viewport = dialog.body_scroll.viewport()
    qtbot.waitUntil(
        lambda: viewport.rect().contains(field.mapTo(viewport, field.rect().bottomLeft()))
    )
    assert dialog.error_for("laatste_contact_kind") == "Ligt na vandaag."
