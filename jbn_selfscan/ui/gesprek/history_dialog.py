"""'Geschiedenis': who changed what and when, for one question of a scan or for a gesprek."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.dutch_dates import moment_text
from jbn_selfscan.services.history import HistoryRow, gesprek_history, item_history
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.gesprek.tables import make_table
from jbn_selfscan.ui.rows_model import RowsModel
from jbn_selfscan.ui.service_call import message_box, service_call
from jbn_selfscan.ui.window_state import fit_to_screen

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY = "—"
TITLE = "Geschiedenis"


class HistoryColumn(IntEnum):
    WANNEER = 0
    WIE = 1
    WAT = 2
    OUD = 3
    NIEUW = 4


_HEADERS = ("Wanneer", "Wie", "Wat", "Oud", "Nieuw")


def _one_line(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    if not flat:
        return EMPTY
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class HistoryModel(RowsModel[HistoryRow]):
    """Frozen `HistoryRow`s; long texts on one line here, in full in the tooltip."""

    headers = _HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(_HEADERS):
            return None
        column = HistoryColumn(index.column())
        if role == SORT_ROLE:
            return (
                f"{row.at.isoformat()}#{index.row():08d}"
                if column is HistoryColumn.WANNEER
                else self._full(row, column).casefold()
            )
        if role == Qt.ItemDataRole.DisplayRole:
            full = self._full(row, column)
            return _one_line(full) if column in (HistoryColumn.OUD, HistoryColumn.NIEUW) else full
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            HistoryColumn.OUD,
            HistoryColumn.NIEUW,
        ):
            return self._full(row, column) or None
        return None

    @staticmethod
    def _full(row: HistoryRow, column: HistoryColumn) -> str:
        if column is HistoryColumn.WANNEER:
            return moment_text(row.at)
        if column is HistoryColumn.WIE:
            return row.user or EMPTY
        if column is HistoryColumn.WAT:
            return row.wat
        return row.oud if column is HistoryColumn.OUD else row.nieuw


class HistoryDialog(QDialog):
    """The history table (newest first, searchable) with the selected change in full."""

    def __init__(
        self, title: str, rows: Sequence[HistoryRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Geschiedenis – {title}")
        self.resize(860, 520)
        fit_to_screen(self)  # a laptop at 150 % has 911×512 to show it in
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Zoeken in de geschiedenis")
        self.search.setAccessibleName("Zoeken in de geschiedenis")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = HistoryModel(self)
        self.model.set_rows(rows)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = make_table(
            splitter,
            f"Geschiedenis van {title}",
            self.proxy,
            (HistoryColumn.OUD, HistoryColumn.NIEUW),
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryColumn.WANNEER, Qt.SortOrder.DescendingOrder)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.empty = QLabel("Hier is nog niets veranderd.", self)
        self.empty.setVisible(not rows)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        if rows:
            self.table.selectRow(0)

    def _build_detail(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        form = QFormLayout(box)
        self.detail_old = QLabel(box)
        self.detail_new = QLabel(box)
        for label in (self.detail_old, self.detail_new):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form.addRow("Oud:", self.detail_old)
        form.addRow("Nieuw:", self.detail_new)
        return box

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = (
            self.model.row_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        )
        self.detail_old.setText((row.oud or EMPTY) if row else "")
        self.detail_new.setText((row.nieuw or EMPTY) if row else "")

    def row_texts(self) -> list[tuple[str, ...]]:
        """What the table shows, top to bottom (for tests and screen readers)."""
        return [
            tuple(
                str(self.proxy.index(row, column).data())
                for column in range(self.proxy.columnCount())
            )
            for row in range(self.proxy.rowCount())
        ]


def show_item_history(
    parent: QWidget, ws: Workspace, scan_id: int, item_id: str, question: str = ""
) -> HistoryDialog | None:
    """Open the history of one question of one scan (modeless; returns the dialog)."""
    with service_call(message_box(parent, TITLE), what="reading a question's history") as call:
        rows = item_history(ws, scan_id, item_id)
    return None if call.failed else _shown(HistoryDialog(question or "deze vraag", rows, parent))


def show_gesprek_history(
    parent: QWidget, ws: Workspace, gesprek_id: int, title: str
) -> HistoryDialog | None:
    with service_call(message_box(parent, TITLE), what="reading a gesprek's history") as call:
        rows = gesprek_history(ws, gesprek_id)
    return None if call.failed else _shown(HistoryDialog(title, rows, parent))


def _shown(dialog: HistoryDialog) -> HistoryDialog:
    """Show modeless; Qt deletes the dialog when it is closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
