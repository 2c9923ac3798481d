"""Small pieces the gesprek dialogs share: date fields, a reason field, an error line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QPushButton, QWidget

from jbn_selfscan.ui.scan.fields import GrowingTextEdit, GuardNote, watch_guard

DATE_FORMAT = "dd-MM-yyyy"


def date_edit(parent: QWidget, day: dt.date, accessible_name: str) -> QDateEdit:
    """A date field with a calendar pop-up, written the Dutch way (26-11-2026)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate(day.year, day.month, day.day))
    edit.setAccessibleName(accessible_name)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    qdate = edit.date()
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def text_field(
    parent: QWidget, accessible_name: str, placeholder: str, *, min_lines: int = 3
) -> tuple[GrowingTextEdit, GuardNote]:
    """A growing text field with the identifier warning under it (shown as the user types)."""
    field = GrowingTextEdit(parent, min_lines=min_lines, max_lines=10)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    note = GuardNote(parent)
    watch_guard(field, note)
    return field, note


def ok_cancel(parent: QWidget, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK/Cancel with a verb on the OK button ("Voorbereiden", "Verplaatsen", ...)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    return buttons, ok
