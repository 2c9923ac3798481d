"""A client's data as typed in a dialog or read from a caseload file, with its validation.

Validation messages are Dutch and name the field, so the UI can show them next to the field and
the importer can report them per row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from jbn_selfscan.domain.dates import range_problem
from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.types import Maatregel

CONTACT_TYPES = {
    "jeugdbeschermer": "vaste jeugdzorgwerker",
    "ccp": "contactpersoon CCP",
    "crt": "contactpersoon CRT",
}
STEP_DATE_FIELDS = (
    "eerste_f2f",
    "eerste_pva",
    "eerste_risicotaxatie",
    "hulp_gestart",
    "laatste_risicotaxatie",
    "laatste_pva_evaluatie",
    "laatste_contact_kind",
)
# The start-phase steps that can be marked "onbekend / vóór overdracht", with their date field
# (the deadline engine's step ids equal the field names).
START_STEP_FIELDS = {
    "eerste_f2f": "eerste_f2f",
    "eerste_pva": "eerste_pva",
    "eerste_risicotaxatie": "eerste_risicotaxatie",
    "hulp_gestart": "hulp_gestart",
}
FIELD_LABELS = {
    "referentie": "zaakreferentie",
    "initialen": "initialen",
    "maatregel": "maatregel",
    "regio": "regio",
    "team": "team",
    "contact_type": "soort contactpersoon",
    "contactpersoon": "vaste jeugdzorgwerker / contactpersoon",
    "uitspraakdatum": "uitspraakdatum",
    "einddatum": "einddatum",
    "eerste_f2f": "datum 1e F2F",
    "eerste_pva": "datum 1e PvA",
    "eerste_risicotaxatie": "datum 1e risicotaxatie",
    "hulp_gestart": "start passende hulp",
    "laatste_risicotaxatie": "datum laatste risicotaxatie",
    "laatste_pva_evaluatie": "datum laatste PvA-evaluatie",
    "laatste_contact_kind": "datum laatste contact met de jeugdige",
    "onbekend_eerste_f2f": "1e F2F onbekend",
    "onbekend_eerste_pva": "1e PvA onbekend",
    "onbekend_eerste_risicotaxatie": "1e risicotaxatie onbekend",
    "onbekend_hulp_gestart": "start hulp onbekend",
    "contacten": "contactmomenten",
}
MAX_CONTACTS = 500
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,49}$")
_INITIALS = re.compile(r"^[A-Za-zÀ-ÿ.\- ]{1,20}$")
_DATE_NL = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class ClientValidationError(UserFacingError, ValueError):
    """One or more field problems: `problems` maps a field name to a Dutch message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{FIELD_LABELS.get(k, k)}: {v}" for k, v in problems.items()))


def parse_date(text: str) -> dt.date:
    """Parse a Dutch (dd-mm-jjjj) or ISO (jjjj-mm-dd) date; raise ValueError in Dutch."""
    value = text.strip()
    match = _DATE_NL.match(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _DATE_ISO.match(value)
        if not match:
            raise ValueError(f"'{value}' is geen datum (gebruik dd-mm-jjjj of jjjj-mm-dd)")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{value}' bestaat niet als datum") from None


@dataclass(frozen=True)
class ClientData:
    """Everything a user can enter about a client (no BSN, no names of the child)."""

    referentie: str
    initialen: str
    maatregel: Maatregel
    uitspraakdatum: dt.date
    regio: str = ""
    team: str = ""
    contact_type: str = "jeugdbeschermer"
    contactpersoon: str = ""
    einddatum: dt.date | None = None
    eerste_f2f: dt.date | None = None
    eerste_pva: dt.date | None = None
    eerste_risicotaxatie: dt.date | None = None
    hulp_gestart: dt.date | None = None
    laatste_risicotaxatie: dt.date | None = None
    laatste_pva_evaluatie: dt.date | None = None
    laatste_contact_kind: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)
    # start-phase steps marked "onbekend / vóór overdracht" {stap: reden}; None: leave the
    # stored marks as they are (an import does not know them)
    onbekend: dict[str, str] | None = field(default=None, compare=False)
    # the days of contact with the jeugdige (voogdij counts them); None: leave the stored
    # contact moments as they are (a caseload file without that column does not know them)
    contacten: tuple[dt.date, ...] | None = field(default=None, compare=False)

    def problems(self, today: dt.date) -> dict[str, str]:
        """All field problems of this client, empty when valid."""
        found: dict[str, str] = {}
        if not self.referentie.strip():
            found["referentie"] = "vul een zaakreferentie in"
        elif not _REFERENCE.match(self.referentie.strip()):
            found["referentie"] = (
                "gebruik alleen letters, cijfers, spatie, punt, streepje of liggend streepje "
                "(hoogstens 50 tekens)"
            )
        if self.initialen.strip() and not _INITIALS.match(self.initialen.strip()):
            found["initialen"] = "alleen initialen (letters en punten, hoogstens 20 tekens)"
        for name in ("uitspraakdatum", "einddatum", *STEP_DATE_FIELDS):
            value = getattr(self, name)
            problem = None if value is None else range_problem(value)
            if problem is not None:
                found[name] = problem
        if "uitspraakdatum" not in found and self.uitspraakdatum > today:
            found["uitspraakdatum"] = "de uitspraakdatum ligt in de toekomst"
        if (
            "einddatum" not in found
            and self.einddatum is not None
            and self.einddatum <= self.uitspraakdatum
        ):
            found["einddatum"] = "de einddatum moet na de uitspraakdatum liggen"
        if self.contact_type not in CONTACT_TYPES:
            found["contact_type"] = "kies vaste jeugdzorgwerker, CCP of CRT"
        for name in STEP_DATE_FIELDS:
            value = getattr(self, name)
            if value is None or name in found:
                continue
            if value > today:
                found[name] = "deze datum ligt in de toekomst"
            elif value < self.uitspraakdatum and name != "laatste_contact_kind":
                found[name] = "deze datum ligt vóór de uitspraakdatum"
        for stap, reason in (self.onbekend or {}).items():
            date_field = START_STEP_FIELDS.get(stap)
            if date_field is None:
                found[f"onbekend_{stap}"] = f"onbekende stap '{stap}'"
            elif getattr(self, date_field) is not None:
                found[f"onbekend_{stap}"] = (
                    "deze stap heeft een datum; haal de datum weg of het vinkje 'onbekend'"
                )
            elif not reason.strip():
                found[f"onbekend_{stap}"] = "geef een reden waarom de datum onbekend is"
            elif len(reason) > 500:
                found[f"onbekend_{stap}"] = "de reden is te lang (hoogstens 500 tekens)"
        contact_problem = self.contact_problem(today)
        if contact_problem is not None:
            found["contacten"] = contact_problem
        for name in ("regio", "team", "contactpersoon"):
            if len(getattr(self, name)) > 200:
                found[name] = "te lang (hoogstens 200 tekens)"
        return found

    def contact_problem(self, today: dt.date) -> str | None:
        """What is wrong with the contact moments (the first wrong date), None when valid."""
        if self.contacten is None:
            return None
        if len(set(self.contacten)) > MAX_CONTACTS:
            return f"te veel contactmomenten (hoogstens {MAX_CONTACTS})"
        for day in sorted(set(self.contacten)):
            problem = contact_date_problem(day, self.uitspraakdatum, today)
            if problem is not None:
                return problem
        return None

    def validated(self, today: dt.date) -> ClientData:
        problems = self.problems(today)
        if problems:
            raise ClientValidationError(problems)
        return self

    def step_dates(self) -> dict[str, dt.date | None]:
        return {name: getattr(self, name) for name in STEP_DATE_FIELDS}


def contact_date_problem(day: dt.date, uitspraak: dt.date, today: dt.date) -> str | None:
    """Why this contact date cannot be recorded (Dutch), None when it can."""
    problem = range_problem(day)
    if problem is not None:
        return problem
    if day > today:
        return f"het contactmoment {short_date(day)} ligt in de toekomst"
    if day < uitspraak:
        return (
            f"het contactmoment {short_date(day)} ligt vóór de uitspraakdatum "
            f"{short_date(uitspraak)}; alleen contacten sinds de uitspraak tellen"
        )
    return None


CLIENT_FIELDS = tuple(
    f.name for f in fields(ClientData) if f.name not in ("extra", "onbekend", "contacten")
)
