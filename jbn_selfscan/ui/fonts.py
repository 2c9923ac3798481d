"""Relative font sizes, so text follows the user's system font and scaling."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def scale_font(widget: QWidget, factor: float = 1.0, *, bold: bool | None = None) -> None:
    """Give `widget` its own font: `factor` times its current size, optionally bold."""
    font = widget.font()
    if bold is not None:
        font.setBold(bold)
    if factor != 1.0:
        font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)
