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
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
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
        finished = kill_at_random(
            ["caseload", str(data_dir), str(source)], rng.uniform(0, 1.3 * duration)
        )
        count = table_count(data_dir / "zelfscan.sqlite3", "client")
        assert count in (0, ROWS), f"round {round_number}: {count} of {ROWS} clients imported"
        if finished:
            assert count == ROWS
        outcomes.add(count)
    assert outcomes == {0, ROWS}, "the kills should land both before and after the commit"


def table_counts(db: Path) -> dict[str, int]:
    return {
        t: table_count(db, t)
        for t in ("caseloadgesprek", "client", "zelfscan", "answer", "afspraak", "actie")
    }


@pytest.mark.slow
def test_killed_gesprek_import_is_all_or_nothing(tmp_path: Path) -> None:
    import datetime as dt

    from jbn_selfscan.domain.types import Role
    from jbn_selfscan.services.demo import fill_demo
    from jbn_selfscan.services.gesprekken import export_gesprek, list_gesprekken
    from jbn_selfscan.services.profile import save_profile

    source_ws = open_workspace(AppPaths(tmp_path / "bron"), daily_backup=False)
    fill_demo(source_ws, dt.date(2026, 11, 23))
    signed = next(s for s in list_gesprekken(source_ws) if s.status == "getekend")
    exported = export_gesprek(source_ws, signed.id, tmp_path / "gesprek.json")
    source_ws.close()

    def fresh(name: str) -> Path:
        data_dir = tmp_path / name
        ws = open_workspace(AppPaths(data_dir), daily_backup=False)
        save_profile(ws, "Demo Praktijkbegeleider", Role.PRAKTIJKBEGELEIDER)
        ws.close()
        return data_dir

    calibration = fresh("calibration")
    duration = import_duration(["gesprek", str(calibration), str(exported)])
    complete = table_counts(calibration / "zelfscan.sqlite3")
    assert complete["caseloadgesprek"] == 1 and complete["answer"] > 0

    rng = random.Random(11)
    empty = {table: 0 for table in complete}
    outcomes = []
    for round_number in range(ROUNDS):
        data_dir = fresh(f"data-{round_number}")
        finished = kill_at_random(
            ["gesprek", str(data_dir), str(exported)], rng.uniform(0, 1.3 * duration)
        )
        counts = table_counts(data_dir / "zelfscan.sqlite3")
        assert counts in (empty, complete), f"round {round_number}: partial import {counts}"
        if finished:
            assert counts == complete
        outcomes.append(counts == complete)
    assert any(outcomes) and not all(outcomes), "kills should land before and after the commit"
