"""One client in the gesprek: themes, deadlines, what is not op orde, bespreekpunten, acties.

Read-only text built from a frozen `ClientPoint`; the only controls are the buttons that add
an afspraak or actie about this client (the gesprek widget handles them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.checklist import ChecklistItem
from jbn_selfscan.domain.types import ItemStatus
from jbn_selfscan.services import checklists
from jbn_selfscan.services.gesprek_view import ActieRow, AfspraakRow, ClientPoint, ItemPoint
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_icon
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.gesprek.agreements_model import actie_kind
from jbn_selfscan.ui.gesprek.texts import actie_status_text, date_text, owner_text
from jbn_selfscan.ui.scan.fields import ICON_SIZE, StatusBadge
from jbn_selfscan.ui.scan.texts import answer_text
from jbn_selfscan.ui.service_call import service_call

DISCUSS_NOW = (ItemStatus.NIET_OP_ORDE, ItemStatus.AANDACHT)


def _label(text: str, parent: QWidget, *, bold: bool = False, small: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    scale_font(label, 0.92 if small else 1.0, bold=bold)
    return label


def _icon_label(kind: StatusKind, parent: QWidget) -> QLabel:
    icon = QLabel(parent)
    icon.setPixmap(status_icon(kind, parent.palette()).pixmap(ICON_SIZE, ICON_SIZE))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    return icon


def _checklist_items() -> dict[str, ChecklistItem]:
    with service_call(None, what="reading the checklist") as call:  # labels can be missed
        items = checklists.current().items
    return {} if call.failed else {item.id: item for item in items}


class ClientDetail(QWidget):
    """Everything about one client that the gesprek goes through."""

    sig_add_afspraak = Signal(int)  # client id
    sig_add_actie = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = _checklist_items()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._outer = outer
        self._content = QWidget(self)
        outer.addWidget(self._content)
        self.client: ClientPoint | None = None
        self._add_buttons: list[QPushButton] = []

    def show_client(
        self,
        client: ClientPoint,
        afspraken: Sequence[AfspraakRow],
        acties: Sequence[ActieRow],
        today: dt.date,
        *,
        read_only: bool,
    ) -> None:
        """Build the page of `client` (a fresh page; the previous one is thrown away)."""
        self.client = client
        self._add_buttons = []
        old, self._content = self._content, QWidget(self)
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(12)
        parts = [self._header(client), self._themes(client)]
        if client.termijnen:
            parts.append(self._termijnen(client, today))
        parts += [self._points(client), self._bespreekpunten(client)]
        if client.previous_acties:
            parts.append(self._previous(client.previous_acties, today))
        parts.append(self._outcome(client, afspraken, acties, read_only))
        for part in parts:
            part.setParent(self._content)
            layout.addWidget(part)
        layout.addStretch(1)
        self._outer.replaceWidget(old, self._content)
        old.hide()
        old.deleteLater()

    # ------------------------------------------------------------------ sections

    def _header(self, client: ClientPoint) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = _label(
            f"{client.referentie} · {client.initialen or '—'} · {client.maatregel.label}",
            box,
            bold=True,
        )
        scale_font(title, 1.15)
        layout.addWidget(title)
        status = client.scan_status.value if client.scan_status is not None else "geen zelfscan"
        layout.addWidget(
            _label(
                f"Zelfscan: {client.answered} van {client.total} vragen ingevuld ({status})", box
            )
        )
        return box

    def _themes(self, client: ClientPoint) -> QGroupBox:
        box = QGroupBox("Thema's", self)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        for row, (theme, status) in enumerate(client.themes.items()):
            grid.addWidget(_label(theme.label, box), row, 0, Qt.AlignmentFlag.AlignTop)
            badge = StatusBadge(box)
            badge.set_item_status(status, client.theme_reasons.get(theme, ""))
            grid.addWidget(badge, row, 1, Qt.AlignmentFlag.AlignTop)
            reason = client.theme_reasons.get(theme, "")
            if reason and reason != status.label:
                grid.addWidget(_label(reason, box, small=True), row, 2)
        return box

    def _termijnen(self, client: ClientPoint, today: dt.date) -> QGroupBox:
        box = QGroupBox("Termijnen", self)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for row, termijn in enumerate(client.termijnen):
            badge = StatusBadge(box)
            days_left = (termijn.deadline - today).days if termijn.deadline else None
            badge.set_deadline_state(termijn.state, termijn.status_text, days_left)
            grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
            due = f"uiterlijk {date_text(termijn.deadline)}" if termijn.deadline else "geen termijn"
            text = _label(f"{termijn.omschrijving}: {due}", box)
            text.setToolTip(f"Zo berekend: {termijn.uitleg}" if termijn.uitleg else "")
            grid.addWidget(text, row, 1)
        return box

    def _points(self, client: ClientPoint) -> QGroupBox:
        now = [p for p in client.items if p.status in DISCUSS_NOW]
        empty = [p for p in client.items if p.status is ItemStatus.NOG_NIET_INGEVULD]
        box = QGroupBox("Niet op orde of aandacht nodig", self)
        layout = QVBoxLayout(box)
        if not now:
            layout.addWidget(_label("Geen vragen met ‘niet op orde’ of ‘aandacht’.", box))
        for point in now:
            layout.addWidget(self._point(point, box))
        if empty:
            layout.addWidget(self._unanswered(empty, box))
        return box

    def _point(self, point: ItemPoint, parent: QWidget) -> QFrame:
        frame = QFrame(parent)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        badge = StatusBadge(frame)
        badge.set_item_status(point.status, point.reden)
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(_label(point.vraag, frame, bold=True), 1)
        if point.norm:
            top.addWidget(_label(f"norm {point.norm}", frame, small=True), 0)
        layout.addLayout(top)
        answer = (
            answer_text(self._items[point.item_id], point.waarde)
            if (point.item_id in self._items)
            else (point.waarde or "niet ingevuld")
        )
        details = [f"Antwoord: {answer}"]
        if point.reden.casefold() not in ("", point.status.label, details[0].casefold()):
            details.append(point.reden)
        layout.addWidget(_label(" · ".join(details), frame, small=True))
        toelichting = point.toelichting.strip()
        layout.addWidget(
            _label(f"Toelichting: {toelichting}" if toelichting else "Geen toelichting.", frame)
        )
        return frame

    def _unanswered(self, points: Sequence[ItemPoint], parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(_icon_label(StatusKind.EMPTY, box))
        word = "vraag is" if len(points) == 1 else "vragen zijn"
        row.addWidget(_label(f"{len(points)} {word} nog niet ingevuld.", box), 1)
        toggle = QToolButton(box)
        toggle.setText("Tonen")
        toggle.setCheckable(True)
        toggle.setAccessibleName("Niet ingevulde vragen tonen")
        row.addWidget(toggle)
        layout.addLayout(row)
        listing = _label("\n".join(f"• {p.vraag}" for p in points), box, small=True)
        listing.hide()
        layout.addWidget(listing)

        def on_toggled(shown: bool) -> None:
            listing.setVisible(shown)
            toggle.setText("Verbergen" if shown else "Tonen")

        toggle.toggled.connect(on_toggled)
        return box

    def _bespreekpunten(self, client: ClientPoint) -> QGroupBox:
        box = QGroupBox("Bespreekpunten van de jeugdzorgwerker", self)
        layout = QVBoxLayout(box)
        text = client.bespreekpunten.strip()
        layout.addWidget(_label(text or "Geen bespreekpunten ingevuld.", box))
        return box

    def _previous(self, acties: Sequence[ActieRow], today: dt.date) -> QGroupBox:
        box = QGroupBox("Acties uit het vorige caseloadgesprek", self)
        layout = QVBoxLayout(box)
        for actie in acties:
            layout.addWidget(actie_line(actie, today, box, with_status=True))
        return box

    def _outcome(
        self,
        client: ClientPoint,
        afspraken: Sequence[AfspraakRow],
        acties: Sequence[ActieRow],
        read_only: bool,
    ) -> QGroupBox:
        box = QGroupBox("Afspraken en acties over deze cliënt", self)
        layout = QVBoxLayout(box)
        mine_a = [a for a in afspraken if a.client_referentie == client.referentie]
        mine_b = [a for a in acties if a.client_referentie == client.referentie]
        if not mine_a and not mine_b:
            layout.addWidget(_label("Nog geen afspraken of acties over deze cliënt.", box))
        for afspraak in mine_a:
            layout.addWidget(_label(f"Afspraak: {afspraak.tekst}", box))
        for actie in mine_b:
            deadline = f", deadline {date_text(actie.deadline)}" if actie.deadline else ""
            who = owner_text(actie.eigenaar_rol, actie.eigenaar_naam)
            layout.addWidget(_label(f"Actie: {actie.omschrijving} ({who}{deadline})", box))
        buttons = QHBoxLayout()
        client_id = client.client_id
        for text, signal in (
            ("Afspraak toevoegen…", self.sig_add_afspraak),
            ("Actie toevoegen…", self.sig_add_actie),
        ):
            button = QPushButton(text, box)
            button.setEnabled(not read_only and client_id is not None)
            if client_id is not None:
                button.clicked.connect(lambda _checked=False, s=signal: s.emit(client_id))
            buttons.addWidget(button)
            self._add_buttons.append(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box


def actie_line(actie: ActieRow, today: dt.date, parent: QWidget, *, with_status: bool) -> QWidget:
    """One actie as a line: icon, what, who, deadline and (optionally) how it went."""
    line = QWidget(parent)
    row = QHBoxLayout(line)
    row.setContentsMargins(0, 0, 0, 0)
    kind = actie_kind(actie, today)
    row.addWidget(_icon_label(kind, line), 0, Qt.AlignmentFlag.AlignTop)
    parts = [actie.omschrijving, owner_text(actie.eigenaar_rol, actie.eigenaar_naam)]
    if actie.deadline is not None:
        parts.append(f"deadline {date_text(actie.deadline)}")
    text = " — ".join(parts)
    if with_status:
        text += f"\nStatus: {actie_status_text(actie, today)}"
        if actie.status_toelichting.strip():
            text += f" — {actie.status_toelichting.strip()}"
    label = _label(text, line)
    row.addWidget(label, 1)
    line.setAccessibleName(text)
    line.setToolTip(f"Status: {actie_status_text(actie, today)}")
    return line
