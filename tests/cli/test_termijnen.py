"""`jbn-selfscan termijnen`: the deadlines of a new maatregel on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from jbn_selfscan.cli import main

BASE = ["termijnen", "--maatregel", "OTS", "--uitspraak", "2024-05-06", "--vandaag", "2024-05-06"]


def _json(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, str | None]]:
    assert main([*BASE, "--json", *extra]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    data = json.loads(captured.out)
    assert isinstance(data, list)
    return data


def test_json_lists_the_deadlines_of_a_new_ots(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys)
    by_step = {item["stap"]: item for item in data}
    assert {"eerste_f2f", "eerste_pva", "eerste_risicotaxatie", "hulp_gestart"} <= set(by_step)
    assert by_step["eerste_f2f"]["deadline"] == "2024-05-14"
    assert by_step["eerste_pva"]["deadline"] == "2024-06-17"
    assert by_step["eerste_risicotaxatie"]["deadline"] == "2024-06-17"
    assert by_step["hulp_gestart"]["deadline"] == "2024-08-06"
    f2f = by_step["eerste_f2f"]
    assert f2f["uitleg"] == (
        "uitspraak ma 6 mei 2024 + 5 werkdagen; overgeslagen: za/zo, "
        "Hemelvaartsdag (do 9 mei 2024) → uiterlijk di 14 mei 2024"
    )
    assert f2f["status"] == "open — nog 5 werkdagen"
    assert f2f["norm"] == "1a.3"
    assert f2f["omschrijving"]
    assert "contact_voogdij" not in by_step


def test_maatregel_is_case_insensitive_and_voogdij_adds_the_contact_norm(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["termijnen", "--maatregel", "voogdij", "--uitspraak", "2024-05-06", "--json"]
    assert main([*args, "--vandaag", "2024-05-06"]) == 0
    steps = [item["stap"] for item in json.loads(capsys.readouterr().out)]
    assert steps[-1] == "contact_voogdij"


def test_table_is_readable_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(BASE) == 0
    out = capsys.readouterr().out
    assert "OTS (ondertoezichtstelling)" in out
    assert "feestdagen: Algemene termijnenwet" in out
    f2f_line = next(line for line in out.splitlines() if line.startswith("1e F2F"))
    assert "di 14 mei 2024" in f2f_line
    assert "open — nog 5 werkdagen" in f2f_line
    assert "Hemelvaartsdag (do 9 mei 2024) → uiterlijk di 14 mei 2024" in out
    assert "n.v.t." in out  # no risicotaxatie or PvA yet


def test_holiday_policy_and_bridge_days_change_the_result(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def f2f(*extra: str) -> str | None:
        args = ["termijnen", "--maatregel", "JR", "--uitspraak", "2026-04-30", "--json"]
        assert main([*args, "--vandaag", "2026-04-30", *extra]) == 0
        data: list[dict[str, str | None]] = json.loads(capsys.readouterr().out)
        return next(item["deadline"] for item in data if item["stap"] == "eerste_f2f")

    assert f2f() == "2026-05-08"  # Atw: 5 mei counts every year
    assert f2f("--feestdagen", "publiek") == "2026-05-07"
    assert f2f("--vrije-dag", "2026-05-04") == "2026-05-11"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--maatregel", "OTS", "--uitspraak", "2024-02-30"], "'2024-02-30' bestaat niet"),
        (["--maatregel", "OTS", "--uitspraak", "6-5-2024"], "gebruik JJJJ-MM-DD"),
        (["--maatregel", "KOTS", "--uitspraak", "2024-05-06"], "onbekende maatregel 'KOTS'"),
        (["--uitspraak", "2024-05-06"], "geef de maatregel op"),
        (["--maatregel", "OTS"], "geef de datum van de uitspraak op"),
        (["--maatregel", "--uitspraak", "2024-05-06"], "geef de maatregel op"),
        (["--maatregel", "OTS", "--uitspraak", "2024-05-06", "--vandaag"], "--vandaag"),
        (
            ["--maatregel", "OTS", "--uitspraak", "2024-05-06", "--feestdagen", "cao"],
            "onbekende keuze 'cao'",
        ),
        (["--maatregel", "OTS", "--uitspraak", "1950-05-06"], "ligt buiten het bereik"),
    ],
)
def test_invalid_arguments_give_one_dutch_line_and_exit_code_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["termijnen", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("jbn-selfscan: fout: ")
    assert message in captured.err
    assert "Traceback" not in captured.err


def _run_module(*args: str, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "jbn_selfscan", *args],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_python_dash_m_prints_json() -> None:
    done = _run_module(*BASE, "--json", encoding="utf-8")
    assert done.returncode == 0, done.stderr.decode()
    data = json.loads(done.stdout.decode("utf-8"))
    assert data[0]["stap"] == "eerste_f2f"
    assert data[0]["deadline"] == "2024-05-14"


def test_python_dash_m_table_survives_a_console_without_utf8() -> None:
    done = _run_module(*BASE, encoding="cp1252")
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode("cp1252")
    assert "-> uiterlijk di 14 mei 2024" in out
