"""Window geometry, toolbar/dock state, splitter and table columns, kept in the data directory.

Stored with `QSettings` in INI format next to the database (not in the registry or ~/.config),
so everything that belongs to one data directory stays together.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from jbn_selfscan.paths import AppPaths

WINDOW_STATE_FILENAME = "venster.ini"
_GEOMETRY = "hoofdvenster/geometrie"
_STATE = "hoofdvenster/toestand"
_SPLITTER = "hoofdvenster/splitser"
_COLUMNS = "caseload/kolommen"


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


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None
