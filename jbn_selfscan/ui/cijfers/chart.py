"""The trend over the signed gesprekken as a small line chart (QPainter; no QtCharts needed)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

SERIES_COLOURS = (QColor("#1F5F8B"), QColor("#B35C00"))


class TrendChart(QWidget):
    """Percentages (0–100) per point; each series is (label, values with None for no value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendgrafiek")
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float | None]]] = []
        self.setMinimumHeight(180)

    def set_data(
        self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
    ) -> None:
        self.labels = list(labels)
        self.series = [(name, list(values)) for name, values in series]
        self.setAccessibleDescription(self.description())
        self.update()

    def description(self) -> str:
        """The chart in words (tooltip and screen readers)."""
        if not self.labels:
            return "Nog geen getekende caseloadgesprekken."
        parts = []
        for name, values in self.series:
            shown = ", ".join(
                f"{label}: {'—' if v is None else f'{v:.0f} %'}"
                for label, v in zip(self.labels, values, strict=True)
            )
            parts.append(f"{name}: {shown}")
        return "\n".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette_text = self.palette().windowText().color()
        metrics = painter.fontMetrics()
        if not self.labels:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.description())
            return
        left, bottom = metrics.horizontalAdvance("100 %") + 10, metrics.height() * 2 + 6
        top = metrics.height() * len(self.series) + 10
        plot = QRectF(left, top, max(10, self.width() - left - 16), self.height() - top - bottom)
        painter.setPen(QPen(QColor("#9E9E9E"), 1))
        for pct in (0, 20, 40, 60, 80, 100):
            y = plot.bottom() - plot.height() * pct / 100
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette_text)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{pct} %",
            )
            painter.setPen(QPen(QColor("#9E9E9E"), 1, Qt.PenStyle.DotLine))
        count = len(self.labels)

        def x_of(index: int) -> float:
            return plot.left() + (plot.width() * (index + 0.5) / count)

        painter.setPen(palette_text)
        step = max(1, count // 8)
        for index, label in enumerate(self.labels):
            if index % step == 0:
                painter.drawText(
                    QRectF(x_of(index) - 40, plot.bottom() + 4, 80, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
        for number, (name, values) in enumerate(self.series):
            colour = SERIES_COLOURS[number % len(SERIES_COLOURS)]
            painter.setPen(QPen(colour, 2))
            previous: QPointF | None = None
            for index, value in enumerate(values):
                if value is None:
                    previous = None
                    continue
                point = QPointF(x_of(index), plot.bottom() - plot.height() * value / 100)
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.drawEllipse(point, 3, 3)
                previous = point
            painter.drawText(
                QRectF(left, 4 + number * metrics.height(), plot.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                f"— {name}",
            )
        painter.end()
