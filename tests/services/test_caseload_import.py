"""Caseload import from CSV and XLSX: reading, column mapping, row errors, all-or-nothing apply."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import openpyxl
import pytest
from sqlalchemy import func, select

from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.services import caseload_files
from jbn_selfscan.services.caseload_files import template_path
from jbn_selfscan.services.caseload_import import (
    CaseloadImportError,
    apply_import,
    match_header,
    plan_import,
    read_caseload_table,
)
from jbn_selfscan.services.clients import list_clients
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store import cipher
from jbn_selfscan.store.models import ChangeLog

TODAY = dt.date(2026, 6, 1)
HEADER = ["Zaakreferentie", "Initialen", "Maatregel", "Uitspraakdatum"]
REPO_ROOT = Path(__file__).resolve().parents[2]


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
) -> Path:
    lines = [delimiter.join(_quoted(cell, delimiter) for cell in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _quoted(cell: str, delimiter: str) -> str:
    if any(ch in cell for ch in (delimiter, '"', "\n")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def dump(ws: Workspace) -> list[tuple[object, ...]]:
    """Every row of every table, to prove that a refused import wrote nothing."""
    with cipher.connect(ws.paths.database) as conn:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return [
            (table, *row)
            for table in sorted(tables)
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        ]


def plan(ws: Workspace, path: Path, mapping: Sequence[str | None] | None = None):  # type: ignore[no-untyped-def]
    return plan_import(path, mapping, TODAY, ws=ws)


def references(ws: Workspace) -> list[str]:
    return [record.data.referentie for record in list_clients(ws)]


# --- reading files ---------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_with_either_delimiter_imports_the_same_clients(
    ws: Workspace, tmp_path: Path, delimiter: str
) -> None:
    path = write_csv(
        tmp_path / "caseload.csv",
        [HEADER, ["Z-1", "A.B.", "OTS", "03-03-2025"], ["Z-2", "C.", "JR", "2025-04-01"]],
        delimiter=delimiter,
    )
    result = apply_import(ws, plan(ws, path))
    assert (result.added, result.updated, result.skipped) == (2, 0, 0)
    assert references(ws) == ["Z-1", "Z-2"]


def test_utf8_with_and_without_bom_and_cp1252_keep_accents(ws: Workspace, tmp_path: Path) -> None:
    header = [*HEADER, "Jeugdbeschermer"]
    for index, encoding in enumerate(["utf-8-sig", "utf-8", "cp1252"]):
        path = write_csv(
            tmp_path / f"c{index}.csv",
            [header, [f"Z-{index}", "A.", "Voogdij", "1-2-2025", "Zoë Medewerker"]],
            encoding=encoding,
        )
        the_plan = plan(ws, path)
        assert the_plan.table.headers[0] == "Zaakreferentie"  # no BOM glued to the header
        assert the_plan.valid[0].contactpersoon == "Zoë Medewerker"
    assert "cp1252" in " ".join(the_plan.notes())


def test_quoted_cell_with_newline_keeps_excel_row_numbers(ws: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [
            [*HEADER, "Team"],
            ["Z-1", "A.", "OTS", "03-03-2025", "Team\nStad 1"],
            ["Z-2", "B.", "OTS", "31-02-2025", "Team Stad 2"],
        ],
    )
    the_plan = plan(ws, path)
    assert the_plan.valid[0].team == "Team\nStad 1"
    assert [str(e) for e in the_plan.errors] == [
        "rij 3, kolom 'Uitspraakdatum': '31-02-2025' bestaat niet als datum"
    ]


def test_an_excel_sep_line_sets_the_delimiter_and_is_not_a_row(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(
        b"sep=,\r\nZaakreferentie,Maatregel,Uitspraakdatum,Team\r\nZ-1,OTS,x,Team A;B\r\n"
    )
    the_plan = plan(ws, path)
    assert the_plan.table.headers[0] == "Zaakreferentie"
    assert [str(e) for e in the_plan.errors] == [
        "rij 2, kolom 'Uitspraakdatum': 'x' is geen datum (gebruik dd-mm-jjjj of jjjj-mm-dd)"
    ]


def test_blank_rows_are_skipped_but_still_counted(ws: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [
            HEADER,
            ["Z-1", "A.", "OTS", "03-03-2025"],
            ["", "", "", ""],
            [],
            ["Z-2", "B.", "OTS", "x"],
        ],
    )
    the_plan = plan(ws, path)
    assert len(the_plan.rows) == 2
    assert the_plan.errors[0].row == 5


def test_xlsx_dates_and_numeric_references_are_read_as_the_user_typed_them(
    ws: Workspace, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            [*HEADER, "1e F2F"],
            [123, "A.", "ots", dt.datetime(2025, 3, 3), dt.date(2025, 3, 7)],
            [456.0, "B.", "Voogdij", "4-3-2025", None],
        ],
    )
    the_plan = plan(ws, path)
    assert not the_plan.errors
    first, second = the_plan.valid
    assert (first.referentie, first.uitspraakdatum, first.eerste_f2f) == (
        "123",
        dt.date(2025, 3, 3),
        dt.date(2025, 3, 7),
    )
    assert second.referentie == "456"


def test_xlsx_reads_only_the_first_sheet_and_reports_excel_row_numbers(
    ws: Workspace, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.append(HEADER)
    first.append(["Z-1", "A.", "OTS", "03-03-2025"])
    first.cell(row=7, column=1, value="Z-7")
    first.cell(row=7, column=3, value="Onbekend")
    first.cell(row=7, column=4, value="03-03-2025")
    other = workbook.create_sheet("Toelichting")
    other.append(HEADER)
    other.append(["Z-9", "A.", "OTS", "03-03-2025"])
    workbook.save(tmp_path / "c.xlsx")
    the_plan = plan(ws, tmp_path / "c.xlsx")
    assert [c.referentie for c in the_plan.valid] == ["Z-1"]
    assert [str(e) for e in the_plan.errors] == [
        "rij 7, kolom 'Maatregel': onbekende maatregel 'Onbekend' (kies OTS, Voogdij of JR)"
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is leeg"),
        (b"  \r\n \r\n", "is leeg"),
        (b"%PDF-1.7\n1 0 obj << >> endobj\n", "is een PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "oud Excel-bestand (.xls)"),
        (b"\x00\x01\x02\x03binary\xff\xfe", "geen CSV- of Excel-bestand"),
        (b"PK\x03\x04 this is not really a zip", "kan niet als Excel-werkmap"),
        (b"Zaakreferentie;Maatregel;Uitspraakdatum\r\n", "alleen kolomnamen"),
        (b";;;\r\nZ-1;OTS;03-03-2025\r\n", "Rij 1 is leeg"),
        (b"Z-1;OTS;03-03-2025\r\nZ-2;JR;03-03-2025\r\n", "geen herkenbare kolomnamen"),
        (b'Zaakreferentie;Maatregel\r\n"Z-1;OTS\r\n', "beschadigd bij rij 2"),
    ],
)
def test_unusable_files_get_one_dutch_sentence(
    ws: Workspace, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "caseload.csv"
    path.write_bytes(content)
    with pytest.raises(CaseloadImportError) as caught:
        plan(ws, path)
    assert expected in str(caught.value)


def test_a_zip_that_is_not_a_workbook_is_refused(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "caseload.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(CaseloadImportError, match="geen Excel-werkmap"):
        plan(ws, path)


def test_a_renamed_pdf_with_xlsx_extension_is_refused(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "caseload.xlsx"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(CaseloadImportError, match="geen geldig Excel-bestand"):
        plan(ws, path)


def test_missing_file_and_directory_are_explained(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(CaseloadImportError, match="bestaat niet"):
        plan(ws, tmp_path / "weg.csv")
    with pytest.raises(CaseloadImportError, match="bestaat niet"):
        plan(ws, tmp_path)


def test_a_file_over_the_size_limit_is_refused_before_reading(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as handle:
        handle.truncate(caseload_files.MAX_FILE_BYTES + 1)  # sparse: nothing to read
    with pytest.raises(CaseloadImportError, match=r"te groot.*maximum is 10 MB"):
        plan(ws, path)


def test_more_rows_than_the_limit_are_refused(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(caseload_files, "MAX_DATA_ROWS", 3)
    rows = [HEADER] + [[f"Z-{i}", "A.", "OTS", "03-03-2025"] for i in range(4)]
    with pytest.raises(CaseloadImportError, match=r"meer dan .* cliëntrijen"):
        plan(ws, write_csv(tmp_path / "c.csv", rows))


def test_missing_required_columns_are_named(ws: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["Zaakreferentie", "Regio"], ["Z-1", "Drenthe"]])
    with pytest.raises(CaseloadImportError) as caught:
        plan(ws, path)
    message = str(caught.value)
    assert "Verplichte kolom ontbreekt: maatregel, uitspraakdatum" in message
    assert "'Regio'" in message


# --- column mapping --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Zaakreferentie", "referentie"),
        (" referentie ", "referentie"),
        ("ZAAKNUMMER", "referentie"),
        ("Soort maatregel", "maatregel"),
        ("Uitspraakdatum (dd-mm-jjjj)", "uitspraakdatum"),
        ("Datum uitspraak", "uitspraakdatum"),
        ("Startdatum", "uitspraakdatum"),
        ("Einddatum", "einddatum"),
        ("Initialen", "initialen"),
        ("Regio", "regio"),
        ("Team", "team"),
        ("Jeugdbeschermer", "contactpersoon"),
        ("Contactpersoon", "contactpersoon"),
        ("Soort contactpersoon", "contact_type"),
        ("1e F2F", "eerste_f2f"),
        ("1e  f2f", "eerste_f2f"),
        ("1e PvA", "eerste_pva"),
        ("1e risicotaxatie", "eerste_risicotaxatie"),
        ("Start hulp", "hulp_gestart"),
        ("Laatste risicotaxatie", "laatste_risicotaxatie"),
        ("Laatste PvA-evaluatie", "laatste_pva_evaluatie"),
        ("laatste pva evaluatie", "laatste_pva_evaluatie"),
        ("Laatste contact kind", "laatste_contact_kind"),
        ("Opmerkingen", None),
        ("BSN", None),
        ("Naam", None),
    ],
)
def test_headers_match_case_accent_and_space_insensitively(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_privacy_columns_are_never_imported_and_the_user_is_told(
    ws: Workspace, tmp_path: Path
) -> None:
    header = [*HEADER, "BSN", "Burgerservicenummer", "Naam", "Achternaam", "Geboortedatum"]
    row = [
        "Z-1",
        "A.",
        "OTS",
        "03-03-2025",
        "123456782",
        "987654321",
        "Jan",
        "Jansen",
        "17-11-2013",
    ]
    path = write_csv(tmp_path / "c.csv", [header, row])
    the_plan = plan(ws, path)
    assert [c.column for c in the_plan.ignored_columns if c.privacy] == header[4:]
    assert any("'BSN' is niet geïmporteerd" in note for note in the_plan.notes())
    apply_import(ws, the_plan)
    stored = repr(dump(ws))
    # The date of birth in any spelling the importer could store it in (not the bare year: a
    # stored timestamp's microseconds may contain any four digits).
    for secret in ("123456782", "987654321", "Jansen", "17-11-2013", "2013-11-17", "20131117"):
        assert secret not in stored


def test_a_manual_mapping_cannot_import_a_privacy_column(ws: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [["BSN", "Maatregel", "Uitspraakdatum"], ["123456782", "OTS", "03-03-2025"]],
    )
    with pytest.raises(CaseloadImportError, match="Verplichte kolom ontbreekt: zaakreferentie"):
        plan(ws, path, ["referentie", "maatregel", "uitspraakdatum"])


def test_a_manual_mapping_overrides_the_headers(ws: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [["Dossier", "Soort", "Datum", "Zaakreferentie"], ["D-1", "JR", "03-03-2025", "oud"]],
    )
    the_plan = plan(ws, path, ["referentie", "maatregel", "uitspraakdatum", None])
    assert [(c.referentie, c.maatregel) for c in the_plan.valid] == [("D-1", Maatregel.JR)]
    assert "kolom 'Zaakreferentie' is niet geïmporteerd: gekozen: niet importeren" in (
        the_plan.notes()
    )


def test_a_manual_mapping_with_one_field_twice_is_refused(ws: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [[*HEADER], ["Z-1", "A.", "OTS", "03-03-2025"]])
    with pytest.raises(CaseloadImportError, match="allebei gekoppeld aan zaakreferentie"):
        plan(ws, path, ["referentie", "referentie", "maatregel", "uitspraakdatum"])
    with pytest.raises(CaseloadImportError, match="past niet bij dit bestand"):
        plan(ws, path, ["referentie"])


def test_a_second_column_for_the_same_field_is_ignored_with_a_note(
    ws: Workspace, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [[*HEADER, "Zaaknummer"], ["Z-1", "A.", "OTS", "03-03-2025", "ander"]],
    )
    the_plan = plan(ws, path)
    assert the_plan.valid[0].referentie == "Z-1"
    assert "kolom 'Zaaknummer' is niet geïmporteerd: een eerdere kolom levert al de " in (
        " ".join(the_plan.notes())
    )


# --- row values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OTS", Maatregel.OTS),
        ("ots", Maatregel.OTS),
        ("Ondertoezichtstelling", Maatregel.OTS),
        ("OTS (ondertoezichtstelling)", Maatregel.OTS),
        ("voogdij", Maatregel.VOOGDIJ),
        ("JR", Maatregel.JR),
        ("jeugdreclassering", Maatregel.JR),
    ],
)
def test_maatregel_is_read_case_insensitively_and_written_out(
    ws: Workspace, tmp_path: Path, text: str, expected: Maatregel
) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADER, ["Z-1", "A.", text, "03-03-2025"]])
    assert plan(ws, path).valid[0].maatregel == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03-03-2025", dt.date(2025, 3, 3)),
        ("3-3-2025", dt.date(2025, 3, 3)),
        ("2025-03-03", dt.date(2025, 3, 3)),
        ("03/03/2025", dt.date(2025, 3, 3)),
        ("2025-03-03 00:00:00", dt.date(2025, 3, 3)),
    ],
)
def test_dates_in_dutch_and_iso_form_are_accepted(
    ws: Workspace, tmp_path: Path, text: str, expected: dt.date
) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADER, ["Z-1", "A.", "OTS", text]])
    assert plan(ws, path).valid[0].uitspraakdatum == expected


def test_every_bad_cell_gets_row_column_and_dutch_problem(ws: Workspace, tmp_path: Path) -> None:
    header = [*HEADER, "Soort contactpersoon", "1e PvA", "Laatste contact kind"]
    rows = [
        header,
        ["Z-1", "A.", "OTS", "31-02-2025", "", "", ""],
        ["", "A.", "OTS", "03-03-2025", "", "", ""],
        ["Z-3", "A.", "", "", "", "", ""],
        ["Z-4", "A.", "Bewind", "gisteren", "", "", ""],
        ["Z-5", "A.", "JR", "03-03-2025", "buurman", "01-01-2025", "01-01-2030"],
        ["Z-6", "A.", "JR", "01-01-2030", "CCP", "", ""],
        ["Z-7", "A.", "OTS", "03-03-2025", "crt", "", ""],
        ["Z-7", "B.", "OTS", "04-03-2025", "", "", ""],
    ]
    messages = [str(e) for e in plan(ws, write_csv(tmp_path / "c.csv", rows)).errors]
    assert messages == [
        "rij 2, kolom 'Uitspraakdatum': '31-02-2025' bestaat niet als datum",
        "rij 3, kolom 'Zaakreferentie': vul een zaakreferentie in",
        "rij 4, kolom 'Maatregel': vul de maatregel in (OTS, Voogdij of JR)",
        "rij 4, kolom 'Uitspraakdatum': vul de uitspraakdatum in",
        "rij 5, kolom 'Maatregel': onbekende maatregel 'Bewind' (kies OTS, Voogdij of JR)",
        "rij 5, kolom 'Uitspraakdatum': 'gisteren' is geen datum "
        "(gebruik dd-mm-jjjj of jjjj-mm-dd)",
        "rij 6, kolom 'Soort contactpersoon': onbekende soort contactpersoon 'buurman' "
        "(kies vaste jeugdzorgwerker, CCP of CRT)",
        "rij 6, kolom '1e PvA': deze datum ligt vóór de uitspraakdatum",
        "rij 6, kolom 'Laatste contact kind': deze datum ligt in de toekomst",
        "rij 7, kolom 'Uitspraakdatum': de uitspraakdatum ligt in de toekomst",
        "rij 9, kolom 'Zaakreferentie': zaakreferentie 'Z-7' staat al in rij 8",
    ]


def test_a_reference_that_passes_the_bsn_check_gives_a_warning(
    ws: Workspace, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADER, ["111222333", "A.", "OTS", "03-03-2025"]])
    assert any("lijkt op een BSN" in note for note in plan(ws, path).notes())


# --- applying --------------------------------------------------------------------------------


def test_rows_with_errors_refuse_the_whole_import_and_nothing_is_written(
    ws: Workspace, tmp_path: Path
) -> None:
    apply_import(
        ws, plan(ws, write_csv(tmp_path / "a.csv", [HEADER, ["Z-0", "A.", "OTS", "1-1-2025"]]))
    )
    before = dump(ws)
    rows = [HEADER, ["Z-0", "Q.", "JR", "02-01-2025"], ["Z-1", "A.", "OTS", "31-02-2025"]]
    the_plan = plan(ws, write_csv(tmp_path / "b.csv", rows))
    with pytest.raises(CaseloadImportError, match="Er is niets geïmporteerd: 1 rij bevat fouten"):
        apply_import(ws, the_plan)
    assert dump(ws) == before


def test_skipping_invalid_rows_imports_the_valid_ones(ws: Workspace, tmp_path: Path) -> None:
    rows = [HEADER, ["Z-1", "A.", "OTS", "03-03-2025"], ["Z-2", "A.", "OTS", "31-02-2025"]]
    result = apply_import(ws, plan(ws, write_csv(tmp_path / "c.csv", rows)), skip_invalid=True)
    assert result.summary() == "1 cliënt geïmporteerd: 1 nieuw, 0 bijgewerkt, 1 overgeslagen"
    assert references(ws) == ["Z-1"]


def test_a_file_without_a_single_valid_row_is_refused_even_when_skipping(
    ws: Workspace, tmp_path: Path
) -> None:
    rows = [HEADER, ["Z-2", "A.", "OTS", "31-02-2025"]]
    with pytest.raises(CaseloadImportError, match="Geen enkele rij is geldig"):
        apply_import(ws, plan(ws, write_csv(tmp_path / "c.csv", rows)), skip_invalid=True)


def test_reimport_updates_by_reference_without_duplicates(ws: Workspace, tmp_path: Path) -> None:
    first = [HEADER, ["Z-1", "A.", "OTS", "03-03-2025"], ["Z-2", "B.", "JR", "04-03-2025"]]
    apply_import(ws, plan(ws, write_csv(tmp_path / "a.csv", first)))
    second = [HEADER, ["Z-2", "B.C.", "JR", "04-03-2025"], ["Z-3", "D.", "Voogdij", "5-3-2025"]]
    the_plan = plan(ws, write_csv(tmp_path / "b.csv", second))
    assert (the_plan.count_new, the_plan.count_updated) == (1, 1)
    result = apply_import(ws, the_plan)
    assert result.summary() == "2 cliënten geïmporteerd: 1 nieuw, 1 bijgewerkt, 0 overgeslagen"
    assert references(ws) == ["Z-1", "Z-2", "Z-3"]
    assert {r.data.referentie: r.data.initialen for r in list_clients(ws)}["Z-2"] == "B.C."


def test_one_change_log_row_records_the_import(ws: Workspace, tmp_path: Path) -> None:
    rows = [HEADER, ["Z-1", "A.", "OTS", "03-03-2025"], ["Z-2", "B.", "JR", "04-03-2025"]]
    apply_import(ws, plan(ws, write_csv(tmp_path / "team.csv", rows)))
    with ws.db.session() as session:
        entries = list(session.scalars(select(ChangeLog).where(ChangeLog.entity == "caseload")))
        total = session.scalar(select(func.count()).select_from(ChangeLog))
    assert [(e.user, e.entity_id, e.new) for e in entries] == [
        (
            "Sanne de Vries",
            "team.csv",
            "2 cliënten geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 overgeslagen",
        )
    ]
    assert total == 1


# --- the template ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_shipped_template_imports_its_example_row_without_remarks(
    ws: Workspace, kind: str
) -> None:
    the_plan = plan(ws, template_path(kind))
    assert not the_plan.errors
    assert not the_plan.notes()
    assert all(field is not None for field in the_plan.mapping)
    assert [c.referentie for c in the_plan.valid] == ["VOORBEELD-001"]


def test_the_shipped_templates_match_the_generator(
    tmp_path: Path, repo_tool: Callable[[str], ModuleType]
) -> None:
    tool = repo_tool("make_caseload_template")
    assert template_path("csv").read_bytes() == tool.csv_bytes()
    (tmp_path / "fresh.xlsx").write_bytes(tool.xlsx_bytes())
    fresh = read_caseload_table(tmp_path / "fresh.xlsx")
    shipped = read_caseload_table(template_path("xlsx"))
    assert (fresh.headers, fresh.rows) == (shipped.headers, shipped.rows)


# --- contact moments -------------------------------------------------------------------------


def test_a_column_of_contact_dates_adds_contact_moments_and_never_removes_one(
    ws: Workspace, tmp_path: Path
) -> None:
    header = [*HEADER, "Contactmomenten"]
    first = write_csv(
        tmp_path / "first.csv",
        [
            header,
            ["VG-1", "A.B.", "Voogdij", "03-03-2025", "12-03-2026, 04-05-2026 2026-05-20"],
            ["VG-2", "C.", "Voogdij", "03-03-2025", ""],
        ],
    )
    apply_import(ws, plan(ws, first))
    by_ref = {record.data.referentie: record.data for record in list_clients(ws)}
    assert by_ref["VG-1"].contacten == (
        dt.date(2026, 3, 12),
        dt.date(2026, 5, 4),
        dt.date(2026, 5, 20),
    )
    assert by_ref["VG-2"].contacten == ()

    again = write_csv(
        tmp_path / "again.csv", [header, ["VG-1", "A.B.", "Voogdij", "03-03-2025", "29-05-2026"]]
    )
    apply_import(ws, plan(ws, again))
    (vg1,) = [r.data for r in list_clients(ws) if r.data.referentie == "VG-1"]
    assert vg1.contacten == (
        dt.date(2026, 3, 12),
        dt.date(2026, 5, 4),
        dt.date(2026, 5, 20),
        dt.date(2026, 5, 29),
    )


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("12-03-2026, 31-02-2026", "'31-02-2026' bestaat niet als datum"),
        ("12-03-2026, 01-07-2026", "het contactmoment 01-07-2026 ligt in de toekomst"),
        ("01-01-2025", "het contactmoment 01-01-2025 ligt vóór de uitspraakdatum 03-03-2025"),
        ("morgen", "'morgen' is geen datum"),
    ],
)
def test_a_wrong_contact_date_is_reported_by_row_and_column(
    ws: Workspace, tmp_path: Path, cell: str, message: str
) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [[*HEADER, "Contactmomenten"], ["VG-1", "A.B.", "Voogdij", "03-03-2025", cell]],
    )
    errors = plan(ws, path).errors
    assert len(errors) == 1
    assert (errors[0].row, errors[0].column) == (2, "Contactmomenten")
    assert message in errors[0].message
