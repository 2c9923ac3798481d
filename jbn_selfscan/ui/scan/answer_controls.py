"""One answer control per checklist answer type (keuze, datum, getal, tekst).

Every control offers the same small interface to the item editor: `value()` as the service
stores it (keuze value, ISO date, number text, text; None when empty), `set_value()` that does
not count as a user edit, and two signals: `sig_committed` for a discrete change that is saved
at once (a choice, a date) and `sig_edited` for typing that goes through the autosave debounce.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRegularExpression,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.checklist import ChecklistItem
from jbn_selfscan.ui.flow_layout import FlowLayout
from jbn_selfscan.ui.scan.fields import GrowingTextEdit

EMPTY_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd-MM-yyyy"
DATE_SEPARATORS = "-/. "
MAX_RADIO_CHOICES = 5
MAX_RADIO_TEXT = 40  # up to this many letters in all: side by side
MAX_STACKED_CHOICES = 5  # longer choices: one under the other, each wrapping
NUMBER_PATTERN = r"-?\d{0,12}([.,]\d{0,6})?"


class AnswerControl(QWidget):
    """Base of the answer controls; see the module docstring."""

    sig_committed = Signal()
    sig_edited = Signal()
    sig_focus_out = Signal()
    stacked = False  # taller than one line: the status goes under it, not beside it

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setAccessibleName(f"Antwoord: {item.question}")

    def value(self) -> str | None:
        raise NotImplementedError

    def set_value(self, value: str | None) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def commit_typing(self) -> None:
        """Take over half-typed input (a date being typed) before a flush."""


CLEAR_KEYS_TEXT = "Ctrl+Delete"


def _clear_button(parent: QWidget, question: str) -> QToolButton:
    """The × that clears an answer. It takes no Tab focus (Tab from an answer goes on to the
    toelichting); by keyboard an answer is cleared deliberately with Ctrl+Delete."""
    button = QToolButton(parent)
    button.setText("×")
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setToolTip(f"Antwoord wissen (weer 'niet ingevuld'); toets: {CLEAR_KEYS_TEXT}")
    button.setAccessibleName(f"Antwoord wissen: {question}")
    return button


def _is_clear_key(event: QKeyEvent) -> bool:
    return (
        event.key() == Qt.Key.Key_Delete
        and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        == Qt.KeyboardModifier.ControlModifier
    )


_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class WrappingRadioButton(QRadioButton):
    """A radio button whose text wraps onto more lines when there is no room for one line,
    so a long choice ("Ja, ik heb gehandeld (zo nodig volgens de meldcode) en dat
    vastgelegd") is read whole at any width, font size or display scaling."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> tuple[int, int, int]:
        """Width and height of the round indicator and the space before the text."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return (
            style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self),
            style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, option, self),
            style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, option, self),
        )

    def _text_rect(self, width: int) -> QRect:
        indicator, _height, spacing = self._indicator()
        left = indicator + spacing
        bounds = self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, width - left - 2), 100_000),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            self.text(),
        )
        return QRect(left, 1, bounds.width() + 2, bounds.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        _indicator, height, _spacing = self._indicator()
        return max(height, self._text_rect(width).height()) + 2

    def sizeHint(self) -> QSize:
        indicator, height, spacing = self._indicator()
        one_line = self.fontMetrics().horizontalAdvance(self.text())
        return QSize(
            indicator + spacing + one_line + 4, max(height, self.fontMetrics().height()) + 2
        )

    def minimumSizeHint(self) -> QSize:
        indicator, _height, spacing = self._indicator()
        words = self.text().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        width = indicator + spacing + widest + 4
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole text, on every line

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator, height, _spacing = self._indicator()
        first_line = self.fontMetrics().height()
        option.rect = QRect(0, 1 + max(0, (first_line - height) // 2), indicator, height)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, option)
        text = self._text_rect(self.width())
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, self.foregroundRole()))
        painter.drawText(
            text, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), self.text()
        )
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = text.adjusted(-1, 0, 1, 0)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class ChoiceControl(AnswerControl):
    """Radio buttons: side by side for a few short choices, one under the other (wrapping)
    for long ones; a combo box only for a long list (its items show whole in the list)."""

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        choices = item.choices or ()
        self._values = [choice.value for choice in choices]
        total_text = sum(len(choice.label) for choice in choices)
        self._combo: QComboBox | None = None
        self._group: QButtonGroup | None = None
        short = total_text <= MAX_RADIO_TEXT
        self.stacked = not short and len(choices) <= MAX_STACKED_CHOICES
        # short choices side by side, wrapping onto a next line when the room runs out
        layout: QHBoxLayout | FlowLayout = QHBoxLayout(self) if self.stacked else FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if len(choices) <= MAX_RADIO_CHOICES and (short or self.stacked):
            self._group = QButtonGroup(self)
            column = QVBoxLayout()
            column.setSpacing(2)
            for index, choice in enumerate(choices):
                radio: QRadioButton = (
                    WrappingRadioButton(choice.label, self)
                    if self.stacked
                    else QRadioButton(choice.label, self)
                )
                radio.setAccessibleName(choice.label)
                radio.setAccessibleDescription(f"Antwoord op: {item.question}")
                self._group.addButton(radio, index)
                radio.installEventFilter(self)
                (column if self.stacked else layout).addWidget(radio)
            if isinstance(layout, QHBoxLayout):
                layout.addLayout(column, 1)
            self._group.idClicked.connect(self._on_choice_clicked)
        else:
            self._combo = QComboBox(self)
            self._combo.addItem("— niet ingevuld —", None)
            for choice in choices:
                self._combo.addItem(choice.label, choice.value)
            self._combo.setAccessibleName(f"Antwoord: {item.question}")
            self._combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self._combo.setMinimumContentsLength(18)
            self._combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._combo.setMaximumWidth(self._combo.fontMetrics().horizontalAdvance("x" * 60))
            self._combo.setToolTip("\n".join(choice.label for choice in choices))
            self._combo.activated.connect(self._on_choice_clicked)
            self._combo.installEventFilter(self)
            layout.addWidget(self._combo)
        self._clear = _clear_button(self, item.question)
        self._clear.clicked.connect(self._on_clear_clicked)
        if isinstance(layout, QHBoxLayout):
            layout.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignTop)
        else:
            layout.addWidget(self._clear)
        self._update_clear()

    def value(self) -> str | None:
        if self._combo is not None:
            data = self._combo.currentData()
            return str(data) if data else None
        assert self._group is not None
        checked = self._group.checkedId()
        return self._values[checked] if checked >= 0 else None

    def set_value(self, value: str | None) -> None:
        index = self._values.index(value) if value in self._values else -1
        if self._combo is not None:
            self._combo.setCurrentIndex(index + 1)
        else:
            assert self._group is not None
            self._group.setExclusive(False)
            for button_id, button in enumerate(self._group.buttons()):
                button.setChecked(button_id == index)
            self._group.setExclusive(True)
        self._update_clear()

    def focus_target(self) -> QWidget:
        if self._combo is not None:
            return self._combo
        assert self._group is not None
        buttons: list[QAbstractButton] = self._group.buttons()
        checked = self._group.checkedButton()
        return checked if checked is not None else buttons[0]

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            child.setEnabled(not read_only)

    def _on_choice_clicked(self, _id: int) -> None:
        self._update_clear()
        self.sig_committed.emit()

    def _on_clear_clicked(self) -> None:
        if self.value() is None:
            return
        self.set_value(None)
        self.focus_target().setFocus()
        self.sig_committed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys select the neighbouring answer, also when none is selected yet.

        Qt's own radio buttons only move the focus while the group has no checked button,
        so a toelichting typed next would be saved with an empty answer."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if _is_clear_key(event) and self._clear.isEnabled():
                self._on_clear_clicked()
                return True
            if self._group is not None and watched in self._group.buttons():
                no_modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                if event.key() in _NEXT_KEYS + _PREVIOUS_KEYS and no_modifiers == (
                    Qt.KeyboardModifier.NoModifier
                ):
                    self._select_neighbour(watched, +1 if event.key() in _NEXT_KEYS else -1)
                    return True
        return super().eventFilter(watched, event)

    def _select_neighbour(self, watched: QObject, step: int) -> None:
        assert self._group is not None
        buttons: list[QAbstractButton] = self._group.buttons()
        enabled = [button for button in buttons if button.isEnabled()]
        if not enabled:
            return
        current = buttons.index(watched) if watched in buttons else 0
        target = buttons[(current + step) % len(buttons)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if target.isChecked():
            return
        target.setChecked(True)
        self._on_choice_clicked(buttons.index(target))

    def _update_clear(self) -> None:
        self._clear.setVisible(self.value() is not None)


class _DateEdit(QDateEdit):
    """A QDateEdit whose 'empty' value is EMPTY_DATE, shown as 'niet ingevuld'."""

    sig_focus_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText("niet ingevuld")
        self.setMaximumDate(QDate.currentDate())
        self.setKeyboardTracking(False)
        self.setDate(EMPTY_DATE)
        self._section_completed = False
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == EMPTY_DATE

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Make typing "4-3-2026", "04-03-2026" and "04032026" all work."""
        if _is_clear_key(event):
            if not self.isReadOnly():
                self.setDate(EMPTY_DATE)
            event.accept()
            return
        typed = event.text()
        if self.is_empty() and typed.isdigit() and not self.isReadOnly():
            # Typing over "niet ingevuld" would append to that text: start from a real date
            # (not reported as a change; the typed date is, once the user confirms it).
            blocked = self.blockSignals(True)
            try:
                # 1 January: a month of 31 days, so a typed day is never cut short.
                self.setDate(QDate(min(QDate.currentDate(), self.maximumDate()).year(), 1, 1))
            finally:
                self.blockSignals(blocked)
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.lineEdit().setSelection(0, 2)
        if typed and typed in DATE_SEPARATORS:
            # After a complete day or month Qt has already moved on: the separator is done.
            # Otherwise it moves on to the next part ("4-3-2026", also with / or .).
            if not self._section_completed:
                self._next_section()
            self._section_completed = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._section_completed = typed.isdigit() and self.currentSection() != section

    def _next_section(self) -> None:
        index = self.currentSectionIndex()
        if index + 1 < self.sectionCount():
            self.setCurrentSectionIndex(index + 1)
            text = self.lineEdit().text()
            start = sum(len(part) + 1 for part in text.split("-")[: index + 1])
            self.lineEdit().setSelection(start, len(text.split("-")[index + 1]))

    def stepBy(self, steps: int) -> None:
        if self.is_empty():
            self.setDate(QDate.currentDate())  # arrow keys start at today, not in 1900
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.sig_focus_out.emit()


class DateControl(AnswerControl):
    """dd-MM-yyyy with a calendar; 'niet ingevuld' until a date is chosen; never in the future."""

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit = _DateEdit(self)
        self._edit.setAccessibleName(f"Antwoord: {item.question}")
        self._edit.setToolTip("Datum als dd-mm-jjjj; pijltjestoetsen of de kalender kan ook.")
        self._edit.dateChanged.connect(self._on_date_changed)
        self._edit.sig_focus_out.connect(self.sig_focus_out)
        layout.addWidget(self._edit)
        self._clear = _clear_button(self, item.question)
        self._clear.clicked.connect(self._on_clear_clicked)
        layout.addWidget(self._clear)
        layout.addStretch(1)
        self._update_clear()

    def value(self) -> str | None:
        if self._edit.is_empty():
            return None
        day: dt.date = self._edit.date().toPython()  # type: ignore[assignment]
        return day.isoformat()

    def set_value(self, value: str | None) -> None:
        date = EMPTY_DATE
        if value:
            try:
                parsed = dt.date.fromisoformat(value)
                date = QDate(parsed.year, parsed.month, parsed.day)
            except ValueError:
                date = EMPTY_DATE
        blocked = self._edit.blockSignals(True)
        try:
            if date > self._edit.maximumDate():
                self._edit.setMaximumDate(date)
            self._edit.setDate(date)
        finally:
            self._edit.blockSignals(blocked)
        self._update_clear()

    def set_max_date(self, today: dt.date) -> None:
        latest = QDate(today.year, today.month, today.day)
        self._edit.setMaximumDate(max(latest, self._edit.date()))

    def focus_target(self) -> QWidget:
        return self._edit

    def set_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)
        self._edit.setCalendarPopup(not read_only)
        self._clear.setEnabled(not read_only)
        self._clear.setVisible(not read_only and self.value() is not None)

    def commit_typing(self) -> None:
        if self._edit.hasFocus():
            self._edit.interpretText()

    def _on_date_changed(self, _date: QDate) -> None:
        self._update_clear()
        self.sig_committed.emit()

    def _on_clear_clicked(self) -> None:
        self._edit.setDate(EMPTY_DATE)  # emits dateChanged -> committed
        self._edit.setFocus()

    def _update_clear(self) -> None:
        self._clear.setVisible(not self._edit.isReadOnly() and not self._edit.is_empty())


class _NumberEdit(QLineEdit):
    sig_focus_out = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.sig_focus_out.emit()


class NumberControl(AnswerControl):
    """A number typed as text (comma or point); the service checks it and the range."""

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit = _NumberEdit(self)
        self._edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(NUMBER_PATTERN), self._edit)
        )
        self._edit.setPlaceholderText("getal")
        self._edit.setMaximumWidth(self._edit.fontMetrics().horizontalAdvance("0" * 14) + 16)
        self._edit.setAccessibleName(f"Antwoord: {item.question}")
        bounds = _bounds_hint(item)
        if bounds:
            self._edit.setToolTip(bounds)
            self._edit.setAccessibleDescription(bounds)
        self._edit.textEdited.connect(lambda _text: self.sig_edited.emit())
        self._edit.sig_focus_out.connect(self.sig_focus_out)
        layout.addWidget(self._edit)
        layout.addStretch(1)

    def value(self) -> str | None:
        text = self._edit.text().strip()
        return text or None

    def set_value(self, value: str | None) -> None:
        shown = (value or "").replace(".", ",")
        if self._edit.text() != shown:
            self._edit.setText(shown)

    def focus_target(self) -> QWidget:
        return self._edit

    def set_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)


def _bounds_hint(item: ChecklistItem) -> str:
    def text(number: object) -> str:
        return str(number).replace(".", ",")

    if item.min is not None and item.max is not None:
        return f"Een getal van {text(item.min)} tot en met {text(item.max)}."
    if item.min is not None:
        return f"Een getal van minstens {text(item.min)}."
    if item.max is not None:
        return f"Een getal van hoogstens {text(item.max)}."
    return ""


class TextControl(AnswerControl):
    """A free-text answer (plain text, grows with its content)."""

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit = GrowingTextEdit(self)
        self._edit.setAccessibleName(f"Antwoord: {item.question}")
        self._edit.sig_edited.connect(self.sig_edited)
        self._edit.sig_focus_out.connect(self.sig_focus_out)
        layout.addWidget(self._edit)

    @property
    def text_edit(self) -> GrowingTextEdit:
        return self._edit

    def value(self) -> str | None:
        text = self._edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: str | None) -> None:
        self._edit.set_text_keeping_cursor(value or "")

    def focus_target(self) -> QWidget:
        return self._edit

    def set_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)


def make_control(item: ChecklistItem, parent: QWidget | None = None) -> AnswerControl:
    controls: dict[str, type[AnswerControl]] = {
        "keuze": ChoiceControl,
        "datum": DateControl,
        "getal": NumberControl,
        "tekst": TextControl,
    }
    return controls[item.answer_type](item, parent)
