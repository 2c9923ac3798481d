"""The user's profile: name and role, asked at first start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.types import Role
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Profile


@dataclass(frozen=True)
class ProfileData:
    naam: str
    rol: Role


class ProfileError(UserFacingError, ValueError):
    """Invalid profile input (Dutch message)."""


def get_profile(ws: Workspace) -> ProfileData | None:
    with ws.db.session() as session:
        row = session.scalars(select(Profile).order_by(Profile.id)).first()
        return None if row is None else ProfileData(naam=row.naam, rol=Role(row.rol))


def save_profile(ws: Workspace, naam: str, rol: Role) -> ProfileData:
    naam = " ".join(naam.split())
    if not naam:
        raise ProfileError("Vul je naam in.")
    if len(naam) > 200:
        raise ProfileError("De naam is te lang (hoogstens 200 tekens).")
    with ws.db.session() as session, session.begin():
        row = session.scalars(select(Profile).order_by(Profile.id)).first()
        if row is None:
            row = Profile(naam=naam, rol=rol.value)
            session.add(row)
            record_change(
                session, user=naam, entity="profiel", entity_id=1, field="naam", old=None, new=naam
            )
        else:
            record_change(
                session,
                user=naam,
                entity="profiel",
                entity_id=row.id,
                field="naam",
                old=row.naam,
                new=naam,
            )
            record_change(
                session,
                user=naam,
                entity="profiel",
                entity_id=row.id,
                field="rol",
                old=row.rol,
                new=rol.value,
            )
            row.naam, row.rol = naam, rol.value
    ws.user = naam
    return ProfileData(naam=naam, rol=rol)
