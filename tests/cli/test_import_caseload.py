"""`jbn-selfscan import-caseload`: headless caseload import for functioneel beheer."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.store import cipher

HEADER = "Zaakreferentie;Initialen;Maatregel;Uitspraakdatum;BSN\r\n"
GOOD = HEADER + "Z-1;A.;OTS;03-03-2025;\r\nZ-2;B.;JR;2025-04-01;\r\n"
BAD = (
    HEADER
    + "Z-1;A.C.;OTS;03-03-2025;\r\n"
    + "Z-3;C.;Voogdij;31-02-2025;\r\n"
    + "Z-4;D.;Bewind;01-04-2025;\r\n"
)


def run(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), "import-caseload", *args])


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def database_state(tmp_path: Path) -> tuple[str, list[tuple[object, ...]]]:
    """Hash of the closed database file plus every row of every table."""
    database = tmp_path / "data" / "zelfscan.sqlite3"
    assert not database.with_name(database.name + "-wal").exists()  # checkpointed on close
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    with cipher.connect(database, read_only=True) as conn:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = [
            (table, *row)
            for table in sorted(tables)
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        ]
    conn.close()
    return digest, rows


def test_a_valid_file_is_imported_with_a_one_line_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, str(write(tmp_path, "caseload.csv", GOOD))) == 0
    captured = capsys.readouterr()
    assert captured.out == "2 cliënten geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 overgeslagen\n"
    assert "let op: kolom 'BSN' is niet geïmporteerd" in captured.err
    _, rows = database_state(tmp_path)
    clients = [row for row in rows if row[0] == "client"]
    assert [(row[2], row[7]) for row in clients] == [("Z-1", "import"), ("Z-2", "import")]


def test_reimport_reports_updated_clients(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "caseload.csv", GOOD)
    assert run(tmp_path, str(path)) == 0
    assert run(tmp_path, str(path)) == 0
    last_line = capsys.readouterr().out.splitlines()[-1]
    assert last_line == "2 cliënten geïmporteerd: 0 nieuw, 2 bijgewerkt, 0 overgeslagen"


def test_row_errors_are_listed_and_the_database_stays_byte_for_byte_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, str(write(tmp_path, "goed.csv", GOOD))) == 0
    before = database_state(tmp_path)
    capsys.readouterr()

    assert run(tmp_path, str(write(tmp_path, "fout.csv", BAD))) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    error_lines = [line for line in captured.err.splitlines() if not line.startswith("let op")]
    assert error_lines == [
        "rij 3, kolom 'Uitspraakdatum': '31-02-2025' bestaat niet als datum",
        "rij 4, kolom 'Maatregel': onbekende maatregel 'Bewind' (kies OTS, Voogdij of JR)",
        "jbn-selfscan: Er is niets geïmporteerd: 2 rijen bevatten fouten. Verbeter het bestand, "
        "of gebruik --skip-invalid om alleen de geldige rijen te importeren.",
    ]
    assert database_state(tmp_path) == before


def test_skip_invalid_imports_the_valid_rows_and_names_the_skipped_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, str(write(tmp_path, "fout.csv", BAD)), "--skip-invalid") == 0
    captured = capsys.readouterr()
    assert captured.out == "1 cliënt geïmporteerd: 1 nieuw, 0 bijgewerkt, 2 overgeslagen\n"
    assert "overgeslagen: rij 3, kolom 'Uitspraakdatum'" in captured.err


def test_an_unreadable_file_gives_one_dutch_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "caseload.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert run(tmp_path, str(pdf)) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("jbn-selfscan: 'caseload.csv' is een PDF")
    assert len(captured.err.splitlines()) == 1
    assert run(tmp_path, str(tmp_path / "bestaat-niet.xlsx")) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_the_file_argument_is_required_with_a_dutch_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path) == 2
    assert "geef het caseloadbestand op" in capsys.readouterr().err
