"""Kill an import halfway: the database holds all of it or nothing, and stays intact.

Two kinds of kill: at a random time (the seed is printed; replay with JBN_CRASH_SEED), and at a
numbered moment of the import (before a given SQL statement or COMMIT, see import_child.py): the
first moments, the last moments around the commit, and a random sample in between.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store import cipher

ROOT = Path(__file__).resolve().parents[2]
ROWS = 1500
ROUNDS = 6
MOMENT_SAMPLE = 6


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


def kill_at_moment(args: list[str], moment: int) -> bool:
    """Run the child, which kills itself at `moment`; True when it finished all the same."""
    child = start_child([*args, str(moment)])
    output, _ = child.communicate()
    return "done" in output


def calibrate(args: list[str]) -> tuple[float, int]:
    """How long one import takes on this machine and how many moments it has."""
    child = start_child(args)
    started = time.perf_counter()
    output, _ = child.communicate()
    assert "done" in output
    moments = next(int(line.split()[1]) for line in output.splitlines() if "moments" in line)
    return time.perf_counter() - started, moments


def crash_seed() -> int:
    seed = int(os.environ.get("JBN_CRASH_SEED") or random.randrange(1 << 32))
    print(f"crash seed: JBN_CRASH_SEED={seed}")
    return seed


def moments_to_kill(total: int, rng: random.Random) -> list[int]:
    """The first two and last four moments, and a random sample of the others."""
    edges = {1, 2, *range(max(1, total - 3), total + 1)}
    middle = [m for m in range(3, total - 3) if m not in edges]
    return sorted(edges | set(rng.sample(middle, min(MOMENT_SAMPLE, len(middle)))))


def table_count(db: Path, table: str) -> int:
    with contextlib.closing(cipher.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def caseload_counts(db: Path) -> dict[str, int]:
    return {table: table_count(db, table) for table in ("client", "change_log")}


@pytest.mark.slow
def test_killed_caseload_import_is_all_or_nothing(tmp_path: Path) -> None:
    """Clients and the import's change-log row land together or not at all.

    Planted bug: the change-log row written in a second transaction after the clients. Before,
    this test counted clients only and passed; now the kill at the moment between the two
    transactions finds the clients without their change-log row and fails.
    """
    source = tmp_path / "caseload.csv"
    write_caseload(source)
    seed = crash_seed()
    rng = random.Random(seed)
    calibration = tmp_path / "calibration"
    open_workspace(AppPaths(calibration), daily_backup=False).close()
    before = caseload_counts(calibration / "zelfscan.sqlite3")
    duration, total = calibrate(["caseload", str(calibration), str(source)])
    complete = caseload_counts(calibration / "zelfscan.sqlite3")
    assert complete == {"client": ROWS, "change_log": before["change_log"] + 1}
    empty = before

    def check(name: str, kill: Callable[[list[str]], bool]) -> bool:
        data_dir = tmp_path / name
        open_workspace(AppPaths(data_dir), daily_backup=False).close()
        finished = kill(["caseload", str(data_dir), str(source)])
        counts = caseload_counts(data_dir / "zelfscan.sqlite3")
        assert counts in (empty, complete), f"{name}: partial import {counts} (seed {seed})"
        if finished:
            assert counts == complete, f"{name}: finished but {counts} (seed {seed})"
        return counts == complete

    outcomes = set()
    for round_number in range(ROUNDS):
        delay = rng.uniform(0, 1.3 * duration)
        outcomes.add(check(f"time-{round_number}", functools.partial(kill_at_random, delay=delay)))
    for moment in moments_to_kill(total, rng):
        outcomes.add(check(f"moment-{moment}", functools.partial(kill_at_moment, moment=moment)))
    assert outcomes == {False, True}, "the kills should land both before and after the commit"


def table_counts(db: Path) -> dict[str, int]:
    return {
        t: table_count(db, t)
        for t in (
            "caseloadgesprek",
            "client",
            "zelfscan",
            "answer",
            "afspraak",
            "actie",
            "change_log",
        )
    }


@pytest.mark.slow
def test_killed_gesprek_import_is_all_or_nothing(tmp_path: Path) -> None:
    """The gesprek's rows and its change-log rows land together or not at all (see above)."""
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
    empty = table_counts(calibration / "zelfscan.sqlite3")
    duration, total = calibrate(["gesprek", str(calibration), str(exported)])
    complete = table_counts(calibration / "zelfscan.sqlite3")
    assert complete["caseloadgesprek"] == 1 and complete["answer"] > 0
    assert complete["change_log"] > empty["change_log"]

    seed = crash_seed()
    rng = random.Random(seed)

    def check(name: str, kill: Callable[[list[str]], bool]) -> bool:
        data_dir = fresh(name)
        finished = kill(["gesprek", str(data_dir), str(exported)])
        counts = table_counts(data_dir / "zelfscan.sqlite3")
        assert counts in (empty, complete), f"{name}: partial import {counts} (seed {seed})"
        if finished:
            assert counts == complete, f"{name}: finished but {counts} (seed {seed})"
        return counts == complete

    outcomes = set()
    for round_number in range(ROUNDS):
        delay = rng.uniform(0, 1.3 * duration)
        outcomes.add(check(f"time-{round_number}", functools.partial(kill_at_random, delay=delay)))
    for moment in moments_to_kill(total, rng):
        outcomes.add(check(f"moment-{moment}", functools.partial(kill_at_moment, moment=moment)))
    assert outcomes == {False, True}, "kills should land before and after the commit"
