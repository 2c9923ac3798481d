"""The page the main window shows when no client is chosen: a short hint and the report on
last time's general acties (acties about the caseload or the worker, not about one client)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.scan.acties_section import GeneralActiesWidget

TITLE = "Algemeen"


class GeneralPage(QWidget):
    """Title, hint (`hint`, its text set by the main window) and the general acties."""

    def __init__(
        self,
        ws: Workspace,
        hint_text: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Algemene acties")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        self.title = QLabel(TITLE, self)
        scale_font(self.title, 1.3, bold=True)
        layout.addWidget(self.title)
        self.hint = QLabel(hint_text, self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAccessibleName("Uitleg")
        layout.addWidget(self.hint)
        self.acties = GeneralActiesWidget(ws, self, today=today)
        layout.addWidget(self.acties, 1)

    def refresh(self) -> None:
        """Read the general acties again (a note still being typed is saved first)."""
        self.acties.refresh()

    def flush(self) -> None:
        """Save a note that is still being typed."""
        self.acties.flush()

    def focus_first_field(self) -> None:
        """Put the keyboard focus on the status of the first actie, if there is one."""
        rows = list(self.acties.section.rows.values())
        if rows:
            rows[0].status.setFocus(Qt.FocusReason.ShortcutFocusReason)
