"""One app per data directory: a second start is refused without touching the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.ui.single_instance import ALREADY_RUNNING_MESSAGE, SingleInstance

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def test_a_second_lock_on_the_same_data_dir_is_refused(qapp, tmp_path) -> None:
    paths = AppPaths(tmp_path).ensure()
    first, second = SingleInstance(paths), SingleInstance(paths)
    try:
        assert first.try_acquire()
        assert not second.try_acquire()
        other = SingleInstance(AppPaths(tmp_path / "elders").ensure())
        assert other.try_acquire()  # another data directory is independent
        other.release()
    finally:
        first.release()
    assert second.try_acquire()
    second.release()


def test_the_second_start_brings_the_first_window_forward(qtbot, tmp_path) -> None:
    paths = AppPaths(tmp_path).ensure()
    first, second = SingleInstance(paths), SingleInstance(paths)
    assert first.try_acquire()
    try:
        with qtbot.waitSignal(first.sig_activate_requested, timeout=3000):
            assert second.notify_running_instance()
    finally:
        first.release()


def test_a_lock_left_by_a_killed_process_is_reclaimed(qapp, tmp_path) -> None:
    paths = AppPaths(tmp_path).ensure()
    holder = textwrap.dedent(
        f"""
        import sys, time
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(paths.lock_file)!r})
        lock.setStaleLockTime(0)
        assert lock.tryLock(0)
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        blocked = SingleInstance(paths)
        assert not blocked.try_acquire()
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert paths.lock_file.exists()  # the dead process left its lock behind
    reclaimed = SingleInstance(paths)
    assert reclaimed.try_acquire()
    reclaimed.release()


def test_a_second_app_start_exits_1_and_leaves_the_database_alone(qapp, tmp_path) -> None:
    paths = AppPaths(tmp_path / "data").ensure()
    first = SingleInstance(paths)
    assert first.try_acquire()
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "jbn_selfscan", "--data-dir", str(paths.data_dir)]
        result = subprocess.run(
            [*command, "--quit-when-ready"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        first.release()
    assert result.returncode == 1
    assert ALREADY_RUNNING_MESSAGE in result.stderr
    assert not paths.database.exists()
