"""ORM tables (SQLAlchemy 2.0 typed declarative).

Schema changes go through Alembic only (`store/migrations/`). Constraint names follow a naming
convention so batch migrations on SQLite can alter them later.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from jbn_selfscan.domain.dutch_dates import as_utc, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now as aware UTC, the form every stored moment has in Python."""
    return utc_now()


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment: aware UTC in Python, naive UTC text in SQLite (which has no time zone type).

    Writing converts an aware moment to UTC; a naive one is taken to be UTC already (what
    databases made before this type hold). Reading attaches UTC again, so code never sees a
    naive moment and screens, PDF and export all convert the same instant to Dutch time.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else as_utc(value).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else as_utc(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Profile(Base):
    """The user of this installation (one row)."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    rol: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class Client(Base):
    """One maatregel in a worker's caseload, identified by case reference and initials."""

    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    referentie: Mapped[str] = mapped_column(String(50), unique=True)
    initialen: Mapped[str] = mapped_column(String(20), default="")
    maatregel: Mapped[str] = mapped_column(String(20))
    regio: Mapped[str] = mapped_column(String(100), default="")
    team: Mapped[str] = mapped_column(String(100), default="")
    medewerker: Mapped[str] = mapped_column(String(200), default="")
    # "jeugdbeschermer" (vaste jeugdzorgwerker), "ccp" or "crt" (only a contactpersoon)
    contact_type: Mapped[str] = mapped_column(String(30), default="jeugdbeschermer")
    contactpersoon: Mapped[str] = mapped_column(String(200), default="")
    uitspraakdatum: Mapped[dt.date] = mapped_column(Date)
    einddatum: Mapped[dt.date | None] = mapped_column(Date)
    eerste_f2f: Mapped[dt.date | None] = mapped_column(Date)
    eerste_pva: Mapped[dt.date | None] = mapped_column(Date)
    eerste_risicotaxatie: Mapped[dt.date | None] = mapped_column(Date)
    hulp_gestart: Mapped[dt.date | None] = mapped_column(Date)
    laatste_risicotaxatie: Mapped[dt.date | None] = mapped_column(Date)
    laatste_pva_evaluatie: Mapped[dt.date | None] = mapped_column(Date)
    laatste_contact_kind: Mapped[dt.date | None] = mapped_column(Date)
    # start-phase steps marked "onbekend / vóór overdracht": JSON {stap: reden}, "" for none
    startstappen_onbekend: Mapped[str] = mapped_column(Text, default="", server_default="")
    gearchiveerd: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    scans: Mapped[list[Zelfscan]] = relationship(back_populates="client")
    contactmomenten: Mapped[list[Contactmoment]] = relationship(
        back_populates="client",
        order_by="Contactmoment.datum",
        cascade="all, delete-orphan",
        lazy="selectin",  # the deadlines of every client in the overview count them
    )


class Contactmoment(Base):
    """A day the worker had contact with the jeugdige; voogdij counts them (4 a year)."""

    __tablename__ = "contactmoment"
    __table_args__ = (UniqueConstraint("client_id", "datum"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"), index=True)
    datum: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    client: Mapped[Client] = relationship(back_populates="contactmomenten")


class Caseloadgesprek(Base):
    """One meeting of a worker with the praktijkbegeleider; `versie` grows after sign-off edits."""

    __tablename__ = "caseloadgesprek"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    versie: Mapped[int] = mapped_column(Integer, default=1)
    datum: Mapped[dt.date] = mapped_column(Date)
    periode_van: Mapped[dt.date | None] = mapped_column(Date)
    periode_tot: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), default="in_voorbereiding")
    medewerker_naam: Mapped[str] = mapped_column(String(200))
    praktijkbegeleider_naam: Mapped[str] = mapped_column(String(200), default="")
    opmerkingen: Mapped[str] = mapped_column(Text, default="")
    bespreekpunten_algemeen: Mapped[str] = mapped_column(Text, default="")
    wijzigingsreden: Mapped[str] = mapped_column(Text, default="")
    annuleringsreden: Mapped[str] = mapped_column(Text, default="")
    oorspronkelijke_datum: Mapped[dt.date | None] = mapped_column(Date)
    # What an imported file carried from earlier gesprekken this installation does not hold:
    # JSON {"acties": [...], "vorig_gesprek": {...} | null} in the merged-file form, or NULL.
    meegenomen: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    scans: Mapped[list[Zelfscan]] = relationship(back_populates="gesprek")
    afspraken: Mapped[list[Afspraak]] = relationship(back_populates="gesprek")
    acties: Mapped[list[Actie]] = relationship(back_populates="gesprek")
    akkoorden: Mapped[list[Akkoord]] = relationship(back_populates="gesprek")


class Zelfscan(Base):
    """The scan of one client's dossier, made with one exact checklist version."""

    __tablename__ = "zelfscan"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"), index=True)
    gesprek_id: Mapped[int | None] = mapped_column(
        ForeignKey("caseloadgesprek.id", ondelete="RESTRICT"), index=True
    )
    checklist_id: Mapped[str] = mapped_column(String(100))
    checklist_versie: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(30), default="concept")
    bespreekpunten: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    client: Mapped[Client] = relationship(back_populates="scans")
    gesprek: Mapped[Caseloadgesprek | None] = relationship(back_populates="scans")
    answers: Mapped[list[Answer]] = relationship(back_populates="scan")


class Answer(Base):
    """One answer of a scan, keyed by the checklist item's stable id."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("zelfscan_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    zelfscan_id: Mapped[int] = mapped_column(
        ForeignKey("zelfscan.id", ondelete="RESTRICT"), index=True
    )
    item_id: Mapped[str] = mapped_column(String(100))
    waarde: Mapped[str | None] = mapped_column(String(2000))
    toelichting: Mapped[str] = mapped_column(Text, default="")
    ongewijzigd_bevestigd: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    answered_by: Mapped[str] = mapped_column(String(200), default="")

    scan: Mapped[Zelfscan] = relationship(back_populates="answers")


class Afspraak(Base):
    __tablename__ = "afspraak"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    gesprek_id: Mapped[int] = mapped_column(
        ForeignKey("caseloadgesprek.id", ondelete="RESTRICT"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    tekst: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")

    gesprek: Mapped[Caseloadgesprek] = relationship(back_populates="afspraken")


class Actie(Base):
    """An action agreed in a gesprek; its status is reported in the next zelfscan."""

    __tablename__ = "actie"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    gesprek_id: Mapped[int] = mapped_column(
        ForeignKey("caseloadgesprek.id", ondelete="RESTRICT"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    omschrijving: Mapped[str] = mapped_column(Text)
    eigenaar_rol: Mapped[str] = mapped_column(String(30))
    eigenaar_naam: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), default="open")
    status_toelichting: Mapped[str] = mapped_column(Text, default="")
    status_bijgewerkt_op: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")

    gesprek: Mapped[Caseloadgesprek] = relationship(back_populates="acties")


class Akkoord(Base):
    """Sign-off of one role on one version of a gesprek."""

    __tablename__ = "akkoord"
    __table_args__ = (UniqueConstraint("gesprek_id", "rol"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    gesprek_id: Mapped[int] = mapped_column(
        ForeignKey("caseloadgesprek.id", ondelete="RESTRICT"), index=True
    )
    rol: Mapped[str] = mapped_column(String(30))
    naam: Mapped[str] = mapped_column(String(200))
    op: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # The signature of the installation where it was given (migration 0005); all three are
    # NULL for an akkoord without one (given before signing existed, or read from an old file).
    sleutel: Mapped[str | None] = mapped_column(String(64))
    handtekening: Mapped[str | None] = mapped_column(String(100))
    installatie: Mapped[str | None] = mapped_column(String(30))

    gesprek: Mapped[Caseloadgesprek] = relationship(back_populates="akkoorden")


class AkkoordSleutel(Base):
    """The public key pinned for a counterpart on the first file that carried their signed
    akkoord (trust on first use); a file signed with another key for that name is refused."""

    __tablename__ = "akkoord_sleutel"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The name folded for comparison (case and spaces do not count).
    naam_sleutel: Mapped[str] = mapped_column(String(200), unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    sleutel: Mapped[str] = mapped_column(String(64))
    vingerafdruk: Mapped[str] = mapped_column(String(30))
    vastgelegd_op: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    bron: Mapped[str] = mapped_column(String(300), default="")


# Kinds of GesprekVersie rows: the frozen copy of a signed version, and the state a gesprek had
# before an imported file replaced it.
VERSIE_GETEKEND = "getekend"
VERSIE_VERVANGEN = "vervangen"


class GesprekVersie(Base):
    """A frozen copy (merged-file JSON) of a gesprek version.

    `soort` "getekend": the signed version (at most one per uid and versie); "vervangen": the
    state before an import replaced it (migration 0002).
    """

    __tablename__ = "gesprek_versie"
    __table_args__ = (
        Index(
            "uq_gesprek_versie_getekend",
            "gesprek_uid",
            "versie",
            unique=True,
            sqlite_where=text("soort = 'getekend'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    gesprek_uid: Mapped[str] = mapped_column(String(64), index=True)
    versie: Mapped[int] = mapped_column(Integer)
    soort: Mapped[str] = mapped_column(
        String(20), default=VERSIE_GETEKEND, server_default=VERSIE_GETEKEND
    )
    document: Mapped[str] = mapped_column(Text)
    vastgelegd_op: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    vastgelegd_door: Mapped[str] = mapped_column(String(200), default="")
    reden: Mapped[str] = mapped_column(Text, default="")


class ChangeLog(Base):
    """Append-only record of every change (who, when, what, old → new).

    Triggers created by the migration refuse UPDATE and DELETE on this table.
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(100))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    context: Mapped[str] = mapped_column(String(200), default="")
