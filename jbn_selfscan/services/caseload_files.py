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
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.errors import UserFacingError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DATA_ROWS = 20_000
MAX_COLUMNS = 200
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
# Limits of the streaming check that runs before openpyxl sees a workbook. A caseload has at
# most MAX_DATA_ROWS rows of MAX_COLUMNS cells; these leave room for blank rows and styled
# cells, and stop files made to exhaust time or memory (a row numbered 10^9, a 90 MB string).
MAX_XLSX_ROW_INDEX = 100_000
MAX_XLSX_COLUMN_INDEX = 512
# Cells openpyxl hands over, counting the empty ones it fills in left of a cell (a row with
# one cell in column 500 costs 500).
MAX_XLSX_GRID_CELLS = 2_000_000
MAX_XLSX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_XLSX_SHARED_STRINGS = 1_000_000
MAX_XLSX_TEXT_CHARS = 50_000_000  # all shared strings together
_XLSX_CHUNK = 64 * 1024
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
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for entry in entries:
                part = entry.filename
                if part.endswith("sharedStrings.xml"):
                    _stream_xml(archive, entry, _SharedStringsLimits(name))
                elif part.startswith("xl/worksheets/") and part.endswith(".xml"):
                    _stream_xml(archive, entry, _SheetLimits(name))
    except (
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,  # an encrypted zip entry
    ) as exc:
        raise _not_xlsx(name) from exc


class _XmlLimits:
    """Expat handlers that count while a part streams by and refuse when a limit is passed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.text_chars = 0  # of the element whose text is being counted
        self.counting = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        raise NotImplementedError

    def end(self, tag: str) -> None:
        if tag in ("v", "t", "is"):
            self.counting = False

    def text(self, data: str) -> None:
        if self.counting:
            self.text_chars += len(data)
            if self.text_chars > MAX_XLSX_CELL_CHARS:
                raise self.refusal(
                    f"een cel bevat meer dan {MAX_XLSX_CELL_CHARS:,} tekens".replace(",", ".")
                )

    def refusal(self, reason: str) -> CaseloadImportError:
        return CaseloadImportError(
            f"'{self.name}' wordt niet geïmporteerd: {reason}. Een caseloadbestand is veel "
            f"kleiner; sla het werkblad opnieuw op of gebruik het sjabloon."
        )


class _SharedStringsLimits(_XmlLimits):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.strings = 0
        self.total_chars = 0

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "si":
            self.strings += 1
            self.total_chars += self.text_chars
            self.text_chars = 0
            if self.strings > MAX_XLSX_SHARED_STRINGS:
                raise self.refusal("het bestand bevat te veel verschillende teksten")
            if self.total_chars > MAX_XLSX_TEXT_CHARS:
                raise self.refusal("het bestand bevat te veel tekst")
        elif tag == "t":
            self.counting = True

    def end(self, tag: str) -> None:
        if tag == "t":
            self.counting = False  # the characters of one <si> add up over its <t> runs


class _SheetLimits(_XmlLimits):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.grid = 0  # cells of the rows before this one, as openpyxl pads them
        self.row_width = 0
        self.position = 0
        self.row = 0
        self.in_inline_string = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "row":
            self.grid += self.row_width
            self.row_width = self.position = 0
            self.row = _index(attributes.get("r"), self.row + 1)
            if self.row > MAX_XLSX_ROW_INDEX:
                raise self.refusal(
                    f"het werkblad gebruikt rij {_thousands(self.row)} (een caseloadbestand "
                    f"heeft hooguit {_thousands(MAX_XLSX_ROW_INDEX)} rijen)"
                )
        elif tag == "c":
            self.position += 1
            column = _column_index(attributes.get("r", "")) or self.position
            self.position = column
            if column > MAX_XLSX_COLUMN_INDEX:
                raise self.refusal(
                    f"het werkblad gebruikt kolom {column_letter(min(column, 16_384) - 1)} "
                    f"(een caseloadbestand heeft hooguit {MAX_COLUMNS} kolommen)"
                )
            self.row_width = max(self.row_width, column)
            if self.grid + self.row_width > MAX_XLSX_GRID_CELLS:
                raise self.refusal(
                    f"het werkblad heeft meer dan {_thousands(MAX_XLSX_GRID_CELLS)} cellen"
                )
        elif tag == "is":  # an inline string: its <t> runs add up
            self.in_inline_string = True
            self.text_chars = 0
            self.counting = True
        elif tag in ("v", "t"):
            if not self.in_inline_string:
                self.text_chars = 0
            self.counting = True

    def end(self, tag: str) -> None:
        if tag == "is":
            self.in_inline_string = False
        if tag in ("v", "t", "is"):
            self.counting = self.in_inline_string


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _index(text: str | None, default: int) -> int:
    """A row number attribute; an absurd one (too many digits) counts as too far."""
    if text is None or not text.isascii() or not text.isdigit():
        return default
    return MAX_XLSX_ROW_INDEX + 1 if len(text) > 9 else int(text)


def _column_index(reference: str) -> int:
    """1-based column of a cell reference such as "AB12" (0 when absent or unreadable)."""
    letters = reference[: len(reference) - len(reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]
    if len(letters) > 4:
        return MAX_XLSX_COLUMN_INDEX + 1
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index


def _stream_xml(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, limits: _XmlLimits) -> None:
    """Parse one part in chunks (bounded memory); a DTD or an entity is refused outright."""
    from xml.parsers import expat

    # Without namespace processing a tag arrives as written ("row" or "x:row"); the handlers
    # compare local names, and text arrives in large buffered pieces.
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = _XLSX_CHUNK

    def start(tag: str, attributes: dict[str, str]) -> None:
        limits.start(tag.rpartition(":")[2] if ":" in tag else tag, attributes)

    def end(tag: str) -> None:
        limits.end(tag.rpartition(":")[2] if ":" in tag else tag)

    def refuse_dtd(*_args: object) -> None:
        raise limits.refusal("het bevat een DTD of entiteiten, wat een Excel-bestand nooit heeft")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = limits.text
    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    unpacked = 0
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_XLSX_CHUNK):
                unpacked += len(chunk)
                if unpacked > MAX_XLSX_UNPACKED_BYTES:
                    raise limits.refusal("het is uitgepakt te groot")
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise _not_xlsx(limits.name) from exc


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
