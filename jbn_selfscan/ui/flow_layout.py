"""A layout that puts its items side by side and wraps onto the next line when the width runs
out (as words in a paragraph), so a row of answer choices and a status stay whole on a narrow
screen, at 150 % display scaling or with a larger font, without a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items in reading order, each at its preferred width (never wider than the row)."""

    def __init__(
        self, parent: QWidget | None = None, *, h_spacing: int = 8, v_spacing: int = 2
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        hints = [item.sizeHint() for item in shown]
        width = sum(hint.width() for hint in hints) + self._h_spacing * (len(hints) - 1)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(),
            max(hint.height() for hint in hints) + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:
        """The widest single item: everything else can go onto a line of its own."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = max(min(hint.width(), area.width()), item.minimumSize().width())
            if x > area.x() and x + width > area.x() + area.width():
                x, y, line_height = area.x(), y + line_height + self._v_spacing, 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._h_spacing
            line_height = max(line_height, height)
        return y + line_height - rect.y() + margins.bottom()
