"""`python -m jbn_selfscan --quit-when-ready`: the whole start-up path in a real process."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from jbn_selfscan.domain.types import Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store import cipher


def start(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "jbn_selfscan", "--data-dir", str(data_dir), "--quit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_app_starts_with_a_profile_and_exits_0(filled_ws) -> None:
    data_dir = filled_ws.paths.data_dir
    filled_ws.close()
    result = start(data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "venster.ini").exists()  # the main window was shown and closed


def test_first_start_shows_the_welcome_dialog_and_cancelling_ends_cleanly(tmp_path) -> None:
    result = start(tmp_path / "nieuw")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nieuw" / "venster.ini").exists()  # no main window without profile


def test_a_database_from_a_newer_app_is_refused_in_dutch(tmp_path) -> None:
    paths = AppPaths(tmp_path / "data")
    ws = open_workspace(paths)
    save_profile(ws, "Els", Role.JEUGDBESCHERMER)
    ws.close()
    with contextlib.closing(cipher.connect(paths.database)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
        conn.commit()
    result = start(paths.data_dir)
    assert result.returncode == 1
    assert "nieuwere versie van JBN Zelfscan" in result.stderr
    assert "Traceback" not in result.stderr
