"""The garbage collector is paused only while the app starts, and runs again afterwards."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jbn_selfscan import startup_gc


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    startup_gc.resume()
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_pause_then_resume_runs_the_collector_again_with_start_up_frozen(
    collector_restored: None,
) -> None:
    gc.enable()
    startup_gc.pause()
    assert not gc.isenabled()
    startup_gc.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_a_pause_made_elsewhere_is_left_alone(collector_restored: None) -> None:
    gc.disable()
    startup_gc.pause()
    startup_gc.resume()
    assert not gc.isenabled()


PROBE = """
import gc, sys
import jbn_selfscan.ui.app as app
from jbn_selfscan.ui.main_window import MainWindow
seen = {}
original_init = MainWindow.__init__
def init(self, *args, **kwargs):
    seen["while building the window"] = gc.isenabled()
    original_init(self, *args, **kwargs)
MainWindow.__init__ = init
original_close = app._close_when_idle
def close(window):
    seen["window shown"] = gc.isenabled()
    original_close(window)
app._close_when_idle = close
from jbn_selfscan.cli import main
code = main(["--data-dir", sys.argv[1], "--quit-when-ready"])
print(code, seen["while building the window"], seen["window shown"], gc.isenabled())
"""


def test_a_real_start_pauses_the_collector_until_the_window_is_shown(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data_dir = str(tmp_path / "data")
    made = subprocess.run(
        [sys.executable, "-m", "jbn_selfscan", "--data-dir", data_dir, "demo", "--no-gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    done = subprocess.run(
        [sys.executable, "-c", PROBE, data_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "False", "True", "True"]
