"""Importing a caseload from a CSV or XLSX file: plan first, then apply all or nothing.

`plan_import` reads the file, maps its columns to client fields, parses and validates every
row and counts new and updated clients (reading the database only). `apply_import` writes the
valid clients in one transaction, or refuses with a Dutch `CaseloadImportError` when rows have
errors and the user did not choose to skip them; a refused import writes nothing.

Columns that look like a BSN, a name or a birth date are never imported, whatever the mapping
says (privacy by default); the plan lists them so the user is told.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from jbn_selfscan.domain.caseload import (
    CLIENT_FIELDS,
    FIELD_LABELS,
    STEP_DATE_FIELDS,
    ClientData,
    parse_date,
)
from jbn_selfscan.domain.guard import passes_elfproef
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.services.caseload_files import (
    CaseloadImportError,
    CaseloadTable,
    TableRow,
    read_caseload_file,
)
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.clients import upsert_clients_in
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Client

__all__ = [
    "FIELD_CHOICES",
    "REQUIRED_FIELDS",
    "CaseloadImportError",
    "ColumnMapping",
    "IgnoredColumn",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "RowError",
    "apply_import",
    "auto_mapping",
    "build_plan",
    "is_privacy_column",
    "match_header",
    "plan_import",
    "plan_table",
    "read_caseload_table",
]

DEFAULT_IMPORT_USER = "import"
REQUIRED_FIELDS = ("referentie", "maatregel", "uitspraakdatum")
# the client fields and the optional list of contact dates ("12-03-2026, 04-06-2026")
IMPORT_FIELDS: tuple[str, ...] = (*CLIENT_FIELDS, "contacten")
FIELD_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (name, FIELD_LABELS[name][:1].upper() + FIELD_LABELS[name][1:]) for name in IMPORT_FIELDS
)
"""(field, Dutch label) in display order, for a mapping combo box."""

ColumnMapping = tuple[str | None, ...]
"""One entry per file column: the client field it fills, or None (not imported)."""

_SYNONYMS: dict[str, str] = {
    "referentie": (
        "zaakreferentie referentie zaaknummer zaaknr zaakid dossiernummer dossiernr "
        "casusnummer clientnummer"
    ),
    "initialen": "initialen initialenclient initialenkind voorletters",
    "maatregel": "maatregel soortmaatregel typemaatregel maatregeltype",
    "uitspraakdatum": (
        "uitspraakdatum datumuitspraak startdatum startdatummaatregel ingangsdatum begindatum"
    ),
    "einddatum": "einddatum einddatummaatregel datumeinde",
    "regio": "regio",
    "team": "team",
    "contactpersoon": (
        "jeugdbeschermer contactpersoon jeugdbeschermercontactpersoon jeugdreclasseerder "
        "jeugdzorgwerker vastejeugdzorgwerker vastecontactpersoon naamjeugdbeschermer "
        "naamcontactpersoon naamjeugdzorgwerker"
    ),
    "contact_type": "soortcontactpersoon typecontactpersoon contacttype soortcontact",
    "eerste_f2f": "1ef2f eerstef2f datum1ef2f datumeerstef2f 1ef2fcontact",
    "eerste_pva": "1epva eerstepva datum1epva datumeerstepva",
    "eerste_risicotaxatie": "1erisicotaxatie eersterisicotaxatie datum1erisicotaxatie",
    "hulp_gestart": "starthulp startpassendehulp hulpgestart datumstarthulp",
    "laatste_risicotaxatie": "laatsterisicotaxatie datumlaatsterisicotaxatie",
    "laatste_pva_evaluatie": "laatstepvaevaluatie datumlaatstepvaevaluatie laatsteevaluatiepva",
    "laatste_contact_kind": (
        "laatstecontactkind laatstecontactmethetkind datumlaatstecontactkind "
        "datumlaatstecontactmethetkind"
    ),
    "contacten": "contactmomenten contactdata contactdatums datacontact datumscontact",
}
_PRIVACY_EXACT = frozenset(
    str.split(
        "naam namen volledigenaam naamkind naamclient clientnaam kindnaam roepnaam tussenvoegsel "
        "adres straat huisnummer postcode woonplaats telefoon telefoonnummer email emailadres"
    )
)
_PRIVACY_PARTS = ("bsn", "burgerservice", "geboorte", "gebdatum", "achternaam", "voornaam")
_MAATREGEL_WORDS = {
    "ots": Maatregel.OTS,
    "ondertoezichtstelling": Maatregel.OTS,
    "voogdij": Maatregel.VOOGDIJ,
    "jr": Maatregel.JR,
    "jeugdreclassering": Maatregel.JR,
}
_CONTACT_WORDS = {
    "": "jeugdbeschermer",
    "jeugdbeschermer": "jeugdbeschermer",
    "vastejeugdbeschermer": "jeugdbeschermer",
    "jeugdreclasseerder": "jeugdbeschermer",
    "jb": "jeugdbeschermer",
    "jeugdzorgwerker": "jeugdbeschermer",
    "vastejeugdzorgwerker": "jeugdbeschermer",
    "ccp": "ccp",
    "contactpersoonccp": "ccp",
    "crt": "crt",
    "contactpersooncrt": "crt",
}
_EMPTY_REQUIRED = {
    "maatregel": "vul de maatregel in (OTS, Voogdij of JR)",
    "uitspraakdatum": "vul de uitspraakdatum in",
}
_DATE_WITH_MIDNIGHT = re.compile(r"^(\S+)[ T]00:00(?::00(?:\.0+)?)?$")
_DATE_OTHER_SEPARATORS = re.compile(r"^\d{1,4}[./]\d{1,2}[./]\d{1,4}$")
_PRIVACY_REASON = (
    "lijkt een BSN, naam of geboortedatum te bevatten; zulke gegevens worden nooit ingelezen"
)


@functools.lru_cache(maxsize=1024)
def normalize_header(text: str) -> str:
    """Case-, accent-, space- and punctuation-free form; hints in brackets are dropped."""
    without_hints = re.sub(r"\([^)]*\)", " ", text)
    decomposed = unicodedata.normalize("NFKD", without_hints).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum())


_HEADER_TO_FIELD = {
    normalize_header(word): name for name, words in _SYNONYMS.items() for word in words.split()
} | {normalize_header(label): name for name, label in FIELD_LABELS.items()}


def is_privacy_column(header: str) -> bool:
    """True for a column that may hold a BSN, a name or a birth date: never imported."""
    key = normalize_header(header)
    return key in _PRIVACY_EXACT or any(part in key for part in _PRIVACY_PARTS)


def match_header(header: str) -> str | None:
    """The client field a header names, or None (unknown or a privacy column)."""
    if is_privacy_column(header):
        return None
    return _HEADER_TO_FIELD.get(normalize_header(header))


def auto_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Map every column by its header; when two columns name one field the first wins."""
    used: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        field_name = match_header(header)
        if field_name in used:
            field_name = None
        if field_name is not None:
            used.add(field_name)
        mapping.append(field_name)
    return tuple(mapping)


@dataclass(frozen=True)
class RowError:
    """A problem in one cell, numbered as the user sees the row in Excel (header = row 1)."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"rij {self.row}, kolom '{self.column}': {self.message}"


@dataclass(frozen=True)
class PlannedRow:
    number: int
    cells: tuple[str, ...]
    client: ClientData | None
    errors: tuple[RowError, ...]
    is_new: bool = False


@dataclass(frozen=True)
class IgnoredColumn:
    column: str
    reason: str
    privacy: bool = False

    def __str__(self) -> str:
        return f"kolom '{self.column}' is niet geïmporteerd: {self.reason}"


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do; nothing has been written yet."""

    table: CaseloadTable
    mapping: ColumnMapping
    today: dt.date
    rows: tuple[PlannedRow, ...]
    ignored_columns: tuple[IgnoredColumn, ...]
    warnings: tuple[str, ...]

    @property
    def valid(self) -> list[ClientData]:
        return [row.client for row in self.rows if row.client is not None]

    @property
    def errors(self) -> list[RowError]:
        return [error for row in self.rows for error in row.errors]

    @property
    def has_errors(self) -> bool:
        return any(row.errors for row in self.rows)

    @property
    def invalid_count(self) -> int:
        return sum(1 for row in self.rows if row.client is None)

    @property
    def count_new(self) -> int:
        return sum(1 for row in self.rows if row.client is not None and row.is_new)

    @property
    def count_updated(self) -> int:
        return len(self.valid) - self.count_new

    def summary(self) -> str:
        """E.g. "12 rijen gelezen: 10 geldig (8 nieuw, 2 bijgewerkt), 2 met fouten"."""
        return (
            f"{_count(len(self.rows), 'rij', 'rijen')} gelezen: {len(self.valid)} geldig "
            f"({self.count_new} nieuw, {self.count_updated} bijgewerkt), "
            f"{self.invalid_count} met fouten"
        )

    def notes(self) -> list[str]:
        """Ignored columns, warnings and how the file was read, for the user."""
        notes = [str(column) for column in self.ignored_columns]
        notes.extend(self.warnings)
        if self.table.encoding == "cp1252":
            notes.append(
                "Het bestand is gelezen als Windows-tekst (cp1252), zoals Excel "
                "'CSV (gescheiden door lijstscheidingsteken)' opslaat."
            )
        return notes

    def rejection_message(self) -> str:
        return (
            f"Er is niets geïmporteerd: {_count(self.invalid_count, 'rij bevat', 'rijen bevatten')}"
            " fouten."
        )

    def column_of(self, field_name: str) -> int | None:
        return self.mapping.index(field_name) if field_name in self.mapping else None


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int

    def summary(self) -> str:
        """E.g. "12 cliënten geïmporteerd: 10 nieuw, 2 bijgewerkt, 0 overgeslagen"."""
        total = _count(self.added + self.updated, "cliënt", "cliënten")
        return (
            f"{total} geïmporteerd: {self.added} nieuw, {self.updated} bijgewerkt, "
            f"{self.skipped} overgeslagen"
        )


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def read_caseload_table(path: Path) -> CaseloadTable:
    """Read the file; the CSV delimiter is the one under which most headers are recognised."""
    return read_caseload_file(Path(path), header_score=_recognized_count)


def _recognized_count(headers: Sequence[str]) -> int:
    return sum(1 for h in headers if match_header(h) is not None or is_privacy_column(h))


def plan_import(
    path: Path,
    mapping: Sequence[str | None] | None = None,
    today: dt.date | None = None,
    *,
    ws: Workspace,
) -> ImportPlan:
    """Read, map, parse and validate a caseload file (the database is only read)."""
    return plan_table(read_caseload_table(path), mapping, today, ws=ws)


def plan_table(
    table: CaseloadTable,
    mapping: Sequence[str | None] | None = None,
    today: dt.date | None = None,
    *,
    ws: Workspace,
) -> ImportPlan:
    """Plan an already read table (the wizard reads once and re-plans after mapping edits)."""
    with ws.db.session() as session:
        existing = set(session.scalars(select(Client.referentie)))
    return build_plan(table, mapping, today or dt.date.today(), existing)


def build_plan(
    table: CaseloadTable,
    mapping: Sequence[str | None] | None,
    today: dt.date,
    existing_references: Collection[str],
) -> ImportPlan:
    """The plan for `table` given the references already in the caseload (no I/O)."""
    chosen = _checked_mapping(table, mapping)
    columns = {name: index for index, name in enumerate(chosen) if name is not None}
    seen: dict[str, int] = {}
    rows: list[PlannedRow] = []
    warnings: list[str] = []
    for row in table.rows:
        client, errors = _parse_row(row, columns, table, today)
        reference = row.cells[columns["referentie"]]
        if reference in seen:
            errors.append(
                RowError(
                    row.number,
                    table.column_name(columns["referentie"]),
                    f"zaakreferentie '{reference}' staat al in rij {seen[reference]}",
                )
            )
        elif reference:
            seen[reference] = row.number
        if _looks_like_bsn(reference):
            warnings.append(
                f"rij {row.number}: de zaakreferentie '{reference}' lijkt op een BSN; "
                "gebruik het zaaknummer, nooit het BSN."
            )
        rows.append(
            PlannedRow(
                number=row.number,
                cells=row.cells,
                client=None if errors else client,
                errors=tuple(errors),
                is_new=reference not in existing_references,
            )
        )
    return ImportPlan(
        table=table,
        mapping=chosen,
        today=today,
        rows=tuple(rows),
        ignored_columns=tuple(_ignored_columns(table, chosen, mapping is None)),
        warnings=tuple(warnings),
    )


def _checked_mapping(table: CaseloadTable, mapping: Sequence[str | None] | None) -> ColumnMapping:
    if mapping is None:
        chosen = auto_mapping(table.headers)
    else:
        if len(mapping) != len(table.headers):
            raise CaseloadImportError("De kolomindeling past niet bij dit bestand; kies opnieuw.")
        chosen = tuple(
            None if is_privacy_column(header) else name
            for header, name in zip(table.headers, mapping, strict=True)
        )
    for index, name in enumerate(chosen):
        if name is None:
            continue
        if name not in IMPORT_FIELDS:
            raise CaseloadImportError(f"Onbekend veld '{name}' in de kolomindeling.")
        first = chosen.index(name)
        if first != index:
            raise CaseloadImportError(
                f"De kolommen '{table.column_name(first)}' en '{table.column_name(index)}' zijn "
                f"allebei gekoppeld aan {FIELD_LABELS[name]}; kies er één."
            )
    if not any(chosen) and mapping is None:
        raise CaseloadImportError(
            "Rij 1 bevat geen herkenbare kolomnamen. Zet de kolomnamen (zoals Zaakreferentie, "
            "Maatregel, Uitspraakdatum) in de eerste rij; zie het sjabloon."
        )
    missing = [FIELD_LABELS[name] for name in REQUIRED_FIELDS if name not in chosen]
    if missing:
        found = ", ".join(f"'{table.column_name(i)}'" for i in range(len(table.headers)))
        raise CaseloadImportError(
            f"Verplichte kolom ontbreekt: {', '.join(missing)}. Gevonden kolommen: {found}."
        )
    return chosen


def _ignored_columns(
    table: CaseloadTable, mapping: ColumnMapping, automatic: bool
) -> list[IgnoredColumn]:
    ignored: list[IgnoredColumn] = []
    for index, header in enumerate(table.headers):
        if mapping[index] is not None:
            continue
        name = table.column_name(index)
        if is_privacy_column(header):
            ignored.append(IgnoredColumn(name, _PRIVACY_REASON, privacy=True))
        elif not header and not any(row.cells[index] for row in table.rows):
            continue
        elif automatic and (matched := match_header(header)) is not None:
            label = FIELD_LABELS[matched]
            ignored.append(IgnoredColumn(name, f"een eerdere kolom levert al de {label}"))
        elif automatic:
            ignored.append(IgnoredColumn(name, "onbekende kolomnaam"))
        else:
            ignored.append(IgnoredColumn(name, "gekozen: niet importeren"))
    return ignored


def _parse_row(
    row: TableRow, columns: dict[str, int], table: CaseloadTable, today: dt.date
) -> tuple[ClientData | None, list[RowError]]:
    """The client of one row and the errors of its cells."""
    values: dict[str, object] = {"initialen": ""}
    problems: dict[str, str] = {}
    for name, index in columns.items():
        text = row.cells[index]
        try:
            values[name] = _parse_cell(name, text)
        except ValueError as exc:
            problems[name] = str(exc)
    client: ClientData | None = None
    if "maatregel" not in problems and "uitspraakdatum" not in problems:
        client = ClientData(**values)  # type: ignore[arg-type]
        for name, message in client.problems(today).items():
            problems.setdefault(name, message)
    errors = [
        RowError(row.number, table.column_name(columns[name]), problems[name])
        for name in sorted(problems.keys() & columns.keys(), key=columns.__getitem__)
    ]
    return (None if errors else client), errors


def _parse_cell(name: str, text: str) -> object:
    if name in _EMPTY_REQUIRED and not text:
        raise ValueError(_EMPTY_REQUIRED[name])
    if name == "maatregel":
        return parse_maatregel(text)
    if name == "contact_type":
        return parse_contact_type(text)
    if name == "uitspraakdatum" or name == "einddatum" or name in STEP_DATE_FIELDS:
        return parse_date_cell(text) if text else None
    if name == "contacten":
        return parse_contact_dates(text)
    return text


_CONTACT_SEPARATOR = re.compile(r"\s*[,|]\s*|\s+")


def parse_contact_dates(text: str) -> tuple[dt.date, ...] | None:
    """A cell with contact dates separated by commas or spaces; empty: None (the stored
    contact moments stay as they are)."""
    without_midnight = re.sub(r"[ T]00:00(?::00(?:\.0+)?)?", "", text.strip())
    parts = [part for part in _CONTACT_SEPARATOR.split(without_midnight) if part]
    if not parts:
        return None
    return tuple(sorted({parse_date_cell(part) for part in parts}))


def parse_maatregel(text: str) -> Maatregel:
    """OTS, Voogdij or JR, also written out ("ondertoezichtstelling", "jeugdreclassering")."""
    found = _MAATREGEL_WORDS.get(normalize_header(text))
    if found is None:
        raise ValueError(f"onbekende maatregel '{text}' (kies OTS, Voogdij of JR)")
    return found


def parse_contact_type(text: str) -> str:
    found = _CONTACT_WORDS.get(normalize_header(text))
    if found is None:
        raise ValueError(
            f"onbekende soort contactpersoon '{text}' (kies vaste jeugdzorgwerker, CCP of CRT)"
        )
    return found


def parse_date_cell(text: str) -> dt.date:
    """dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd (also with / or . and a midnight time part)."""
    parsed = _parse_date_cached(text)
    if isinstance(parsed, str):
        raise ValueError(parsed)
    return parsed


@functools.lru_cache(maxsize=8192)
def _parse_date_cached(text: str) -> dt.date | str:
    """The date, or the Dutch problem (cached: a caseload repeats many dates)."""
    original = text.strip()
    value = original
    midnight = _DATE_WITH_MIDNIGHT.match(value)
    if midnight:
        value = midnight.group(1)
    if _DATE_OTHER_SEPARATORS.match(value):
        value = value.replace("/", "-").replace(".", "-")
    try:
        return parse_date(value)
    except ValueError as exc:
        return str(exc).replace(f"'{value}'", f"'{original}'", 1)


def _looks_like_bsn(text: str) -> bool:
    """Nine digits (or eight with a leading zero left off) passing the elfproef."""
    return len(text) in (8, 9) and passes_elfproef(text.zfill(9))


def apply_import(ws: Workspace, plan: ImportPlan, skip_invalid: bool = False) -> ImportResult:
    """Write the valid clients of `plan` in one transaction (update by reference, no duplicates).

    Raises:
        CaseloadImportError: rows have errors and `skip_invalid` is false, no row is valid, or
            the database refused the write; in every case nothing was written.
    """
    if plan.has_errors and not skip_invalid:
        raise CaseloadImportError(
            plan.rejection_message() + " Verbeter het bestand of kies 'Ongeldige rijen overslaan'."
        )
    clients = plan.valid
    if not clients:
        raise CaseloadImportError("Geen enkele rij is geldig; er is niets geïmporteerd.")
    user = ws.user or DEFAULT_IMPORT_USER
    source = plan.table.source.name
    try:
        with ws.db.session() as session, session.begin():
            added, updated = upsert_clients_in(session, clients, user=user)
            result = ImportResult(added=added, updated=updated, skipped=plan.invalid_count)
            record_change(
                session,
                user=user,
                entity="caseload",
                entity_id=source,
                field="import",
                old=None,
                new=result.summary(),
                context=f"import uit {source}",
            )
    except SQLAlchemyError as exc:
        from jbn_selfscan.store.db import storage_failure_nl

        reason = storage_failure_nl(exc) or type(exc).__name__
        raise CaseloadImportError(
            "De caseload kon niet worden opgeslagen in de database; er is niets geïmporteerd. "
            f"({reason})"
        ) from exc
    return result
