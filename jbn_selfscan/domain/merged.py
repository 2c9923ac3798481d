"""The merged caseloadgesprek document: zelfscan plus outcome of the gesprek.

This is the single in-memory shape shared by the exchange file (JSON, see
`jbn_selfscan.exchange`) and the PDF (see `jbn_selfscan.report`). Services build it from the
store; the exchange layer adds the checksum when writing and checks it when reading.
Field names are Dutch where they are domain nouns, so the file reads naturally for functioneel
beheer.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from jbn_selfscan.domain.dutch_dates import local
from jbn_selfscan.domain.types import (
    ActieStatus,
    GesprekStatus,
    ItemStatus,
    Maatregel,
    Role,
    ScanStatus,
    Theme,
)

FORMAT_NAME = "jbn-selfscan-caseloadgesprek"
FORMAT_VERSION = 2
# Versions this app reads: 1 has akkoorden without signatures.
READABLE_FORMAT_VERSIONS = (1, 2)

ShortText = Field(max_length=200)
LongText = Field(max_length=20_000)


# A moment is written with its Dutch UTC offset ("2026-05-12T15:10:00+02:00"), so the file
# shows the same time as the screen and the PDF; a moment without offset is UTC (the rule).
def _local_moment(value: dt.datetime) -> dt.datetime:
    """The moment in Dutch time. A moment that cannot be expressed there (year 1 with a
    positive offset, say) stays as written: the file's range check then refuses it in Dutch,
    naming the field (exchange.merged_file), instead of the conversion crashing."""
    try:
        return local(value)
    except OverflowError:
        return value


Moment = Annotated[dt.datetime, AfterValidator(_local_moment)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Persoon(_Frozen):
    naam: str = Field(min_length=1, max_length=200)
    rol: Role


class ChecklistItemText(_Frozen):
    """An item as it was worded when the scan was made (old files stay readable)."""

    id: str = Field(min_length=1, max_length=100)
    thema: Theme
    vraag: str = LongText
    norm: str = Field(default="", max_length=50)
    antwoordtype: Literal["keuze", "datum", "getal", "tekst"]


class ChecklistRef(_Frozen):
    id: str = Field(min_length=1, max_length=100)
    versie: int = Field(ge=1)
    titel: str = ShortText
    items: tuple[ChecklistItemText, ...] = Field(max_length=1000)


class Antwoord(_Frozen):
    item_id: str = Field(min_length=1, max_length=100)
    waarde: str | None = Field(default=None, max_length=2000)
    toelichting: str = LongText
    ingevuld_op: Moment | None = None
    ingevuld_door: str = Field(default="", max_length=200)


class ItemOordeel(_Frozen):
    item_id: str = Field(min_length=1, max_length=100)
    status: ItemStatus
    reden: str = Field(default="", max_length=2000)


class ThemaOordeel(_Frozen):
    thema: Theme
    status: ItemStatus
    reden: str = Field(default="", max_length=2000)


class Termijn(_Frozen):
    """One computed deadline of a client, with the explanation shown to the user."""

    stap: str = Field(min_length=1, max_length=100)
    omschrijving: str = ShortText
    deadline: dt.date | None
    gedaan_op: dt.date | None = None
    status: str = ShortText
    uitleg: str = LongText


class Scan(_Frozen):
    status: ScanStatus
    antwoorden: tuple[Antwoord, ...] = Field(default=(), max_length=1000)
    item_oordelen: tuple[ItemOordeel, ...] = Field(default=(), max_length=1000)
    thema_oordelen: tuple[ThemaOordeel, ...] = Field(default=(), max_length=10)
    bespreekpunten: str = LongText
    bijgewerkt_op: Moment | None = None


class Client(_Frozen):
    referentie: str = Field(min_length=1, max_length=50)
    initialen: str = Field(default="", max_length=20)
    pseudoniem: str = Field(min_length=1, max_length=50)
    maatregel: Maatregel
    regio: str = Field(default="", max_length=100)
    team: str = Field(default="", max_length=100)
    contactpersoon: str = Field(default="", max_length=200)
    uitspraakdatum: dt.date
    einddatum: dt.date | None = None
    scan: Scan | None = None
    termijnen: tuple[Termijn, ...] = Field(default=(), max_length=50)
    # the recorded days of contact with the jeugdige (voogdij counts them), oldest first
    contactmomenten: tuple[dt.date, ...] = Field(default=(), max_length=500)


class Afspraak(_Frozen):
    uid: str = Field(min_length=1, max_length=64)
    tekst: str = Field(min_length=1, max_length=20_000)
    client_referentie: str | None = Field(default=None, max_length=50)


class Actie(_Frozen):
    uid: str = Field(min_length=1, max_length=64)
    omschrijving: str = Field(min_length=1, max_length=20_000)
    eigenaar_rol: Literal["jeugdbeschermer", "praktijkbegeleider", "anders"]
    eigenaar_naam: str = Field(default="", max_length=200)
    deadline: dt.date | None = None
    status: ActieStatus = ActieStatus.OPEN
    status_toelichting: str = LongText
    client_referentie: str | None = Field(default=None, max_length=50)
    uit_gesprek_uid: str = Field(min_length=1, max_length=64)


class Akkoord(_Frozen):
    """One person's akkoord. Since format version 2 it may carry the Ed25519 signature of the
    installation where it was given (`exchange.signing`); without one it is a record only."""

    rol: Role
    naam: str = Field(min_length=1, max_length=200)
    op: Moment
    # Raw public key of the signer's installation, base64 (32 bytes).
    sleutel: str | None = Field(default=None, pattern=r"^[A-Za-z0-9+/]{43}=$")
    # Ed25519 signature over the akkoord statement, base64 (64 bytes).
    handtekening: str | None = Field(default=None, pattern=r"^[A-Za-z0-9+/]{86}==$")
    # Where it was given: the fingerprint of that installation's key.
    installatie: str | None = Field(
        default=None, pattern=r"^[0-9A-F]{4}( [0-9A-F]{4}){4}$", max_length=24
    )


class ThemaTelling(_Frozen):
    """Count of clients per theme status, for the comparison with the previous gesprek."""

    thema: Theme
    op_orde: int = Field(ge=0)
    aandacht: int = Field(ge=0)
    niet_op_orde: int = Field(ge=0)
    nvt: int = Field(ge=0)
    nog_niet_ingevuld: int = Field(ge=0)


class VorigGesprek(_Frozen):
    uid: str = Field(min_length=1, max_length=64)
    datum: dt.date
    telling: tuple[ThemaTelling, ...] = Field(max_length=10)


class Gesprek(_Frozen):
    uid: str = Field(min_length=1, max_length=64)
    versie: int = Field(ge=1)
    datum: dt.date
    periode_van: dt.date | None = None
    periode_tot: dt.date | None = None
    status: GesprekStatus
    medewerker: Persoon
    praktijkbegeleider: Persoon | None = None
    opmerkingen: str = LongText
    bespreekpunten_algemeen: str = LongText
    wijzigingsreden: str = Field(default="", max_length=2000)
    bijgewerkt_op: Moment


class MergedGesprek(_Frozen):
    """The whole merged caseloadgesprek (everything in the file except the checksum)."""

    format: Literal["jbn-selfscan-caseloadgesprek"] = "jbn-selfscan-caseloadgesprek"
    format_version: Literal[1, 2] = 2
    app_versie: str = Field(min_length=1, max_length=50)
    gesprek: Gesprek
    checklist: ChecklistRef
    clients: tuple[Client, ...] = Field(default=(), max_length=2000)
    afspraken: tuple[Afspraak, ...] = Field(default=(), max_length=2000)
    acties: tuple[Actie, ...] = Field(default=(), max_length=2000)
    akkoord: tuple[Akkoord, ...] = Field(default=(), max_length=2)
    vorig_gesprek: VorigGesprek | None = None

    @property
    def is_signed(self) -> bool:
        return {a.rol for a in self.akkoord} == set(Role)
