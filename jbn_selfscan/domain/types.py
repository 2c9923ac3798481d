"""Shared value types of the domain (enums with their Dutch labels)."""

from __future__ import annotations

from enum import StrEnum

from jbn_selfscan.domain.dutch_dates import plural


class Maatregel(StrEnum):
    """The three kinds of court-ordered measure."""

    OTS = "OTS"
    VOOGDIJ = "Voogdij"
    JR = "JR"

    @property
    def label(self) -> str:
        return {
            Maatregel.OTS: "OTS (ondertoezichtstelling)",
            Maatregel.VOOGDIJ: "Voogdij",
            Maatregel.JR: "JR (jeugdreclassering)",
        }[self]

    @classmethod
    def parse(cls, text: str) -> Maatregel:
        """Parse a user-typed maatregel, case-insensitively ("ots", "voogdij", "Jr")."""
        wanted = text.strip().casefold()
        for member in cls:
            if member.value.casefold() == wanted:
                return member
        raise ValueError(f"onbekende maatregel '{text}' (kies OTS, Voogdij of JR)")


class Role(StrEnum):
    JEUGDBESCHERMER = "jeugdbeschermer"
    PRAKTIJKBEGELEIDER = "praktijkbegeleider"


class Theme(StrEnum):
    """The four themes of the zelfscan, in display order."""

    NAVOLGBAARHEID = "navolgbaarheid"
    ZICHT_OP_VEILIGHEID = "zicht_op_veiligheid"
    CONTACTFREQUENTIE = "contactfrequentie"
    PVA_STATUS = "pva_status"

    @property
    def label(self) -> str:
        return {
            Theme.NAVOLGBAARHEID: "Navolgbaarheid",
            Theme.ZICHT_OP_VEILIGHEID: "Zicht op veiligheid",
            Theme.CONTACTFREQUENTIE: "Contactfrequentie",
            Theme.PVA_STATUS: "PvA-status",
        }[self]


class ItemStatus(StrEnum):
    """Status of one checklist item or one theme, worst first in `severity`."""

    NIET_OP_ORDE = "niet_op_orde"
    AANDACHT = "aandacht"
    NOG_NIET_INGEVULD = "nog_niet_ingevuld"
    OP_ORDE = "op_orde"
    NVT = "nvt"

    @property
    def label(self) -> str:
        return {
            ItemStatus.OP_ORDE: "op orde",
            ItemStatus.AANDACHT: "aandacht",
            ItemStatus.NIET_OP_ORDE: "niet op orde",
            ItemStatus.NVT: "n.v.t.",
            ItemStatus.NOG_NIET_INGEVULD: "nog niet ingevuld",
        }[self]

    @property
    def severity(self) -> int:
        """Higher is worse; used to combine item statuses into a theme status."""
        return _ITEM_SEVERITY[self]  # a constant table: this runs ~40 times per client


_ITEM_SEVERITY = {
    ItemStatus.NVT: 0,
    ItemStatus.OP_ORDE: 1,
    ItemStatus.NOG_NIET_INGEVULD: 2,
    ItemStatus.AANDACHT: 3,
    ItemStatus.NIET_OP_ORDE: 4,
}


class ScanStatus(StrEnum):
    CONCEPT = "concept"
    AFGEROND = "afgerond"


class ActieStatus(StrEnum):
    OPEN = "open"
    LOOPT = "loopt"
    AFGEROND = "afgerond"
    NIET_GELUKT = "niet_gelukt"

    @property
    def label(self) -> str:
        return {
            ActieStatus.OPEN: "open",
            ActieStatus.LOOPT: "loopt",
            ActieStatus.AFGEROND: "afgerond",
            ActieStatus.NIET_GELUKT: "niet gelukt",
        }[self]


class GesprekStatus(StrEnum):
    IN_VOORBEREIDING = "in_voorbereiding"
    GETEKEND = "getekend"
    GEANNULEERD = "geannuleerd"

    @property
    def label(self) -> str:
        return {
            GesprekStatus.IN_VOORBEREIDING: "in voorbereiding",
            GesprekStatus.GETEKEND: "getekend",
            GesprekStatus.GEANNULEERD: "geannuleerd",
        }[self]


class DeadlineState(StrEnum):
    """Where one deadline stands; the user-facing text adds the number of days."""

    OP_TIJD = "op_tijd"  # done on or before the deadline
    TE_LAAT = "te_laat"  # done, but after the deadline
    OPEN = "open"  # not done, deadline not passed ("open — nog N werkdagen")
    VERLOPEN = "verlopen"  # not done, deadline passed ("verlopen sinds N dagen")
    NIET_VAN_TOEPASSING = "nvt"  # rule does not apply, or start event unknown
    # a start-phase step without a date whose start phase lies before the cut-off, or one the
    # worker marked "onbekend / vóór overdracht": not judged, does not drive the next deadline
    ONBEKEND = "onbekend"
    # a one-off step dated before the uitspraak: the same rule the client dialog applies
    ONGELDIG = "ongeldig"


class Unit(StrEnum):
    """The unit of a term (deadline engine, checklist terms)."""

    WERKDAGEN = "werkdagen"
    WEKEN = "weken"
    MAANDEN = "maanden"

    def describe(self, count: int) -> str:
        """ "5 werkdagen", "1 maand", "6 weken"."""
        return plural(count, _UNIT_SINGULAR[self], self.value)


_UNIT_SINGULAR = {Unit.WERKDAGEN: "werkdag", Unit.WEKEN: "week", Unit.MAANDEN: "maand"}


class Bron(StrEnum):
    """Where a term comes from: the law, the inspection's toetsingskader or a JBN agreement."""

    WET = "wet"
    INSPECTIE = "inspectie"
    JBN = "jbn"

    @property
    def label(self) -> str:
        return {
            Bron.WET: "wettelijke termijn",
            Bron.INSPECTIE: "maatstaf van de inspectie (toetsingskader)",
            Bron.JBN: "werkafspraak van JBN",
        }[self]
