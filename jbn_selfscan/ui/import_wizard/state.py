"""What the pages of the import wizard share, and two small widget helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from jbn_selfscan.services.caseload_files import CaseloadTable
from jbn_selfscan.services.caseload_import import ImportPlan, ImportResult
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_color


@dataclass
class ImportState:
    """The file read on page 1, the plan made on page 2, the result of page 3."""

    ws: Workspace
    today: dt.date = field(default_factory=dt.date.today)
    table: CaseloadTable | None = None
    plan: ImportPlan | None = None
    result: ImportResult | None = None


def message_label(*, error: bool = False) -> QLabel:
    """A wrapping, selectable label; error labels are hidden until they get a text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if error:
        label.setStyleSheet(f"color: {status_color(StatusKind.BAD).name()};")
        label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a file is read or planned in the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
