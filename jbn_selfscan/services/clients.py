"""Adding, changing, archiving and reading clients of the caseload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.caseload import (
    CLIENT_FIELDS,
    MAX_CONTACTS,
    ClientData,
    ClientValidationError,
    contact_date_problem,
)
from jbn_selfscan.domain.deadlines import marks_from_json, marks_to_json
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.scans import STAP_TO_CLIENT_FIELD, sync_step_answers
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Client, Contactmoment

STEP_DATE_FIELDS = frozenset(STAP_TO_CLIENT_FIELD.values())


@dataclass(frozen=True)
class ClientRecord:
    id: int
    data: ClientData
    gearchiveerd: bool


def to_data(row: Client) -> ClientData:
    values: dict[str, object] = {name: getattr(row, name) for name in CLIENT_FIELDS}
    values["maatregel"] = Maatregel(row.maatregel)
    values["onbekend"] = marks_from_json(row.startstappen_onbekend)
    values["contacten"] = tuple(moment.datum for moment in row.contactmomenten)
    return ClientData(**values)  # type: ignore[arg-type]


def _check_unique(session: Session, referentie: str, own_id: int | None) -> None:
    other = session.scalars(
        select(Client.id).where(Client.referentie == referentie.strip())
    ).first()
    if other is not None and other != own_id:
        raise ClientValidationError(
            {"referentie": f"zaakreferentie '{referentie.strip()}' bestaat al in de caseload"}
        )


def apply_data(session: Session, row: Client, data: ClientData, *, user: str, is_new: bool) -> None:
    """Copy `data` onto `row`, logging every changed field."""
    if data.onbekend is not None:
        _apply_marks(session, row, data.onbekend, user=user, is_new=is_new)
    if data.contacten is not None:
        _apply_contacts(session, row, data.contacten, user=user, is_new=is_new)
    step_date_changed = False
    for name in CLIENT_FIELDS:
        new = getattr(data, name)
        if isinstance(new, str):
            new = new.strip()
        if name == "maatregel":
            new = Maatregel(new).value
        old = None if is_new else getattr(row, name)
        if not is_new and old == new:
            continue
        setattr(row, name, new)
        step_date_changed = step_date_changed or name in STEP_DATE_FIELDS
        if not is_new:
            _log_client_change(session, row, user, name, old=old, new=new)
    if step_date_changed and not is_new:
        sync_step_answers(session, row, user)  # one source of truth: the open scan follows


def _apply_marks(
    session: Session, row: Client, marks: dict[str, str], *, user: str, is_new: bool
) -> None:
    new = marks_to_json(marks)
    old = row.startstappen_onbekend or ""
    if not is_new and new == old:
        return
    row.startstappen_onbekend = new
    if not is_new:
        _log_client_change(session, row, user, "startstappen_onbekend", old=old, new=new)


def _apply_contacts(
    session: Session, row: Client, days: Iterable[dt.date], *, user: str, is_new: bool
) -> None:
    """Make the client's contact moments exactly `days`, logging each one added or removed."""
    wanted = set(days)
    present = {moment.datum: moment for moment in row.contactmomenten}
    for day in sorted(present.keys() - wanted):
        row.contactmomenten.remove(present[day])
        _log_client_change(session, row, user, "contactmoment", old=day, new=None)
    for day in sorted(wanted - present.keys()):
        row.contactmomenten.append(Contactmoment(datum=day))
        if not is_new:
            _log_client_change(session, row, user, "contactmoment", old=None, new=day)
    row.contactmomenten.sort(key=lambda moment: moment.datum)


def _log_client_change(
    session: Session, row: Client, user: str, field: str, *, old: object, new: object
) -> None:
    """One changed field of a client in the change log, under the client's reference."""
    record_change(
        session,
        user=user,
        entity="client",
        entity_id=row.referentie,
        field=field,
        old=old,
        new=new,
        context=row.referentie,
    )


def add_contactmoment(
    ws: Workspace, client_id: int, day: dt.date, today: dt.date | None = None
) -> None:
    """Record a day of contact with the jeugdige; a day already recorded is left as it is."""
    with ws.db.session() as session, session.begin():
        row = session.get_one(Client, client_id)
        problem = contact_date_problem(day, row.uitspraakdatum, today or dt.date.today())
        if problem is not None:
            raise ClientValidationError({"contacten": problem})
        days = {moment.datum for moment in row.contactmomenten} | {day}
        if len(days) > MAX_CONTACTS:
            raise ClientValidationError(
                {"contacten": f"te veel contactmomenten (hoogstens {MAX_CONTACTS})"}
            )
        _apply_contacts(session, row, days, user=ws.user, is_new=False)


def remove_contactmoment(ws: Workspace, client_id: int, day: dt.date) -> None:
    """Remove a recorded day of contact; a day not recorded is no error."""
    with ws.db.session() as session, session.begin():
        row = session.get_one(Client, client_id)
        days = {moment.datum for moment in row.contactmomenten} - {day}
        _apply_contacts(session, row, days, user=ws.user, is_new=False)


def add_client(ws: Workspace, data: ClientData, today: dt.date | None = None) -> int:
    """Add a new client; raises ClientValidationError with per-field Dutch messages."""
    data.validated(today or dt.date.today())
    with ws.db.session() as session, session.begin():
        _check_unique(session, data.referentie, None)
        row = Client(medewerker=ws.user)
        apply_data(session, row, data, user=ws.user, is_new=True)
        session.add(row)
        session.flush()
        _log_client_change(session, row, ws.user, "aangemaakt", old=None, new=row.referentie)
        return row.id


def update_client(
    ws: Workspace, client_id: int, data: ClientData, today: dt.date | None = None
) -> None:
    data.validated(today or dt.date.today())
    with ws.db.session() as session, session.begin():
        row = session.get_one(Client, client_id)
        _check_unique(session, data.referentie, client_id)
        apply_data(session, row, data, user=ws.user, is_new=False)


def set_archived(ws: Workspace, client_id: int, archived: bool = True) -> None:
    with ws.db.session() as session, session.begin():
        row = session.get_one(Client, client_id)
        _log_client_change(
            session, row, ws.user, "gearchiveerd", old=row.gearchiveerd, new=archived
        )
        row.gearchiveerd = archived


def get_client(ws: Workspace, client_id: int) -> ClientRecord:
    with ws.db.session() as session:
        row = session.get_one(Client, client_id)
        return ClientRecord(id=row.id, data=to_data(row), gearchiveerd=row.gearchiveerd)


def list_clients(ws: Workspace, *, include_archived: bool = False) -> list[ClientRecord]:
    with ws.db.session() as session:
        query = select(Client).order_by(Client.referentie)
        if not include_archived:
            query = query.where(Client.gearchiveerd.is_(False))
        return [
            ClientRecord(id=row.id, data=to_data(row), gearchiveerd=row.gearchiveerd)
            for row in session.scalars(query)
        ]


def upsert_clients_in(
    session: Session, clients: Iterable[ClientData], *, user: str
) -> tuple[int, int]:
    """Insert or update by case reference inside the caller's transaction: (added, updated).

    Used by the caseload import: a step date the file leaves empty keeps its recorded value.
    """
    added = updated = 0
    existing = {row.referentie: row for row in session.scalars(select(Client))}
    for data in clients:
        ref = data.referentie.strip()
        row = existing.get(ref)
        if row is None:
            row = Client(medewerker=user)
            apply_data(session, row, data, user=user, is_new=True)
            session.add(row)
            existing[ref] = row
            added += 1
        else:
            if data.contacten is not None:  # a file adds contact moments, never removes one
                kept_contacts = {moment.datum for moment in row.contactmomenten}
                data = replace(data, contacten=tuple(sorted(kept_contacts | set(data.contacten))))
            # An empty cell or a missing column never wipes a step date already recorded (it
            # is also the open scan's answer): the worker clears one in the dialog or the scan.
            kept = {
                name: getattr(row, name)
                for name in sorted(STEP_DATE_FIELDS)
                if getattr(data, name) is None and getattr(row, name) is not None
            }
            apply_data(session, row, replace(data, **kept), user=user, is_new=False)
            row.gearchiveerd = False
            updated += 1
    return added, updated
