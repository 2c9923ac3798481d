"""Window geometry, toolbar/dock state, splitter and table columns, kept in the data directory.

Stored with `QSettings` in INI format next to the database (not in the registry or ~/.config),
so everything that belongs to one data directory stays together.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

from jbn_selfscan.paths import AppPaths

WINDOW_STATE_FILENAME = "venster.ini"
_GEOMETRY = "hoofdvenster/geometrie"
_STATE = "hoofdvenster/toestand"
_SPLITTER = "hoofdvenster/splitser"
_COLUMNS = "caseload/kolommen"
FRAME_ALLOWANCE = (16, 48)  # width, height of a window frame before the window is shown


def window_settings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.data_dir / WINDOW_STATE_FILENAME), QSettings.Format.IniFormat)


def save_window_state(
    settings: QSettings, window: QMainWindow, splitter: QSplitter, header: QHeaderView
) -> None:
    settings.setValue(_GEOMETRY, window.saveGeometry())
    settings.setValue(_STATE, window.saveState())
    settings.setValue(_SPLITTER, splitter.saveState())
    settings.setValue(_COLUMNS, header.saveState())
    settings.sync()


def restore_window_state(
    settings: QSettings, window: QMainWindow, splitter: QSplitter, header: QHeaderView
) -> bool:
    """Restore what was saved; False when there was nothing (first start) or it was unusable."""
    geometry = _bytes(settings.value(_GEOMETRY))
    if geometry is None or not window.restoreGeometry(geometry):
        return False
    state = _bytes(settings.value(_STATE))
    if state is not None:
        window.restoreState(state)
    splitter_state = _bytes(settings.value(_SPLITTER))
    if splitter_state is not None:
        splitter.restoreState(splitter_state)
    columns = _bytes(settings.value(_COLUMNS))
    if columns is not None:
        header.restoreState(columns)
    return True


def fit_to_screen(window: QWidget, splitter: QSplitter | None = None) -> None:
    """Never larger than the screen's available area (a laptop at 125 %, a saved size from a
    larger monitor); the splitter keeps its proportions in the smaller window."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.isEmpty():  # not shown yet: leave room for a typical title bar and border
        frame = QSize(FRAME_ALLOWANCE[0], FRAME_ALLOWANCE[1])
    width = min(window.width(), available.width() - frame.width())
    height = min(window.height(), available.height() - frame.height())
    if (width, height) == (window.width(), window.height()):
        return
    shares = splitter.sizes() if splitter is not None else []
    window.resize(width, height)
    if splitter is not None and sum(shares) > 0:
        total = width - splitter.handleWidth() * (len(shares) - 1)
        splitter.setSizes([round(total * share / sum(shares)) for share in shares])
    if not available.contains(window.frameGeometry()):
        window.move(available.topLeft())


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None
