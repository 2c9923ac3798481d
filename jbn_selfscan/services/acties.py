"""Open acties of earlier caseloadgesprekken, and the worker's report on how they went.

An actie is agreed in a signed gesprek and comes back in the next zelfscan round: per client
inside that client's scan, the general ones (no client) in a section of their own. The worker
reports its status (afgerond / loopt / niet gelukt) with a note.

"This round" starts when the most recent gesprek was signed. An actie is shown when it belongs
to a signed gesprek and is still open or running, or when its status was reported in this round
(so a report stays visible, and can be corrected, until the next gesprek is signed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.types import ActieStatus, GesprekStatus
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Actie, Akkoord, Caseloadgesprek, Client, utcnow

MAX_NOTE_LENGTH = 5000
_STILL_OPEN = (ActieStatus.OPEN.value, ActieStatus.LOOPT.value)


class ActieError(UserFacingError, ValueError):
    """A status report that cannot be stored (Dutch message)."""


@dataclass(frozen=True)
class ActieView:
    """One actie as the scan screen shows it (plain values, no ORM object)."""

    id: int
    uid: str
    omschrijving: str
    eigenaar_rol: str
    eigenaar_naam: str
    deadline: dt.date | None
    status: ActieStatus
    status_toelichting: str
    status_bijgewerkt_op: dt.datetime | None
    gesprek_datum: dt.date
    client_referentie: str | None


def round_started_at(session: Session) -> dt.datetime | None:
    """When the most recent gesprek was signed (last akkoord, else its last change); None: never."""
    signed_at = (
        select(func.coalesce(func.max(Akkoord.op), Caseloadgesprek.updated_at))
        .select_from(Caseloadgesprek)
        .outerjoin(Akkoord, Akkoord.gesprek_id == Caseloadgesprek.id)
        .where(Caseloadgesprek.status == GesprekStatus.GETEKEND.value)
        .group_by(Caseloadgesprek.id)
    )
    moments = [moment for moment in session.scalars(signed_at) if moment is not None]
    return max(moments) if moments else None


def _shown_in_this_round(session: Session) -> ColumnElement[bool]:
    still_open = Actie.status.in_(_STILL_OPEN)
    start = round_started_at(session)
    if start is None:
        return still_open
    reported_now = and_(
        Actie.status_bijgewerkt_op.is_not(None), Actie.status_bijgewerkt_op >= start
    )
    return or_(still_open, reported_now)


def _views(session: Session, client_filter: ColumnElement[bool]) -> list[ActieView]:
    query = (
        select(Actie, Caseloadgesprek.datum, Client.referentie)
        .join(Caseloadgesprek, Caseloadgesprek.id == Actie.gesprek_id)
        .outerjoin(Client, Client.id == Actie.client_id)
        .where(
            Caseloadgesprek.status == GesprekStatus.GETEKEND.value,
            client_filter,
            _shown_in_this_round(session),
        )
        .order_by(Caseloadgesprek.datum, Actie.deadline.is_(None), Actie.deadline, Actie.id)
    )
    return [_view(actie, datum, referentie) for actie, datum, referentie in session.execute(query)]


def _view(actie: Actie, gesprek_datum: dt.date, referentie: str | None) -> ActieView:
    return ActieView(
        id=actie.id,
        uid=actie.uid,
        omschrijving=actie.omschrijving,
        eigenaar_rol=actie.eigenaar_rol,
        eigenaar_naam=actie.eigenaar_naam,
        deadline=actie.deadline,
        status=ActieStatus(actie.status),
        status_toelichting=actie.status_toelichting,
        status_bijgewerkt_op=actie.status_bijgewerkt_op,
        gesprek_datum=gesprek_datum,
        client_referentie=referentie,
    )


def open_acties_for_client(ws: Workspace, client_id: int) -> list[ActieView]:
    """Acties about this client from signed gesprekken that still need (or got) a report."""
    with ws.db.session() as session:
        return _views(session, Actie.client_id == client_id)


def general_open_acties(ws: Workspace) -> list[ActieView]:
    """Acties without a client (about the caseload or the worker) that need a report."""
    with ws.db.session() as session:
        return _views(session, Actie.client_id.is_(None))


def parse_status(value: ActieStatus | str) -> ActieStatus:
    try:
        return ActieStatus(value)
    except ValueError:
        labels = ", ".join(status.label for status in ActieStatus)
        raise ActieError(f"Onbekende status '{value}'. Kies een van: {labels}.") from None


def report_actie_status(
    ws: Workspace,
    actie_id: int,
    status: ActieStatus | str,
    toelichting: str,
    *,
    at: dt.datetime | None = None,
) -> ActieView:
    """Store the worker's report on one actie (status and note), change-logged.

    `at` is the moment of the report (naive UTC, as stored); None: now.

    Raises:
        ActieError: unknown status, note too long, unknown actie, or an actie that is not (or
            no longer) open for a report in this round.
    """
    new_status = parse_status(status)
    if len(toelichting) > MAX_NOTE_LENGTH:
        raise ActieError(f"De toelichting is te lang (hoogstens {MAX_NOTE_LENGTH} tekens).")
    with ws.db.session() as session, session.begin():
        row = session.execute(
            select(Actie, Caseloadgesprek.datum, Client.referentie)
            .join(Caseloadgesprek, Caseloadgesprek.id == Actie.gesprek_id)
            .outerjoin(Client, Client.id == Actie.client_id)
            .where(Actie.id == actie_id)
        ).first()
        if row is None:
            raise ActieError("Deze actie bestaat niet (meer).")
        actie, gesprek_datum, referentie = row
        _check_reportable(session, actie)
        _apply(
            session,
            actie,
            new_status,
            toelichting,
            user=ws.user,
            context=referentie or "",
            at=at or utcnow(),
        )
        return _view(actie, gesprek_datum, referentie)


def _check_reportable(session: Session, actie: Actie) -> None:
    gesprek = session.get_one(Caseloadgesprek, actie.gesprek_id)
    if gesprek.status != GesprekStatus.GETEKEND.value:
        raise ActieError(
            "Over deze actie kun je nog niets melden: het caseloadgesprek waarin ze is "
            "afgesproken, is nog niet getekend."
        )
    reportable = session.scalar(
        select(func.count())
        .select_from(Actie)
        .where(Actie.id == actie.id, _shown_in_this_round(session))
    )
    if not reportable:
        raise ActieError(
            "De status van deze actie is al in een vorig caseloadgesprek besproken en kan niet "
            "meer veranderen."
        )


def _apply(
    session: Session,
    actie: Actie,
    status: ActieStatus,
    toelichting: str,
    *,
    user: str,
    context: str,
    at: dt.datetime,
) -> None:
    if actie.status == status.value and actie.status_toelichting == toelichting:
        return
    for field, old, new in (
        ("status", actie.status, status.value),
        ("status_toelichting", actie.status_toelichting, toelichting),
    ):
        record_change(
            session,
            user=user,
            entity="actie",
            entity_id=actie.uid,
            field=field,
            old=old,
            new=new,
            context=context,
        )
    actie.status = status.value
    actie.status_toelichting = toelichting
    actie.status_bijgewerkt_op = at
