"""Open acties of the previous caseloadgesprek: the worker reports how each one went.

`ActiesSection` is used inside a client's scan (acties about that client) and inside
`GeneralActiesWidget` (acties without a client) that the main window can show on its own.
The status saves at once, the note through the autosave debounce, like every other field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.dutch_dates import utc_now
from jbn_selfscan.domain.dutch_words import OWNER_ROLE_WORDS
from jbn_selfscan.domain.types import ActieStatus
from jbn_selfscan.services import acties as acties_service
from jbn_selfscan.services.acties import ActieView
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.scan.autosave import AutosaveController
from jbn_selfscan.ui.scan.fields import ErrorNote, GrowingTextEdit, GuardNote, watch_guard
from jbn_selfscan.ui.scan.texts import date_text, saved_at_text
from jbn_selfscan.ui.service_call import service_call

SAVE_FAILED = (
    "Opslaan is niet gelukt ({error}). Je tekst staat nog hier; het wordt opnieuw geprobeerd "
    "bij je volgende wijziging."
)


def _meta_text(view: ActieView, today: dt.date) -> str:
    parts = [f"afgesproken in het caseloadgesprek van {date_text(view.gesprek_datum)}"]
    role = OWNER_ROLE_WORDS.get(view.eigenaar_rol, view.eigenaar_rol)
    owner = role + (f" ({view.eigenaar_naam})" if view.eigenaar_naam else "")
    parts.append(f"eigenaar: {owner}")
    if view.deadline is not None:
        late = view.deadline < today and view.status in (ActieStatus.OPEN, ActieStatus.LOOPT)
        parts.append(f"deadline {date_text(view.deadline)}" + (" (verstreken)" if late else ""))
    return " · ".join(parts)


class ActieRow(QFrame):
    """One actie: what, who, when, and the worker's status report."""

    sig_status_changed = Signal(int)
    sig_note_edited = Signal(int)
    sig_note_focus_out = Signal(int)

    def __init__(self, view: ActieView, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        title = QLabel(view.omschrijving, self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(title, bold=True)
        layout.addWidget(title)
        meta = QLabel(_meta_text(view, today), self)
        meta.setWordWrap(True)
        layout.addWidget(meta)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.status = QComboBox(self)
        for status in ActieStatus:
            self.status.addItem(status.label, status.value)
        self.status.setCurrentIndex(list(ActieStatus).index(view.status))
        self.status.setAccessibleName(f"Status van actie: {view.omschrijving}")
        self.status.activated.connect(lambda _index: self.sig_status_changed.emit(view.id))
        form.addRow("Status:", self.status)
        self.note = GrowingTextEdit(self)
        self.note.setPlainText(view.status_toelichting)
        self.note.setPlaceholderText("Hoe is het gegaan? Wat is er nog nodig?")
        self.note.setAccessibleName(f"Toelichting op actie: {view.omschrijving}")
        self.note.sig_edited.connect(lambda: self.sig_note_edited.emit(view.id))
        self.note.sig_focus_out.connect(lambda: self.sig_note_focus_out.emit(view.id))
        form.addRow("Toelichting:", self.note)
        layout.addLayout(form)
        self._guard = GuardNote(self)
        layout.addWidget(self._guard)
        watch_guard(self.note, self._guard)
        self.error = ErrorNote(self)
        layout.addWidget(self.error)

    def chosen_status(self) -> ActieStatus:
        return ActieStatus(self.status.currentData())

    def set_read_only(self, read_only: bool) -> None:
        self.status.setEnabled(not read_only)
        self.note.setReadOnly(read_only)


class ActiesSection(QGroupBox):
    """A titled list of acties with autosaved status reports."""

    sig_saved = Signal(object)  # datetime of the save

    def __init__(
        self,
        ws: Workspace,
        autosave: AutosaveController,
        title: str,
        parent: QWidget | None = None,
        *,
        empty_text: str = "",
    ) -> None:
        super().__init__(title, parent)
        self._ws = ws
        self._autosave = autosave
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(6)
        self._empty = QLabel(empty_text, self)
        self._layout.addWidget(self._empty)
        self.rows: dict[int, ActieRow] = {}
        self._read_only = False

    def set_acties(self, views: Sequence[ActieView], today: dt.date) -> None:
        for row in self.rows.values():
            row.hide()  # deleteLater waits for the event loop: no old row may show
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for view in views:
            row = ActieRow(view, today, self)
            row.sig_status_changed.connect(self._on_row_status_changed)
            row.sig_note_edited.connect(self._on_row_note_edited)
            row.sig_note_focus_out.connect(self._on_row_note_focus_out)
            row.set_read_only(self._read_only)
            self._layout.addWidget(row)
            self.rows[view.id] = row
        self._empty.setVisible(not views and bool(self._empty.text()))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self.rows.values():
            row.set_read_only(read_only)

    def _key(self, actie_id: int) -> tuple[str, int]:
        return ("actie", actie_id)

    def _on_row_status_changed(self, actie_id: int) -> None:
        self._autosave.flush(self._key(actie_id))
        self._save(actie_id)

    def _on_row_note_edited(self, actie_id: int) -> None:
        self._autosave.schedule(self._key(actie_id), lambda: self._save(actie_id))

    def _on_row_note_focus_out(self, actie_id: int) -> None:
        self._autosave.flush(self._key(actie_id))

    def _save(self, actie_id: int) -> None:
        row = self.rows.get(actie_id)
        if row is None or self._read_only:
            return
        with service_call(  # never a traceback; keep the text, retry on the next edit
            row.error.show_text,
            what=f"saving the status of actie {actie_id}",
            unexpected=SAVE_FAILED,
        ) as call:
            view = acties_service.report_actie_status(
                self._ws, actie_id, row.chosen_status(), row.note.toPlainText()
            )
        if call.failed:
            return
        row.error.show_text("")
        row.view = view
        self.sig_saved.emit(utc_now())


class GeneralActiesWidget(QWidget):
    """The general acties (no client) of the previous gesprek, for the main window."""

    sig_changed = Signal()

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._today = today
        self._autosave = AutosaveController(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.saved_label = QLabel(self)
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.saved_label.setAccessibleName("Opslagstatus")
        layout.addWidget(self.saved_label)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        self.section = ActiesSection(
            ws,
            self._autosave,
            "Algemene acties uit het vorige caseloadgesprek",
            content,
            empty_text="Er staan geen algemene acties open.",
        )
        self.section.sig_saved.connect(self._on_section_saved)
        content_layout.addWidget(self.section)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName("Algemene acties")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        """Load (again) the general acties; pending notes are saved first."""
        self.flush()
        self.section.set_acties(
            acties_service.general_open_acties(self._ws), self._today or dt.date.today()
        )

    def flush(self) -> None:
        """Save a note that is still being typed (on leaving the screen and on quit)."""
        self._autosave.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def _on_section_saved(self, moment: dt.datetime) -> None:
        self.saved_label.setText(saved_at_text(moment))
        self.sig_changed.emit()
