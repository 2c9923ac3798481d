"""Recording changes in the append-only change log (who, when, what, old → new)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.store.models import ChangeLog, utcnow


def record_change(
    session: Session,
    *,
    user: str,
    entity: str,
    entity_id: object,
    field: str,
    old: object,
    new: object,
    context: str = "",
    at: dt.datetime | None = None,
) -> None:
    """Add one change-log row inside the caller's transaction; unchanged values are skipped.

    `at` (aware) is when the change was made, for writes that carry their own moment (the
    demo's answers of past weeks); by default now.
    """
    old_text = None if old is None else str(old)
    new_text = None if new is None else str(new)
    if old_text == new_text:
        return
    session.add(
        ChangeLog(
            at=utcnow() if at is None else at,
            user=user,
            entity=entity,
            entity_id=str(entity_id),
            field=field,
            old=old_text,
            new=new_text,
            context=context[:200],
        )
    )


def history(
    session: Session, *, entity: str, entity_id: object, field: str | None = None
) -> list[ChangeLog]:
    """The changes of one entity (optionally one field), oldest first."""
    query = select(ChangeLog).where(
        ChangeLog.entity == entity, ChangeLog.entity_id == str(entity_id)
    )
    if field is not None:
        query = query.where(ChangeLog.field == field)
    return list(session.scalars(query.order_by(ChangeLog.id)))
