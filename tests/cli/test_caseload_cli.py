"""`jbn-selfscan caseload` and the source (`bron`) and maatregel names of `termijnen`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.caseload_import import apply_import, plan_import
from jbn_selfscan.services.clients import set_archived
from jbn_selfscan.services.overview import list_overview
from jbn_selfscan.services.workspace import open_workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bi-caseload-langlopend.csv"
TODAY = "2026-12-04"
STATUSES = {"op_orde", "aandacht", "niet_op_orde", "nog_niet_ingevuld", "nvt"}
THEME_KEYS = {"navolgbaarheid", "zicht_op_veiligheid", "contactfrequentie", "pva_status"}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    paths = AppPaths(tmp_path / "data")
    ws = open_workspace(paths)
    try:
        apply_import(ws, plan_import(FIXTURE, today=_date(TODAY), ws=ws))
        [first] = [r for r in list_overview(ws, _date(TODAY)) if r.referentie == "JR-2020-0077"]
        set_archived(ws, first.client_id)
    finally:
        ws.close()
    return paths.data_dir


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _run_json(
    data_dir: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> list[dict[str, Any]]:
    code = main(["--data-dir", str(data_dir), "caseload", "--json", "--vandaag", TODAY, *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    assert isinstance(data, list)
    return data


def test_caseload_json_has_exactly_the_documented_shape(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(data_dir, capsys)
    assert len(data) == 9  # the archived client is left out
    for entry in data:
        assert set(entry) == {
            "referentie",
            "maatregel",
            "uitspraak",
            "themas",
            "volgende_termijn",
            "stappen",
        }
        assert set(entry["themas"]) == THEME_KEYS
        assert set(entry["themas"].values()) <= STATUSES
        assert entry["maatregel"] in {"OTS", "Voogdij", "JR"}
        for step in entry["stappen"]:
            assert {"stap", "deadline", "toestand", "bron"} <= set(step)
            assert step["bron"] in {"wet", "inspectie", "jbn"}
    by_ref = {entry["referentie"]: entry for entry in data}
    old = by_ref["OTS-2017-0101"]
    assert old["uitspraak"] == "2017-03-14"
    assert old["volgende_termijn"]["stap"] == "risicotaxatie_actueel"
    assert old["volgende_termijn"]["deadline"] == "2027-01-15"  # 15 Oct 2026 + 3 months
    steps = {step["stap"]: step for step in old["stappen"]}
    assert steps["eerste_f2f"]["toestand"] == "onbekend"
    assert steps["eerste_pva"]["bron"] == "wet"
    recent = by_ref["JR-2026-0950"]
    assert recent["volgende_termijn"]["stap"] == "eerste_f2f"
    assert recent["volgende_termijn"]["toestand"] == "verlopen"
    assert recent["volgende_termijn"]["deadline"] == "2026-11-23"  # Mon 16 Nov + 5 werkdagen


def test_caseload_archief_includes_archived_clients(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = [entry["referentie"] for entry in _run_json(data_dir, capsys, "--archief")]
    assert len(refs) == 10 and "JR-2020-0077" in refs


def test_caseload_table_is_readable_dutch(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "caseload", "--vandaag", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Caseload op vr 4 december 2026: 9 cliënten")
    assert "Zicht op veiligheid" in out
    assert "1e F2F met jeugdige en ouders/opvoeders: ma 23 november 2026" in out


def test_caseload_rejects_a_bad_date_in_dutch(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "caseload", "--vandaag", "4-12-2026"]) == 2
    assert "is geen datum" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("OTS", "OTS (ondertoezichtstelling)"),
        ("ondertoezichtstelling", "OTS (ondertoezichtstelling)"),
        ("Voogdij", "Voogdij"),
        ("VOOGDIJ", "Voogdij"),
        ("jr", "JR (jeugdreclassering)"),
        ("Jeugdreclassering", "JR (jeugdreclassering)"),
    ],
)
def test_termijnen_accepts_the_names_the_importer_accepts(
    name: str, label: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["termijnen", "--maatregel", name, "--uitspraak", "2026-04-13", "--vandaag", TODAY]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"Termijnen van een nieuwe maatregel: {label}" in out
    assert "wet = wettelijke termijn" in out


def test_termijnen_json_carries_the_bron_and_the_atw_move(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["termijnen", "--maatregel", "OTS", "--uitspraak", "2026-04-13", "--json"]
    assert main([*args, "--vandaag", "2026-04-13"]) == 0
    by_step = {item["stap"]: item for item in json.loads(capsys.readouterr().out)}
    assert by_step["eerste_pva"]["bron"] == "wet"
    assert by_step["eerste_pva"]["deadline"] == "2026-05-26"  # 25 May is Tweede pinksterdag
    assert by_step["eerste_risicotaxatie"]["bron"] == "jbn"
    assert by_step["eerste_risicotaxatie"]["deadline"] == "2026-05-25"
    assert by_step["hulp_gestart"]["bron"] == "inspectie"
