"""Bestand → Reservekopie maken / Reservekopie terugzetten….

Restoring replaces the database file, so nothing may hold it open: the screens save what is
pending, the workspace closes its connections, the service restores (after backing up the
current state), the workspace opens the restored database again (migrating it if it is older)
and the screens reload. Whatever happens, the workspace is reopened before the user continues.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.dutch_dates import wall_clock_text
from jbn_selfscan.services.backups import BackupInfo, backup_now, list_backups, restore
from jbn_selfscan.services.workspace import Workspace, open_workspace
from jbn_selfscan.ui.gesprek.file_report import report_file
from jbn_selfscan.ui.gesprek.tables import make_table
from jbn_selfscan.ui.rows_model import RowsModel
from jbn_selfscan.ui.service_call import message_box, service_call

_Index = QModelIndex | QPersistentModelIndex
MAKE_TITLE = "Reservekopie maken"
RESTORE_TITLE = "Reservekopie terugzetten"
_REASONS = {
    "dagelijks": "dagelijks, automatisch",
    "handmatig": "zelf gemaakt",
    "voor-terugzetten": "vóór een terugzetting",
    "voor-migratie": "vóór een update",
}


def kind_text(reason: str | None) -> str:
    """The Dutch words for a backup's reason (`BackupInfo.reason`)."""
    if reason is None:
        return "—"
    return _REASONS.get(reason, reason.replace("-", " "))


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class BackupColumn(IntEnum):
    GEMAAKT = 0
    SOORT = 1
    GROOTTE = 2


_HEADERS = ("Gemaakt op", "Soort", "Grootte")


class BackupsModel(RowsModel[BackupInfo]):
    headers = _HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.row_at(index.row()) if index.isValid() else None
        if info is None or not 0 <= index.column() < len(_HEADERS):
            return None
        column = BackupColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is BackupColumn.GEMAAKT:
                return wall_clock_text(info.made_at)
            if column is BackupColumn.SOORT:
                return kind_text(info.reason)
            return size_text(info.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is BackupColumn.GROOTTE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(QDialog):
    """Pick a backup from the list, or another file; `chosen_path` is the choice."""

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(RESTORE_TITLE)
        self.resize(560, 380)
        self.chosen_path: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Kies de reservekopie die je wilt terugzetten. Wat je daarna hebt ingevuld, is dan "
            "niet meer te zien; de huidige stand wordt eerst zelf als reservekopie bewaard.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(self)
        self.model.set_rows(backups)
        self.table = make_table(self, "Reservekopieën", self.model, (BackupColumn.SOORT,))
        self.table.activated.connect(lambda index: self._choose_row(index.row()))
        layout.addWidget(self.table, 1)
        if not backups:
            layout.addWidget(QLabel("Er zijn nog geen reservekopieën in de gegevensmap.", self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.other_button = QPushButton("&Ander bestand…", self)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = QPushButton("&Terugzetten…", self)
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(
            lambda: self._choose_row(self.table.currentIndex().row())
        )
        self.other_button.clicked.connect(self._on_other_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if backups:
            self.table.selectRow(0)

    def _choose_row(self, row: int) -> None:
        info = self.model.row_at(row)
        if info is not None:
            self.chosen_path = info.path
            self.accept()

    def _on_other_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "Reservekopie kiezen",
            "",
            "Reservekopie (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)",
        )
        if chosen:
            self.chosen_path = Path(chosen)
            self.accept()


def make_backup_gui(parent: QWidget, ws: Workspace) -> Path | None:
    warn = message_box(parent, MAKE_TITLE, "Er is geen reservekopie gemaakt. ")
    with service_call(warn, what="making a backup") as call:
        made = backup_now(ws.paths)
    if call.failed:
        return None
    report_file(  # a backup is for restoring, not for opening: only its folder
        parent, MAKE_TITLE, f"De reservekopie is gemaakt: {made}", made, can_open=False
    )
    return made


def _reopen(ws: Workspace) -> str:
    """Open the database again into the same workspace object; '' or a Dutch problem."""
    with service_call(None, what="reopening the database") as call:
        fresh = open_workspace(ws.paths, keys=ws.keys, daily_backup=False)
    if call.failed:
        return call.message
    ws.db, ws.user = fresh.db, fresh.user
    return ""


def restore_from(
    parent: QWidget,
    ws: Workspace,
    source: Path,
    *,
    save_screens: Callable[[], None],
    reload_screens: Callable[[], None],
) -> bool:
    """Confirm, then restore `source` with the database closed; True when it was restored."""
    answer = QMessageBox.question(
        parent,
        RESTORE_TITLE,
        f"De gegevens uit {source.name} terugzetten? Alles wat na die reservekopie is "
        "ingevuld, is daarna niet meer te zien. De huidige stand wordt eerst als "
        "reservekopie bewaard.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    save_screens()
    ws.close()
    result = None
    with service_call(None, what="restoring a backup") as call:
        result = restore(ws.paths, source)
    problem = call.message
    reopen_problem = _reopen(ws)
    if reopen_problem:
        QMessageBox.critical(
            parent,
            RESTORE_TITLE,
            "De database kon niet opnieuw worden geopend: "
            f"{reopen_problem}\nSluit JBN Zelfscan en start het opnieuw.",
        )
        return False
    reload_screens()
    if result is None:
        QMessageBox.warning(parent, RESTORE_TITLE, f"Er is niets teruggezet. {problem}".strip())
        return False
    saved = (
        f" De stand van vóór het terugzetten staat in {result.previous_saved_as.name}."
        if result.previous_saved_as is not None
        else ""
    )
    QMessageBox.information(
        parent, RESTORE_TITLE, f"De gegevens uit {source.name} zijn teruggezet.{saved}"
    )
    return True


def restore_gui(
    parent: QWidget,
    ws: Workspace,
    *,
    save_screens: Callable[[], None],
    reload_screens: Callable[[], None],
) -> bool:
    dialog = RestoreDialog(list_backups(ws.paths), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_path is None:
        return False
    return restore_from(
        parent,
        ws,
        dialog.chosen_path,
        save_screens=save_screens,
        reload_screens=reload_screens,
    )
