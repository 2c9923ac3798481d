"""A combo box per row of the mapping table: "niet importeren" or one of the client fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jbn_selfscan.services.caseload_import import FIELD_CHOICES
from jbn_selfscan.ui.import_wizard.mapping_model import FIELD_ROLE, choice_label

_Index = QModelIndex | QPersistentModelIndex


class FieldComboDelegate(QStyledItemDelegate):
    """Edits the FIELD column with a combo box; commits on every choice."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(choice_label(None), "")
        for name, _label in FIELD_CHOICES:
            combo.addItem(choice_label(name), name)
        combo.setAccessibleName("Importeren als")
        combo.activated.connect(lambda _position, c=combo: self.on_combo_activated(c))
        return combo

    def on_combo_activated(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(FIELD_ROLE) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or None, FIELD_ROLE)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect)


def open_editors(view: Any, model: QAbstractItemModel, column: int) -> None:
    """Show the combo boxes permanently (no double click needed) on the editable rows."""
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            view.openPersistentEditor(index)
