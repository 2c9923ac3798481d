"""`cijfers --json` counts what `caseload --json` shows for the same data and the same day.

The expected counts are made by tallying the per-client JSON of `caseload`, not by the figures
code: a figure that drifts from the overview (a state counted in the wrong column, a step
missed) fails here.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.demo import fill_demo
from jbn_selfscan.services.workspace import open_workspace

DAY = "2026-12-04"


def _json_of(capsys: pytest.CaptureFixture[str], argv: list[str]) -> Any:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo filled as on DAY (not the clock), so both commands judge the same caseload."""
    data = tmp_path_factory.mktemp("agree") / "data"
    ws = open_workspace(AppPaths(data), daily_backup=False)
    try:
        fill_demo(ws, dt.date.fromisoformat(DAY))
    finally:
        ws.close()
    return data


def test_timeliness_and_signals_agree_with_the_caseload(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    caseload = _json_of(
        capsys, ["--data-dir", str(demo_dir), "caseload", "--json", "--vandaag", DAY]
    )
    figures = _json_of(capsys, ["--data-dir", str(demo_dir), "cijfers", "--json", "--vandaag", DAY])
    assert figures["dossiers"] == len(caseload) > 0
    checked = 0
    for step in figures["tijdigheid"]:
        states = collections.Counter(
            s["toestand"]
            for entry in caseload
            for s in entry["stappen"]
            if s["stap"] == step["stap"]
        )
        # "te laat" counts late and not-yet-done-past-the-deadline ("waarvan nog niet gedaan")
        assert step["op_tijd"] == states["op_tijd"]
        assert step["te_laat"] == states["te_laat"] + states["verlopen"]
        assert step["verlopen"] == states["verlopen"]
        assert step["open"] == states["open"]
        assert (
            step["totaal"]
            == states["op_tijd"] + states["te_laat"] + states["verlopen"] + (states["open"])
        )
        checked += 1
    assert checked == 4  # 1e F2F, 1e PvA, 1e risicotaxatie, hulp gestart
    all_states = collections.Counter(s["toestand"] for e in caseload for s in e["stappen"])
    assert figures["signalen"]["termijnen_verlopen"] == all_states["verlopen"]
    day = dt.date.fromisoformat(DAY)
    assert all(dt.date.fromisoformat(e["uitspraak"]) <= day for e in caseload)
