"""The worker's bespreekpunten for one client: what to raise in the caseloadgesprek."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from jbn_selfscan.ui.scan.fields import ErrorNote, GrowingTextEdit, GuardNote, watch_guard


class BespreekpuntenBox(QGroupBox):
    """A growing text field with the identifier guard and an error line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Bespreekpunten", parent)
        layout = QVBoxLayout(self)
        label = QLabel("&Wat wil je over deze cliënt bespreken in het caseloadgesprek?", self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = GrowingTextEdit(self, min_lines=3, max_lines=12)
        self.text.setAccessibleName("Bespreekpunten voor het caseloadgesprek")
        self.text.setPlaceholderText("Bijvoorbeeld: twijfel over de frequentie van het contact")
        label.setBuddy(self.text)
        layout.addWidget(self.text)
        self.guard = GuardNote(self)
        layout.addWidget(self.guard)
        watch_guard(self.text, self.guard)
        self.error = ErrorNote(self)
        layout.addWidget(self.error)

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
