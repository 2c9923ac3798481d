"""At start with a damaged database the app explains in Dutch and offers: restore the newest
good backup, or quit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jbn_selfscan.cli.start_gui import recover_damaged
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.clients import list_clients
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store.backup import make_backup
from jbn_selfscan.store.db import DAMAGED_MESSAGE, DatabaseDamagedError
from jbn_selfscan.ui.app import DamagedDatabaseDialog

from ..store.conftest import CLIENTS, damage, filled_database, install  # noqa: F401

MESSAGE = DAMAGED_MESSAGE.format(folder="/ergens")


def answer_dialogs(choice: str, seen: list[str]) -> QTimer:
    """Answer every modal box as it appears: the damaged-database dialog with `choice`."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, DamagedDatabaseDialog):
            seen.append(box.text() + "\n" + box.informativeText())
            button = box.restore_button if choice == "restore" else box.quit_button
            assert button is not None
            button.click()
        elif isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    return timer


@pytest.fixture
def damaged_with_backup(tmp_path: Path, filled_database: Path) -> AppPaths:  # noqa: F811
    paths = install(filled_database, tmp_path / "data")
    make_backup(paths.database, paths.backups, reason="dagelijks")
    damage(paths.database)
    with pytest.raises(DatabaseDamagedError):
        open_workspace(paths)
    return paths


def test_dialog_offers_restore_of_the_newest_good_backup_or_quit(qtbot: QtBot) -> None:
    dialog = DamagedDatabaseDialog(
        MESSAGE, "zelfscan-20261123-dagelijks.sqlite3 (23-11-2026 08:30)"
    )
    qtbot.addWidget(dialog)
    assert "beschadigd" in dialog.text()
    assert "zelfscan-20261123-dagelijks.sqlite3" in dialog.informativeText()
    assert "ongewijzigd bewaard" in dialog.informativeText()
    assert dialog.restore_button is not None
    assert (
        dialog.restore_button.text().replace("&", "") == "Nieuwste goede reservekopie terugzetten"
    )
    assert dialog.quit_button.text().replace("&", "") == "Afsluiten"
    assert dialog.defaultButton() is dialog.quit_button  # Enter never replaces data
    assert not dialog.restore_chosen()


def test_dialog_without_a_good_backup_only_quits(qtbot: QtBot) -> None:
    dialog = DamagedDatabaseDialog(MESSAGE, None)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "geen goede reservekopie" in dialog.informativeText()


def test_choosing_restore_brings_the_backup_back_and_keeps_the_damaged_file(
    qtbot: QtBot, damaged_with_backup: AppPaths
) -> None:
    paths = damaged_with_backup
    damaged_bytes = paths.database.read_bytes()
    seen: list[str] = []
    timer = answer_dialogs("restore", seen)
    try:
        ws = recover_damaged(paths, MESSAGE, quit_when_ready=False)
    finally:
        timer.stop()
    assert ws is not None
    try:
        assert len(list_clients(ws)) == CLIENTS
    finally:
        ws.close()
    assert "dagelijks" in seen[0]  # the newest good backup was named
    assert "is teruggezet" in seen[1]
    kept = list(paths.damaged.iterdir())
    assert [p.read_bytes() for p in kept] == [damaged_bytes]


def test_choosing_quit_changes_nothing(qtbot: QtBot, damaged_with_backup: AppPaths) -> None:
    paths = damaged_with_backup
    before = paths.database.read_bytes()
    seen: list[str] = []
    timer = answer_dialogs("quit", seen)
    try:
        assert recover_damaged(paths, MESSAGE, quit_when_ready=False) is None
    finally:
        timer.stop()
    assert len(seen) == 1
    assert paths.database.read_bytes() == before
    assert not paths.damaged.exists()


def test_a_damaged_backup_is_never_offered(qtbot: QtBot, damaged_with_backup: AppPaths) -> None:
    paths = damaged_with_backup
    for backup in paths.backups.iterdir():
        damage(backup)
    seen: list[str] = []
    timer = answer_dialogs("restore", seen)
    try:
        assert recover_damaged(paths, MESSAGE, quit_when_ready=False) is None
    finally:
        timer.stop()
    assert len(seen) == 1 and "geen goede reservekopie" in seen[0]


def test_the_real_start_explains_in_dutch_and_exits_1(damaged_with_backup: AppPaths) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jbn_selfscan",
            "--data-dir",
            str(damaged_with_backup.data_dir),
            "--quit-when-ready",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "beschadigd" in result.stderr
    assert "Traceback" not in result.stderr
