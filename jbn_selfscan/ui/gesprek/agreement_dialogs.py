"""Small dialogs to add or change one afspraak or one actie.

The dialog reads its fields into plain values and hands them to `save`, which calls the
service; a refusal is shown in the dialog, which then stays open with everything typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.services.gesprek_view import ActieRow, AfspraakRow, ClientPoint
from jbn_selfscan.ui.gesprek.dialog_parts import date_edit, date_of, ok_cancel, set_date, text_field
from jbn_selfscan.ui.gesprek.texts import GENERAL
from jbn_selfscan.ui.scan.fields import ErrorNote, GrowingTextEdit
from jbn_selfscan.ui.service_call import service_call

DEFAULT_DEADLINE_DAYS = 28
OWNER_CHOICES = (
    ("jeugdbeschermer", "Vaste jeugdzorgwerker"),
    ("praktijkbegeleider", "Praktijkbegeleider"),
    ("anders", "Iemand anders"),
)


@dataclass(frozen=True)
class AfspraakValues:
    tekst: str
    client_id: int | None


@dataclass(frozen=True)
class ActieValues:
    omschrijving: str
    eigenaar_rol: str
    eigenaar_naam: str
    deadline: dt.date | None
    client_id: int | None


def client_combo(parent: QWidget, clients: Sequence[ClientPoint], chosen: int | None) -> QComboBox:
    """ "Algemeen" plus every client of the gesprek (reference and initials only)."""
    combo = QComboBox(parent)
    combo.setAccessibleName("Over welke cliënt")
    combo.addItem(GENERAL, None)
    for client in clients:
        if client.client_id is None:
            continue
        label = client.referentie + (f" · {client.initialen}" if client.initialen else "")
        combo.addItem(label, client.client_id)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


class _SavingDialog(QDialog):
    """OK hands `values()` to the `save` callable; a refusal stays inside the dialog.

    Both dialogs are one form with the same fields first, in the same order: about which
    client ("Over"), then the text. The actie adds who and the deadline after those.
    """

    def __init__(self, save: Callable[[Any], None], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self._layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self._layout.addLayout(self.form)

    def _common_fields(
        self,
        clients: Sequence[ClientPoint],
        chosen: int | None,
        label: str,
        accessible_name: str,
        placeholder: str,
    ) -> GrowingTextEdit:
        self.client = client_combo(self, clients, chosen)
        self.form.addRow("O&ver:", self.client)
        text, guard = text_field(self, accessible_name, placeholder)
        self.form.addRow(label, text)
        self.form.addRow("", guard)
        return text

    def _finish_layout(self, ok_text: str) -> None:
        self.error = ErrorNote(self)
        self._layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel(self, ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)

    def values(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        with service_call(self.error.show_text, what="saving an afspraak or actie") as call:
            self._save(self.values())
        if not call.failed:
            super().accept()


class AfspraakDialog(_SavingDialog):
    def __init__(
        self,
        clients: Sequence[ClientPoint],
        save: Callable[[AfspraakValues], None],
        parent: QWidget | None = None,
        *,
        current: AfspraakRow | None = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle("Afspraak wijzigen" if current else "Afspraak toevoegen")
        self.setMinimumWidth(480)
        chosen = current.client_id if current is not None else client_id
        self.tekst = self._common_fields(
            clients,
            chosen,
            "&Afspraak:",
            "Tekst van de afspraak",
            "Wat is er afgesproken? (geen namen of BSN)",
        )
        if current is not None:
            self.tekst.setPlainText(current.tekst)
        self._finish_layout("&Opslaan")
        self.tekst.setFocus()

    def values(self) -> AfspraakValues:
        return AfspraakValues(self.tekst.toPlainText(), self.client.currentData())


class ActieDialog(_SavingDialog):
    def __init__(
        self,
        clients: Sequence[ClientPoint],
        save: Callable[[ActieValues], None],
        parent: QWidget | None = None,
        *,
        gesprek_datum: dt.date,
        current: ActieRow | None = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle("Actie wijzigen" if current else "Actie toevoegen")
        self.setMinimumWidth(520)
        chosen = current.client_id if current is not None else client_id
        self.omschrijving = self._common_fields(
            clients,
            chosen,
            "&Actie:",
            "Omschrijving van de actie",
            "Wat moet er gebeuren? Bijvoorbeeld: risicotaxatie (ARIJ) actualiseren",
        )
        form = self.form
        self.eigenaar = QComboBox(self)
        self.eigenaar.setAccessibleName("Wie voert de actie uit")
        for value, text in OWNER_CHOICES:
            self.eigenaar.addItem(text, value)
        form.addRow("W&ie:", self.eigenaar)
        self.naam = QLineEdit(self)
        self.naam.setAccessibleName("Naam van wie de actie uitvoert")
        form.addRow("&Naam:", self.naam)
        deadline_row = QHBoxLayout()
        self.met_deadline = QCheckBox("&Deadline", self)
        default = gesprek_datum + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)
        self.deadline = date_edit(self, default, "Deadline van de actie")
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        form.addRow(self.met_deadline, deadline_row)
        self._finish_layout("&Opslaan")

        self.met_deadline.toggled.connect(self.deadline.setEnabled)
        self.eigenaar.currentIndexChanged.connect(self._on_eigenaar_changed)
        self.met_deadline.setChecked(True)
        if current is not None:
            self.omschrijving.setPlainText(current.omschrijving)
            self.eigenaar.setCurrentIndex(max(self.eigenaar.findData(current.eigenaar_rol), 0))
            self.naam.setText(current.eigenaar_naam)
            self.met_deadline.setChecked(current.deadline is not None)
            if current.deadline is not None:
                set_date(self.deadline, current.deadline)
        self._on_eigenaar_changed()
        self.omschrijving.setFocus()

    def _on_eigenaar_changed(self, *_args: object) -> None:
        anders = self.eigenaar.currentData() == "anders"
        self.naam.setPlaceholderText("Naam (verplicht)" if anders else "Naam (niet verplicht)")

    def values(self) -> ActieValues:
        return ActieValues(
            omschrijving=self.omschrijving.toPlainText(),
            eigenaar_rol=str(self.eigenaar.currentData()),
            eigenaar_naam=self.naam.text(),
            deadline=date_of(self.deadline) if self.met_deadline.isChecked() else None,
            client_id=self.client.currentData(),
        )
