"""Page 2: check which client field each column of the file fills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from jbn_selfscan.services.caseload_import import auto_mapping, plan_table
from jbn_selfscan.ui.import_wizard.field_delegate import FieldComboDelegate, open_editors
from jbn_selfscan.ui.import_wizard.mapping_model import MappingColumn, MappingModel
from jbn_selfscan.ui.import_wizard.state import ImportState, busy, message_label, show_message
from jbn_selfscan.ui.service_call import service_call


class MappingPage(QWizardPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self._state = state
        self.setTitle("Kolommen koppelen")
        self.setSubTitle(
            "Kies bij elke kolom uit het bestand welk gegeven erin staat, of 'niet importeren'."
        )
        self.model = MappingModel(self)
        self.model.dataChanged.connect(self.on_model_data_changed)
        self.model.modelReset.connect(self.on_model_data_changed)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MappingColumn.FIELD, FieldComboDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the combo boxes take the focus
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QComboBox().sizeHint().height() + 4)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MappingColumn.FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingColumn.SAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingColumn.FIELD, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(MappingColumn.FIELD, 260)
        self.privacy_label = message_label()
        self.missing_label = message_label(error=True)
        self.error_label = message_label(error=True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        table = self._state.table
        assert table is not None
        self.model.set_table(table, auto_mapping(table.headers))
        open_editors(self.view, self.model, MappingColumn.FIELD)
        hidden = self.model.privacy_columns()
        show_message(
            self.privacy_label,
            (
                "Niet ingelezen om privacyredenen (BSN, naam of geboortedatum): "
                + ", ".join(f"'{name}'" for name in hidden)
                + "."
            )
            if hidden
            else "",
        )
        show_message(self.error_label, "")

    def isComplete(self) -> bool:
        return not self.model.missing_required()

    def validatePage(self) -> bool:
        """Plan the import with the chosen mapping (reads the database, writes nothing)."""
        table = self._state.table
        if table is None or not self.isComplete():
            return False
        with service_call(self._show_error, what="planning the import") as call, busy():
            self._state.plan = plan_table(
                table, self.model.mapping(), self._state.today, ws=self._state.ws
            )
        return not call.failed

    def _show_error(self, text: str) -> None:
        show_message(self.error_label, text)

    def on_model_data_changed(self, *_args: object) -> None:
        missing = self.model.missing_required()
        show_message(
            self.missing_label,
            f"Koppel nog een kolom aan: {', '.join(missing)} (verplicht)." if missing else "",
        )
        show_message(self.error_label, "")
        self.completeChanged.emit()
