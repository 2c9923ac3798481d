"""Start-up dialogs of the database key: the recovery code shown once, and asked for when the
key on this computer is missing or does not fit."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

APP_NAME = "JBN Zelfscan"

SHOWN_ONCE = (
    "Uw gegevens worden versleuteld opgeslagen. De sleutel staat in het sleutelbeheer van deze "
    "computer. Hieronder staat de herstelcode: daarmee opent u de gegevens als die sleutel "
    "verdwijnt (nieuwe laptop, nieuw Windows-account).\n\n"
    "Deze code wordt maar één keer getoond. Sla hem op en geef het bestand aan functioneel "
    "beheer, of schrijf hem over en bewaar hem op een veilige plek buiten deze computer. "
    "Zonder sleutel en zonder herstelcode zijn de gegevens verloren."
)


class RecoveryCodeDialog(QDialog):
    """The new key's recovery code, once, with a button to save it to a file."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(f"{APP_NAME}: herstelcode")
        layout = QVBoxLayout(self)
        text = QLabel(SHOWN_ONCE)
        text.setWordWrap(True)
        layout.addWidget(text)
        field = QLineEdit(code)
        field.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        field.setFont(font)
        field.setAccessibleName("Herstelcode")
        layout.addWidget(field)
        save = QPushButton("Opslaan als bestand…")
        save.clicked.connect(self._save)
        layout.addWidget(save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Ik heb de code bewaard")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, "Herstelcode opslaan", "herstelcode-jbn-zelfscan.txt", "Tekst (*.txt)"
        )
        if not name:
            return
        try:
            Path(name).write_text(
                f"Herstelcode JBN Zelfscan (databasesleutel):\n{self.code}\n", encoding="utf-8"
            )
        except OSError as exc:
            QMessageBox.warning(
                self, APP_NAME, f"Opslaan is mislukt ({exc.strerror or exc}). Kies een andere map."
            )
            return
        QMessageBox.information(self, APP_NAME, f"De herstelcode is opgeslagen in {name}.")


def show_recovery_code(code: str, *, quit_when_ready: bool) -> None:
    if quit_when_ready:
        print(f"jbn-selfscan: nieuwe sleutel; herstelcode: {code}", file=sys.stderr)
        return
    RecoveryCodeDialog(code).exec()


def ask_recovery_code(message: str, *, quit_when_ready: bool) -> str | None:
    """The recovery code typed in after `message`, or None (cancel, or nobody watching)."""
    if quit_when_ready:
        print(f"jbn-selfscan: {message}", file=sys.stderr)
        return None
    code, ok = QInputDialog.getText(
        None,
        f"{APP_NAME}: herstelcode",
        f"{message}\n\nHerstelcode (groepen van vier tekens):",
    )
    return code if ok and code.strip() else None


def ask_plain_backups(count: int, folder: str) -> str | None:
    """ "versleutelen", "verwijderen" or None (later) for the plain backups of an old version."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, "")
    box.setText(
        f"In {folder} staan {count} reservekopieën van een eerdere versie die niet versleuteld "
        "zijn. Wie de laptop heeft, kan die lezen.\n\nVersleutelen houdt ze bruikbaar om terug "
        "te zetten; verwijderen ruimt ze op (de huidige gegevens blijven)."
    )
    encrypt = box.addButton("Versleutelen", QMessageBox.ButtonRole.AcceptRole)
    remove = box.addButton("Verwijderen", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(encrypt)
    box.exec()
    clicked = box.clickedButton()
    if clicked is encrypt:
        return "versleutelen"
    if clicked is remove:
        return "verwijderen"
    return None
