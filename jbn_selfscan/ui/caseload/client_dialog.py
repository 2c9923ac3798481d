"""Adding or editing one client of the caseload; problems are shown next to each field."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.caseload import (
    CONTACT_TYPES,
    FIELD_LABELS,
    START_STEP_FIELDS,
    STEP_DATE_FIELDS,
    ClientData,
    ClientValidationError,
    contact_date_problem,
)
from jbn_selfscan.domain.checklist import shipped_checklist
from jbn_selfscan.domain.deadlines import START_PHASE_STEPS
from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.dutch_words import as_sentence
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.services.clients import add_client, get_client, update_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.caseload.fields import (
    FieldWithError,
    OptionalDateEdit,
    from_qdate,
    make_date_edit,
    to_qdate,
)
from jbn_selfscan.ui.window_state import fit_to_screen

REGIONS = ("Groningen", "Drenthe")
PRIVACY_HINT = (
    "Gebruik alleen zaakreferentie en initialen: geen BSN en geen naam van het kind of de ouders."
)
# Form labels with mnemonics; the letters are unique within the dialog.
LABELS = {
    "referentie": "&Zaakreferentie:",
    "initialen": "&Initialen:",
    "maatregel": "&Maatregel:",
    "regio": "&Regio:",
    "team": "&Team:",
    "contact_type": "&Soort contactpersoon:",
    "contactpersoon": "&Naam vaste jeugdzorgwerker/contactpersoon:",
    "uitspraakdatum": "&Uitspraakdatum:",
    "einddatum": "&Einddatum:",
    "eerste_f2f": "1e &F2F:",
    "eerste_pva": "1e &PvA:",
    "eerste_risicotaxatie": "1e risicota&xatie:",
    "hulp_gestart": "Start passende &hulp:",
    "laatste_risicotaxatie": "&Laatste risicotaxatie:",
    "laatste_pva_evaluatie": "Laatste PvA-e&valuatie:",
    "laatste_contact_kind": "Laatste &contact met het kind:",
    "contact_datum": "Contact&datum:",
}
ADD_CONTACT = "Toevoe&gen"
REMOVE_CONTACT = "&Weghalen"
CLIENT_GROUP = ("referentie", "initialen", "maatregel", "regio", "team", "contact_type")
DATE_GROUP = ("uitspraakdatum", "einddatum", *STEP_DATE_FIELDS)


class ClientDialog(QDialog):
    """Dialog for a new client (`client_id` None) or for editing an existing one.

    On OK the service validates; its per-field problems appear under the fields and nothing is
    saved. After `accept()`, `client_id` is the id of the saved client.
    """

    def __init__(
        self,
        ws: Workspace,
        client_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._fixed_today = today
        self.client_id = client_id
        self.fields: dict[str, FieldWithError] = {}
        self.contacts: list[dt.date] = []
        self._build()
        if client_id is None:
            self.setWindowTitle("Nieuwe cliënt")
        else:
            record = get_client(ws, client_id)
            self.setWindowTitle(f"Cliënt bewerken — {record.data.referentie}")
            self.set_data(record.data)
        self._connect_error_clearing()

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        today = self._today()
        self.referentie_edit = QLineEdit(self)
        self.referentie_edit.setMaxLength(50)
        self.initialen_edit = QLineEdit(self)
        self.initialen_edit.setMaxLength(20)
        self.initialen_edit.setPlaceholderText("bijv. A.B.")
        self.maatregel_combo = QComboBox(self)
        for maatregel in Maatregel:
            self.maatregel_combo.addItem(maatregel.label, maatregel.value)
        self.regio_combo = QComboBox(self)
        self.regio_combo.setEditable(True)
        self.regio_combo.addItems(REGIONS)
        self.team_edit = QLineEdit(self)
        self.contact_type_combo = QComboBox(self)
        for key, label in CONTACT_TYPES.items():
            self.contact_type_combo.addItem(label, key)
        self.contactpersoon_edit = QLineEdit(self)
        self.uitspraak_edit = make_date_edit(self, FIELD_LABELS["uitspraakdatum"])
        self.uitspraak_edit.setDate(to_qdate(today))
        self.optional_dates = {
            name: OptionalDateEdit(FIELD_LABELS[name], today, self)
            for name in ("einddatum", *STEP_DATE_FIELDS)
        }
        widgets: dict[str, QWidget] = {
            "referentie": self.referentie_edit,
            "initialen": self.initialen_edit,
            "maatregel": self.maatregel_combo,
            "regio": self.regio_combo,
            "team": self.team_edit,
            "contact_type": self.contact_type_combo,
            "contactpersoon": self.contactpersoon_edit,
            "uitspraakdatum": self.uitspraak_edit,
            **self.optional_dates,
        }
        for name, widget in widgets.items():
            if not isinstance(widget, OptionalDateEdit):
                widget.setAccessibleName(FIELD_LABELS[name])
            self.fields[name] = FieldWithError(widget, self)

        hint = QLabel(PRIVACY_HINT, self)
        hint.setWordWrap(True)
        hint.setAccessibleName("Privacy")
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        client_box = QGroupBox("Cliënt", self)
        client_form = QFormLayout(client_box)
        for name in (*CLIENT_GROUP, "contactpersoon"):
            self._add_row(client_form, name)
        dates_box = QGroupBox("Data", self)
        dates_form = QFormLayout(dates_box)
        for name in DATE_GROUP:
            self._add_row(dates_form, name)
        unknown_box = self._build_unknown_marks()
        contacts_box = self._build_contacts()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        save_button.setText("&Opslaan")
        save_button.setAccessibleName("Opslaan")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Annuleren")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(hint)
        body_layout.addWidget(self.general_error)
        self._boxes = (client_box, dates_box, unknown_box, contacts_box)
        self._grid = QGridLayout()
        body_layout.addLayout(self._grid)
        self._two_columns: bool | None = None
        self._arrange(two_columns=True)
        # On a laptop at 150 % the form is larger than the screen: the groups stack in one
        # column and scroll, the buttons stay.
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        self.body_scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.buttons)
        margins = layout.contentsMargins()
        self.resize(
            body.sizeHint().width() + margins.left() + margins.right(),
            body.sizeHint().height()
            + layout.spacing()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom(),
        )
        self._set_tab_order()

    def _arrange(self, *, two_columns: bool) -> None:
        """The four groups in two columns (client | data, start phase | contacts) or in one."""
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        for box in self._boxes:
            self._grid.removeWidget(box)
        for index, box in enumerate(self._boxes):
            row, column = divmod(index, 2) if two_columns else (index, 0)
            self._grid.addWidget(box, row, column)
        self._grid.setColumnStretch(1, 1 if two_columns else 0)
        self._grid.setColumnStretch(0, 1)

    def two_column_width(self) -> int:
        """The narrowest body that still holds the groups side by side."""
        spacing = self._grid.horizontalSpacing()
        return max(
            self._boxes[0].minimumSizeHint().width()
            + self._boxes[1].minimumSizeHint().width()
            + spacing,
            self._boxes[2].minimumSizeHint().width()
            + self._boxes[3].minimumSizeHint().width()
            + spacing,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the room the groups really have: the viewport, without a vertical scroll bar
        if watched is self.body_scroll.viewport() and event.type() == QEvent.Type.Resize:
            room = self.body_scroll.viewport().width()
            self._arrange(two_columns=room >= self.two_column_width())
        return super().eventFilter(watched, event)

    def _build_unknown_marks(self) -> QGroupBox:
        """Per start step: a check "onbekend / vóór overdracht" and the reason (required)."""
        box = QGroupBox("Startfase: datum onbekend of vóór overdracht", self)
        form = QFormLayout(box)
        explanation = QLabel(
            "Begon de maatregel vóór jouw dossier (bijvoorbeeld bij een overdracht) en is de "
            "datum van een eerste stap niet te achterhalen? Vink de stap aan en geef de reden. "
            "De stap telt dan niet als verlopen.",
            box,
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.unknown_checks: dict[str, QCheckBox] = {}
        self.unknown_reasons: dict[str, QLineEdit] = {}
        for stap in START_STEP_FIELDS:
            check = QCheckBox(f"{START_PHASE_STEPS[stap]}: onbekend", box)
            reason = QLineEdit(box)
            reason.setMaxLength(500)
            reason.setPlaceholderText("reden, bijv. overgedragen door een andere GI")
            reason.setAccessibleName(f"Reden: {START_PHASE_STEPS[stap]} onbekend")
            reason.setEnabled(False)
            check.toggled.connect(reason.setEnabled)
            self.unknown_checks[stap] = check
            self.unknown_reasons[stap] = reason
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(reason, 1)
            form.addRow(row)
        return box

    def _build_contacts(self) -> QGroupBox:
        """The days of contact with the jeugdige: a list with add and remove."""
        box = QGroupBox("Contactmomenten met de jeugdige", self)
        layout = QVBoxLayout(box)
        explanation = QLabel(_contacts_explanation(), box)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.contact_list = QListWidget(box)
        self.contact_list.setAccessibleName("Contactmomenten")
        layout.addWidget(self.contact_list, 1)
        self.contact_date_edit = make_date_edit(box, "Datum van het contact")
        self.contact_date_edit.setDate(to_qdate(self._today()))
        date_label = QLabel(LABELS["contact_datum"], box)
        date_label.setBuddy(self.contact_date_edit)
        self.add_contact_button = QPushButton(ADD_CONTACT, box)
        self.add_contact_button.setAccessibleName("Contactmoment toevoegen")
        self.remove_contact_button = QPushButton(REMOVE_CONTACT, box)
        self.remove_contact_button.setAccessibleName("Gekozen contactmoment weghalen")
        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.contact_date_edit, 1)
        row.addWidget(self.add_contact_button)
        row.addWidget(self.remove_contact_button)
        layout.addLayout(row)
        self.contact_error = QLabel(box)
        self.contact_error.setWordWrap(True)
        self.contact_error.hide()
        layout.addWidget(self.contact_error)
        self.add_contact_button.clicked.connect(self.on_add_contact)
        self.remove_contact_button.clicked.connect(self.on_remove_contact)
        self._show_contacts()
        return box

    def on_add_contact(self) -> None:
        day = from_qdate(self.contact_date_edit.date())
        problem = contact_date_problem(day, from_qdate(self.uitspraak_edit.date()), self._today())
        if problem is not None:
            self.contact_error.setText(as_sentence(problem))
            self.contact_error.show()
            return
        self.contact_error.hide()
        if day not in self.contacts:
            self.contacts = sorted([*self.contacts, day])
        self._show_contacts(selected=day)

    def on_remove_contact(self) -> None:
        item = self.contact_list.currentItem()
        if item is None:
            self.contact_error.setText("Kies eerst een contactmoment in de lijst.")
            self.contact_error.show()
            return
        self.contact_error.hide()
        day = dt.date.fromisoformat(item.data(_DATE_ROLE))
        self.contacts = [c for c in self.contacts if c != day]
        self._show_contacts()

    def _show_contacts(self, selected: dt.date | None = None) -> None:
        self.contact_list.clear()
        for day in reversed(self.contacts):  # newest first
            item = QListWidgetItem(short_date(day), self.contact_list)
            item.setData(_DATE_ROLE, day.isoformat())
            if day == selected:
                self.contact_list.setCurrentItem(item)
        self.remove_contact_button.setEnabled(bool(self.contacts))

    def _add_row(self, form: QFormLayout, name: str) -> None:
        self.fields[name].add_to_form(form, QLabel(LABELS[name], self))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        for name in (*CLIENT_GROUP, "contactpersoon", *DATE_GROUP):
            widget = self.fields[name].field
            if isinstance(widget, OptionalDateEdit):
                chain.extend((widget.check, widget.edit))
            else:
                chain.append(widget)
        for stap, check in self.unknown_checks.items():
            chain.extend((check, self.unknown_reasons[stap]))
        chain.extend(
            (
                self.contact_list,
                self.contact_date_edit,
                self.add_contact_button,
                self.remove_contact_button,
            )
        )
        chain.extend(self.buttons.buttons())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_error_clearing(self) -> None:
        for name, holder in self.fields.items():
            widget = holder.field

            def clear(*_args: object, _name: str = name) -> None:
                self.fields[_name].clear_error()

            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(clear)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(clear)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(clear)
            elif isinstance(widget, OptionalDateEdit):
                widget.sig_changed.connect(clear)

    # --- reading and writing the form -----------------------------------------------------------
    def set_data(self, data: ClientData) -> None:
        self.referentie_edit.setText(data.referentie)
        self.initialen_edit.setText(data.initialen)
        self.maatregel_combo.setCurrentIndex(self.maatregel_combo.findData(data.maatregel.value))
        self.regio_combo.setCurrentText(data.regio)
        self.team_edit.setText(data.team)
        found = self.contact_type_combo.findData(data.contact_type)
        self.contact_type_combo.setCurrentIndex(max(found, 0))
        self.contactpersoon_edit.setText(data.contactpersoon)
        self.uitspraak_edit.setDate(to_qdate(data.uitspraakdatum))
        for name, edit in self.optional_dates.items():
            edit.set_date(getattr(data, name))
        self.contacts = sorted(set(data.contacten or ()))
        self._show_contacts()
        marks = data.onbekend or {}
        for stap, check in self.unknown_checks.items():
            check.setChecked(stap in marks)
            self.unknown_reasons[stap].setText(marks.get(stap, ""))

    def client_data(self) -> ClientData:
        dates = {name: edit.date() for name, edit in self.optional_dates.items()}
        return ClientData(
            referentie=self.referentie_edit.text().strip(),
            initialen=self.initialen_edit.text().strip(),
            maatregel=Maatregel(self.maatregel_combo.currentData()),
            uitspraakdatum=from_qdate(self.uitspraak_edit.date()),
            regio=self.regio_combo.currentText().strip(),
            team=self.team_edit.text().strip(),
            contact_type=self.contact_type_combo.currentData(),
            contactpersoon=self.contactpersoon_edit.text().strip(),
            onbekend={
                stap: self.unknown_reasons[stap].text().strip()
                for stap, check in self.unknown_checks.items()
                if check.isChecked()
            },
            contacten=tuple(self.contacts),
            **dates,  # type: ignore[arg-type]
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem under its field and move the focus to the first one."""
        for holder in self.fields.values():
            holder.clear_error()
        unplaced: list[str] = []
        first: QWidget | None = None
        for name, message in problems.items():
            target = self.fields.get(name)
            if target is None:
                unplaced.append(f"{FIELD_LABELS.get(name, name)}: {as_sentence(message)}")
                continue
            target.show_error(as_sentence(message))
            first = first or target.field
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
        if first is not None:
            first.setFocus()
            self.body_scroll.ensureWidgetVisible(first)  # also below the fold at 150 %
        elif unplaced:
            self.body_scroll.ensureWidgetVisible(self.general_error)

    def error_for(self, name: str) -> str:
        return self.fields[name].error_text()

    # --- QDialog --------------------------------------------------------------------------------
    def accept(self) -> None:
        data = self.client_data()
        try:
            if self.client_id is None:
                self.client_id = add_client(self._ws, data, self._today())
            else:
                update_client(self._ws, self.client_id, data, self._today())
        except ClientValidationError as exc:
            self.show_problems(exc.problems)
            return
        super().accept()


_DATE_ROLE = Qt.ItemDataRole.UserRole


def _contacts_explanation() -> str:
    """What the contact moments are for, with the voogdij term of the current checklist."""
    term = next((t for t in shipped_checklist().step_terms() if t.stap == "contact_voogdij"), None)
    counted = (
        f"Bij voogdij telt de app de contacten van de laatste "
        f"{term.eenheid.describe(term.lengte)} (norm: {term.describe()}). "
        if term is not None and term.aantal is not None
        else ""
    )
    return (
        f"{counted}Leg elk contact met de jeugdige vast; het laatste contact met het kind "
        "telt ook mee."
    )
