"""`jbn-selfscan --self-test`: one Dutch line per step, exit 0 only when every step passed."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jbn_selfscan.cli.self_test import STEPS, SelfTestError, run_self_test

TODAY = dt.date(2026, 11, 20)


def _ok(run: object) -> str:
    return "in orde"


def _broken(run: object) -> str:
    raise SelfTestError("kapot")


def test_a_failing_step_is_one_line_and_the_next_steps_still_run() -> None:
    out = io.StringIO()
    code = run_self_test(TODAY, out, (("een", _ok), ("twee", _broken), ("drie", _ok)))
    assert code == 1
    assert out.getvalue().splitlines() == [
        "OK    een: in orde",
        "FOUT  twee: kapot",
        "OK    drie: in orde",
        "Zelftest mislukt: 1 van 3 stappen.",
    ]


def test_all_steps_passing_exits_zero() -> None:
    out = io.StringIO()
    assert run_self_test(TODAY, out, (("een", _ok),)) == 0
    assert out.getvalue().splitlines()[-1] == "Zelftest geslaagd."


def test_the_steps_the_release_needs_are_all_there() -> None:
    names = [name for name, _ in STEPS]
    assert names == [
        "migraties",
        "checklists",
        "termijnen",
        "sjabloon",
        "demo",
        "uitwisselen",
        "pdf",
        "venster",
    ]


def test_the_deadlines_step_fails_without_the_holiday_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jbn_selfscan.domain import calendar

    monkeypatch.setattr(calendar, "installed_holidays_version", lambda: "0.0-other")
    calendar._holiday_table.cache_clear()
    calendar._policy_holidays.cache_clear()
    out = io.StringIO()
    try:
        code = run_self_test(TODAY, out, tuple(step for step in STEPS if step[0] == "termijnen"))
    finally:
        calendar._holiday_table.cache_clear()
        calendar._policy_holidays.cache_clear()
    assert code == 1
    assert out.getvalue().startswith("FOUT  termijnen: de feestdagentabel")


def test_the_deadlines_step_passes_with_the_shipped_holiday_table() -> None:
    out = io.StringIO()
    code = run_self_test(TODAY, out, tuple(step for step in STEPS if step[0] == "termijnen"))
    assert code == 0, out.getvalue()


@pytest.mark.slow
def test_the_whole_self_test_passes_in_a_fresh_home(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    env.pop("JBN_SELFSCAN_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "jbn_selfscan", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split(":")[0].split()[-1] for line in lines[:-1]] == [n for n, _ in STEPS]
    assert all(line.startswith("OK ") for line in lines[:-1])
    assert lines[-1] == "Zelftest geslaagd."
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [] or not any(tmp_path.rglob("zelfscan.sqlite3"))
