"""`jbn-selfscan cijfers` and `cijfers combineer`: shapes, masking, schema, and no client data."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from jbn_selfscan.cli import main
from jbn_selfscan.domain.cijfers import NORM_OMSCHRIJVING, SIGNAL_NAMES, START_STEPS
from jbn_selfscan.exchange.cijfers_file import schema_problems
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import demo_data
from jbn_selfscan.services.demo import fill_demo
from jbn_selfscan.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 20)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cijfers") / "data"
    ws = open_workspace(AppPaths(data))
    try:
        fill_demo(ws, TODAY)
    finally:
        ws.close()
    return data


@pytest.fixture
def data(demo_dir: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "data"
    shutil.copytree(demo_dir, copy)
    yield copy


def cijfers(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", str(data), "cijfers", "--vandaag", TODAY.isoformat(), *argv)


def test_json_has_the_shape_of_the_issue(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = cijfers(capsys, data, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["periode"] == {"van": "2026-11", "tot": "2026-11"}
    assert doc["dossiers"] == len(demo_data.CLIENTS)
    norm = doc["normen"][0]
    assert set(norm) >= {"norm", "omschrijving", "op_orde", "aandacht", "niet_op_orde", "totaal"}
    assert norm["totaal"] == norm["op_orde"] + norm["aandacht"] + norm["niet_op_orde"]
    step = doc["tijdigheid"][0]
    assert step["stap"] == "eerste_f2f" and step["norm_percentage"] == 80
    assert set(step) >= {"op_tijd", "te_laat", "open", "totaal", "percentage"}
    assert step["totaal"] == step["op_tijd"] + step["te_laat"] + step["open"]
    assert doc["medewerkers"] == []
    assert len(doc["trend"]) == 1  # the demo's one signed gesprek


def test_an_aggregate_file_masks_small_counts_and_matches_the_schema(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    exact = json.loads(cijfers(capsys, data, "--json")[1])
    target = tmp_path / "eigen.json"
    code, out, err = cijfers(capsys, data, "-o", str(target))
    assert code == 0, err
    assert "<3" in out
    masked = json.loads(target.read_text(encoding="utf-8"))
    assert schema_problems(masked) == []
    assert schema_problems(exact) != [], "exact counts below 3 do not pass the aggregate schema"
    for shown, real in zip(masked["normen"], exact["normen"], strict=True):
        for key in ("op_orde", "aandacht", "niet_op_orde", "totaal"):
            assert shown[key] == ("<3" if real[key] < 3 else real[key])
    for shown, real in zip(masked["tijdigheid"], exact["tijdigheid"], strict=True):
        small = real["op_tijd"] < 3 or real["te_laat"] < 3
        assert shown["percentage"] == (None if small else real["percentage"])


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


FIXED_TEXTS = (
    {"<3", "jbn-selfscan-cijfers", "medewerker", "team", "organisatie", "OTS", "Voogdij", "JR"}
    | set(NORM_OMSCHRIJVING)
    | set(NORM_OMSCHRIJVING.values())
    | set(START_STEPS)
    | set(START_STEPS.values())
)
MONTH = re.compile(r"^\d{4}-\d{2}$")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}")


def _client_texts() -> set[str]:
    """Everything of the demo that identifies a child or is free text."""
    texts = {c.referentie for c in demo_data.CLIENTS} | {c.initialen for c in demo_data.CLIENTS}
    texts |= {c.bespreekpunt for c in demo_data.CLIENTS if c.bespreekpunt}
    texts |= {t for notes in demo_data.TOELICHTINGEN.values() for t in notes}
    texts |= set(demo_data.GOOD_NOTES)
    texts |= {tekst for tekst, _ref in demo_data.PREVIOUS_AFSPRAKEN}
    texts |= {a.omschrijving for a in demo_data.PREVIOUS_ACTIES}
    texts |= {demo_data.PREVIOUS_OPMERKINGEN, demo_data.CURRENT_BESPREEKPUNTEN}
    return {t for t in texts if t}


def _assert_no_client_data(text: str) -> None:
    for secret in _client_texts():
        assert secret not in text
    assert not DAY.search(text), DAY.search(text)


@pytest.mark.parametrize("team", [False, True])
def test_no_aggregate_output_holds_a_reference_initials_a_date_or_free_text(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, team: bool
) -> None:
    extra = ["--team", "--pseudoniem"] if team else []
    outputs: dict[str, str] = {}
    for suffix in (".json", ".csv", ".xlsx"):
        target = tmp_path / f"cijfers{suffix}"
        code, _out, err = cijfers(capsys, data, *extra, "-o", str(target))
        assert code == 0, err
        if suffix == ".xlsx":
            book = load_workbook(target)
            outputs[suffix] = "\n".join(
                str(cell) for sheet in book for row in sheet.iter_rows(values_only=True)
                for cell in row if cell is not None
            )  # fmt: skip
        else:
            outputs[suffix] = target.read_text(encoding="utf-8-sig")
    for text in outputs.values():
        _assert_no_client_data(text)
    doc = json.loads(outputs[".json"])
    names = {w["naam"] for w in doc["medewerkers"]}
    assert names == ({"Medewerker 1"} if team else set())
    assert demo_data.DEMO_WORKER not in outputs[".json"]
    for path, value in _strings(doc):
        allowed = value in FIXED_TEXTS or value in names or MONTH.match(value)
        allowed = allowed or path in (".app_versie",) or re.fullmatch(r"\d+[a-z]?\.\d+", value)
        assert allowed, f"unexpected text at {path}: {value!r}"
    rows = list(csv.reader(outputs[".csv"].splitlines(), delimiter=";"))
    signal_rows = {row[3] for row in rows[1:] if row[1] == "signaal"}
    assert signal_rows == set(SIGNAL_NAMES.values())


def test_the_team_view_shows_the_worker_of_the_signed_gesprek(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _err = cijfers(capsys, data, "--team", "--json")
    assert code == 0
    doc = json.loads(out)
    [worker] = doc["medewerkers"]
    assert worker["naam"] == demo_data.DEMO_WORKER
    assert worker["maand"] == "2026-08"
    assert worker["dossiers"] == doc["dossiers"]
    own = json.loads(cijfers(capsys, data, "--periode", "2026-08-01", "2026-08-31", "--json")[1])
    assert own["normen"] == worker["normen"] and own["tijdigheid"] == worker["tijdigheid"]


def test_combining_two_team_files_adds_them_up(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "noord.json", tmp_path / "zuid.json"
    for target in (first, second):
        assert cijfers(capsys, data, "--team", "-o", str(target))[0] == 0
    team = json.loads(first.read_text(encoding="utf-8"))
    combined_file = tmp_path / "organisatie.json"
    code, _out, err = run(
        capsys, "cijfers", "combineer", str(first), str(second), "-o", str(combined_file)
    )
    assert code == 0, err
    combined = json.loads(combined_file.read_text(encoding="utf-8"))
    assert schema_problems(combined) == []
    assert combined["dossiers"] == 2 * team["dossiers"]
    assert [t["naam"] for t in combined["teams"]] == ["noord", "zuid"]
    for index, (row, one) in enumerate(zip(combined["normen"], team["normen"], strict=True)):
        for key in ("op_orde", "aandacht", "niet_op_orde", "totaal"):
            path = f"normen[{index}].{key}"
            if one[key] == "<3":
                assert path in combined["ondergrens"]
            else:
                assert row[key] == 2 * one[key] and path not in combined["ondergrens"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--periode", "2026-13-01", "2026-12-01"], "bestaat niet als datum"),
        (["--periode", "2026-12-01", "2026-01-01"], "einddatum ligt vóór de begindatum"),
        (["-o", "uit.txt"], "onbekende extensie"),
        (["--pseudoniem"], "hoort bij --team"),
    ],
)
def test_bad_options_give_one_dutch_line(
    capsys: pytest.CaptureFixture[str], data: Path, argv: list[str], message: str
) -> None:
    code, out, err = cijfers(capsys, data, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_combining_refuses_a_file_that_is_not_a_figures_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "team.json"
    bad = tmp_path / "ander.json"
    bad.write_text('{"format": "iets anders"}', encoding="utf-8")
    tampered = tmp_path / "veranderd.json"
    tampered.write_text(
        json.dumps({"format": "jbn-selfscan-cijfers", "format_version": 1, "dossiers": 1}),
        encoding="utf-8",
    )
    for path in (bad, tampered, tmp_path / "bestaat-niet.json"):
        code, out, err = run(capsys, "cijfers", "combineer", str(path), "-o", str(good))
        assert code == 1 and out == "" and err.count("\n") == 1
        assert "er is niets geschreven" in err
        assert not good.exists()


def test_demo_under_another_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "kim"
    code, out, err = run(
        capsys, "--data-dir", str(data), "demo", "--no-gui", "--medewerker", "Kim  Jansen"
    )
    assert code == 0, err
    assert "Demogegevens gemaakt voor Kim Jansen" in out
    doc = json.loads(run(capsys, "--data-dir", str(data), "cijfers", "--team", "--json")[1])
    assert [w["naam"] for w in doc["medewerkers"]] == ["Kim Jansen"]
    clients = json.loads(run(capsys, "--data-dir", str(data), "gesprekken", "--json")[1])
    assert {g["medewerker"] for g in clients} == {"Kim Jansen"}
    stored = b"".join(path.read_bytes() for path in data.glob("zelfscan.sqlite3*"))
    assert b"Demo Jeugdbeschermer" not in stored, "nothing left under the default name"


def test_demo_takes_either_team_or_a_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "demo", "--no-gui", "--team", "--medewerker", "X"
    )
    assert code == 2 and out == "" and err.count("\n") == 1
    assert not (tmp_path / "d" / "zelfscan.sqlite3").exists()
