"""Kill an import halfway: the database holds all of it or nothing, and stays intact."""

from __future__ import annotations

import contextlib
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
ROWS = 1500
ROUNDS = 12


def write_caseload(path: Path) -> None:
    lines = ["Zaakreferentie;Initialen;Maatregel;Uitspraakdatum;Regio;Team"]
    lines += [f"OTS-2025-{n:05d};A.B.;OTS;01-09-2025;Groningen;Team Stad" for n in range(ROWS)]
    path.write_text("\n".join(lines), encoding="utf-8")


def start_child(args: list[str]) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.import_child", *args],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def kill_at_random(args: list[str], delay: float) -> bool:
    """Run the child, kill it `delay` seconds after it is ready; True when it finished first."""
    child = start_child(args)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate()
    return "done" in output


def import_duration(args: list[str]) -> float:
    """How long one import takes on this machine, so kills can land before and after commit."""
    child = start_child(args)
    started = time.perf_counter()
    output, _ = child.communicate()
    assert "done" in output
    return time.perf_counter() - started


def table_count(db: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.mark.slow
def test_killed_caseload_import_is_all_or_nothing(tmp_path: Path) -> None:
    source = tmp_path / "caseload.csv"
    write_caseload(source)
    rng = random.Random(7)
    calibration = tmp_path / "calibration"
    open_workspace(AppPaths(calibration), daily_backup=False).close()
    duration = import_duration(["caseload", str(calibration), str(source)])
    assert table_count(calibration / "zelfscan.sqlite3", "client") == ROWS
    outcomes = set()
    for round_number in range(ROUNDS):
        data_dir = tmp_path / f"data-{round_number}"
        open_workspace(AppPaths(data_dir), daily_backup=False).close()
        finished = kill_at_random(["caseload", str(data_dir), str(source)], rng.uniform(0, 1.3 * duration))
        count = table_count(data_dir / "zelfscan.sqlite3", "client")
        assert count in (0, ROWS), f"round {round_number}: {count} of {ROWS} clients imported"
        if finished:
            assert count == ROWS
        outcomes.add(count)
    assert outcomes == {0, ROWS}, "the kills should land both before and after the commit"
