"""Generate the caseload import templates in `jbn_selfscan/assets/` (CSV and XLSX).

Run from the repository root after changing the columns:

    .venv/bin/python tools/make_caseload_template.py

The example row is fictitious (reference VOORBEELD-001, no real names). Both files are
reproducible: the XLSX gets fixed document and zip timestamps.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "jbn_selfscan" / "assets"
CSV_NAME = "caseload-sjabloon.csv"
XLSX_NAME = "caseload-sjabloon.xlsx"
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
_FIXED_MODIFIED = rb"\g<1>2026-01-01T00:00:00Z\g<2>"

# (header, required, explanation, example value)
COLUMNS: tuple[tuple[str, bool, str, str | dt.date], ...] = (
    ("Zaakreferentie", True, "Zaaknummer van de maatregel; nooit het BSN", "VOORBEELD-001"),
    ("Initialen", False, "Alleen initialen van het kind, bijvoorbeeld A.B.", "A.B."),
    ("Maatregel", True, "OTS, Voogdij of JR", "OTS"),
    ("Uitspraakdatum", True, "Datum van de uitspraak (dd-mm-jjjj)", dt.date(2025, 3, 3)),
    ("Einddatum", False, "Einddatum van de maatregel", dt.date(2026, 3, 3)),
    ("Regio", False, "Groningen of Drenthe", "Groningen"),
    ("Team", False, "Naam van het team", "Team Stad 1"),
    (
        "Vaste jeugdzorgwerker",
        False,
        "Naam van de vaste jeugdzorgwerker of de contactpersoon",
        "Voorbeeld Medewerker",
    ),
    (
        "Soort contactpersoon",
        False,
        "vaste jeugdzorgwerker, CCP of CRT",
        "vaste jeugdzorgwerker",
    ),
    ("1e F2F", False, "Datum eerste face-to-facecontact", dt.date(2025, 3, 7)),
    ("1e PvA", False, "Datum eerste plan van aanpak", dt.date(2025, 4, 11)),
    ("1e risicotaxatie", False, "Datum eerste risicotaxatie (ARIJ of LIJ)", dt.date(2025, 4, 10)),
    ("Start hulp", False, "Datum waarop passende hulp startte", dt.date(2025, 5, 6)),
    ("Laatste risicotaxatie", False, "Datum laatste risicotaxatie", dt.date(2025, 9, 15)),
    ("Laatste PvA-evaluatie", False, "Datum laatste evaluatie van het PvA", dt.date(2025, 9, 29)),
    ("Laatste contact kind", False, "Datum laatste contact met het kind", dt.date(2025, 10, 20)),
    (
        "Contactmomenten",
        False,
        "Data van contact met het kind, gescheiden door komma's (voogdij telt ze)",
        "07-03-2025, 02-06-2025, 01-09-2025",
    ),
)
HEADERS = tuple(column[0] for column in COLUMNS)


def _as_text(value: str | dt.date) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, dt.date) else value


def csv_bytes() -> bytes:
    """UTF-8 with BOM, ';' and CRLF: what Dutch Excel writes and reads back cleanly."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerow([_as_text(column[3]) for column in COLUMNS])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def xlsx_bytes() -> bytes:
    """The workbook: sheet "Caseload" (header + example) and sheet "Toelichting"."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Caseload"
    sheet.append(list(HEADERS))
    sheet.append([column[3] for column in COLUMNS])
    header_fill = PatternFill("solid", fgColor="DDE7F0")
    for index, (header, _required, _, value) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        dimension = sheet.column_dimensions[letter]
        dimension.width = max(14, len(header) + 4)
        # Column styles make new cells dates or text (text keeps leading zeros in references).
        number_format = "DD-MM-YYYY" if isinstance(value, dt.date) else "@"
        dimension.number_format = number_format
        sheet.cell(row=2, column=index).number_format = number_format
    sheet.freeze_panes = "A2"
    _add_choice(sheet, DataValidation, HEADERS.index("Maatregel"), "OTS,Voogdij,JR")
    _add_choice(
        sheet,
        DataValidation,
        HEADERS.index("Soort contactpersoon"),
        "vaste jeugdzorgwerker,CCP,CRT",
    )
    notes = workbook.create_sheet("Toelichting")
    notes.append(["Kolom", "Verplicht", "Uitleg", "Voorbeeld"])
    for header, required, explanation, value in COLUMNS:
        notes.append([header, "ja" if required else "nee", explanation, _as_text(value)])
    notes.append([])
    notes.append(["Alleen het eerste werkblad wordt ingelezen. Verwijder de voorbeeldrij."])
    notes.append(["Zet nooit een BSN, naam of geboortedatum in het bestand."])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCD", (24, 10, 48, 22), strict=True):
        notes.column_dimensions[letter].width = width
    workbook.properties.creator = "JBN Zelfscan"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    workbook.save(raw)
    return _with_fixed_zip_times(raw.getvalue())


def _add_choice(sheet: object, validation_type: type, column: int, choices: str) -> None:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column + 1)
    validation = validation_type(type="list", formula1=f'"{choices}"', allow_blank=True)
    validation.error = f"Kies een van: {choices.replace(',', ', ')}"
    validation.errorTitle = "Ongeldige waarde"
    sheet.add_data_validation(validation)  # type: ignore[attr-defined]
    validation.add(f"{letter}2:{letter}1000")


def _with_fixed_zip_times(data: bytes) -> bytes:
    """Rewrite the zip with a fixed timestamp on every entry so the file is reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    target_buffer = io.BytesIO()
    with zipfile.ZipFile(target_buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            content = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":  # openpyxl stamps "modified" on save
                content = _MODIFIED.sub(_FIXED_MODIFIED, content)
            target.writestr(info, content)
    return target_buffer.getvalue()


def main(target: Path = RESOURCES) -> int:
    target.mkdir(parents=True, exist_ok=True)
    (target / CSV_NAME).write_bytes(csv_bytes())
    (target / XLSX_NAME).write_bytes(xlsx_bytes())
    print(f"Geschreven: {target / CSV_NAME}, {target / XLSX_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else RESOURCES))
