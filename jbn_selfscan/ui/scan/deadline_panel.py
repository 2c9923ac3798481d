"""A compact list of all deadlines of the client, at the top of the scan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from jbn_selfscan.domain.types import DeadlineState
from jbn_selfscan.services.deadlines import DeadlineResult
from jbn_selfscan.ui.scan.fields import StatusBadge
from jbn_selfscan.ui.scan.texts import date_text


class DeadlinePanel(QGroupBox):
    """One line per deadline: status (icon and text), step, due date; the tooltip explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Termijnen", parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 4, 8, 6)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        self._shown: tuple[tuple[DeadlineResult, ...], dt.date] | None = None
        self.rows: list[tuple[StatusBadge, QLabel, QLabel]] = []

    def set_deadlines(self, results: Sequence[DeadlineResult], today: dt.date) -> None:
        key = (tuple(results), today)
        if key == self._shown:
            return
        self._shown = key
        for widgets in self.rows:
            for widget in widgets:
                widget.hide()  # deleteLater waits for the event loop: no old row may show
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        for row, result in enumerate(results):
            self.rows.append(self._add_row(row, result, today))
        self.setVisible(bool(results))

    def _add_row(
        self, row: int, result: DeadlineResult, today: dt.date
    ) -> tuple[StatusBadge, QLabel, QLabel]:
        days_left = (result.deadline - today).days if result.deadline is not None else None
        badge = StatusBadge(self)
        badge.set_deadline_state(result.state, result.status_text, days_left)
        step = QLabel(f"{result.omschrijving} ({result.bron.value})", self)
        step.setWordWrap(True)
        due = QLabel(self)
        if result.deadline is not None:
            due.setText(f"uiterlijk {date_text(result.deadline)}")
        elif result.state is DeadlineState.NIET_VAN_TOEPASSING:
            due.setText("geen termijn")
        norm = f"; norm {result.norm}" if result.norm else ""
        tip = f"{result.omschrijving} ({result.bron.label}{norm}): {result.uitleg}"
        for widget in (badge, step, due):
            widget.setToolTip(tip)
        step.setAccessibleName(f"{result.omschrijving}: {result.status_text}")
        step.setAccessibleDescription(result.uitleg)
        self._grid.addWidget(step, row, 0)
        self._grid.addWidget(due, row, 1)
        # the badge fills its cell: the grid gives the row the height its wrapped text needs at
        # the cell's width, so a narrower badge (aligned, or only as wide as its hint) is cut off
        badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._grid.addWidget(badge, row, 2)
        return badge, step, due

    def status_texts(self) -> dict[str, str]:
        """Per step id its shown status text (for tests and accessibility checks)."""
        if self._shown is None:
            return {}
        return {
            result.stap: badge.text()
            for result, (badge, _step, _due) in zip(self._shown[0], self.rows, strict=True)
        }
