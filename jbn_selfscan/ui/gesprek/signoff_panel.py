"""The akkoord of both participants, and "Wijzigen na ondertekening…" once it is signed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.dutch_dates import moment_text
from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.services.gesprek_view import GesprekView
from jbn_selfscan.services.gesprekken import not_yet_text
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_icon
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.gesprek.texts import ROLE_LABELS
from jbn_selfscan.ui.scan.fields import ICON_SIZE, ErrorNote

VOIDED_HINT = "Verandert er daarna nog iets, dan vervalt een akkoord dat al is gegeven."
SIGNER_PLACEHOLDER = "Typ zelf je naam of initialen"


def _letters(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalpha())


def signer_name(expected: str, typed: str) -> str | None:
    """The name an akkoord is recorded under when the signer typed `typed` themselves.

    With a known name (`expected`) the typed text must be that name or its initials (every
    word's first letter, or those of the capitalised words only: "Petra de Boer" → "PdB",
    "P.d.B." or "PB"); the known name is recorded. Without one, the typed name is recorded.
    None when it does not match or nothing was typed.
    """
    typed_letters = _letters(typed)
    if not typed_letters:
        return None
    if not expected.strip():
        return typed.strip()
    words = expected.split()
    accepted = {
        _letters(expected),
        _letters("".join(word[0] for word in words)),
        _letters("".join(word[0] for word in words if word[0].isupper())),
    }
    return expected.strip() if typed_letters in accepted else None


class _RoleRow:
    """The widgets of one role in the grid."""

    def __init__(self, role: Role, parent: QWidget, grid: QGridLayout, row: int) -> None:
        self.role = role
        label = QLabel(f"{ROLE_LABELS[role]}:", parent)
        label.setWordWrap(True)  # "Vaste / jeugdzorgwerker:" keeps the panel under the overview
        self.icon = QLabel(parent)
        self.name = QLineEdit(parent)
        self.name.setAccessibleName(f"Naam {ROLE_LABELS[role].lower()}")
        self.name.setPlaceholderText("Naam" if role is Role.JEUGDBESCHERMER else SIGNER_PLACEHOLDER)
        if role is Role.PRAKTIJKBEGELEIDER:
            self.name.setToolTip(
                "De praktijkbegeleider geeft zelf akkoord door de eigen naam of initialen te typen."
            )
        self.name.setMinimumWidth(
            self.name.fontMetrics().horizontalAdvance(SIGNER_PLACEHOLDER) + 24
        )
        label.setBuddy(self.name)
        self.button = QPushButton("Akkoord g&even" if row == 0 else "Akkoor&d geven", parent)
        self.button.setAccessibleName(f"Akkoord geven als {ROLE_LABELS[role].lower()}")
        self.state = QLabel(parent)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        grid.addWidget(label, row, 0)
        grid.addWidget(self.icon, row, 1)
        grid.addWidget(self.name, row, 2)
        grid.addWidget(self.button, row, 3)
        grid.addWidget(self.state, row, 4)

    def show(self, view: GesprekView) -> None:
        signed = next((s for s in view.akkoorden if s.rol is self.role), None)
        kind = StatusKind.GOOD if signed is not None else StatusKind.EMPTY
        self.icon.setPixmap(status_icon(kind).pixmap(ICON_SIZE, ICON_SIZE))
        editable = not view.locked
        if signed is not None:
            text = signed.herkomst
            where = f"\n{text[:1].upper()}{text[1:]}." if text else ""
            self.state.setText(f"Akkoord: {signed.naam}, {moment_text(signed.op)}{where}")
            self.name.setText(signed.naam)
        else:
            self.state.setText("Nog geen akkoord")
            if not self.name.text().strip() and self.role is Role.JEUGDBESCHERMER:
                self.name.setText(view.medewerker)
            # The praktijkbegeleider's name is never filled in for them: they type it.
        self.name.setVisible(editable and signed is None)
        self.button.setVisible(editable and signed is None)
        self.state.setAccessibleName(f"{ROLE_LABELS[self.role]}: {self.state.text()}")


class SignOffPanel(QFrame):
    """Signals carry the role and the typed name; the gesprek widget calls the service."""

    sig_sign_requested = Signal(object, str)  # Role, naam
    sig_confirm_requested = Signal()
    sig_reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Akkoord")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        title = QLabel("Akkoord", self)
        scale_font(title, bold=True)
        top.addWidget(title)
        self.hint = QLabel(VOIDED_HINT, self)
        self.hint.setWordWrap(True)
        top.addWidget(self.hint, 10)
        top.addStretch(1)
        self.reopen_button = QPushButton("&Wijzigen na ondertekening…", self)
        self.reopen_button.setToolTip(
            "Maak een nieuwe versie van dit getekende gesprek; de getekende versie blijft bewaard."
        )
        self.reopen_button.clicked.connect(self.sig_reopen_requested)
        self.confirm_button = QPushButton("Mi&jn akkoord bevestigen…", self)
        self.confirm_button.setToolTip(
            "Een akkoord in jouw naam is op een andere installatie gegeven (bijvoorbeeld een "
            "gedeelde laptop). Bevestig het met de sleutel van deze installatie en exporteer "
            "het gesprek terug."
        )
        self.confirm_button.clicked.connect(self.sig_confirm_requested)
        top.addWidget(self.confirm_button)
        top.addWidget(self.reopen_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setColumnStretch(4, 1)
        grid.setHorizontalSpacing(8)
        self.rows = {role: _RoleRow(role, self, grid, index) for index, role in enumerate(Role)}
        for row in self.rows.values():
            row.button.clicked.connect(
                lambda _checked=False, r=row: self.sig_sign_requested.emit(r.role, r.name.text())
            )
            row.name.returnPressed.connect(
                lambda r=row: self.sig_sign_requested.emit(r.role, r.name.text())
            )

        layout.addLayout(grid)
        self.error = ErrorNote(self)
        layout.addWidget(self.error)

    def set_view(self, view: GesprekView, today: dt.date | None = None) -> None:
        """Show the akkoorden; a gesprek dated after `today` cannot be signed yet."""
        too_early = today is not None and view.datum > today
        for row in self.rows.values():
            row.show(view)
            row.button.setEnabled(not too_early)
            row.button.setToolTip(not_yet_text(view.datum) if too_early else "")
        self.reopen_button.setVisible(view.status is GesprekStatus.GETEKEND)
        self.confirm_button.setVisible(
            view.status is GesprekStatus.GETEKEND and not all(s.eigen for s in view.akkoorden)
        )
        self.hint.setVisible(view.status is GesprekStatus.IN_VOORBEREIDING)
        self.error.show_text("")

    def state_text(self, role: Role) -> str:
        return self.rows[role].state.text()
