"""Editing a caseloadgesprek in preparation: texts, afspraken and acties.

Every call is its own short transaction (autosave-friendly), is change-logged and is refused
with `GesprekLockedError` once the gesprek is signed or cancelled. A change withdraws an akkoord
already given (see `gesprek_rules.touch`). Free text is stored as typed (only checked for
length and, where required, for being non-empty), so an autosaving editor never fights back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.gesprek_build import OWNER_ROLES, OwnerRole
from jbn_selfscan.services.gesprek_rules import (
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    GesprekError,
    GesprekNotFoundError,
    clean_name,
    ensure_writable,
    format_date,
    load_gesprek,
    log_gesprek,
    new_uid,
    touch,
    writable_gesprek,
)
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Actie, Afspraak, Caseloadgesprek, Client, Zelfscan

MAX_DEADLINE_YEARS = 2
OWNER_CHOICES = "vaste jeugdzorgwerker, praktijkbegeleider of anders"


def _typed_text(text: str, what: str, *, required: bool) -> str:
    if not isinstance(text, str):
        raise GesprekError(f"{what.capitalize()} moet tekst zijn.")
    if required and not text.strip():
        raise GesprekError(f"Vul {what} in.")
    if len(text) > MAX_TEXT_LENGTH:
        raise GesprekError(f"{what.capitalize()} is te lang (hoogstens {MAX_TEXT_LENGTH} tekens).")
    return text


def _set_gesprek_field(ws: Workspace, gesprek_id: int, field: str, value: str) -> None:
    with ws.db.session() as session, session.begin():
        gesprek = writable_gesprek(session, gesprek_id)
        old = getattr(gesprek, field)
        if old == value:
            return
        log_gesprek(session, gesprek, ws.user, field, old, value)
        setattr(gesprek, field, value)
        touch(session, gesprek, ws.user)


def set_opmerkingen(ws: Workspace, gesprek_id: int, text: str) -> None:
    _set_gesprek_field(
        ws, gesprek_id, "opmerkingen", _typed_text(text, "de opmerkingen", required=False)
    )


def set_bespreekpunten_algemeen(ws: Workspace, gesprek_id: int, text: str) -> None:
    value = _typed_text(text, "de algemene bespreekpunten", required=False)
    _set_gesprek_field(ws, gesprek_id, "bespreekpunten_algemeen", value)


def set_praktijkbegeleider(ws: Workspace, gesprek_id: int, naam: str) -> None:
    value = clean_name(naam, "de naam van de praktijkbegeleider", required=False)
    _set_gesprek_field(ws, gesprek_id, "praktijkbegeleider_naam", value)


def _client_in_gesprek(session: Session, gesprek: Caseloadgesprek, client_id: int | None) -> str:
    """The case reference of a client of this gesprek ('' for None)."""
    if client_id is None:
        return ""
    client = session.get(Client, client_id)
    in_gesprek = session.scalar(
        select(Zelfscan.id).where(
            Zelfscan.gesprek_id == gesprek.id, Zelfscan.client_id == client_id
        )
    )
    if client is None or in_gesprek is None:
        raise GesprekError("Deze cliënt hoort niet bij dit caseloadgesprek.")
    return client.referentie


def _log(
    session: Session,
    user: str,
    entity: str,
    uid: str,
    field: str,
    old: object,
    new: object,
    context: str,
) -> None:
    record_change(
        session,
        user=user,
        entity=entity,
        entity_id=uid,
        field=field,
        old=old,
        new=new,
        context=context,
    )


# --------------------------------------------------------------------------- afspraken


def _writable_afspraak(session: Session, afspraak_id: int) -> tuple[Afspraak, Caseloadgesprek]:
    afspraak = session.get(Afspraak, afspraak_id)
    if afspraak is None:
        raise GesprekNotFoundError("Deze afspraak bestaat niet (meer).")
    gesprek = load_gesprek(session, afspraak.gesprek_id)
    ensure_writable(gesprek)
    return afspraak, gesprek


def add_afspraak(ws: Workspace, gesprek_id: int, tekst: str, client_id: int | None = None) -> int:
    """Add an afspraak (about one client, or general when `client_id` is None); returns its id."""
    tekst = _typed_text(tekst, "de tekst van de afspraak", required=True)
    with ws.db.session() as session, session.begin():
        gesprek = writable_gesprek(session, gesprek_id)
        referentie = _client_in_gesprek(session, gesprek, client_id)
        afspraak = Afspraak(
            uid=new_uid(),
            gesprek_id=gesprek.id,
            client_id=client_id,
            tekst=tekst,
            created_by=ws.user[:MAX_NAME_LENGTH],
        )
        session.add(afspraak)
        session.flush()
        _log(session, ws.user, "afspraak", afspraak.uid, "tekst", None, tekst, referentie)
        touch(session, gesprek, ws.user)
        return afspraak.id


def update_afspraak(
    ws: Workspace, afspraak_id: int, tekst: str, client_id: int | None = None
) -> None:
    tekst = _typed_text(tekst, "de tekst van de afspraak", required=True)
    with ws.db.session() as session, session.begin():
        afspraak, gesprek = _writable_afspraak(session, afspraak_id)
        referentie = _client_in_gesprek(session, gesprek, client_id)
        if (afspraak.tekst, afspraak.client_id) == (tekst, client_id):
            return
        _log(session, ws.user, "afspraak", afspraak.uid, "tekst", afspraak.tekst, tekst, referentie)
        _log(
            session,
            ws.user,
            "afspraak",
            afspraak.uid,
            "client",
            afspraak.client_id,
            client_id,
            referentie,
        )
        afspraak.tekst, afspraak.client_id = tekst, client_id
        touch(session, gesprek, ws.user)


def delete_afspraak(ws: Workspace, afspraak_id: int) -> None:
    with ws.db.session() as session, session.begin():
        afspraak, gesprek = _writable_afspraak(session, afspraak_id)
        _log(session, ws.user, "afspraak", afspraak.uid, "verwijderd", afspraak.tekst, None, "")
        session.delete(afspraak)
        touch(session, gesprek, ws.user)


# --------------------------------------------------------------------------- acties


def parse_owner_role(value: str) -> OwnerRole:
    role = OWNER_ROLES.get(str(value).strip().casefold())
    if role is None:
        raise GesprekError(f"Kies wie de actie uitvoert: {OWNER_CHOICES}.")
    return role


def _check_deadline(deadline: dt.date | None, gesprek: Caseloadgesprek) -> None:
    """A deadline may lie in the past (a gesprek is often written up later), but not before
    the gesprek itself, nor more than two years after it."""
    if deadline is None:
        return
    if not isinstance(deadline, dt.date) or isinstance(deadline, dt.datetime):
        raise GesprekError("De deadline is geen geldige datum.")
    if deadline < gesprek.datum:
        raise GesprekError(
            f"De deadline ({format_date(deadline)}) ligt vóór de datum van het caseloadgesprek "
            f"({format_date(gesprek.datum)})."
        )
    if deadline > gesprek.datum + dt.timedelta(days=366 * MAX_DEADLINE_YEARS):
        raise GesprekError(
            f"De deadline ({format_date(deadline)}) ligt meer dan {MAX_DEADLINE_YEARS} jaar na "
            "het caseloadgesprek. Klopt de datum?"
        )


def _actie_values(
    omschrijving: str, eigenaar_rol: str, eigenaar_naam: str
) -> tuple[str, OwnerRole, str]:
    omschrijving = _typed_text(omschrijving, "wat de actie is", required=True)
    role = parse_owner_role(eigenaar_rol)
    naam = clean_name(eigenaar_naam, "de naam van wie de actie uitvoert", required=role == "anders")
    return omschrijving, role, naam


def _writable_actie(session: Session, actie_id: int) -> tuple[Actie, Caseloadgesprek]:
    actie = session.get(Actie, actie_id)
    if actie is None:
        raise GesprekNotFoundError("Deze actie bestaat niet (meer).")
    gesprek = load_gesprek(session, actie.gesprek_id)
    ensure_writable(gesprek)
    return actie, gesprek


def add_actie(
    ws: Workspace,
    gesprek_id: int,
    omschrijving: str,
    eigenaar_rol: str,
    eigenaar_naam: str = "",
    deadline: dt.date | None = None,
    client_id: int | None = None,
) -> int:
    """Add an actie with its owner ("anders" needs a name) and deadline; returns its id."""
    omschrijving, role, naam = _actie_values(omschrijving, eigenaar_rol, eigenaar_naam)
    with ws.db.session() as session, session.begin():
        gesprek = writable_gesprek(session, gesprek_id)
        _check_deadline(deadline, gesprek)
        referentie = _client_in_gesprek(session, gesprek, client_id)
        actie = Actie(
            uid=new_uid(),
            gesprek_id=gesprek.id,
            client_id=client_id,
            omschrijving=omschrijving,
            eigenaar_rol=role,
            eigenaar_naam=naam,
            deadline=deadline,
            status="open",
            status_toelichting="",
            created_by=ws.user[:MAX_NAME_LENGTH],
        )
        session.add(actie)
        session.flush()
        for field, new in (
            ("omschrijving", omschrijving),
            ("eigenaar", f"{role}: {naam}"),
            ("deadline", deadline),
        ):
            _log(session, ws.user, "actie", actie.uid, field, None, new, referentie)
        touch(session, gesprek, ws.user)
        return actie.id


def update_actie(
    ws: Workspace,
    actie_id: int,
    omschrijving: str,
    eigenaar_rol: str,
    eigenaar_naam: str = "",
    deadline: dt.date | None = None,
    client_id: int | None = None,
) -> None:
    omschrijving, role, naam = _actie_values(omschrijving, eigenaar_rol, eigenaar_naam)
    with ws.db.session() as session, session.begin():
        actie, gesprek = _writable_actie(session, actie_id)
        _check_deadline(deadline, gesprek)
        referentie = _client_in_gesprek(session, gesprek, client_id)
        changes = {
            "omschrijving": (actie.omschrijving, omschrijving),
            "eigenaar_rol": (actie.eigenaar_rol, role),
            "eigenaar_naam": (actie.eigenaar_naam, naam),
            "deadline": (actie.deadline, deadline),
            "client_id": (actie.client_id, client_id),
        }
        changed = {field: pair for field, pair in changes.items() if pair[0] != pair[1]}
        if not changed:
            return
        for field, (old, new) in changed.items():
            _log(session, ws.user, "actie", actie.uid, field, old, new, referentie)
            setattr(actie, field, new)
        touch(session, gesprek, ws.user)


def delete_actie(ws: Workspace, actie_id: int) -> None:
    with ws.db.session() as session, session.begin():
        actie, gesprek = _writable_actie(session, actie_id)
        _log(session, ws.user, "actie", actie.uid, "verwijderd", actie.omschrijving, None, "")
        session.delete(actie)
        touch(session, gesprek, ws.user)
