"""After a file is written (a PDF, an export, a backup): where it is, with "Openen" and
"Map tonen".

Everything that reaches the desktop goes through `open_url`, the one seam: tests replace it and
check the URL without opening anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def open_url(url: QUrl) -> bool:
    """Open `url` with the desktop's program for it; False when that did not work."""
    return QDesktopServices.openUrl(url)


def file_url(path: Path) -> QUrl:
    return QUrl.fromLocalFile(str(path))


class FileDoneBox(QMessageBox):
    """The message about a written file; "Openen" (when `can_open`) and "Map tonen" act on it.

    Both buttons close the message, like its "Sluiten"; a file or folder that cannot be opened
    is reported with the place where the file is.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        path: Path,
        *,
        warning: bool = False,
        can_open: bool = True,
    ) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        super().__init__(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        self.path = path
        self.open_button = (
            self.addButton("&Openen", QMessageBox.ButtonRole.ActionRole) if can_open else None
        )
        self.folder_button = self.addButton("&Map tonen", QMessageBox.ButtonRole.ActionRole)
        self.close_button = self.addButton("&Sluiten", QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(self.close_button)
        self.setDefaultButton(self.open_button or self.close_button)
        if self.open_button is not None:
            self.open_button.setToolTip("Het bestand openen")
            self.open_button.clicked.connect(self.open_file)
        self.folder_button.setToolTip(f"De map openen waarin het bestand staat: {path.parent}")
        self.folder_button.clicked.connect(self.show_folder)

    def open_file(self) -> bool:
        return self._open(file_url(self.path), "Het bestand kon niet worden geopend.")

    def show_folder(self) -> bool:
        return self._open(file_url(self.path.parent), "De map kon niet worden geopend.")

    def _open(self, url: QUrl, failed: str) -> bool:
        if open_url(url):
            return True
        QMessageBox.warning(
            self.parentWidget(), self.windowTitle(), f"{failed} Het bestand staat in: {self.path}"
        )
        return False


def report_file(
    parent: QWidget | None,
    title: str,
    text: str,
    path: Path,
    *,
    warning: bool = False,
    can_open: bool = True,
) -> None:
    """Tell that `path` was written and offer to open it or its folder."""
    FileDoneBox(parent, title, text, path, warning=warning, can_open=can_open).exec()
