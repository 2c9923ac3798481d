"""The column mapping of the import wizard: one row per file column, the field it fills.

Privacy columns (BSN, names, birth dates) are shown but can never be mapped, and their values
are not shown either. Choosing a field that another column already fills moves it: the other
column falls back to "niet importeren", so a field is never filled twice.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jbn_selfscan.domain.caseload import FIELD_LABELS
from jbn_selfscan.services.caseload_files import CaseloadTable
from jbn_selfscan.services.caseload_import import (
    FIELD_CHOICES,
    REQUIRED_FIELDS,
    ColumnMapping,
    is_privacy_column,
)

_Index = QModelIndex | QPersistentModelIndex
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_IMPORTED_LABEL = "niet importeren"
PRIVACY_LABEL = "niet importeren (privacy)"
HIDDEN_SAMPLE = "(niet getoond)"
FIELD_LABEL = dict(FIELD_CHOICES)


def choice_label(field: str | None) -> str:
    """The text of a field in the combo box; required fields say so."""
    if field is None:
        return NOT_IMPORTED_LABEL
    label = FIELD_LABEL[field]
    return f"{label} (verplicht)" if field in REQUIRED_FIELDS else label


class MappingColumn(IntEnum):
    FILE_COLUMN = 0
    SAMPLE = 1
    FIELD = 2


HEADERS = {
    MappingColumn.FILE_COLUMN: "Kolom in het bestand",
    MappingColumn.SAMPLE: "Voorbeeld uit het bestand",
    MappingColumn.FIELD: "Importeren als",
}


class MappingModel(QAbstractTableModel):
    """Which client field each column of the file fills (None: not imported)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, ...] = ()
        self._samples: tuple[str, ...] = ()
        self._privacy: tuple[bool, ...] = ()
        self._fields: list[str | None] = []

    def set_table(self, table: CaseloadTable, mapping: ColumnMapping) -> None:
        self.beginResetModel()
        count = len(table.headers)
        self._names = tuple(table.column_name(i) for i in range(count))
        self._privacy = tuple(is_privacy_column(header) for header in table.headers)
        self._samples = tuple(
            HIDDEN_SAMPLE if self._privacy[i] else _first_value(table, i) for i in range(count)
        )
        self._fields = [None if self._privacy[i] else mapping[i] for i in range(count)]
        self.endResetModel()

    def mapping(self) -> ColumnMapping:
        return tuple(self._fields)

    def missing_required(self) -> list[str]:
        """Labels of the required fields no column fills yet."""
        return [FIELD_LABELS[name] for name in REQUIRED_FIELDS if name not in self._fields]

    def privacy_columns(self) -> list[str]:
        return [name for name, private in zip(self._names, self._privacy, strict=True) if private]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MappingColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS.get(MappingColumn(section)) if 0 <= section < len(HEADERS) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MappingColumn.FIELD and not self._privacy[index.row()]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == MappingColumn.FILE_COLUMN:
                return self._names[row]
            if column == MappingColumn.SAMPLE:
                return self._samples[row]
            return PRIVACY_LABEL if self._privacy[row] else choice_label(self._fields[row])
        if role in (Qt.ItemDataRole.EditRole, FIELD_ROLE) and column == MappingColumn.FIELD:
            return self._fields[row]
        if role == Qt.ItemDataRole.ToolTipRole and self._privacy[row]:
            return (
                "Deze kolom lijkt een BSN, naam of geboortedatum te bevatten. "
                "Zulke gegevens worden nooit ingelezen."
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != MappingColumn.FIELD
            or role not in (Qt.ItemDataRole.EditRole, FIELD_ROLE)
            or self._privacy[index.row()]
        ):
            return False
        field = value or None
        if field is not None and field not in FIELD_LABEL:
            return False
        row = index.row()
        if field is not None and field in self._fields and self._fields.index(field) != row:
            other = self._fields.index(field)
            self._fields[other] = None
            changed = self.index(other, MappingColumn.FIELD)
            self.dataChanged.emit(changed, changed)
        self._fields[row] = field
        self.dataChanged.emit(index, index)
        return True


def _first_value(table: CaseloadTable, column: int) -> str:
    for row in table.rows:
        value = row.cells[column]
        if value:
            return value if len(value) <= 40 else value[:39] + "…"
    return ""
