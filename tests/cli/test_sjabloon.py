"""`jbn-selfscan sjabloon -o BESTAND`: save the caseload template from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.services.caseload_files import template_path


def run(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), "sjabloon", *args])


@pytest.mark.parametrize(("name", "kind"), [("c.xlsx", "xlsx"), ("c.CSV", "csv"), ("c", "xlsx")])
def test_the_template_of_the_extension_is_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    assert run(tmp_path, "-o", str(tmp_path / name)) == 0
    saved = tmp_path / name if kind == "csv" or name.endswith(".xlsx") else tmp_path / "c.xlsx"
    assert saved.read_bytes() == template_path(kind).read_bytes()
    assert capsys.readouterr().out.strip() == f"Sjabloon opgeslagen als {saved}."


def test_an_existing_file_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mijn.xlsx"
    target.write_bytes(b"mijn eigen werk")
    assert run(tmp_path, "-o", str(target)) == 1
    assert target.read_bytes() == b"mijn eigen werk"
    assert "bestaat al" in capsys.readouterr().err


def test_without_target_a_dutch_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path) == 2
    assert "sjabloon -o BESTAND" in capsys.readouterr().err


def test_an_unwritable_target_gives_one_dutch_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, "-o", str(tmp_path / "bestaat-niet" / "c.xlsx")) == 1
    err = capsys.readouterr().err
    assert "kon niet worden opgeslagen" in err
    assert "Traceback" not in err
