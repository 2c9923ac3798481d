"""Status icons and colours that work in light and dark palettes.

Every status has its own *shape* (check, triangle, cross, hollow circle, dash, clock) so that it
is never told by colour alone. Colours are picked per palette: a darker tone on a light base, a
lighter tone on a dark base, and cell backgrounds are the status colour blended faintly into the
palette's base colour, so the palette's own text colour stays readable.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from jbn_selfscan.domain.types import DeadlineState, ItemStatus


class StatusKind(Enum):
    """What a status icon shows; one shape per kind."""

    GOOD = "good"  # filled circle with a check mark
    WARNING = "warning"  # triangle with an exclamation mark
    BAD = "bad"  # square with a cross
    EMPTY = "empty"  # hollow circle (nothing filled in yet)
    NEUTRAL = "neutral"  # short dash (not applicable)
    PENDING = "pending"  # clock (open, not yet due)


ITEM_STATUS_KIND = {
    ItemStatus.OP_ORDE: StatusKind.GOOD,
    ItemStatus.AANDACHT: StatusKind.WARNING,
    ItemStatus.NIET_OP_ORDE: StatusKind.BAD,
    ItemStatus.NOG_NIET_INGEVULD: StatusKind.EMPTY,
    ItemStatus.NVT: StatusKind.NEUTRAL,
}

# (tone on a light base, tone on a dark base)
_TONES = {
    StatusKind.GOOD: ("#2e7d32", "#81c784"),
    StatusKind.WARNING: ("#b26a00", "#ffb74d"),
    StatusKind.BAD: ("#c62828", "#ef9a9a"),
    StatusKind.EMPTY: ("#6b6b6b", "#a8a8a8"),
    StatusKind.NEUTRAL: ("#8a8a8a", "#8a8a8a"),
    StatusKind.PENDING: ("#1565c0", "#90caf9"),
}
_BACKGROUND_STRENGTH = {
    StatusKind.GOOD: 0.12,
    StatusKind.WARNING: 0.20,
    StatusKind.BAD: 0.22,
}
SOON_DAYS = 14
_ICON_SIZES = (16, 20, 24, 32, 48)
_icon_cache: dict[tuple[StatusKind, bool], QIcon] = {}


def deadline_kind(state: DeadlineState, days_left: int | None) -> StatusKind:
    """Expired is bad, due within two weeks is a warning, later is pending."""
    if state is DeadlineState.VERLOPEN:
        return StatusKind.BAD
    if state is DeadlineState.OPEN:
        if days_left is not None and days_left <= SOON_DAYS:
            return StatusKind.WARNING
        return StatusKind.PENDING
    if state in (DeadlineState.TE_LAAT, DeadlineState.ONGELDIG):
        return StatusKind.WARNING
    if state is DeadlineState.OP_TIJD:
        return StatusKind.GOOD
    return StatusKind.NEUTRAL


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_color(kind: StatusKind, palette: QPalette | None = None) -> QColor:
    light, dark = _TONES[kind]
    return QColor(dark if is_dark(palette) else light)


def status_background(kind: StatusKind, palette: QPalette | None = None) -> QBrush | None:
    """A faint tint of the status colour over the base colour; None for calm statuses."""
    strength = _BACKGROUND_STRENGTH.get(kind)
    if strength is None:
        return None
    palette = palette if palette is not None else QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    tone = status_color(kind, palette)
    mixed = QColor(
        round(base.red() + (tone.red() - base.red()) * strength),
        round(base.green() + (tone.green() - base.green()) * strength),
        round(base.blue() + (tone.blue() - base.blue()) * strength),
    )
    return QBrush(mixed)


def status_icon(kind: StatusKind, palette: QPalette | None = None) -> QIcon:
    """A small icon for `kind`, drawn once per palette darkness and cached."""
    dark = is_dark(palette)
    key = (kind, dark)
    icon = _icon_cache.get(key)
    if icon is None:
        icon = QIcon()
        color = status_color(kind, palette)
        for size in _ICON_SIZES:
            icon.addPixmap(_draw(kind, color, size))
        _icon_cache[key] = icon
    return icon


def _glyph_color(fill: QColor) -> QColor:
    return QColor("#1a1a1a") if fill.lightness() > 150 else QColor("#ffffff")


def _draw(kind: StatusKind, color: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16.0
    painter.scale(unit, unit)
    glyph = QPen(_glyph_color(color), 1.8)
    glyph.setCapStyle(Qt.PenCapStyle.RoundCap)
    glyph.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if kind is StatusKind.GOOD:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QRectF(1, 1, 14, 14))
        painter.setPen(glyph)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(4.5, 8.2), QPointF(7, 10.8), QPointF(11.5, 5.5)]))
    elif kind is StatusKind.WARNING:
        path = QPainterPath()
        path.moveTo(8, 1.2)
        path.lineTo(15.2, 14.5)
        path.lineTo(0.8, 14.5)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(path, color)
        painter.setPen(glyph)
        painter.drawLine(QPointF(8, 5.8), QPointF(8, 9.6))
        painter.drawPoint(QPointF(8, 12.2))
    elif kind is StatusKind.BAD:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 2, 2)
        painter.setPen(glyph)
        painter.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8))
        painter.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8))
    elif kind is StatusKind.EMPTY:
        pen = QPen(color, 1.6)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(2, 2, 12, 12))
    elif kind is StatusKind.NEUTRAL:
        pen = QPen(color, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(4, 8), QPointF(12, 8))
    else:  # PENDING: a clock
        pen = QPen(color, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(1.8, 1.8, 12.4, 12.4))
        painter.drawLine(QPointF(8, 8), QPointF(8, 4.5))
        painter.drawLine(QPointF(8, 8), QPointF(10.5, 9.5))
    painter.end()
    return pixmap
