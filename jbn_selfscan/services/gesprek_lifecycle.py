"""The life of a caseloadgesprek after it started: sign-off, reopening, moving, cancelling.

Both akkoorden make a gesprek "getekend": read-only, with a frozen copy of its merged document
(`gesprek_versie`, kind "getekend"). Reopening needs a reason and makes a new version; the frozen
copy of the old version stays. Moving keeps the scans and remembers the original date;
cancelling releases the scans so nothing is lost and they join the next gesprek.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.dutch_dates import as_utc, local_date, long_date
from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.exchange.signing import is_signed_with_key, sign_akkoord, verify_akkoord
from jbn_selfscan.services.akkoord_trust import own_key
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.gesprek_build import build_live
from jbn_selfscan.services.gesprek_rules import (
    MAX_REASON_LENGTH,
    GesprekError,
    GesprekLockedError,
    check_gesprek_date,
    clean_name,
    clean_text,
    format_date,
    frozen_row,
    load_gesprek,
    log_gesprek,
    store_version,
    touch,
    withdraw_akkoorden,
    writable_gesprek,
)
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import (
    VERSIE_GETEKEND,
    Akkoord,
    Caseloadgesprek,
    Client,
    Zelfscan,
    utcnow,
)


def _role(rol: Role | str) -> Role:
    try:
        return Role(rol)
    except ValueError:
        raise GesprekError("Kies de rol: vaste jeugdzorgwerker of praktijkbegeleider.") from None


def not_yet_text(datum: dt.date) -> str:
    """Why a gesprek dated after today cannot be signed yet (Dutch)."""
    return (
        f"Dit caseloadgesprek staat op {long_date(datum)}. Je kunt het pas vanaf die dag tekenen."
    )


def sign_gesprek(
    ws: Workspace,
    gesprek_id: int,
    rol: Role | str,
    naam: str,
    *,
    at: dt.datetime | None = None,
    today: dt.date | None = None,
) -> GesprekStatus:
    """Record and sign the akkoord of one role; returns the gesprek's new status.

    The akkoord is signed with this installation's key (`exchange.signing`) over the content of
    this version. Signing again for the same role replaces that akkoord; an akkoord of the other
    role whose signature no longer holds for the content (the content changed since) lapses.
    When both roles have signed, the gesprek becomes "getekend" and its merged document is
    frozen. `at` (aware; naive is UTC) is the moment of signing, default now; `today` the
    Dutch day for the rule that a gesprek dated later cannot be signed yet, default the day of
    `at`.

    Raises:
        GesprekError: unknown role, empty name, a gesprek dated after `today`, a locked gesprek.
        SigningKeyError: this installation's key cannot be read or made.
    """
    role = _role(rol)
    naam = clean_name(naam, "je naam", required=True)
    moment = (utcnow() if at is None else as_utc(at)).replace(microsecond=0)
    day = local_date(moment) if today is None else today
    key = own_key(ws)
    with ws.db.session() as session, session.begin():
        gesprek = writable_gesprek(session, gesprek_id)
        if gesprek.datum > day:
            raise GesprekError(not_yet_text(gesprek.datum))
        row = session.scalars(
            select(Akkoord).where(Akkoord.gesprek_id == gesprek.id, Akkoord.rol == role.value)
        ).first()
        old = None if row is None else f"{row.naam} ({row.op.isoformat(timespec='seconds')})"
        if row is None:
            row = Akkoord(gesprek_id=gesprek.id, rol=role.value, naam=naam, op=moment)
            session.add(row)
        row.naam, row.op = naam, moment
        log_gesprek(
            session,
            gesprek,
            ws.user,
            f"akkoord_{role.value}",
            old,
            f"{naam} ({moment.isoformat(timespec='seconds')}, {key.fingerprint})",
        )
        if role is Role.PRAKTIJKBEGELEIDER and not gesprek.praktijkbegeleider_naam.strip():
            log_gesprek(session, gesprek, ws.user, "praktijkbegeleider_naam", "", naam)
            gesprek.praktijkbegeleider_naam = naam
        gesprek.updated_at = moment
        session.flush()
        doc = _signing_document(ws, session, gesprek)
        signed = sign_akkoord(key, doc, rol=role.value, naam=naam, op=moment)
        row.sleutel, row.handtekening, row.installatie = (
            signed.sleutel,
            signed.handtekening,
            signed.installatie,
        )
        _lapse_stale_akkoorden(session, ws.user, gesprek, doc, role)
        session.flush()
        signed_roles = {
            r.rol for r in session.scalars(select(Akkoord).where(Akkoord.gesprek_id == gesprek.id))
        }
        if signed_roles >= {r.value for r in Role}:
            log_gesprek(session, gesprek, ws.user, "status", gesprek.status, "getekend")
            gesprek.status = GesprekStatus.GETEKEND.value
            session.flush()
            if frozen_row(session, gesprek.uid, gesprek.versie) is None:
                store_version(
                    session,
                    _signing_document(ws, session, gesprek),
                    soort=VERSIE_GETEKEND,
                    user=ws.user,
                    reden="getekend door beide deelnemers",
                    at=moment,
                )
        return GesprekStatus(gesprek.status)


def _signing_document(ws: Workspace, session: Session, gesprek: Caseloadgesprek) -> MergedGesprek:
    """The document an akkoord covers: as the frozen copy and the export have it."""
    return build_live(
        session,
        gesprek,
        gesprek.datum,
        calendar=ws.calendar,
        start_phase_months=ws.start_phase_months,
    )


def _lapse_stale_akkoorden(
    session: Session, user: str, gesprek: Caseloadgesprek, doc: MergedGesprek, role: Role
) -> None:
    """Remove a signed akkoord of the other role that does not hold for `doc` any more."""
    for entry in doc.akkoord:
        if entry.rol is role or not is_signed_with_key(entry) or verify_akkoord(doc, entry):
            continue
        row = session.scalars(
            select(Akkoord).where(Akkoord.gesprek_id == gesprek.id, Akkoord.rol == entry.rol.value)
        ).one()
        log_gesprek(
            session,
            gesprek,
            user,
            f"akkoord_{row.rol}",
            f"{row.naam} (vervallen: de inhoud is gewijzigd na dit akkoord)",
            None,
        )
        session.delete(row)


def confirm_akkoord(
    ws: Workspace, gesprek_id: int, rol: Role | str, naam: str, *, at: dt.datetime | None = None
) -> str:
    """Sign an akkoord of a signed version again, from this installation; returns the
    fingerprint it was signed with.

    For an akkoord given on another installation (one shared laptop): the person imports the
    signed file on their own installation, checks it, confirms here and exports it back. The
    content does not change; the akkoord gets this installation's signature, in the live rows
    and in the frozen copy of the version. Only the person named in the akkoord confirms it.
    """
    role = _role(rol)
    naam = clean_name(naam, "je naam", required=True)
    moment = (utcnow() if at is None else as_utc(at)).replace(microsecond=0)
    key = own_key(ws)
    with ws.db.session() as session, session.begin():
        gesprek = load_gesprek(session, gesprek_id)
        if gesprek.status != GesprekStatus.GETEKEND.value:
            raise GesprekError(
                "Alleen een akkoord van een getekend caseloadgesprek kan worden bevestigd; "
                "geef anders gewoon je akkoord."
            )
        row = session.scalars(
            select(Akkoord).where(Akkoord.gesprek_id == gesprek.id, Akkoord.rol == role.value)
        ).first()
        if row is None or " ".join(row.naam.split()).casefold() != naam.casefold():
            raise GesprekError(
                "Je kunt alleen je eigen akkoord bevestigen: typ de naam zoals die bij het "
                "akkoord staat."
            )
        frozen = frozen_row(session, gesprek.uid, gesprek.versie)
        doc = (
            MergedGesprek.model_validate_json(frozen.document)
            if frozen is not None
            else _signing_document(ws, session, gesprek)
        )
        signed = sign_akkoord(key, doc, rol=role.value, naam=row.naam, op=moment)
        old = f"{row.naam} ({row.installatie or 'zonder sleutel'})"
        row.op, row.sleutel, row.handtekening, row.installatie = (
            moment,
            signed.sleutel,
            signed.handtekening,
            signed.installatie,
        )
        if frozen is not None:
            akkoorden = tuple(signed if a.rol is role else a for a in doc.akkoord)
            frozen.document = doc.model_copy(update={"akkoord": akkoorden}).model_dump_json()
        log_gesprek(
            session,
            gesprek,
            ws.user,
            f"akkoord_{role.value}_bevestigd",
            old,
            f"{row.naam} ({moment.isoformat(timespec='seconds')}, {key.fingerprint})",
        )
        return key.fingerprint


def reopen_gesprek(ws: Workspace, gesprek_id: int, reden: str) -> int:
    """Reopen a signed gesprek as a new version (returned); the akkoorden are cleared.

    The frozen copy of the signed version stays; the reason is kept as `wijzigingsreden`.
    """
    reden = clean_text(
        reden, "de reden om het gesprek te heropenen", required=True, max_length=MAX_REASON_LENGTH
    )
    with ws.db.session() as session, session.begin():
        gesprek = load_gesprek(session, gesprek_id)
        if gesprek.status != GesprekStatus.GETEKEND.value:
            raise GesprekError("Alleen een getekend caseloadgesprek kan worden heropend.")
        if frozen_row(session, gesprek.uid, gesprek.versie) is None:
            store_version(
                session,
                build_live(
                    session,
                    gesprek,
                    gesprek.datum,
                    calendar=ws.calendar,
                    start_phase_months=ws.start_phase_months,
                ),
                soort=VERSIE_GETEKEND,
                user=ws.user,
                reden="getekende versie, vastgelegd bij heropenen",
            )
        withdraw_akkoorden(session, gesprek, ws.user, "heropend")
        log_gesprek(session, gesprek, ws.user, "heropend", None, reden)
        log_gesprek(session, gesprek, ws.user, "versie", gesprek.versie, gesprek.versie + 1)
        log_gesprek(session, gesprek, ws.user, "status", gesprek.status, "in_voorbereiding")
        gesprek.versie += 1
        gesprek.status = GesprekStatus.IN_VOORBEREIDING.value
        gesprek.wijzigingsreden = reden
        gesprek.updated_at = utcnow()
        return gesprek.versie


def move_gesprek(
    ws: Workspace, gesprek_id: int, new_date: dt.date, reden: str, today: dt.date | None = None
) -> None:
    """Move a gesprek in preparation to another date; its scans stay with it.

    The first date is remembered as `oorspronkelijke_datum`; the reason goes to the change log.
    """
    reden = clean_text(
        reden, "de reden van het verplaatsen", required=True, max_length=MAX_REASON_LENGTH
    )
    check_gesprek_date(new_date, today or dt.date.today(), "De nieuwe datum")
    with ws.db.session() as session, session.begin():
        gesprek = writable_gesprek(session, gesprek_id)
        if new_date == gesprek.datum:
            raise GesprekError(f"Het caseloadgesprek staat al op {format_date(new_date)}.")
        if gesprek.oorspronkelijke_datum is None:
            gesprek.oorspronkelijke_datum = gesprek.datum
        log_gesprek(session, gesprek, ws.user, "datum", gesprek.datum, new_date)
        log_gesprek(session, gesprek, ws.user, "reden_verplaatsing", None, reden)
        gesprek.datum = new_date
        touch(session, gesprek, ws.user)


def cancel_gesprek(ws: Workspace, gesprek_id: int, reden: str) -> int:
    """Cancel a gesprek in preparation; its scans are released for the next gesprek.

    Returns the number of scans released. Afspraken and acties stay with the cancelled gesprek.
    """
    reden = clean_text(
        reden, "de reden van het annuleren", required=True, max_length=MAX_REASON_LENGTH
    )
    with ws.db.session() as session, session.begin():
        gesprek = load_gesprek(session, gesprek_id)
        if gesprek.status == GesprekStatus.GETEKEND.value:
            raise GesprekLockedError("Een getekend caseloadgesprek kan niet worden geannuleerd.")
        if gesprek.status == GesprekStatus.GEANNULEERD.value:
            raise GesprekError("Dit caseloadgesprek is al geannuleerd.")
        scans = session.execute(
            select(Zelfscan, Client.referentie)
            .join(Client, Client.id == Zelfscan.client_id)
            .where(Zelfscan.gesprek_id == gesprek.id)
        )
        released = 0
        for scan, referentie in scans:
            record_change(
                session,
                user=ws.user,
                entity="zelfscan",
                entity_id=scan.id,
                field="gesprek",
                old=gesprek.uid,
                new=None,
                context=referentie,
            )
            scan.gesprek_id = None
            released += 1
        withdraw_akkoorden(session, gesprek, ws.user, "geannuleerd")
        log_gesprek(session, gesprek, ws.user, "status", gesprek.status, "geannuleerd")
        log_gesprek(session, gesprek, ws.user, "annuleringsreden", gesprek.annuleringsreden, reden)
        gesprek.status = GesprekStatus.GEANNULEERD.value
        gesprek.annuleringsreden = reden
        gesprek.updated_at = utcnow()
        return released
