"""The recovery code dialog: the code is shown and can be saved to a file; at start-up a missing
key leads to the question for the code, and the code typed in opens the folder."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from jbn_selfscan.cli import start_gui
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import workspace as workspace_service
from jbn_selfscan.store import cipher, keys
from jbn_selfscan.ui import recovery


def test_the_dialog_shows_the_code_and_saves_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = keys.recovery_code(keys.new_key())
    dialog = recovery.RecoveryCodeDialog(code)
    qtbot.addWidget(dialog)
    assert [f.text() for f in dialog.findChildren(QLineEdit)] == [code]
    target = tmp_path / "herstelcode.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    dialog._save()
    assert code in target.read_text(encoding="utf-8")


def test_a_missing_key_at_start_asks_for_the_code_and_opens_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ws: Any
) -> None:
    code = keys.recovery_code(cipher.require_key())
    copy = AppPaths(tmp_path / "kopie")
    shutil.copytree(ws.paths.data_dir, copy.data_dir)
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(tmp_path / "nieuw" / "sleutel"))
    cipher.set_active_key(None)
    asked: list[str] = []

    def answer(message: str, *, quit_when_ready: bool) -> str:
        asked.append(message)
        return code if len(asked) > 1 else "ABCD-EFGH"  # a typo first, then the code

    monkeypatch.setattr(recovery, "ask_recovery_code", answer)
    opened = start_gui._open_with_key(copy, workspace_service.KeySource(), quit_when_ready=False)
    opened.close()
    assert "herstelcode" in asked[0] and "56 tekens" in asked[1]
    assert keys.KeyStore(tmp_path / "nieuw" / "sleutel").load() == cipher.require_key()
