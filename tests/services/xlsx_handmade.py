"""Workbooks written by hand as zip files, so a test controls every byte openpyxl would see.

`sheet_xml` takes rows as (row number, [(cell reference, xml of the cell body)]); the shared
strings are written as given. Large parts are produced from generators, so a test can build a
file that unpacks to tens of megabytes without holding it in memory twice.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OFFICE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OFFICE}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_OFFICE}.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<workbook {_NS} xmlns:r="{_REL_NS}">'
    '<sheets><sheet name="Caseload" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)

Row = tuple[int, list[tuple[str, str]]]


def text_cell(reference: str, text: str) -> tuple[str, str]:
    return reference, f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def shared_cell(reference: str, index: int) -> tuple[str, str]:
    return reference, f'<c r="{reference}" t="s"><v>{index}</v></c>'


def sheet_xml(rows: Iterable[Row]) -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'.encode()
    for number, cells in rows:
        body = "".join(xml for _reference, xml in cells)
        yield f'<row r="{number}">{body}</row>'.encode()
    yield b"</sheetData></worksheet>"


def shared_strings_xml(strings: Iterable[Iterable[bytes]], count: int) -> Iterator[bytes]:
    """Each string is given as chunks of bytes (so a 90 MB string needs no 90 MB buffer)."""
    yield (
        f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="{count}" uniqueCount="{count}">'
    ).encode()
    for chunks in strings:
        yield b"<si><t>"
        yield from chunks
        yield b"</t></si>"
    yield b"</sst>"


def write_xlsx(
    path: Path,
    sheet: Iterable[bytes],
    shared_strings: Iterable[bytes] | None = None,
    *,
    prefix: bytes = b"",
) -> Path:
    """Write the workbook; `prefix` goes before the sheet's root element (a DTD, say)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            first = True
            for chunk in sheet:
                if first and prefix:
                    declaration, _, rest = chunk.partition(b"?>")
                    chunk = declaration + b"?>" + prefix + rest
                first = False
                part.write(chunk)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            for chunk in shared_strings or shared_strings_xml([], 0):
                part.write(chunk)
    return path


HEADER: list[tuple[str, str]] = [
    text_cell("A1", "Zaakreferentie"),
    text_cell("B1", "Maatregel"),
    text_cell("C1", "Uitspraakdatum"),
]


def client_row(number: int) -> Row:
    return number, [
        text_cell(f"A{number}", f"OTS-2025-{number:04d}"),
        text_cell(f"B{number}", "OTS"),
        text_cell(f"C{number}", "01-02-2025"),
    ]
