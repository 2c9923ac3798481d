"""The life of a caseloadgesprek after it started: sign-off, reopening, moving, cancelling.

Both akkoorden make a gesprek "getekend": read-only, with a frozen copy of its merged document
(`gesprek_versie`, kind "getekend"). Reopening needs a reason and makes a new version; the frozen
copy of the old version stays. Moving keeps the scans and remembers the original date;
cancelling releases the scans so nothing is lost and they join the next gesprek.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from jbn_selfscan.domain.dutch_dates import as_utc
from jbn_selfscan.domain.types import GesprekStatus, Role
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
from jbn_selfscan.store.models import VERSIE_GETEKEND, Akkoord, Client, Zelfscan, utcnow


def _role(rol: Role | str) -> Role:
    try:
        return Role(rol)
    except ValueError:
        raise GesprekError("Kies de rol: vaste jeugdzorgwerker of praktijkbegeleider.") from None


def sign_gesprek(
    ws: Workspace, gesprek_id: int, rol: Role | str, naam: str, *, at: dt.datetime | None = None
) -> GesprekStatus:
    """Record the akkoord of one role (name and time); returns the gesprek's new status.

    Signing again for the same role replaces that akkoord. When both roles have signed, the
    gesprek becomes "getekend" and its merged document is frozen. `at` (aware; naive is UTC) is
    the moment of signing; the default is now.
    """
    role = _role(rol)
    naam = clean_name(naam, "je naam", required=True)
    moment = utcnow() if at is None else as_utc(at)
    with ws.db.session() as session, session.begin():
        gesprek = writable_gesprek(session, gesprek_id)
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
            f"{naam} ({moment.isoformat(timespec='seconds')})",
        )
        if role is Role.PRAKTIJKBEGELEIDER and not gesprek.praktijkbegeleider_naam.strip():
            log_gesprek(session, gesprek, ws.user, "praktijkbegeleider_naam", "", naam)
            gesprek.praktijkbegeleider_naam = naam
        gesprek.updated_at = moment
        session.flush()
        signed = {
            r.rol for r in session.scalars(select(Akkoord).where(Akkoord.gesprek_id == gesprek.id))
        }
        if signed >= {r.value for r in Role}:
            log_gesprek(session, gesprek, ws.user, "status", gesprek.status, "getekend")
            gesprek.status = GesprekStatus.GETEKEND.value
            session.flush()
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
                    reden="getekend door beide deelnemers",
                    at=moment,
                )
        return GesprekStatus(gesprek.status)


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
