"""Small hostile XLSX files are refused within seconds and with little memory.

The workbooks are written by hand as zip files (tests/services/xlsx_handmade.py), so each one
is exactly the trap it is meant to be: a row numbered near 10^9, one shared string of 90 MB
referenced thousands of times, a cell in column XFD, a DTD.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.services.caseload_files import (
    MAX_XLSX_CELL_CHARS,
    MAX_XLSX_COLUMN_INDEX,
    MAX_XLSX_ROW_INDEX,
    CaseloadImportError,
    column_letter,
    read_caseload_file,
)

from .xlsx_handmade import (
    HEADER,
    client_row,
    shared_cell,
    shared_strings_xml,
    sheet_xml,
    text_cell,
    write_xlsx,
)

SECONDS = 5.0
PEAK_BYTES = 100 * 1024 * 1024


def _refused_quickly(path: Path) -> str:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(CaseloadImportError) as caught:
            read_caseload_file(path)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < SECONDS, elapsed
    assert peak < PEAK_BYTES, peak
    return str(caught.value)


def test_handmade_workbook_reads(tmp_path: Path) -> None:
    """The hand-made files are real workbooks: without a trap they import."""
    path = write_xlsx(tmp_path / "ok.xlsx", sheet_xml([(1, HEADER), client_row(2)]))
    table = read_caseload_file(path)
    assert table.headers == ("Zaakreferentie", "Maatregel", "Uitspraakdatum")
    assert [row.cells[0] for row in table.rows] == ["OTS-2025-0002"]


def test_row_index_near_a_billion_is_refused(tmp_path: Path) -> None:
    rows = [(1, HEADER), client_row(2), (999_999_999, [text_cell("A999999999", "x")])]
    path = write_xlsx(tmp_path / "far.xlsx", sheet_xml(rows))
    assert path.stat().st_size < 5_000
    message = _refused_quickly(path)
    assert "rij 999.999.999" in message
    assert message.startswith("'far.xlsx' wordt niet geïmporteerd")


def _ninety_megabytes() -> Iterator[bytes]:
    block = b"A" * (1024 * 1024)
    for _ in range(90):
        yield block


def test_one_huge_shared_string_referenced_thousands_of_times_is_refused(tmp_path: Path) -> None:
    rows = [(1, HEADER)] + [
        (n, [shared_cell(f"A{n}", 0), shared_cell(f"B{n}", 0)]) for n in range(2, 2_502)
    ]
    path = write_xlsx(
        tmp_path / "string.xlsx", sheet_xml(rows), shared_strings_xml([_ninety_megabytes()], 1)
    )
    assert path.stat().st_size < 1_000_000
    message = _refused_quickly(path)
    assert f"een cel bevat meer dan {MAX_XLSX_CELL_CHARS:,}".replace(",", ".") in message


def test_long_inline_string_is_refused(tmp_path: Path) -> None:
    long_text = "B" * (MAX_XLSX_CELL_CHARS + 1)
    rows = [(1, HEADER), (2, [text_cell("A2", long_text)])]
    message = _refused_quickly(write_xlsx(tmp_path / "inline.xlsx", sheet_xml(rows)))
    assert "een cel bevat meer dan" in message


def test_cell_in_the_last_column_is_refused(tmp_path: Path) -> None:
    rows = [(1, HEADER)] + [(n, [text_cell(f"XFD{n}", "x")]) for n in range(2, 5_000)]
    message = _refused_quickly(write_xlsx(tmp_path / "wide.xlsx", sheet_xml(rows)))
    assert "kolom XFD" in message


def test_many_padded_cells_are_refused(tmp_path: Path) -> None:
    column = column_letter(MAX_XLSX_COLUMN_INDEX - 1)  # the last column still allowed
    rows = [(1, HEADER)] + [(n, [text_cell(f"{column}{n}", "x")]) for n in range(2, 5_000)]
    message = _refused_quickly(write_xlsx(tmp_path / "padded.xlsx", sheet_xml(rows)))
    assert "cellen" in message


def test_a_dtd_is_refused(tmp_path: Path) -> None:
    dtd = b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>'
    path = write_xlsx(tmp_path / "dtd.xlsx", sheet_xml([(1, HEADER)]), prefix=dtd)
    assert "DTD" in _refused_quickly(path)


_ROW_NUMBERS = st.integers(min_value=2, max_value=10**12)
_COLUMNS = st.integers(min_value=1, max_value=20_000)
_LENGTHS = st.integers(min_value=0, max_value=3 * MAX_XLSX_CELL_CHARS)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    cells=st.lists(st.tuples(_ROW_NUMBERS, _COLUMNS, _LENGTHS), min_size=1, max_size=5),
    shared=st.lists(_LENGTHS, max_size=3),
)
def test_any_mix_of_extremes_imports_or_is_refused_quickly(
    tmp_path_factory: pytest.TempPathFactory,
    cells: list[tuple[int, int, int]],
    shared: list[int],
) -> None:
    rows: dict[int, list[tuple[str, str]]] = {}
    for row, column, length in sorted(cells):
        reference = f"{column_letter(column - 1)}{row}"
        rows.setdefault(row, []).append(text_cell(reference, "x" * length))
    references = [(n, [shared_cell(f"A{n}", i)]) for i, n in enumerate(range(2, 2 + len(shared)))]
    all_rows = [
        (1, HEADER),
        *references,
        *((n, row) for n, row in sorted(rows.items()) if n > 1 + len(shared)),
    ]
    strings = shared_strings_xml([[b"y" * length] for length in shared], len(shared))
    path = write_xlsx(tmp_path_factory.mktemp("fuzz") / "f.xlsx", sheet_xml(all_rows), strings)
    started = time.perf_counter()
    try:
        read_caseload_file(path)
    except CaseloadImportError as exc:
        assert str(exc)  # one Dutch sentence, no traceback
    assert time.perf_counter() - started < SECONDS
    kept = [(n, c, length) for n, c, length in cells if n > 1 + len(shared)]
    too_far = any(n > MAX_XLSX_ROW_INDEX for n, _c, _l in kept)
    too_wide = any(c > MAX_XLSX_COLUMN_INDEX for _n, c, _l in kept)
    too_long = any(length > MAX_XLSX_CELL_CHARS for length in shared) or any(
        length > MAX_XLSX_CELL_CHARS for _n, _c, length in kept
    )
    if too_far or too_wide or too_long:
        with pytest.raises(CaseloadImportError):
            read_caseload_file(path)
