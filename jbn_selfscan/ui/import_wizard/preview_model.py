"""The preview of an import plan: the first rows and every row with an error.

Errors are written out in their own column (and the row's status says "fout"); the red tint
and icon only repeat what the text already says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from jbn_selfscan.services.caseload_import import ImportPlan, PlannedRow
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_background, status_icon
from jbn_selfscan.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
FIRST_ROWS = 100
MAX_ERROR_ROWS = 1000
STATUS_NEW = "nieuw"
STATUS_UPDATE = "bijwerken"
STATUS_ERROR = "fout"


def preview_rows(plan: ImportPlan) -> tuple[PlannedRow, ...]:
    """The first FIRST_ROWS rows plus rows with errors (at most MAX_ERROR_ROWS), in file order."""
    shown: list[PlannedRow] = []
    errors = 0
    for position, row in enumerate(plan.rows):
        if row.errors and errors < MAX_ERROR_ROWS:
            errors += 1
            shown.append(row)
        elif position < FIRST_ROWS:
            shown.append(row)
    return tuple(shown)


ERRORS_COLUMN = 2
FIRST_VALUE_COLUMN = 3


class PreviewModel(RowsModel[PlannedRow]):
    """Columns: row number, status, the errors of the row, then each imported file column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: tuple[int, ...] = ()

    def set_plan(self, plan: ImportPlan) -> None:
        self._columns = tuple(i for i, field in enumerate(plan.mapping) if field is not None)
        headers = ("Rij", "Status", "Fouten", *(plan.table.column_name(i) for i in self._columns))
        self.set_rows(preview_rows(plan), headers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell(self, row: PlannedRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == ERRORS_COLUMN and row.errors:
            return "\n".join(str(error) for error in row.errors)
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and row.errors:
            return status_icon(StatusKind.BAD)
        if role == Qt.ItemDataRole.BackgroundRole and row.errors:
            return status_background(StatusKind.BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: PlannedRow, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            if row.errors:
                return STATUS_ERROR
            return STATUS_NEW if row.is_new else STATUS_UPDATE
        if column == ERRORS_COLUMN:
            return "\n".join(f"kolom '{e.column}': {e.message}" for e in row.errors)
        return row.cells[self._columns[column - FIRST_VALUE_COLUMN]].replace("\n", " ⏎ ")
