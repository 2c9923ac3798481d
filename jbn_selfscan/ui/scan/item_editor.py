"""One checklist item on the scan screen: question, answer, toelichting, status and history.

The editor never talks to a service: it reports edits through signals and the scan widget
pushes the results (verdict, deadline, stored answer) back in place, so focus and cursor stay
where the user left them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.checklist import ChecklistItem
from jbn_selfscan.domain.evaluation import Verdict
from jbn_selfscan.services.deadlines import DeadlineResult
from jbn_selfscan.services.scans import AnswerState
from jbn_selfscan.ui.flow_layout import FlowLayout
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.scan.answer_controls import DateControl, make_control
from jbn_selfscan.ui.scan.fields import (
    ErrorNote,
    GrowingTextEdit,
    GuardNote,
    StatusBadge,
    watch_guard,
)
from jbn_selfscan.ui.scan.texts import NAVIGATION_HINT, date_text, previous_text

_NOTHING = object()
RECORD_DATE_NOTE = "Deze datum staat ook bij de cliëntgegevens."
RECORD_DATE_TIP = (
    "Deze datum staat ook bij de cliëntgegevens. Het is één datum: wijzig je hem hier, "
    "dan verandert hij daar ook, en andersom."
)


def _small_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    scale_font(label, 0.92)
    return label


class ItemEditor(QFrame):
    """The row of one item. Signals carry the item id."""

    sig_committed = Signal(str)  # a choice or date changed: save now
    sig_edited = Signal(str)  # typing in the answer or toelichting: debounce
    sig_focus_out = Signal(str)  # the user left a text field: save what is pending
    sig_unchanged_requested = Signal(str)  # "Ongewijzigd" pressed
    sig_history_requested = Signal(str)  # "Geschiedenis" pressed (shown once connected)

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("scanItem")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"Vraag: {item.question}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(self._build_question_row())
        self._help = _small_label(self)
        self._help.setText(item.help)
        self._help.setAccessibleName(f"Uitleg: {item.help}")
        self._help.hide()
        layout.addWidget(self._help)

        self.control = make_control(item, self)
        self.control.sig_committed.connect(lambda: self.sig_committed.emit(item.id))
        self.control.sig_edited.connect(lambda: self.sig_edited.emit(item.id))
        self.control.sig_focus_out.connect(lambda: self.sig_focus_out.emit(item.id))
        # The status goes beside the answer while there is room and under it when not; a tall
        # answer (long choices, one under the other) always has it under it.
        answer_row: QLayout
        if self.control.stacked:
            answer_row = QVBoxLayout()
            answer_row.setSpacing(4)
        elif item.answer_type == "tekst":
            answer_row = QHBoxLayout()
            answer_row.setSpacing(12)
        else:
            answer_row = FlowLayout(h_spacing=12, v_spacing=2)
        status_box = QWidget(self)
        status = QHBoxLayout(status_box)
        status.setContentsMargins(0, 0, 0, 0)
        status.setSpacing(6)
        self._badge = StatusBadge(status_box)
        self._reason = _small_label(status_box)
        self._reason.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        status.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self._reason, 1)
        if isinstance(answer_row, QHBoxLayout):
            answer_row.addWidget(self.control, 1)
            answer_row.addWidget(status_box, 0)
        else:
            answer_row.addWidget(self.control)
            answer_row.addWidget(status_box)
        layout.addLayout(answer_row)
        self._record_note: QLabel | None = None
        if item.stap is not None and isinstance(self.control, DateControl):
            # One date for scan and client record: the control shows the recorded date.
            self.control.setToolTip(RECORD_DATE_TIP)
            self._record_note = _small_label(self)
            self._record_note.setText(RECORD_DATE_NOTE)
            self._record_note.setToolTip(RECORD_DATE_TIP)
            self._record_note.hide()
            layout.addWidget(self._record_note)
        self._error = ErrorNote(self)
        layout.addWidget(self._error)

        self._deadline_box = self._build_deadline_box() if item.stap else None
        if self._deadline_box is not None:
            layout.addWidget(self._deadline_box)

        self._previous_box = self._build_previous_box()
        layout.addWidget(self._previous_box)

        self.toelichting = GrowingTextEdit(self, min_lines=1)
        self.toelichting.setAccessibleName(f"Toelichting: {item.question}")
        self.toelichting.setPlaceholderText(
            "Toelichting: wat staat er in het dossier, en waar? (geen namen of BSN)"
        )
        self.toelichting.sig_edited.connect(lambda: self.sig_edited.emit(item.id))
        self.toelichting.sig_focus_out.connect(lambda: self.sig_focus_out.emit(item.id))
        layout.addWidget(self.toelichting)
        self._guard = GuardNote(self)
        layout.addWidget(self._guard)
        watch_guard(self.toelichting, self._guard)
        # Tab order: the answer and its toelichting first, then "Geschiedenis" and "?".
        QWidget.setTabOrder(self.toelichting, self.history_button)
        QWidget.setTabOrder(self.history_button, self._help_button)
        self._read_only = False
        self._has_value = False
        self._can_take_over = False
        self._shown: dict[str, object] = {}

    # ------------------------------------------------------------------ building

    def _build_question_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        question = QLabel(self.item.question, self)
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setToolTip(f"{self.item.help}\n\n{NAVIGATION_HINT}")
        scale_font(question, bold=True)
        question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        question.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row.addWidget(question, 1, Qt.AlignmentFlag.AlignTop)
        if self.item.norm:
            norm = QLabel(f"norm {self.item.norm}", self)
            norm.setToolTip("Norm uit het toetsingskader van de Inspectie")
            norm.setAccessibleName(f"Norm {self.item.norm}")
            row.addWidget(norm, 0, Qt.AlignmentFlag.AlignTop)
        self._help_button = QToolButton(self)
        self._help_button.setText("?")
        self._help_button.setCheckable(True)
        self._help_button.setToolTip(self.item.help)
        self._help_button.setAccessibleName(f"Uitleg tonen: {self.item.question}")
        self._help_button.toggled.connect(self._on_help_button_toggled)
        self.history_button = QToolButton(self)
        self.history_button.setText("Geschiedenis")
        self.history_button.setAutoRaise(True)
        self.history_button.setToolTip("Wie heeft dit antwoord wanneer veranderd?")
        self.history_button.setAccessibleName(f"Geschiedenis: {self.item.question}")
        self.history_button.clicked.connect(lambda: self.sig_history_requested.emit(self.item.id))
        self.history_button.hide()  # until the scan screen listens (see connectNotify)
        row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._help_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_deadline_box(self) -> QWidget:
        box = QWidget(self)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        self._deadline_badge = StatusBadge(box)
        self._deadline_text = QLabel(box)
        self._deadline_text.setTextFormat(Qt.TextFormat.PlainText)
        self._deadline_text.setWordWrap(True)
        row.addWidget(self._deadline_badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._deadline_text, 1)
        box_layout.addLayout(row)
        self._deadline_uitleg = _small_label(box)
        self._deadline_uitleg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self._deadline_uitleg)
        return box

    def _build_previous_box(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self._previous = _small_label(box)
        row.addWidget(self._previous, 1)
        self._confirmed = QLabel("Ongewijzigd overgenomen", box)
        self._confirmed.setToolTip("Het antwoord van de vorige zelfscan is bevestigd.")
        self._confirmed.hide()
        row.addWidget(self._confirmed, 0, Qt.AlignmentFlag.AlignTop)
        self.unchanged_button = QPushButton("Ongewijzigd", box)
        self.unchanged_button.setToolTip(
            "Neem het antwoord en de toelichting van de vorige zelfscan over: "
            "er is niets veranderd."
        )
        self.unchanged_button.setAccessibleName(f"Ongewijzigd: {self.item.question}")
        self.unchanged_button.clicked.connect(
            lambda: self.sig_unchanged_requested.emit(self.item.id)
        )
        row.addWidget(self.unchanged_button, 0, Qt.AlignmentFlag.AlignTop)
        box.hide()
        return box

    # ------------------------------------------------------------------ reading

    def value(self) -> str | None:
        return self.control.value()

    def toelichting_text(self) -> str:
        return self.toelichting.toPlainText()

    def focus_target(self) -> QWidget:
        return self.control.focus_target()

    def commit_typing(self) -> None:
        self.control.commit_typing()

    # ------------------------------------------------------------------ showing results

    def set_answer(self, answer: AnswerState | None) -> None:
        """Show the stored answer (not a user edit: no signals, cursor kept when equal)."""
        self.control.set_value(answer.waarde if answer is not None else None)
        self.toelichting.set_text_keeping_cursor(answer.toelichting if answer is not None else "")
        self._confirmed.setVisible(answer is not None and answer.ongewijzigd_bevestigd)
        self._has_value = answer is not None and bool(answer.waarde)
        self._update_record_note()

    def _update_record_note(self) -> None:
        """A signed scan keeps its own date; an open one shows the client's (one date)."""
        if self._record_note is not None:
            self._record_note.setVisible(self._has_value and not self._read_only)

    def set_max_date(self, today: dt.date) -> None:
        if isinstance(self.control, DateControl):
            self.control.set_max_date(today)

    def _changed(self, aspect: str, value: object) -> bool:
        """Whether `aspect` now shows something else (saves Qt calls on every keystroke)."""
        if self._shown.get(aspect, _NOTHING) == value:
            return False
        self._shown[aspect] = value
        return True

    def set_verdict(self, verdict: Verdict | None) -> None:
        if verdict is None or not self._changed("verdict", verdict):
            return
        self._badge.set_item_status(verdict.status, verdict.reason)
        same = verdict.reason == verdict.status.label
        self._reason.setText("" if same else verdict.reason)

    def status_text(self) -> str:
        return self._badge.text()

    def set_deadline(self, result: DeadlineResult | None, today: dt.date) -> None:
        if self._deadline_box is None or not self._changed("deadline", (result, today)):
            return
        self._deadline_box.setVisible(result is not None)
        if result is None:
            return
        days_left = (result.deadline - today).days if result.deadline is not None else None
        self._deadline_badge.set_deadline_state(result.state, result.status_text, days_left)
        due = f"uiterlijk {date_text(result.deadline)}" if result.deadline else "geen termijn"
        self._deadline_text.setText(f"Termijn {result.omschrijving}: {due}")
        self._deadline_uitleg.setText(f"Zo berekend: {result.uitleg}")
        self._deadline_box.setToolTip(result.uitleg)

    def deadline_status_text(self) -> str:
        return self._deadline_badge.text() if self._deadline_box is not None else ""

    def set_previous(
        self, previous: AnswerState | None, *, has_previous_scan: bool, answered_now: bool
    ) -> None:
        if not self._changed("previous", (previous, has_previous_scan, answered_now)):
            return
        self._previous_box.setVisible(has_previous_scan)
        self._previous.setText(previous_text(self.item, previous))
        self._can_take_over = previous is not None and bool(previous.waarde) and not answered_now
        self._update_unchanged_button()

    def _update_unchanged_button(self) -> None:
        self.unchanged_button.setVisible(self._can_take_over)
        self.unchanged_button.setEnabled(self._can_take_over and not self._read_only)

    def previous_shown(self) -> str:
        return self._previous.text() if self._previous_box.isVisibleTo(self) else ""

    def set_shown(self, shown: bool) -> None:
        if self.isHidden() == shown:
            self.setVisible(shown)

    def show_error(self, message: str) -> None:
        if not self._changed("error", message):
            return
        self._error.show_text(message)
        self.control.setAccessibleDescription(message)

    def clear_error(self) -> None:
        self.show_error("")

    def error_text(self) -> str:
        return self._error.text() if self._error.isVisibleTo(self) else ""

    def set_read_only(self, read_only: bool) -> None:
        if not self._changed("read_only", read_only):
            return
        self._read_only = read_only
        self.control.set_read_only(read_only)
        self.toelichting.setReadOnly(read_only)
        self._update_unchanged_button()
        self._update_record_note()

    def connectNotify(self, signal: QMetaMethod) -> None:
        """Show the "Geschiedenis" button once someone handles `sig_history_requested`."""
        super().connectNotify(signal)
        if signal.name().data() == b"sig_history_requested" and hasattr(self, "history_button"):
            self.history_button.show()

    def _on_help_button_toggled(self, shown: bool) -> None:
        self._help.setVisible(shown)
        self._help_button.setAccessibleName(
            f"Uitleg {'verbergen' if shown else 'tonen'}: {self.item.question}"
        )
