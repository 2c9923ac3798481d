"""`jbn-selfscan validate-checklist FILE`: an OK line or one line per problem, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.domain.checklist import MAX_FILE_BYTES

SHIPPED = Path(__file__).resolve().parents[2] / "jbn_selfscan" / "checklists" / "zelfscan.yaml"

VALID = """\
id: proef
version: 3
title: Proeflijst
items:
  - id: eerste
    theme: navolgbaarheid
    question: Is het dossier bij?
    help: Op orde als alles erin staat.
    answer_type: tekst
  - id: tweede
    theme: pva_status
    question: Wanneer was de 1e PvA klaar?
    help: Op orde als het op tijd was.
    answer_type: datum
    stap: eerste_pva
    maatregelen: [JR]
"""

BROKEN = """\
id: proef
version: 0
title: Proeflijst
items:
  - id: eerste
    theme: veiligheid
    question: Is het dossier bij?
    help: Op orde.
    answer_type: tekst
    max_age_months: 2
  - id: tweede
    theme: pva_status
    question: Vervolg?
    help: Op orde.
    answer_type: tekst
    condition: {item: derde, answered: true}
"""


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JBN_SELFSCAN_DATA_DIR", str(tmp_path / "data"))


def run(path: Path | str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(["validate-checklist", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out.splitlines(), err


def test_the_shipped_checklist_is_ok(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = run(SHIPPED, capsys)
    assert code == 0 and err == ""
    assert len(lines) == 1
    assert lines[0].startswith(f"{SHIPPED}: in orde: checklist jbn-dossier-zelfscan versie 2, ")


def test_a_valid_file_summarises_id_version_and_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "proef.yaml"
    path.write_text(VALID, encoding="utf-8")
    code, lines, _err = run(path, capsys)
    assert code == 0
    assert lines == [f"{path}: in orde: checklist proef versie 3, 2 items (OTS 1, Voogdij 1, JR 2)"]


def test_every_problem_on_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    code, lines, _err = run(path, capsys)
    assert code == 1
    assert lines == [
        f"{path}: version: moet 1 of hoger zijn",
        f"{path}: item eerste: theme: onbekend thema 'veiligheid' (kies uit: navolgbaarheid, "
        "zicht_op_veiligheid, contactfrequentie, pva_status)",
        f"{path}: item tweede: voorwaarde verwijst naar onbekend item 'derde'",
    ]


def test_a_syntax_error_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "syntax.yaml"
    path.write_text("id: proef\nversion: 1\n  title: scheef\n", encoding="utf-8")
    code, lines, _err = run(path, capsys)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(f"{path}: regel 3, kolom")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "het bestand is leeg"),
        (b"\x00\x01\x02binair", "geen tekstbestand"),
        ("titel: Geüpdatet".encode("cp1252"), "geen UTF-8-tekst"),
        (b"a: &x [1, 2]\nb: [*x, *x, *x]\n", "niet toegestaan"),
        (b"#" * (MAX_FILE_BYTES + 10), "te groot"),
    ],
)
def test_unusable_files_get_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "bestand.yaml"
    path.write_bytes(content)
    code, lines, _err = run(path, capsys)
    assert code == 1
    assert len(lines) == 1
    assert lines[0].startswith(f"{path}: ") and expected in lines[0]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _err = run(tmp_path / "nergens.yaml", capsys)
    assert code == 1
    assert lines == [f"{tmp_path / 'nergens.yaml'}: bestand niet gevonden"]


def test_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _err = run(tmp_path, capsys)
    assert (code, lines) == (1, [f"{tmp_path}: dit is een map, geen bestand"])


def test_without_a_file_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate-checklist"]) == 2
    _out, err = capsys.readouterr()
    assert err.startswith("jbn-selfscan: fout:") and "Traceback" not in err


def test_as_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_text("a: &a [*a]\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "jbn_selfscan", "validate-checklist", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"JBN_SELFSCAN_DATA_DIR": str(tmp_path / "data"), "PATH": "", "LANG": "C.UTF-8"},
    )
    assert done.returncode == 1
    assert done.stderr == ""
    assert done.stdout.startswith(f"{path}: regel 1") and "niet toegestaan" in done.stdout


def test_wrong_terms_get_one_dutch_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "termijnen.yaml"
    path.write_text(
        VALID.replace(
            "items:\n",
            "termijnen:\n"
            "  - {id: lij, stap: risicotaxatie_actueel, maatregelen: [JR], omschrijving: LIJ,"
            " lengte: 3, eenheid: maanden, bron: wet}\n"
            "  - {id: f2f, stap: eerste_f2f, omschrijving: F2F, lengte: 3, eenheid: werkdagen,"
            " bron: jbn}\n"
            "  - {id: eigen, omschrijving: Eigen, lengte: 3, eenheid: maanden, bron: wetboek}\n"
            "items:\n",
        ),
        encoding="utf-8",
    )
    code, lines, _err = run(path, capsys)
    assert code == 1
    assert lines == [
        f"{path}: termijn lij: bron: een wettelijke termijn staat in de app zelf, niet in de "
        "checklist (kies jbn of inspectie)",
        f"{path}: termijn eigen: bron: onbekende bron 'wetboek' (kies jbn of inspectie)",
        f"{path}: termijn f2f: de termijn van stap 'eerste_f2f' bij OTS, Voogdij en JR is "
        "een wettelijke termijn of een maatstaf die de app zelf kent; die kan de checklist niet "
        "veranderen",
    ]
