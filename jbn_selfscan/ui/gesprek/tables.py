"""The look of the tables in the gesprek screens."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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
