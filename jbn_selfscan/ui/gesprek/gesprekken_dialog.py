"""The worker's gesprekken (newest first), from which one opens."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.services.gesprekken import GesprekSummary
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_icon
from jbn_selfscan.ui.gesprek.tables import make_table
from jbn_selfscan.ui.gesprek.texts import date_text
from jbn_selfscan.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex

STATUS_KIND = {
    GesprekStatus.IN_VOORBEREIDING: StatusKind.PENDING,
    GesprekStatus.GETEKEND: StatusKind.GOOD,
    GesprekStatus.GEANNULEERD: StatusKind.NEUTRAL,
}


class GesprekColumn(IntEnum):
    DATUM = 0
    STATUS = 1
    VERSIE = 2
    PRAKTIJKBEGELEIDER = 3
    CLIENTEN = 4
    AFSPRAKEN = 5
    ACTIES = 6


_HEADERS = (
    "Datum",
    "Status",
    "Versie",
    "Praktijkbegeleider",
    "Cliënten",
    "Afspraken",
    "Acties",
)


def status_text(summary: GesprekSummary) -> str:
    if summary.status is GesprekStatus.IN_VOORBEREIDING and summary.signed_roles:
        who = " en ".join(role.value for role in Role if role in summary.signed_roles)
        return f"{summary.status.label} (akkoord: {who})"
    return summary.status.label


class GesprekkenModel(RowsModel[GesprekSummary]):
    headers = _HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(_HEADERS):
            return None
        column = GesprekColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column is GesprekColumn.STATUS:
            return status_icon(STATUS_KIND[row.status])
        moved = row.oorspronkelijke_datum
        if role == Qt.ItemDataRole.ToolTipRole and column is GesprekColumn.DATUM and moved:
            return f"Verplaatst; eerst gepland op {date_text(moved)}"
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and column >= GesprekColumn.VERSIE
            and (column is not GesprekColumn.PRAKTIJKBEGELEIDER)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(row: GesprekSummary, column: GesprekColumn) -> str:
        if column is GesprekColumn.DATUM:
            return date_text(row.datum)
        if column is GesprekColumn.STATUS:
            return status_text(row)
        if column is GesprekColumn.VERSIE:
            return str(row.versie)
        if column is GesprekColumn.PRAKTIJKBEGELEIDER:
            return row.praktijkbegeleider or "—"
        if column is GesprekColumn.CLIENTEN:
            return str(row.clients)
        if column is GesprekColumn.AFSPRAKEN:
            return str(row.afspraken)
        return str(row.acties)


class GesprekkenDialog(QDialog):
    """Choose a gesprek; `chosen_id` is set when the user opens one."""

    def __init__(self, rows: Sequence[GesprekSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Caseloadgesprekken")
        self.resize(760, 360)
        self.chosen_id: int | None = None
        layout = QVBoxLayout(self)
        if rows:
            intro = (
                "Je caseloadgesprekken, het nieuwste bovenaan. Open er een met Enter of dubbelklik."
            )
        else:
            intro = "Er zijn nog geen caseloadgesprekken. Kies Caseloadgesprek → Voorbereiden…"
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.model = GesprekkenModel(self)
        self.model.set_rows(rows)
        self.table = make_table(
            self, "Caseloadgesprekken", self.model, (GesprekColumn.PRAKTIJKBEGELEIDER,)
        )
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close, self
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setText("&Openen")
        self.open_button.setEnabled(bool(rows))
        buttons.accepted.connect(lambda: self._open(self.table.currentIndex().row()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if rows:
            self.table.selectRow(0)

    def _open(self, row: int) -> None:
        summary = self.model.row_at(row)
        if summary is None:
            return
        self.chosen_id = summary.id
        self.accept()
