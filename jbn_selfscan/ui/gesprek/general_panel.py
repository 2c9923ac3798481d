"""The general part of the gesprek: general bespreekpunten, last time's general acties, and
the opmerkingen. The gesprek widget autosaves the two text fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from jbn_selfscan.services.gesprek_view import ActieRow
from jbn_selfscan.ui.gesprek.client_detail import actie_line
from jbn_selfscan.ui.scan.fields import ErrorNote, GrowingTextEdit, GuardNote, watch_guard


class TextBox(QGroupBox):
    """A titled, growing text field with the identifier warning and an error line."""

    def __init__(self, title: str, question: str, placeholder: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        label = QLabel(question, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = GrowingTextEdit(self, min_lines=3, max_lines=14)
        self.text.setAccessibleName(title)
        self.text.setPlaceholderText(placeholder)
        label.setBuddy(self.text)
        layout.addWidget(self.text)
        self.guard = GuardNote(self)
        layout.addWidget(self.guard)
        watch_guard(self.text, self.guard)
        self.error = ErrorNote(self)
        layout.addWidget(self.error)


class GeneralPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName("Algemeen deel van het gesprek")
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(12)
        self.bespreekpunten = TextBox(
            "Algemene bespreekpunten",
            "&Wat wil de jeugdzorgwerker bespreken dat niet over één cliënt gaat?",
            "Bijvoorbeeld: werkdruk, scholing, een vraag over de werkwijze",
            content,
        )
        layout.addWidget(self.bespreekpunten)
        self.previous = QGroupBox("Algemene acties uit het vorige caseloadgesprek", content)
        self._previous_layout = QVBoxLayout(self.previous)
        layout.addWidget(self.previous)
        self.opmerkingen = TextBox(
            "Opmerkingen",
            "&Opmerkingen bij dit caseloadgesprek (van de praktijkbegeleider of de "
            "jeugdzorgwerker)",
            "Wat is er verder besproken? (geen namen of BSN)",
            content,
        )
        layout.addWidget(self.opmerkingen)
        layout.addStretch(1)
        self.setWidget(content)

    def set_previous(self, acties: Sequence[ActieRow], today: dt.date) -> None:
        while self._previous_layout.count():
            item = self._previous_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not acties:
            self._previous_layout.addWidget(
                QLabel("Er waren geen algemene acties in het vorige gesprek.", self.previous)
            )
        for actie in acties:
            self._previous_layout.addWidget(
                actie_line(actie, today, self.previous, with_status=True)
            )

    def set_read_only(self, read_only: bool) -> None:
        self.bespreekpunten.text.setReadOnly(read_only)
        self.opmerkingen.text.setReadOnly(read_only)
