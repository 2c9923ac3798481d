"""Table models of the afspraken and acties of a gesprek (frozen rows from the service)."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from jbn_selfscan.domain.types import ActieStatus
from jbn_selfscan.services.gesprek_view import ActieRow, AfspraakRow
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_icon
from jbn_selfscan.ui.gesprek.texts import actie_status_text, client_text, date_text, owner_text
from jbn_selfscan.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

ACTIE_STATUS_KIND = {
    ActieStatus.OPEN: StatusKind.EMPTY,
    ActieStatus.LOOPT: StatusKind.PENDING,
    ActieStatus.AFGEROND: StatusKind.GOOD,
    ActieStatus.NIET_GELUKT: StatusKind.BAD,
}


def actie_kind(actie: ActieRow, today: dt.date) -> StatusKind:
    """Overdue open acties warn; otherwise the shape follows the status."""
    still_open = actie.status in (ActieStatus.OPEN, ActieStatus.LOOPT)
    if still_open and actie.deadline is not None and actie.deadline < today:
        return StatusKind.WARNING
    return ACTIE_STATUS_KIND[actie.status]


class AfspraakColumn(IntEnum):
    TEKST = 0
    CLIENT = 1


class AfsprakenModel(RowsModel[AfspraakRow]):
    headers = ("Afspraak", "Cliënt")

    def cell(self, row: AfspraakRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            if column == AfspraakColumn.TEKST:
                return row.tekst if role != Qt.ItemDataRole.DisplayRole else _one_line(row.tekst)
            return client_text(row.client_referentie)
        return None


class ActieColumn(IntEnum):
    OMSCHRIJVING = 0
    EIGENAAR = 1
    DEADLINE = 2
    CLIENT = 3
    STATUS = 4


class ActiesModel(RowsModel[ActieRow]):
    """The acties; with `with_status` also how each one went (acties of last time)."""

    def __init__(self, parent: Any = None, *, with_status: bool = False, today: dt.date) -> None:
        super().__init__(parent)
        self._today = today
        self.headers = ("Actie", "Wie", "Deadline", "Cliënt") + (("Status",) if with_status else ())

    def cell(self, row: ActieRow, column: int, role: int) -> Any:
        if column == ActieColumn.STATUS:
            return self._status_cell(row, role)
        if role == SORT_ROLE and column == ActieColumn.DEADLINE:
            return row.deadline.isoformat() if row.deadline else "9999"
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return None
        if column == ActieColumn.OMSCHRIJVING:
            if role == Qt.ItemDataRole.DisplayRole:
                return _one_line(row.omschrijving)
            return row.omschrijving
        if column == ActieColumn.EIGENAAR:
            return owner_text(row.eigenaar_rol, row.eigenaar_naam)
        if column == ActieColumn.DEADLINE:
            return date_text(row.deadline) if row.deadline else "geen"
        return client_text(row.client_referentie)

    def _status_cell(self, row: ActieRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return actie_status_text(row, self._today)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(actie_kind(row, self._today))
        if role == Qt.ItemDataRole.ToolTipRole:
            note = row.status_toelichting.strip()
            return actie_status_text(row, self._today) + (f": {note}" if note else "")
        return None


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
