"""The log file holds where the program failed, never what a user typed."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from jbn_selfscan.logfile import start_log_file
from jbn_selfscan.paths import AppPaths

SECRET = "OTS-2026-0101 met BSN 111222333"


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[AppPaths]:
    paths = AppPaths(tmp_path / "data")
    handler = start_log_file(paths)
    assert handler is not None
    yield paths
    logging.getLogger("jbn_selfscan").removeHandler(handler)
    handler.close()


def test_a_fault_is_logged_with_its_place_but_without_its_text(paths: AppPaths) -> None:
    """Fails when the formatter writes the exception's message (which may quote a client)."""
    try:
        raise ValueError(SECRET)
    except ValueError:
        logging.getLogger("jbn_selfscan.ui.service_call").exception("saving an answer failed")
    text = paths.log_file.read_text(encoding="utf-8")
    assert "saving an answer failed" in text
    assert "ValueError" in text and "test_logfile.py" in text
    assert SECRET not in text and "111222333" not in text


def test_the_log_is_private_and_quiet_below_warnings(paths: AppPaths) -> None:
    logging.getLogger("jbn_selfscan.services").info("routine")
    logging.getLogger("jbn_selfscan.services").warning("cache rebuilt")
    text = paths.log_file.read_text(encoding="utf-8")
    assert "routine" not in text and "cache rebuilt" in text
    if os.name == "posix":
        assert stat.S_IMODE(paths.log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.logs.stat().st_mode) == 0o700


def test_starting_twice_adds_no_second_handler(paths: AppPaths) -> None:
    before = len(logging.getLogger("jbn_selfscan").handlers)
    start_log_file(paths)
    assert len(logging.getLogger("jbn_selfscan").handlers) == before
