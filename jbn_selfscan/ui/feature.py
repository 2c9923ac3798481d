"""How a feature plugs into the main window.

A feature is a `WindowFeature`: it gets the typed `MainWindow` and adds what it brings through
the window's named ways in (`add_menu`, `add_file_actions`, `add_page`, the `menus`, the named
actions in `named_actions`, and the screens `stack`, `caseload`, `scan_widget`). It never
looks a menu or action up by its Dutch label or shortcut. The window keeps its features in
`features` and calls `shutdown()` on each when it closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from jbn_selfscan.ui.main_window import MainWindow


class WindowFeature(QObject):
    """One feature of the main window; parented to it, so it lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def shutdown(self) -> None:
        """The window is closing: save what is pending, stop background work."""
