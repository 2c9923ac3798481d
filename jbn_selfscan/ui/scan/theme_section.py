"""A collapsible section per theme: title, status, progress "5/8" and "Alles ongewijzigd"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.evaluation import Progress, Verdict
from jbn_selfscan.domain.types import Theme
from jbn_selfscan.ui.flow_layout import FlowLayout
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.scan.fields import StatusBadge
from jbn_selfscan.ui.scan.item_editor import ItemEditor

ALL_UNCHANGED_KEYS = "Ctrl+Shift+U"  # "Alles ongewijzigd" of the theme holding the focus
ALL_UNCHANGED_KEYS_TEXT = "Ctrl+Shift+U"


class ThemeSection(QWidget):
    """The items of one theme under a header that folds them in and out."""

    sig_all_unchanged_requested = Signal(object)  # Theme

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.editors: list[ItemEditor] = []
        self._shown: dict[str, object] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._build_header())
        self._reason = QLabel(self)
        self._reason.setWordWrap(True)
        self._reason.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._reason)
        self._body = QWidget(self)
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(8, 0, 0, 0)
        self._body_layout.setSpacing(8)
        layout.addWidget(self._body)

    def _build_header(self) -> FlowLayout:
        row = FlowLayout(h_spacing=10, v_spacing=2)  # wraps in a narrow scan
        self.toggle = QToolButton(self)
        self.toggle.setText(self.theme.label)
        self._expanded = True
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(f"Thema {self.theme.label} in- of uitklappen")
        scale_font(self.toggle, 1.2, bold=True)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self._expanded))
        row.addWidget(self.toggle)
        self._progress = QLabel(self)
        row.addWidget(self._progress)
        self._badge = StatusBadge(self)
        row.addWidget(self._badge)
        self.unchanged_button = QPushButton("Alles ongewijzigd", self)
        self.unchanged_button.setToolTip(
            f"Neem voor alle nog lege vragen van '{self.theme.label}' het antwoord van de "
            f"vorige zelfscan over. Toets: {ALL_UNCHANGED_KEYS_TEXT} (in dit thema)."
        )
        self.unchanged_button.setAccessibleName(f"Alles ongewijzigd: {self.theme.label}")
        self.unchanged_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.unchanged_button.clicked.connect(
            lambda: self.sig_all_unchanged_requested.emit(self.theme)
        )
        row.addWidget(self.unchanged_button)
        # Four sections carry this button: a key that works in the section holding the focus
        # (one mnemonic per button would repeat the same letter four times).
        shortcut = QShortcut(QKeySequence(ALL_UNCHANGED_KEYS), self, self._on_shortcut)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return row

    def _on_shortcut(self) -> None:
        if self.unchanged_button.isVisible() and self.unchanged_button.isEnabled():
            self.sig_all_unchanged_requested.emit(self.theme)

    def add_editor(self, editor: ItemEditor) -> None:
        self.editors.append(editor)
        self._body_layout.addWidget(editor)

    def set_expanded(self, expanded: bool) -> None:
        self._expanded = expanded
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription("uitgeklapt" if expanded else "ingeklapt")
        self._body.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self._expanded

    def _changed(self, aspect: str, value: object) -> bool:
        if aspect in self._shown and self._shown[aspect] == value:
            return False
        self._shown[aspect] = value
        return True

    def set_verdict(self, verdict: Verdict) -> None:
        if not self._changed("verdict", verdict):
            return
        self._badge.set_item_status(verdict.status, verdict.reason)
        self._reason.setText(verdict.reason)

    def set_progress(self, progress: Progress) -> None:
        if not self._changed("progress", progress):
            return
        self._progress.setText(f"{progress.answered}/{progress.total}")
        self._progress.setToolTip(progress.text)
        self._progress.setAccessibleName(progress.text)

    def progress_text(self) -> str:
        return self._progress.text()

    def set_unchanged_available(self, available: bool, *, has_previous_scan: bool) -> None:
        if not self._changed("unchanged", (available, has_previous_scan)):
            return
        self.unchanged_button.setVisible(has_previous_scan)
        self.unchanged_button.setEnabled(available)
