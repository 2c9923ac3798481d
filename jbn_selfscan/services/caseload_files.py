"""Reading a caseload file (CSV or XLSX) into a header row and rows of text cells.

Everything the user can get wrong about the *file itself* (too big, empty, not a CSV or XLSX,
unreadable) raises `CaseloadImportError` with one Dutch sentence. Cells come back as stripped
text; XLSX dates become dd-mm-jjjj text and whole numbers lose their ".0", so the row parser
sees the same thing for both formats. Row numbers are the numbers the user sees in Excel
(header = 1).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
import shutil
import warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.errors import UserFacingError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DATA_ROWS = 20_000
MAX_COLUMNS = 200
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
CSV_DELIMITERS = (";", ",", "\t")
TEMPLATE_NAMES = {"csv": "caseload-sjabloon.csv", "xlsx": "caseload-sjabloon.xlsx"}

_XLSX_MAGIC = b"PK\x03\x04"
_OLD_XLS_MAGIC = b"\xd0\xcf\x11\xe0"
_SEP_LINE = re.compile(r"^sep=([;,\t|])[ \t]*(?:\r\n|\n|\r|$)")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SAVE_AS_HINT = "Sla het op als Excel-werkmap (.xlsx) of als CSV-bestand en probeer het opnieuw."

_ROW_LIMIT_TEXT = f"{MAX_DATA_ROWS:,}".replace(",", ".")

HeaderScore = Callable[[Sequence[str]], int]


class CaseloadImportError(UserFacingError):
    """A caseload file cannot be imported; the message is Dutch and meant for the user."""


@dataclass(frozen=True)
class TableRow:
    """One non-empty data row: its row number in Excel and its cells (one per column)."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CaseloadTable:
    """The contents of a caseload file: header cells and non-empty data rows, all text."""

    source: Path
    kind: str
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str = ""
    delimiter: str = ""

    def column_name(self, index: int) -> str:
        """The header as the user wrote it, or "kolom C" for a column without a name."""
        header = self.headers[index]
        return header if header else f"kolom {column_letter(index)}"


def column_letter(index: int) -> str:
    """Excel's column letter for a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def read_caseload_file(path: Path, header_score: HeaderScore | None = None) -> CaseloadTable:
    """Read a CSV or XLSX caseload file.

    Args:
        path: the file the user chose.
        header_score: rates a candidate header row (higher is better); used to choose the CSV
            delimiter. Defaults to the number of non-empty header cells.

    Raises:
        CaseloadImportError: the file is missing, too big, empty or not a readable CSV/XLSX.
    """
    data = _read_bytes(path)
    if data.startswith(_XLSX_MAGIC):
        headers, rows = _xlsx_rows(data, path.name)
        return _table(path, "xlsx", headers, rows)
    if path.suffix.casefold() in {".xlsx", ".xlsm"}:
        raise CaseloadImportError(f"'{path.name}' is geen geldig Excel-bestand. {_SAVE_AS_HINT}")
    if data.startswith(_OLD_XLS_MAGIC):
        raise CaseloadImportError(
            f"'{path.name}' is een oud Excel-bestand (.xls) en wordt niet ondersteund. "
            + _SAVE_AS_HINT
        )
    if data.startswith(b"%PDF"):
        raise CaseloadImportError(
            f"'{path.name}' is een PDF, geen caseloadbestand. {_SAVE_AS_HINT}"
        )
    text, encoding = _decode(data, path.name)
    declared = _SEP_LINE.match(text)
    if declared:  # Excel's "sep=;" hint line: Excel hides it, so the header stays row 1
        delimiter, text = declared.group(1), text[declared.end() :]
    else:
        delimiter = _choose_delimiter(text, header_score or _count_filled)
    headers, rows = _csv_rows(text, delimiter)
    return _table(path, "csv", headers, rows, encoding=encoding, delimiter=delimiter)


def template_path(kind: str) -> Path:
    """The shipped template ("csv" or "xlsx"); raises ResourceMissingError when absent."""
    from jbn_selfscan.resources import resource_path

    return resource_path(TEMPLATE_NAMES[kind])


def save_template(target: Path) -> Path:
    """Copy the template whose kind matches the target's extension (.xlsx or .csv) to `target`."""
    kind = "csv" if target.suffix.casefold() == ".csv" else "xlsx"
    if target.suffix.casefold() not in {".csv", ".xlsx"}:
        target = target.with_suffix(".xlsx")
    try:
        shutil.copyfile(template_path(kind), target)
    except OSError as exc:
        raise CaseloadImportError(
            f"Het sjabloon kon niet worden opgeslagen als '{target}' ({exc.strerror or exc})."
        ) from exc
    return target


def _read_bytes(path: Path) -> bytes:
    name = path.name or str(path)
    try:
        if not path.is_file():
            raise CaseloadImportError(f"Het bestand '{name}' bestaat niet (of is een map).")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CaseloadImportError(
                f"'{name}' is te groot ({size / 1024 / 1024:.1f} MB); "
                f"het maximum is {MAX_FILE_BYTES // 1024 // 1024} MB."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CaseloadImportError(
            f"Het bestand '{name}' kan niet gelezen worden ({exc.strerror or exc})."
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        raise CaseloadImportError(f"'{name}' is te groot; het maximum is 10 MB.")
    if not data.strip():
        raise CaseloadImportError(f"Het bestand '{name}' is leeg.")
    return data


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as Excel may write it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates: tuple[tuple[str, bytes], ...] = (("utf-16", data),)
    else:
        bare = data.removeprefix(codecs.BOM_UTF8)
        candidates = (("utf-8-sig", data), ("cp1252", bare))
    for encoding, raw in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _CONTROL_CHARS.search(text):
            break
        return text, encoding.removesuffix("-sig")
    raise CaseloadImportError(f"'{name}' is geen CSV- of Excel-bestand (.csv of .xlsx).")


def _count_filled(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if cell.strip())


def _choose_delimiter(text: str, score: HeaderScore) -> str:
    """The delimiter whose header row scores best, then has most fields; ties go to ";"."""
    best, best_key = CSV_DELIMITERS[0], (-1, -1)
    for delimiter in CSV_DELIMITERS:
        try:
            header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
        except csv.Error:
            continue
        key = (score(header), len(header))
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _csv_rows(text: str, delimiter: str) -> tuple[list[str] | None, list[TableRow]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    counter = _Counter()
    try:
        return _collect(reader, counter)
    except csv.Error as exc:
        raise CaseloadImportError(
            f"Het CSV-bestand is beschadigd bij rij {counter.number + 1}: aanhalingstekens "
            "kloppen niet of een veld is te lang. Sla het bestand opnieuw op vanuit Excel."
        ) from exc


class _Counter:
    """The last row number handed out (shared with the caller for error messages)."""

    number = 0


def _collect(
    records: Iterable[Sequence[object]], counter: _Counter
) -> tuple[list[str] | None, list[TableRow]]:
    """Split raw records into header and non-empty data rows, enforcing the limits."""
    headers: list[str] | None = None
    rows: list[TableRow] = []
    for record in records:
        counter.number += 1
        cells = _trimmed([_cell_text(value) for value in record], counter.number)
        if headers is None:
            headers = cells
            continue
        if not any(cells):
            continue
        if len(rows) >= MAX_DATA_ROWS:
            raise CaseloadImportError(
                f"Het bestand heeft meer dan {_ROW_LIMIT_TEXT} cliëntrijen; "
                "splits het in kleinere bestanden."
            )
        rows.append(TableRow(number=counter.number, cells=tuple(cells)))
    return headers, rows


def _trimmed(cells: list[str], number: int) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) > MAX_COLUMNS:
        raise CaseloadImportError(
            f"Rij {number} heeft meer dan {MAX_COLUMNS} kolommen; dit is geen caseloadbestand."
        )
    return cells


def _cell_text(value: object) -> str:
    """One cell as text: dates as dd-mm-jjjj, whole numbers without ".0", None as ""."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, dt.date):  # also datetime: Excel date cells, shown as the user knows
        return short_date(value)
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value).strip()


def _xlsx_rows(data: bytes, name: str) -> tuple[list[str] | None, list[TableRow]]:
    _check_zip(data, name)
    import openpyxl

    counter = _Counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise _not_xlsx(name) from exc
        try:
            if not workbook.worksheets:
                raise CaseloadImportError(f"'{name}' bevat geen werkblad.")
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # stored dimensions may lie and would cut rows off
            return _collect(sheet.iter_rows(values_only=True), counter)
        except CaseloadImportError:
            raise
        except Exception as exc:
            raise _not_xlsx(name) from exc
        finally:
            workbook.close()


def _check_zip(data: bytes, name: str) -> None:
    """Refuse zips that are not a workbook, and zip bombs, before openpyxl unpacks anything."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise _not_xlsx(name) from exc
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names and not any(n.endswith("/workbook.xml") for n in names):
        raise CaseloadImportError(
            f"'{name}' is een zip-bestand maar geen Excel-werkmap (.xlsx). {_SAVE_AS_HINT}"
        )
    if sum(entry.file_size for entry in entries) > MAX_XLSX_UNPACKED_BYTES:
        raise CaseloadImportError(f"'{name}' is uitgepakt te groot voor een caseloadbestand.")


def _not_xlsx(name: str) -> CaseloadImportError:
    return CaseloadImportError(
        f"'{name}' kan niet als Excel-werkmap (.xlsx) gelezen worden; het bestand is beschadigd "
        f"of heeft een ander formaat. {_SAVE_AS_HINT}"
    )


def _table(
    path: Path,
    kind: str,
    headers: list[str] | None,
    rows: list[TableRow],
    *,
    encoding: str = "",
    delimiter: str = "",
) -> CaseloadTable:
    if headers is None:
        raise CaseloadImportError(f"Het bestand '{path.name}' is leeg.")
    if not any(headers):
        raise CaseloadImportError(
            "Rij 1 is leeg. Zet de kolomnamen (zoals Zaakreferentie, Maatregel, Uitspraakdatum) "
            "in de eerste rij; zie het sjabloon."
        )
    if not rows:
        raise CaseloadImportError(
            f"'{path.name}' bevat alleen kolomnamen en geen cliënten; er is niets te importeren."
        )
    width = max(len(headers), *(len(row.cells) for row in rows))
    padded_headers = tuple(headers) + ("",) * (width - len(headers))
    padded_rows = tuple(
        TableRow(row.number, row.cells + ("",) * (width - len(row.cells))) for row in rows
    )
    return CaseloadTable(
        source=path,
        kind=kind,
        headers=padded_headers,
        rows=padded_rows,
        encoding=encoding,
        delimiter=delimiter,
    )
