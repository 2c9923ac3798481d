"""The look of the tables in the gesprek screens."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QSize
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROW_PADDING = 8  # pixels above and below the text of a compact row, together
ICON = 16


def make_table(
    parent: QWidget, name: str, model: QAbstractItemModel, stretch_columns: Iterable[int]
) -> QTableView:
    """A read-only, row-selecting table; `stretch_columns` share the spare width.

    The model is set first: resize modes only stick to sections that exist.
    """
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    stretched = tuple(stretch_columns)

    def apply_modes() -> None:  # a model reset forgets per-section modes
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretched:
            if column < header.count():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    apply_modes()
    model.modelReset.connect(apply_modes)
    return table


def compact_rows(table: QTableView) -> None:
    """Rows one text line high (plus a little air), whatever the font and scaling."""
    height = table.fontMetrics().height() + ROW_PADDING
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(height)
    rows.setDefaultSectionSize(height)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setIconSize(QSize(ICON, ICON))
