"""The afspraken and the acties of this gesprek: two tables with add, change and delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.services.gesprek_view import GesprekView
from jbn_selfscan.ui.gesprek.agreement_editor import AgreementEditor
from jbn_selfscan.ui.gesprek.agreements_model import (
    ActieColumn,
    ActiesModel,
    AfspraakColumn,
    AfsprakenModel,
)
from jbn_selfscan.ui.gesprek.tables import make_table


class _TableBox(QGroupBox):
    """A titled table with Toevoegen / Wijzigen / Verwijderen (and Enter, Delete keys)."""

    def __init__(
        self,
        title: str,
        table_name: str,
        model: QAbstractItemModel,
        stretch_columns: tuple[int, ...],
        on_add: Callable[[], object],
        on_edit: Callable[[int], object],
        on_delete: Callable[[int], object],
        button_texts: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.table = make_table(self, table_name, model, stretch_columns)
        # long texts wrap inside their column instead of being cut off on a laptop
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines = self.table.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * lines)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        # Each table names its own buttons, so every Alt+letter on the tab is unique
        # (deleting has the Delete key on the table instead of a letter).
        add_text, edit_text, delete_text = button_texts
        self.add_button = QPushButton(add_text, self)
        self.edit_button = QPushButton(edit_text, self)
        self.delete_button = QPushButton(delete_text, self)
        self.delete_button.setToolTip("Toets: Delete in de tabel")
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: on_add())
        self.edit_button.clicked.connect(lambda: self._with_row(on_edit))
        self.delete_button.clicked.connect(lambda: self._with_row(on_delete))
        self.table.activated.connect(lambda index: on_edit(index.row()))  # Enter, double-click
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._with_row(on_delete))
        self._read_only = False

    def _with_row(self, action: Callable[[int], object]) -> None:
        index: QModelIndex = self.table.currentIndex()
        if index.isValid():
            action(index.row())

    def update_buttons(self) -> None:
        has_row = self.table.currentIndex().isValid()
        self.add_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(not self._read_only and has_row)
        self.delete_button.setEnabled(not self._read_only and has_row)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.update_buttons()


class AgreementsPanel(QWidget):
    """Afspraken above, acties below; changes go through the `AgreementEditor`."""

    def __init__(self, editor: AgreementEditor, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._editor = editor
        self.afspraken_model = AfsprakenModel(self)
        self.acties_model = ActiesModel(self, today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.afspraken = _TableBox(
            "Afspraken",
            "Afspraken van dit gesprek",
            self.afspraken_model,
            (AfspraakColumn.TEKST,),
            lambda: editor.add_afspraak(),
            self._edit_afspraak,
            self._delete_afspraak,
            ("Afspraa&k toevoegen…", "Afspraak w&ijzigen…", "Afspraak verwijderen"),
            self,
        )
        layout.addWidget(self.afspraken, 1)
        self.acties = _TableBox(
            "Acties",
            "Acties van dit gesprek",
            self.acties_model,
            (ActieColumn.OMSCHRIJVING, ActieColumn.EIGENAAR),
            lambda: editor.add_actie(),
            self._edit_actie,
            self._delete_actie,
            ("Actie toe&voegen…", "Actie wi&jzigen…", "Actie verwijderen"),
            self,
        )
        layout.addWidget(self.acties, 1)
        for box in (self.afspraken, self.acties):
            box.table.selectionModel().currentChanged.connect(
                lambda *_args, b=box: b.update_buttons()
            )
            box.update_buttons()

    def set_view(self, view: GesprekView) -> None:
        self.afspraken_model.set_rows(view.afspraken)
        self.acties_model.set_rows(view.acties)
        for box in (self.afspraken, self.acties):
            box.set_read_only(view.locked)

    def _edit_afspraak(self, row: int) -> None:
        afspraak = self.afspraken_model.row_at(row)
        if afspraak is not None:
            self._editor.edit_afspraak(afspraak)

    def _delete_afspraak(self, row: int) -> None:
        afspraak = self.afspraken_model.row_at(row)
        if afspraak is not None:
            self._editor.delete_afspraak(afspraak)

    def _edit_actie(self, row: int) -> None:
        actie = self.acties_model.row_at(row)
        if actie is not None:
            self._editor.edit_actie(actie)

    def _delete_actie(self, row: int) -> None:
        actie = self.acties_model.row_at(row)
        if actie is not None:
            self._editor.delete_actie(actie)
