"""Shared rules of the caseloadgesprek services: errors, input checks, locking, frozen copies.

A gesprek is editable while it is "in voorbereiding". Any change to its content withdraws an
akkoord already given (the akkoord covered the content as it was); both akkoorden make it
"getekend", read-only, with a frozen copy of the merged document in `gesprek_versie`.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.errors import LockedError, UserFacingError
from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.domain.types import GesprekStatus
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.store.models import (
    VERSIE_GETEKEND,
    Akkoord,
    Caseloadgesprek,
    GesprekVersie,
    utcnow,
)

MAX_TEXT_LENGTH = 20_000
MAX_NAME_LENGTH = 200
MAX_REASON_LENGTH = 2000
# Dates a gesprek may have: not too far back (a typo) or ahead (the holiday calendar ends).
EARLIEST_GESPREK_DATE = dt.date(2020, 1, 1)
MAX_YEARS_AHEAD = 2


class GesprekError(UserFacingError, ValueError):
    """A caseloadgesprek action that cannot be done (Dutch message for the user)."""


class GesprekNotFoundError(GesprekError):
    """The gesprek (or its afspraak/actie) does not exist (any more)."""


class GesprekLockedError(LockedError, GesprekError):
    """The gesprek is signed (or cancelled) and can no longer change."""


def new_uid() -> str:
    return uuid.uuid4().hex


def format_date(day: dt.date) -> str:
    """'16-11-2026', the short Dutch date used in messages."""
    return short_date(day)


def load_gesprek(session: Session, gesprek_id: int) -> Caseloadgesprek:
    gesprek = session.get(Caseloadgesprek, gesprek_id)
    if gesprek is None:
        raise GesprekNotFoundError(f"Caseloadgesprek {gesprek_id} bestaat niet (meer).")
    return gesprek


def ensure_writable(gesprek: Caseloadgesprek) -> None:
    if gesprek.status == GesprekStatus.GETEKEND.value:
        raise GesprekLockedError(
            "Dit caseloadgesprek is getekend en kan niet meer veranderen. "
            "Heropen het (met een reden) om iets te wijzigen."
        )
    if gesprek.status == GesprekStatus.GEANNULEERD.value:
        raise GesprekLockedError("Dit caseloadgesprek is geannuleerd en kan niet meer veranderen.")


def writable_gesprek(session: Session, gesprek_id: int) -> Caseloadgesprek:
    gesprek = load_gesprek(session, gesprek_id)
    ensure_writable(gesprek)
    return gesprek


def context_of(gesprek: Caseloadgesprek) -> str:
    """Change-log context naming the gesprek."""
    return f"caseloadgesprek {format_date(gesprek.datum)} ({gesprek.medewerker_naam})"


def log_gesprek(
    session: Session, gesprek: Caseloadgesprek, user: str, field: str, old: object, new: object
) -> None:
    record_change(
        session,
        user=user,
        entity="caseloadgesprek",
        entity_id=gesprek.uid,
        field=field,
        old=old,
        new=new,
        context=context_of(gesprek),
    )


def withdraw_akkoorden(session: Session, gesprek: Caseloadgesprek, user: str, why: str) -> int:
    """Remove the akkoorden of the gesprek (change-logged); returns how many there were."""
    rows = list(session.scalars(select(Akkoord).where(Akkoord.gesprek_id == gesprek.id)))
    for row in rows:
        log_gesprek(session, gesprek, user, f"akkoord_{row.rol}", f"{row.naam} ({why})", None)
        session.delete(row)
    return len(rows)


def touch(session: Session, gesprek: Caseloadgesprek, user: str) -> None:
    """Mark a content change: new `updated_at`, and an akkoord given earlier no longer holds."""
    gesprek.updated_at = utcnow()
    withdraw_akkoorden(session, gesprek, user, "vervallen door een wijziging")


def clean_text(text: str, what: str, *, required: bool, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Trimmed text; raises GesprekError when empty (if required) or too long."""
    if not isinstance(text, str):
        raise GesprekError(f"{what.capitalize()} moet tekst zijn.")
    cleaned = text.strip()
    if required and not cleaned:
        raise GesprekError(f"Vul {what} in.")
    if len(cleaned) > max_length:
        raise GesprekError(f"{what.capitalize()} is te lang (hoogstens {max_length} tekens).")
    return cleaned


def clean_name(naam: str, what: str, *, required: bool) -> str:
    """A person's name with single spaces; raises GesprekError when empty or too long."""
    if not isinstance(naam, str):
        raise GesprekError(f"{what.capitalize()} moet tekst zijn.")
    return clean_text(" ".join(naam.split()), what, required=required, max_length=MAX_NAME_LENGTH)


def check_gesprek_date(datum: dt.date, today: dt.date, what: str = "De datum") -> None:
    if not isinstance(datum, dt.date) or isinstance(datum, dt.datetime):
        raise GesprekError(f"{what} is geen geldige datum.")
    latest = today + dt.timedelta(days=366 * MAX_YEARS_AHEAD)
    if datum < EARLIEST_GESPREK_DATE:
        raise GesprekError(f"{what} ({format_date(datum)}) ligt te ver in het verleden.")
    if datum > latest:
        raise GesprekError(
            f"{what} ({format_date(datum)}) ligt meer dan {MAX_YEARS_AHEAD} jaar vooruit."
        )


def frozen_row(session: Session, uid: str, versie: int) -> GesprekVersie | None:
    return session.scalars(
        select(GesprekVersie).where(
            GesprekVersie.gesprek_uid == uid,
            GesprekVersie.versie == versie,
            GesprekVersie.soort == VERSIE_GETEKEND,
        )
    ).first()


def frozen_document(session: Session, uid: str, versie: int) -> MergedGesprek | None:
    """The signed copy of one version, as it was signed (None when there is none)."""
    row = frozen_row(session, uid, versie)
    return None if row is None else MergedGesprek.model_validate_json(row.document)


def store_version(
    session: Session,
    doc: MergedGesprek,
    *,
    soort: str,
    user: str,
    reden: str,
    at: dt.datetime | None = None,
) -> GesprekVersie:
    """Keep `doc` as a `gesprek_versie` row of kind `soort` (inside the caller's transaction)."""
    row = GesprekVersie(
        gesprek_uid=doc.gesprek.uid,
        versie=doc.gesprek.versie,
        soort=soort,
        document=doc.model_dump_json(),
        vastgelegd_op=at or utcnow(),
        vastgelegd_door=user[:MAX_NAME_LENGTH],
        reden=reden,
    )
    session.add(row)
    return row
