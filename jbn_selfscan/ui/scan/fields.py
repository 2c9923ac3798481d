"""Small building blocks of the scan screen: a growing text field, notes and a status badge."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from jbn_selfscan.domain.types import DeadlineState, ItemStatus
from jbn_selfscan.ui.caseload.status_style import (
    ITEM_STATUS_KIND,
    StatusKind,
    deadline_kind,
    status_color,
    status_icon,
)

ICON_SIZE = 16


class GrowingTextEdit(QPlainTextEdit):
    """A compact plain-text field that grows with its text (2 to `max_lines` lines).

    Tab moves the focus on (keyboard-only use); `sig_focus_out` lets the owner save at once.
    """

    sig_focus_out = Signal()
    sig_edited = Signal()  # the user changed the text (not `set_text_keeping_cursor`)

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 2, max_lines: int = 8):
        super().__init__(parent)
        self._programmatic = False
        self.textChanged.connect(self._on_text_changed)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self, *_args: object) -> None:
        line = QFontMetrics(self.font()).lineSpacing()
        lines = max(self._min_lines, min(self._max_lines, self._visual_lines()))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        height = lines * line + frame + 2 * round(self.document().documentMargin())
        if height != self.height():
            self.setFixedHeight(height)

    def _visual_lines(self) -> int:
        # documentSize of a QPlainTextDocumentLayout counts visual lines (wrapped too).
        return max(1, round(self.document().documentLayout().documentSize().height()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.sig_focus_out.emit()

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text (not a user edit: no `sig_edited`); nothing happens when equal."""
        if self.toPlainText() == text:
            return
        self._programmatic = True
        try:
            self.setPlainText(text)
        finally:
            self._programmatic = False

    def _on_text_changed(self) -> None:
        if not self._programmatic:
            self.sig_edited.emit()


class NoteLabel(QLabel):
    """A word-wrapped note under a field (guard warning or error), hidden while empty."""

    def __init__(self, kind: StatusKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(f"color: {status_color(kind, self.palette()).name()};")
        self.hide()

    def show_text(self, text: str) -> None:
        if text == self.text() and self.isHidden() != bool(text):
            return  # unchanged (this runs on every keystroke)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


class GuardNote(NoteLabel):
    """Warns (without blocking) when free text looks like it holds a BSN, phone number, …"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(StatusKind.WARNING, parent)

    def check(self, text: str) -> str:
        """Update the warning for `text` and return it ("" when nothing was found)."""
        warning = ""
        if text:  # the guard's patterns compile on first use; empty fields need none
            from jbn_selfscan.domain import guard

            warning = guard.warning_text(guard.find_identifiers(text))
        self.show_text(warning)
        return warning


class ErrorNote(NoteLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(StatusKind.BAD, parent)


def watch_guard(field: GrowingTextEdit, note: GuardNote, description: str = "") -> None:
    """Show the guard warning under `field` as the user types; screen readers get it too."""

    def update() -> None:
        warning = note.check(field.toPlainText())
        if field.accessibleDescription() != (warning or description):
            field.setAccessibleDescription(warning or description)

    field.textChanged.connect(update)
    update()


class StatusBadge(QFrame):
    """A status as icon *and* text (never colour alone); the reason is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[StatusKind, str, str] | None = None
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        # A long status ("te laat (12 dagen na de termijn)") wraps rather than being cut off.
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def set_item_status(self, status: ItemStatus, reason: str = "") -> None:
        self._set(ITEM_STATUS_KIND[status], status.label, reason)

    def set_deadline_state(self, state: DeadlineState, text: str, days_left: int | None) -> None:
        self._set(deadline_kind(state, days_left), text, "")

    def _set(self, kind: StatusKind, text: str, reason: str) -> None:
        if self._shown == (kind, text, reason):
            return
        self._shown = (kind, text, reason)
        self._icon.setPixmap(status_icon(kind, self.palette()).pixmap(ICON_SIZE, ICON_SIZE))
        self._text.setText(text)
        self._text.setStyleSheet(f"color: {status_color(kind, self.palette()).name()};")
        self.setToolTip(reason)
        self.setAccessibleName(f"Status: {text}" + (f". {reason}" if reason else ""))

    def text(self) -> str:
        return self._text.text()
