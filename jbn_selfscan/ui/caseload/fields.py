"""Form pieces of the client dialog: date fields and the error label under each field."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.dates import FIRST_DATE, LAST_DATE
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_color

DATE_FORMAT = "dd-MM-yyyy"
MIN_DATE = QDate(FIRST_DATE.year, FIRST_DATE.month, FIRST_DATE.day)
MAX_DATE = QDate(LAST_DATE.year, LAST_DATE.month, LAST_DATE.day)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def make_date_edit(parent: QWidget, accessible_name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateRange(MIN_DATE, MAX_DATE)
    edit.setAccessibleName(accessible_name)
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box "ingevuld" switches the date on and off."""

    sig_changed = Signal()

    def __init__(self, accessible_name: str, default: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox("ingevuld", self)
        self.check.setAccessibleName(f"{accessible_name} ingevuld")
        self.edit = make_date_edit(self, accessible_name)
        self.edit.setDate(to_qdate(default))
        self.empty_label = QLabel("niet ingevuld", self)
        self.empty_label.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        QWidget.setTabOrder(self.check, self.edit)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.on_check_toggled)
        self.check.toggled.connect(self.sig_changed)
        self.edit.dateChanged.connect(self.sig_changed)
        self.on_check_toggled(False)

    def on_check_toggled(self, checked: bool) -> None:
        self.edit.setVisible(checked)
        self.empty_label.setVisible(not checked)

    def date(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setDate(to_qdate(day if day is not None else self._default))
        self.check.setChecked(day is not None)

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.check.setAccessibleDescription(description)
        self.edit.setAccessibleDescription(description)


class FieldWithError(QWidget):
    """A form field with a Dutch error message directly under it, hidden while all is well.

    The message is also set as the field's accessible description for screen readers.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Foutmelding")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        self.setFocusProxy(field)

    def add_to_form(self, form: QFormLayout, label: QLabel) -> None:
        label.setBuddy(self.field)
        form.addRow(label, self)

    def show_error(self, message: str) -> None:
        color = status_color(StatusKind.BAD, self.palette()).name()
        self.error_label.setText(f'<span style="color:{color}">⚠ {html.escape(message)}</span>')
        self.error_label.setAccessibleDescription(message)
        # Word-wrapped labels do not make their form row taller by themselves.
        width = max(self.field.width(), self.field.sizeHint().width())
        self.error_label.setMinimumHeight(self.error_label.heightForWidth(width))
        self.error_label.show()
        self.field.setAccessibleDescription(message)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.field.setAccessibleDescription("")

    def error_text(self) -> str:
        """The message shown, or "" when the field is fine (for tests and screen readers)."""
        return self.field.accessibleDescription() if not self.error_label.isHidden() else ""
