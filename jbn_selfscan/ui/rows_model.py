"""Read-only table models over frozen rows: the shape every read-only table shares (the
caseload, the gesprek's tables, the import preview, backups, history).

`ReadOnlyTableModel` is the Qt plumbing: a subclass sets `headers` (on the class, or per
instance when the columns depend on the data) and answers `cell(row, column, role)`;
`header_cell` may add more than the header text. `RowsModel` adds the usual storage, a tuple
replaced as a whole with `set_rows`; a model that changes rows one by one (the caseload) keeps
its own list in `_rows`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class ReadOnlyTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows in `_rows`, one column per header; cells come from `cell`."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RowT] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.header_cell(section, role)
        return None

    def header_cell(self, section: int, role: int) -> Any:
        return self.headers[section] if role == Qt.ItemDataRole.DisplayRole else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.headers):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: RowT, column: int, role: int) -> Any:
        raise NotImplementedError


class RowsModel(ReadOnlyTableModel[RowT]):
    """A tuple of frozen rows, replaced as a whole."""

    def set_rows(self, rows: Sequence[RowT], headers: Sequence[str] | None = None) -> None:
        """New rows (and, for columns that depend on the data, new headers)."""
        self.beginResetModel()
        self._rows = tuple(rows)
        if headers is not None:
            self.headers = tuple(headers)
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> tuple[RowT, ...]:
        return tuple(self._rows)
