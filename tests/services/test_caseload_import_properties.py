"""Property: any caseload file either imports correctly or is refused in Dutch, harmlessly.

Over 1,000 generated files (random bytes, random CSV cells, broken dates, mutated valid CSV and
XLSX files, XLSX files with random typed cells). For each one the import either succeeds and
the database then holds exactly the planned clients, or `CaseloadImportError` is raised with a
Dutch message and the client table and change log are unchanged. No other exception may escape.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path
from typing import Literal

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from jbn_selfscan.services.caseload_files import template_path
from jbn_selfscan.services.caseload_import import (
    CaseloadImportError,
    apply_import,
    plan_import,
)
from jbn_selfscan.services.clients import STEP_DATE_FIELDS, list_clients
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import ChangeLog, Client

pytestmark = pytest.mark.slow

TODAY = dt.date(2026, 6, 1)
# One workspace per test function, shared by its examples; no deadline (SQLite commits vary).
PROFILE = settings(
    deadline=None,
    max_examples=250,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DUTCH_WORDS = ("bestand", "rij", "kolom", "niets", "geïmporteerd", "Excel", "CSV", "geldig")
HEADERS = (
    "Zaakreferentie",
    "Referentie",
    "Initialen",
    "Maatregel",
    "Soort maatregel",
    "Uitspraakdatum",
    "Datum uitspraak",
    "Einddatum",
    "Regio",
    "Team",
    "Jeugdbeschermer",
    "Soort contactpersoon",
    "1e F2F",
    "1e PvA",
    "Laatste contact kind",
    "BSN",
    "Naam",
    "Opmerking",
    "",
)
BROKEN_DATES = (
    "31-02-2025",
    "29-02-2023",
    "2025-02-30",
    "00-01-2025",
    "1-13-2025",
    "32-1-2025",
    "2025-1",
    "gisteren",
    "01-01-0000",
    "9999-99-99",
    "1-1-20255",
    "01-01-2030",
    "45000",
)
random_text = st.text(max_size=25)
dates = st.dates(dt.date(2010, 1, 1), TODAY)
early_dates = st.dates(dt.date(2015, 1, 1), dt.date(2018, 12, 31)).map(
    lambda d: d.strftime("%d-%m-%Y")
)
late_dates = st.dates(dt.date(2019, 1, 1), TODAY).map(lambda d: f"{d.day}-{d.month}-{d.year}")
date_text = st.one_of(
    dates.map(lambda d: d.strftime("%d-%m-%Y")),
    dates.map(lambda d: f"{d.day}-{d.month}-{d.year}"),
    dates.map(dt.date.isoformat),
    st.sampled_from(BROKEN_DATES),
    random_text,
)
cell = st.one_of(
    st.from_regex(r"[A-Z]{2,3}-20[0-2][0-9]-[0-9]{1,3}", fullmatch=True),
    st.sampled_from(["OTS", "ots", "Voogdij", "JR", "jeugdreclassering", "Bewind", "", "CCP"]),
    date_text,
    st.sampled_from(["A.B.", "C", "Team Stad 1", "Groningen", '"', ";", ",", "\n"]),
    random_text,
)


def database_dump(ws: Workspace) -> tuple[list[tuple[object, ...]], int]:
    with ws.db.session() as session:
        clients = [tuple(row) for row in session.execute(select(Client.__table__))]
        changes = session.scalar(select(func.count()).select_from(ChangeLog)) or 0
    return clients, changes


def import_or_refuse(ws: Workspace, path: Path, skip_invalid: bool) -> None:
    """The property itself: a correct import, or a Dutch refusal that changed nothing.

    A step date the file leaves empty keeps the date recorded before (it is also the answer
    in the open zelfscan); every other field is as in the file."""
    before = database_dump(ws)
    dates_before = {r.data.referentie: r.data for r in list_clients(ws)}
    try:
        plan = plan_import(path, None, TODAY, ws=ws)
        result = apply_import(ws, plan, skip_invalid=skip_invalid)
    except CaseloadImportError as exc:
        event("refused")
        message = str(exc)
        assert message and any(word in message for word in DUTCH_WORDS), message
        assert database_dump(ws) == before
        return
    event("imported with skipped rows" if result.skipped else "imported")
    assert not plan.has_errors or skip_invalid
    assert result.added + result.updated == len(plan.valid)
    assert result.skipped == plan.invalid_count
    stored = {record.data.referentie: record.data for record in list_clients(ws)}
    for client in plan.valid:
        earlier = dates_before.get(client.referentie)
        kept = {
            name: getattr(earlier, name)
            for name in STEP_DATE_FIELDS
            if earlier is not None and getattr(client, name) is None
        }
        assert stored[client.referentie] == replace(client, **kept)


def write_csv_rows(
    rows: list[list[str]], delimiter: str, encoding: str, quoting: Literal[0, 1, 3]
) -> bytes:
    buffer = io.StringIO(newline="")
    if quoting == csv.QUOTE_NONE:  # naive join: the file may well be malformed
        buffer.write("\r\n".join(delimiter.join(row) for row in rows))
    else:
        csv.writer(buffer, delimiter=delimiter, quoting=quoting).writerows(rows)
    return buffer.getvalue().encode(encoding, errors="replace")


def plausible(header: str) -> st.SearchStrategy[str]:
    """A value that fits the column (uitspraak before every step date), so imports succeed."""
    key = header.casefold()
    if "referentie" in key:
        return st.from_regex(r"[A-Z]{2}-20[0-2][0-9]-[0-9]{3}", fullmatch=True)
    if "maatregel" in key:
        return st.sampled_from(["OTS", "ots", "Voogdij", "JR", "jeugdreclassering"])
    if "uitspraak" in key:
        return early_dates
    if key.startswith(("1e", "laatste", "eind")):
        return late_dates
    if key == "soort contactpersoon":
        return st.sampled_from(["", "jeugdbeschermer", "CCP", "crt"])
    if key == "initialen":
        return st.sampled_from(["", "A.B.", "C", "D.E.F."])
    return st.sampled_from(["", "Groningen", "Team Stad 1", "Drenthe"])


@st.composite
def csv_row(draw: st.DrawFn, header: list[str]) -> list[str]:
    """Mostly plausible cells, about one in six random or broken."""
    return [draw(cell if draw(st.integers(0, 5)) == 0 else plausible(h)) for h in header]


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    if draw(st.integers(0, 3)):  # most files should at least have the required columns
        header = ["Zaakreferentie", "Maatregel", "Uitspraakdatum", *header]
    rows = draw(st.lists(csv_row(header), min_size=0, max_size=6))
    return write_csv_rows(
        [header, *rows],
        draw(st.sampled_from([";", ",", "\t"])),
        draw(st.sampled_from(["utf-8-sig", "utf-8", "cp1252", "utf-16"])),
        draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE])),
    )


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["replace", "delete", "insert", "truncate"]))
        if action == "replace":
            data[position] = draw(st.integers(0, 255))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 20))]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[position:]
    return bytes(data)


def valid_csv() -> bytes:
    rows = [
        ["Zaakreferentie", "Initialen", "Maatregel", "Uitspraakdatum", "1e F2F", "Team"],
        ["OTS-2025-001", "A.B.", "OTS", "03-03-2025", "07-03-2025", "Team Stad 1"],
        ["VG-2024-002", "C.", "Voogdij", "2024-09-01", "", "Team Assen"],
        ["JR-2025-003", "D.E.", "jeugdreclassering", "1-4-2025", "3-4-2025", "Team Stad 2"],
    ]
    return write_csv_rows(rows, ";", "utf-8-sig", csv.QUOTE_MINIMAL)


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


xlsx_cell = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1)),
    st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)),
    st.sampled_from(["OTS", "Voogdij", "JR", "31-02-2025", "03-03-2025", "A.B."]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
)


@PROFILE
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes(ws: Workspace, tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"bestand{suffix}"
    path.write_bytes(data)
    import_or_refuse(ws, path, skip_invalid=False)


@settings(PROFILE, max_examples=350)
@given(data=csv_files(), skip_invalid=st.booleans())
def test_random_csv_cells_and_broken_dates(
    ws: Workspace, tmp_path: Path, data: bytes, skip_invalid: bool
) -> None:
    path = tmp_path / "caseload.csv"
    path.write_bytes(data)
    import_or_refuse(ws, path, skip_invalid)


@PROFILE
@given(data=st.one_of(mutated(valid_csv()), mutated(template_path("csv").read_bytes())))
def test_mutated_valid_csv_files(ws: Workspace, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "caseload.csv"
    path.write_bytes(data)
    import_or_refuse(ws, path, skip_invalid=True)


@settings(PROFILE, max_examples=120)
@given(data=mutated(template_path("xlsx").read_bytes()))
def test_mutated_valid_xlsx_files(ws: Workspace, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "caseload.xlsx"
    path.write_bytes(data)
    import_or_refuse(ws, path, skip_invalid=True)


XLSX_PLAUSIBLE = (
    st.one_of(st.integers(1, 10**6), st.from_regex(r"[A-Z]{2}-[0-9]{4}", fullmatch=True)),
    st.sampled_from(["OTS", "Voogdij", "JR"]),
    st.datetimes(dt.datetime(2015, 1, 1), dt.datetime(2018, 12, 31)),
    st.one_of(st.none(), st.dates(dt.date(2019, 1, 1), TODAY)),
    st.sampled_from(["Team Stad 1", 42, 3.5, None]),
)


@st.composite
def xlsx_row(draw: st.DrawFn) -> list[object]:
    """Cells of the right type for their column, about one in four of any type at all."""
    return [draw(xlsx_cell if draw(st.integers(0, 3)) == 0 else fit) for fit in XLSX_PLAUSIBLE]


@settings(PROFILE, max_examples=100)
@given(
    rows=st.lists(st.one_of(xlsx_row(), st.lists(xlsx_cell, max_size=6)), max_size=5),
    skip_invalid=st.booleans(),
)
def test_xlsx_with_random_typed_cells(
    ws: Workspace, tmp_path: Path, rows: list[list[object]], skip_invalid: bool
) -> None:
    header: list[object] = ["Zaakreferentie", "Maatregel", "Uitspraakdatum", "1e PvA", "Team"]
    path = tmp_path / "caseload.xlsx"
    path.write_bytes(xlsx_bytes([header, *rows]))
    import_or_refuse(ws, path, skip_invalid)
