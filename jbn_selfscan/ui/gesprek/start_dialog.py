"""Dialogs that plan a caseloadgesprek: prepare it, move it, cancel it, reopen it.

Each dialog calls its one service on OK; a refusal is shown inside the dialog,
which stays open so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.types import GesprekStatus
from jbn_selfscan.services import gesprekken
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.gesprek.dialog_parts import date_edit, date_of, ok_cancel, text_field
from jbn_selfscan.ui.gesprek.texts import date_text
from jbn_selfscan.ui.scan.fields import ErrorNote
from jbn_selfscan.ui.service_call import service_call

DEFAULT_PERIOD_DAYS = 91


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class StartGesprekDialog(QDialog):
    """ "Caseloadgesprek voorbereiden": date, praktijkbegeleider and (optional) period."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date) -> None:
        super().__init__(parent)
        self._ws = ws
        self._today = today
        self.gesprek_id: int | None = None
        self.setWindowTitle("Caseloadgesprek voorbereiden")
        self.setMinimumWidth(480)
        earlier = [
            g
            for g in gesprekken.list_gesprekken(ws)
            if g.status is not GesprekStatus.GEANNULEERD and g.datum < today
        ]
        previous = [g for g in earlier if g.praktijkbegeleider]

        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                "Alle cliënten in je caseload gaan mee in dit gesprek, met hun laatste "
                "zelfscan. Een cliënt zonder open zelfscan krijgt een nieuwe, lege zelfscan.",
                self,
            )
        )
        form = QFormLayout()
        self.datum = date_edit(self, today, "Datum van het caseloadgesprek")
        form.addRow("&Datum:", self.datum)
        self.begeleider = QLineEdit(previous[0].praktijkbegeleider if previous else "", self)
        self.begeleider.setAccessibleName("Naam van de praktijkbegeleider")
        self.begeleider.setPlaceholderText("Naam van de praktijkbegeleider (mag later)")
        form.addRow("&Praktijkbegeleider:", self.begeleider)
        self.met_periode = QCheckBox("&Over de periode", self)
        self.met_periode.setToolTip("Leg vast over welke periode het gesprek gaat.")
        period = QHBoxLayout()
        start = (
            earlier[0].datum + dt.timedelta(days=1)
            if earlier
            else today - dt.timedelta(days=DEFAULT_PERIOD_DAYS)
        )
        self.periode_van = date_edit(self, start, "Begin van de periode")
        self.periode_tot = date_edit(self, today, "Einde van de periode")
        period.addWidget(self.periode_van)
        period.addWidget(QLabel("t/m", self))
        period.addWidget(self.periode_tot)
        period.addStretch(1)
        form.addRow(self.met_periode, period)
        layout.addLayout(form)
        self.error = ErrorNote(self)
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel(self, "&Voorbereiden")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.met_periode.toggled.connect(self._on_met_periode_toggled)
        self.datum.dateChanged.connect(self.periode_tot.setDate)
        self._on_met_periode_toggled(False)

    def _on_met_periode_toggled(self, checked: bool) -> None:
        self.periode_van.setEnabled(checked)
        self.periode_tot.setEnabled(checked)

    def accept(self) -> None:
        with_period = self.met_periode.isChecked()
        with service_call(self.error.show_text, what="starting a gesprek") as call:
            self.gesprek_id = gesprekken.start_gesprek(
                self._ws,
                date_of(self.datum),
                self.begeleider.text(),
                date_of(self.periode_van) if with_period else None,
                date_of(self.periode_tot) if with_period else None,
                today=self._today,
            )
        if not call.failed:
            super().accept()


class ReasonDialog(QDialog):
    """Asks for a reason (required) and runs `action(reason)`; refusals stay in the dialog."""

    def __init__(
        self,
        title: str,
        intro: str,
        ok_text: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._action = action
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(_intro(intro, self))
        self.form = QFormLayout()
        self._layout.addLayout(self.form)
        self.reason, guard = text_field(self, "Reden", "Waarom? (geen namen of BSN)", min_lines=3)
        self.form.addRow("&Reden:", self.reason)
        self.form.addRow("", guard)
        self.error = ErrorNote(self)
        self._layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel(self, ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)
        self.result_value: object = None

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.error.show_text("Vul een reden in.")
            self.reason.setFocus()
            return
        with service_call(self.error.show_text, what="changing a gesprek") as call:
            self.result_value = self._action(self.reason.toPlainText())
        if not call.failed:
            super().accept()


class MoveGesprekDialog(ReasonDialog):
    """Verplaatsen: a new date and the reason; the scans stay with the gesprek."""

    def __init__(
        self,
        ws: Workspace,
        gesprek_id: int,
        current: dt.date,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(
            "Caseloadgesprek verplaatsen",
            f"Het caseloadgesprek staat nu op {date_text(current)}. De zelfscans blijven bij "
            "het gesprek; de eerste datum wordt onthouden.",
            "&Verplaatsen",
            self._move,
            parent,
        )
        self._ws, self._gesprek_id, self._today = ws, gesprek_id, today
        self.datum = date_edit(self, max(current, today), "Nieuwe datum")
        self.form.insertRow(0, "&Nieuwe datum:", self.datum)

    def _move(self, reason: str) -> dt.date:
        new_date = date_of(self.datum)
        gesprekken.move_gesprek(self._ws, self._gesprek_id, new_date, reason, today=self._today)
        return new_date


class CancelGesprekDialog(ReasonDialog):
    """Annuleren: the reason; the scans are released for the next gesprek."""

    def __init__(
        self, ws: Workspace, gesprek_id: int, current: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "Caseloadgesprek annuleren",
            f"Het caseloadgesprek van {date_text(current)} annuleren? De zelfscans gaan niet "
            "verloren: ze gaan mee naar het volgende gesprek. Afspraken en acties blijven bij "
            "het geannuleerde gesprek.",
            "Gesprek &annuleren",
            lambda reason: gesprekken.cancel_gesprek(ws, gesprek_id, reason),
            parent,
        )
        keep = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText("&Niet annuleren")


class ReopenGesprekDialog(ReasonDialog):
    """Wijzigen na ondertekening: the reason; the gesprek becomes a new version."""

    def __init__(
        self, ws: Workspace, gesprek_id: int, versie: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "Wijzigen na ondertekening",
            f"Versie {versie} is getekend en blijft bewaard zoals hij is. Om iets te wijzigen "
            f"maak je versie {versie + 1}; beide deelnemers geven daarna opnieuw akkoord.",
            "&Nieuwe versie maken",
            lambda reason: gesprekken.reopen_gesprek(ws, gesprek_id, reason),
            parent,
        )
