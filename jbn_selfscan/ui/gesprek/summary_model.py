"""The caseload at a glance in the gesprek: one row per client, one column per theme.

Compact, so a whole caseload fits beside the client detail on a laptop: short headers and
short status words with their icon; the full theme name and status are in the tooltips and
the accessible text.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from jbn_selfscan.domain.merged import ThemaTelling
from jbn_selfscan.domain.types import ItemStatus, Theme
from jbn_selfscan.services.gesprek_view import ClientPoint
from jbn_selfscan.ui.caseload.model import SHORT_STATUS
from jbn_selfscan.ui.caseload.status_style import (
    ITEM_STATUS_KIND,
    status_background,
    status_icon,
)
from jbn_selfscan.ui.rows_model import RowsModel

CLIENT_ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class SummaryColumn(IntEnum):
    CLIENT = 0
    MAATREGEL = 1
    NAVOLGBAARHEID = 2
    ZICHT_OP_VEILIGHEID = 3
    CONTACTFREQUENTIE = 4
    PVA_STATUS = 5
    INGEVULD = 6


THEME_OF_COLUMN = {
    SummaryColumn.NAVOLGBAARHEID: Theme.NAVOLGBAARHEID,
    SummaryColumn.ZICHT_OP_VEILIGHEID: Theme.ZICHT_OP_VEILIGHEID,
    SummaryColumn.CONTACTFREQUENTIE: Theme.CONTACTFREQUENTIE,
    SummaryColumn.PVA_STATUS: Theme.PVA_STATUS,
}
_HEADERS = {
    SummaryColumn.CLIENT: "Cliënt",
    SummaryColumn.MAATREGEL: "Maatr.",
    SummaryColumn.NAVOLGBAARHEID: "Navolgb.",
    SummaryColumn.ZICHT_OP_VEILIGHEID: "Veiligh.",
    SummaryColumn.CONTACTFREQUENTIE: "Contact",
    SummaryColumn.PVA_STATUS: "PvA",
    SummaryColumn.INGEVULD: "Ingevuld",
}
_FULL_HEADERS = {
    SummaryColumn.CLIENT: "Cliënt",
    SummaryColumn.MAATREGEL: "Maatregel",
    SummaryColumn.INGEVULD: "Ingevuld",
    **{column: theme.label for column, theme in THEME_OF_COLUMN.items()},
}


def tally_text(telling: ThemaTelling) -> str:
    """'2 niet op orde, 1 aandacht, 3 op orde' (zero counts left out)."""
    parts = [
        (telling.niet_op_orde, ItemStatus.NIET_OP_ORDE),
        (telling.aandacht, ItemStatus.AANDACHT),
        (telling.op_orde, ItemStatus.OP_ORDE),
        (telling.nog_niet_ingevuld, ItemStatus.NOG_NIET_INGEVULD),
        (telling.nvt, ItemStatus.NVT),
    ]
    shown = [f"{count} {status.label}" for count, status in parts if count]
    return ", ".join(shown) if shown else "geen cliënten"


class CaseloadSummaryModel(RowsModel[ClientPoint]):
    """Frozen `ClientPoint`s; every theme cell shows an icon *and* a short status word."""

    headers = tuple(_HEADERS[column] for column in SummaryColumn)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tally: dict[Theme, str] = {}

    def set_clients(
        self, clients: Sequence[ClientPoint], tally: Sequence[ThemaTelling] = ()
    ) -> None:
        self._tally = {t.thema: tally_text(t) for t in tally}
        self.set_rows(clients)
        if tally:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def client_at(self, row: int) -> ClientPoint | None:
        return self.row_at(row)

    def row_of(self, referentie: str) -> int | None:
        for row, client in enumerate(self.rows()):
            if client.referentie == referentie:
                return row
        return None

    # ------------------------------------------------------------------ cells

    def header_cell(self, section: int, role: int) -> Any:
        column = SummaryColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _FULL_HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            theme = THEME_OF_COLUMN.get(column)
            if theme is not None and theme in self._tally:
                return f"{theme.label}: {self._tally[theme]}"
            if column is SummaryColumn.INGEVULD:
                return "Hoeveel vragen van de zelfscan zijn beantwoord"
            return _FULL_HEADERS[column]
        return None

    def cell(self, client: ClientPoint, index: int, role: int) -> Any:
        column = SummaryColumn(index)
        if role == CLIENT_ROW_ROLE:
            return client.referentie
        theme = THEME_OF_COLUMN.get(column)
        if theme is not None:
            return self._theme_data(client, theme, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is SummaryColumn.CLIENT:
                return (
                    f"{client.referentie} · {client.initialen}"
                    if client.initialen
                    else (client.referentie)
                )
            if column is SummaryColumn.MAATREGEL:
                return client.maatregel.value
            return f"{client.answered} van {client.total}" if client.total else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is SummaryColumn.CLIENT:
                return f"{client.referentie} · {client.initialen or '—'} · {client.maatregel.label}"
            if column is SummaryColumn.MAATREGEL:
                return client.maatregel.label
            if column is SummaryColumn.INGEVULD and client.scan_status is not None:
                return f"Zelfscan {client.scan_status.value}"
        return None

    def _theme_data(self, client: ClientPoint, theme: Theme, role: int) -> Any:
        status = client.themes.get(theme, ItemStatus.NOG_NIET_INGEVULD)
        kind = ITEM_STATUS_KIND[status]
        if role == Qt.ItemDataRole.DisplayRole:
            return SHORT_STATUS[status]
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(kind)
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_background(kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = client.theme_reasons.get(theme, "")
            return f"{theme.label}: {status.label}" + (f". {reason}" if reason else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{theme.label}: {status.label}"
        return None
