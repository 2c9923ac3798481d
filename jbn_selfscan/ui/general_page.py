"""The page the main window shows when no client is chosen: a short hint and the report on
last time's general acties (acties about the caseload or the worker, not about one client)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.scan.acties_section import GeneralActiesWidget

TITLE = "Algemeen"
EMPTY_TEXT = (
    "Je caseload is nog leeg. Lees je caseload in uit een CSV- of Excel-bestand, voeg een "
    "cliënt toe, of kijk eerst rond in de demo (met verzonnen cliënten, in een eigen map: je "
    "eigen gegevens blijven apart)."
)


class EmptyCaseloadBox(QFrame):
    """What to do next when there are no clients yet, with a button for each way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Lege caseload")
        layout = QVBoxLayout(self)
        text = QLabel(EMPTY_TEXT, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QVBoxLayout()  # one under the other: the page stays narrow
        self.import_button = QPushButton("Caseload &importeren…", self)
        self.add_button = QPushButton("Cliënt t&oevoegen…", self)
        self.demo_button = QPushButton("&Demo proberen", self)
        self.demo_button.setToolTip("Start de app nog een keer, met de demo in een eigen map.")
        for button in (self.import_button, self.add_button, self.demo_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)


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
        self.empty_box = EmptyCaseloadBox(self)
        self.empty_box.hide()
        layout.addWidget(self.empty_box)
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
