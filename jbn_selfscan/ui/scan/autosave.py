"""The autosave controller: debounce text edits, but never wait longer than a hard cap.

DESIGN.md "Autosave timing": a quiet-period timer alone never fires while someone keeps
typing, so a crash can lose a whole paragraph. Each edit (re)starts a short debounce timer; the
first edit after a save also starts a cap timer that is *not* restarted. Whichever fires first
saves everything pending. Focus-out, client switch and quit call `flush()` directly.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer

DEBOUNCE_MS = 300
CAP_MS = 1000

SaveFunction = Callable[[], None]


class AutosaveController(QObject):
    """Collects pending saves by key and runs them after a debounce or a hard cap.

    A save function reads the widget's *current* content when it runs, so scheduling the same
    key again only moves the debounce; the cap still fires at most `cap_ms` after the first
    unsaved edit.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        cap_ms: int = CAP_MS,
    ) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, SaveFunction] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.flush)
        self._cap = QTimer(self)
        self._cap.setSingleShot(True)
        self._cap.setInterval(cap_ms)
        self._cap.timeout.connect(self.flush)

    def schedule(self, key: Hashable, save: SaveFunction) -> None:
        """Note an edit: `save` runs after the debounce, or at the latest after the cap."""
        self._pending[key] = save
        self._debounce.start()
        if not self._cap.isActive():
            self._cap.start()

    def is_pending(self, key: Hashable) -> bool:
        return key in self._pending

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self, key: Hashable | None = None) -> None:
        """Run the pending save of `key` now, or all pending saves when `key` is None."""
        if key is None:
            due = list(self._pending.items())
            self._pending.clear()
        elif key in self._pending:
            due = [(key, self._pending.pop(key))]
        else:
            due = []
        if not self._pending:
            self._debounce.stop()
            self._cap.stop()
        for _key, save in due:
            save()

    def discard(self) -> None:
        """Forget everything pending (only after the content was saved another way)."""
        self._pending.clear()
        self._debounce.stop()
        self._cap.stop()
