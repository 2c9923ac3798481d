"""The change history shown to the user: one checklist item of a scan, or one caseloadgesprek.

Rows come from the append-only change log and are returned as frozen, display-ready rows
(Dutch labels, dates as dd-mm-jjjj, choices as their label), oldest first. The screens never
see the session or the raw log.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.checklist import ChecklistItem
from jbn_selfscan.domain.dutch_dates import as_utc, moment_text, short_date
from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.types import ActieStatus, GesprekStatus, ScanStatus
from jbn_selfscan.services import checklists
from jbn_selfscan.services.gesprek_rules import load_gesprek
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import (
    Actie,
    Afspraak,
    ChangeLog,
    Client,
    GesprekVersie,
    Zelfscan,
)

__all__ = ["HistoryRow", "ScanNotFoundError", "gesprek_history", "item_history"]

_ISO_DATETIME = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?\b"
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

_GESPREK_FIELDS = {
    "aangemaakt": "Gesprek aangemaakt",
    "datum": "Datum",
    "oorspronkelijke_datum": "Oorspronkelijke datum",
    "periode_van": "Periode vanaf",
    "periode_tot": "Periode tot en met",
    "reden_verplaatsing": "Reden van verplaatsen",
    "status": "Status",
    "annuleringsreden": "Reden van annuleren",
    "heropend": "Heropend na ondertekening, reden",
    "wijzigingsreden": "Reden van wijziging",
    "versie": "Versie",
    "opmerkingen": "Opmerkingen",
    "bespreekpunten_algemeen": "Algemene bespreekpunten",
    "praktijkbegeleider_naam": "Praktijkbegeleider",
    "medewerker_naam": "Medewerker",
    "akkoord_jeugdbeschermer": "Akkoord vaste jeugdzorgwerker",
    "akkoord_praktijkbegeleider": "Akkoord praktijkbegeleider",
    "geexporteerd": "Geëxporteerd",
    "pdf_gemaakt": "PDF gemaakt",
    "geimporteerd": "Ingelezen uit een bestand",
    "meegenomen": "Uit het bestand meegenomen (vorige keer)",
}
_ACTIE_FIELDS = {
    "aangemaakt": "toegevoegd",
    "verwijderd": "verwijderd",
    "omschrijving": "omschrijving",
    "eigenaar": "eigenaar",
    "eigenaar_rol": "eigenaar (rol)",
    "eigenaar_naam": "eigenaar (naam)",
    "deadline": "deadline",
    "client": "cliënt",
    "client_id": "cliënt",
    "status": "status",
    "status_toelichting": "toelichting bij de status",
}
_AFSPRAAK_FIELDS = {
    "aangemaakt": "toegevoegd",
    "verwijderd": "verwijderd",
    "tekst": "tekst",
    "client": "cliënt",
    "client_id": "cliënt",
}
_AKKOORD_FIELDS = {"naam": "Akkoord: naam", "op": "Akkoord: tijdstip"}
_ITEM_FIELDS = {"waarde": "Antwoord", "toelichting": "Toelichting"}
_STATUS_LABELS: dict[str, str] = {
    **{s.value: s.label for s in GesprekStatus},
    **{s.value: s.label for s in ActieStatus},
    ScanStatus.CONCEPT.value: "concept",
    ScanStatus.AFGEROND.value: "afgerond",
}


class ScanNotFoundError(UserFacingError, LookupError):
    """The zelfscan does not exist (any more)."""


@dataclass(frozen=True)
class HistoryRow:
    """One change: when (aware, UTC), who, what (a Dutch label) and old → new as text."""

    at: dt.datetime
    user: str
    wat: str
    oud: str
    nieuw: str


# --------------------------------------------------------------------------- value texts


def _dates_in(text: str) -> str:
    """ISO dates and moments inside a stored text as the user reads them (in Dutch time)."""

    def shown(match: re.Match[str]) -> str:
        year, month, day, hour, minute = (int(part) for part in match.groups()[:5])
        offset = match.group(6) or ""
        try:
            moment = dt.datetime(year, month, day, hour, minute)
            return moment_text(dt.datetime.fromisoformat(f"{moment.isoformat()}{offset}"))
        except ValueError:
            return match.group(0)

    if _ISO_DATE.match(text) is not None:
        try:
            return short_date(dt.date.fromisoformat(text))
        except ValueError:
            return text
    return _ISO_DATETIME.sub(shown, text)


def _general_value(field: str, raw: str | None) -> str:
    if raw is None:
        return ""
    if field == "status" and raw in _STATUS_LABELS:
        return _STATUS_LABELS[raw]
    return _dates_in(raw)


def _answer_value(item: ChecklistItem | None, raw: str | None) -> str:
    if raw is None or raw == "":
        return ""
    if item is not None and item.answer_type == "keuze":
        choice = item.choice(raw)
        return choice.label if choice is not None else raw
    if item is not None and item.answer_type == "getal":
        return raw.replace(".", ",")
    return _dates_in(raw)


def _row(change: ChangeLog, wat: str, oud: str, nieuw: str) -> HistoryRow:
    return HistoryRow(
        at=as_utc(change.at),
        user=change.user,
        wat=wat,
        oud=oud,
        nieuw=nieuw,
    )


def _changes(session: Session, entity: str, entity_ids: set[str]) -> list[ChangeLog]:
    if not entity_ids:
        return []
    query = select(ChangeLog).where(
        ChangeLog.entity == entity, ChangeLog.entity_id.in_(sorted(entity_ids))
    )
    return list(session.scalars(query))


# --------------------------------------------------------------------------- one item


def _checklist_item(scan: Zelfscan, item_id: str) -> ChecklistItem | None:
    try:
        checklist = checklists.version(scan.checklist_id, scan.checklist_versie)
    except checklists.UnknownChecklistError:
        return None
    return next((item for item in checklist.items if item.id == item_id), None)


def item_history(ws: Workspace, scan_id: int, item_id: str) -> list[HistoryRow]:
    """Every change of one answer (value and toelichting) in one scan, oldest first."""
    with ws.db.session() as session:
        scan = session.get(Zelfscan, scan_id)
        if scan is None:
            raise ScanNotFoundError("Deze zelfscan bestaat niet (meer).")
        item = _checklist_item(scan, item_id)
        rows = []
        for change in _changes(session, "antwoord", {f"{scan_id}/{item_id}"}):
            if change.field == "waarde":
                old, new = _answer_value(item, change.old), _answer_value(item, change.new)
            else:
                old, new = change.old or "", change.new or ""
            wat = _ITEM_FIELDS.get(change.field, _fallback_label(change.field))
            rows.append((change.id, _row(change, wat, old, new)))
        return [row for _id, row in sorted(rows, key=lambda pair: pair[0])]


# --------------------------------------------------------------------------- one gesprek


def _fallback_label(field: str) -> str:
    text = field.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _uids_in_versions(session: Session, gesprek_uid: str) -> tuple[set[str], set[str]]:
    """Afspraak and actie uids of this gesprek found in its frozen or replaced versions."""
    afspraken: set[str] = set()
    acties: set[str] = set()
    documents = session.scalars(
        select(GesprekVersie.document).where(GesprekVersie.gesprek_uid == gesprek_uid)
    )
    for document in documents:
        try:
            data = json.loads(document)
        except ValueError:
            continue
        afspraken |= {str(a.get("uid")) for a in data.get("afspraken", ()) if a.get("uid")}
        acties |= {
            str(a.get("uid"))
            for a in data.get("acties", ())
            if a.get("uid") and a.get("uit_gesprek_uid") == gesprek_uid
        }
    return afspraken, acties


def _client_refs(session: Session) -> dict[str, str]:
    return {
        str(client_id): referentie
        for client_id, referentie in session.execute(select(Client.id, Client.referentie))
    }


def _part_value(field: str, raw: str | None, refs: dict[str, str]) -> str:
    if field in ("client", "client_id"):
        return "algemeen" if raw in (None, "", "None") else refs.get(str(raw), str(raw))
    if field == "eigenaar" and raw is not None:  # "rol: naam", the name may be empty
        return raw.removesuffix(":").removesuffix(": ").strip()
    return _general_value(field, raw)


def _part_rows(
    session: Session, entity: str, uids: set[str], labels: dict[str, str], noun: str
) -> list[tuple[int, HistoryRow]]:
    refs = _client_refs(session)
    rows = []
    for change in _changes(session, entity, uids):
        field_label = labels.get(change.field, change.field.replace("_", " "))
        about = f" ({change.context})" if change.context else ""
        rows.append(
            (
                change.id,
                _row(
                    change,
                    f"{noun}{about}: {field_label}",
                    _part_value(change.field, change.old, refs),
                    _part_value(change.field, change.new, refs),
                ),
            )
        )
    return rows


def gesprek_history(ws: Workspace, gesprek_id: int) -> list[HistoryRow]:
    """The changes of one caseloadgesprek, its akkoorden, afspraken and acties; oldest first.

    Afspraken and acties are found by the rows they have now and by the versions kept of the
    gesprek; one added and deleted again before any version was kept is not listed.
    """
    with ws.db.session() as session:
        gesprek = load_gesprek(session, gesprek_id)
        rows: list[tuple[int, HistoryRow]] = []
        for change in _changes(session, "caseloadgesprek", {gesprek.uid}):
            wat = _GESPREK_FIELDS.get(change.field, _fallback_label(change.field))
            old = _general_value(change.field, change.old)
            new = _general_value(change.field, change.new)
            rows.append((change.id, _row(change, wat, old, new)))
        for change in _changes(session, "akkoord", {gesprek.uid}):
            wat = _AKKOORD_FIELDS.get(change.field, _fallback_label(change.field))
            old = _general_value(change.field, change.old)
            new = _general_value(change.field, change.new)
            rows.append((change.id, _row(change, wat, old, new)))
        kept_afspraken, kept_acties = _uids_in_versions(session, gesprek.uid)
        afspraken = set(
            session.scalars(select(Afspraak.uid).where(Afspraak.gesprek_id == gesprek.id))
        )
        acties = set(session.scalars(select(Actie.uid).where(Actie.gesprek_id == gesprek.id)))
        rows += _part_rows(
            session, "afspraak", afspraken | kept_afspraken, _AFSPRAAK_FIELDS, "Afspraak"
        )
        rows += _part_rows(session, "actie", acties | kept_acties, _ACTIE_FIELDS, "Actie")
        return [row for _id, row in sorted(rows, key=lambda pair: pair[0])]
