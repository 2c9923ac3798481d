"""Regenerate the merged-file JSON schema and the documented example file.

Run from the project root after changing `jbn_selfscan/domain/merged.py`:

    .venv/bin/python tools/generate_schema.py          # write both files
    .venv/bin/python tools/generate_schema.py --check  # exit 1 when a file is out of date

Writes `jbn_selfscan/exchange/caseloadgesprek.schema.json` (shipped in the package) and
`docs/example-caseloadgesprek.json` (a fictitious gesprek; every name and number is made up).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from jbn_selfscan.domain.merged import (
    Actie,
    Afspraak,
    Akkoord,
    Antwoord,
    ChecklistItemText,
    ChecklistRef,
    Client,
    Gesprek,
    ItemOordeel,
    MergedGesprek,
    Persoon,
    Scan,
    Termijn,
    ThemaOordeel,
    ThemaTelling,
    VorigGesprek,
)
from jbn_selfscan.domain.types import (
    ActieStatus,
    GesprekStatus,
    ItemStatus,
    Maatregel,
    Role,
    ScanStatus,
    Theme,
)
from jbn_selfscan.exchange.merged_file import (
    SCHEMA_FILE_NAME,
    build_json_schema,
    schema_text,
    to_json_bytes,
)
from jbn_selfscan.exchange.signing import InstallationKey, sign_akkoord

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "jbn_selfscan" / "exchange" / SCHEMA_FILE_NAME
EXAMPLE_PATH = ROOT / "docs" / "example-caseloadgesprek.json"

_CEST = dt.timezone(dt.timedelta(hours=2))
_GESPREK_UID = "7d3f9a2c-5b1e-4c8a-9f60-2e4b7a1c9d05"
_VORIG_UID = "1a6e0c44-93b2-4f7d-8e15-6c2d0b9f3a71"


def _checklist() -> ChecklistRef:
    def item(id_: str, thema: Theme, vraag: str, norm: str, soort: str) -> ChecklistItemText:
        return ChecklistItemText.model_validate(
            {"id": id_, "thema": thema, "vraag": vraag, "norm": norm, "antwoordtype": soort}
        )

    return ChecklistRef(
        id="dossier-zelfscan",
        versie=1,
        titel="Dossier zelfscan",
        items=(
            item(
                "nav-01",
                Theme.NAVOLGBAARHEID,
                "Staat er een actueel beeld van het kind in het dossier?",
                "3.3",
                "keuze",
            ),
            item(
                "nav-02",
                Theme.NAVOLGBAARHEID,
                "Zijn intern en interdisciplinair overleg vastgelegd?",
                "3.2",
                "keuze",
            ),
            item(
                "vei-01",
                Theme.ZICHT_OP_VEILIGHEID,
                "Datum van de laatste risicotaxatie (ARIJ of LIJ)",
                "3.5",
                "datum",
            ),
            item(
                "vei-02",
                Theme.ZICHT_OP_VEILIGHEID,
                "Is met het kind zelf over veiligheid gesproken?",
                "3.4",
                "keuze",
            ),
            item(
                "con-01",
                Theme.CONTACTFREQUENTIE,
                "Datum van het eerste face-to-face contact (1e F2F)",
                "1a.3",
                "datum",
            ),
            item(
                "con-02",
                Theme.CONTACTFREQUENTIE,
                "Datum van het laatste gesprek met het kind alleen",
                "3.1",
                "datum",
            ),
            item(
                "pva-01",
                Theme.PVA_STATUS,
                "Datum waarop het eerste plan van aanpak is vastgesteld",
                "1b.3",
                "datum",
            ),
            item(
                "pva-02",
                Theme.PVA_STATUS,
                "Welke reacties hadden ouders en kind op het PvA?",
                "1b.1",
                "tekst",
            ),
        ),
    )


def _client_ots() -> Client:
    filled = dt.datetime(2026, 5, 7, 16, 20, tzinfo=_CEST)
    return Client(
        referentie="OTS-2025-0412",
        initialen="J.K.",
        pseudoniem="Client A",
        maatregel=Maatregel.OTS,
        regio="Groningen",
        team="Groningen Stad 1",
        uitspraakdatum=dt.date(2025, 11, 3),
        scan=Scan(
            status=ScanStatus.AFGEROND,
            antwoorden=(
                Antwoord(
                    item_id="nav-01",
                    waarde="ja",
                    toelichting="Beeld bijgewerkt na het MDO van april.",
                    ingevuld_op=filled,
                    ingevuld_door="M. Bakker",
                ),
                Antwoord(
                    item_id="vei-01",
                    waarde="2026-01-20",
                    toelichting="ARIJ afgenomen, uitkomst midden; uitleg staat in het dossier.",
                    ingevuld_op=filled,
                    ingevuld_door="M. Bakker",
                ),
                Antwoord(
                    item_id="vei-02",
                    waarde="deels",
                    toelichting="Alleen tijdens het huisbezoek, niet apart.",
                    ingevuld_op=filled,
                    ingevuld_door="M. Bakker",
                ),
                Antwoord(
                    item_id="con-01",
                    waarde="2025-11-07",
                    toelichting="",
                    ingevuld_op=filled,
                    ingevuld_door="M. Bakker",
                ),
                Antwoord(
                    item_id="pva-01",
                    waarde="2025-12-19",
                    toelichting="Samen met moeder en kind opgesteld.",
                    ingevuld_op=filled,
                    ingevuld_door="M. Bakker",
                ),
            ),
            item_oordelen=(
                ItemOordeel(
                    item_id="vei-01",
                    status=ItemStatus.AANDACHT,
                    reden="Risicotaxatie is ouder dan 3 maanden.",
                ),
                ItemOordeel(
                    item_id="vei-02",
                    status=ItemStatus.AANDACHT,
                    reden="Nog geen gesprek met het kind alleen over veiligheid.",
                ),
            ),
            thema_oordelen=(
                ThemaOordeel(thema=Theme.NAVOLGBAARHEID, status=ItemStatus.OP_ORDE),
                ThemaOordeel(
                    thema=Theme.ZICHT_OP_VEILIGHEID,
                    status=ItemStatus.AANDACHT,
                    reden="Risicotaxatie verouderd.",
                ),
                ThemaOordeel(thema=Theme.CONTACTFREQUENTIE, status=ItemStatus.OP_ORDE),
                ThemaOordeel(thema=Theme.PVA_STATUS, status=ItemStatus.OP_ORDE),
            ),
            bespreekpunten="Nieuwe risicotaxatie voor of na het kernbesluit plannen?",
            bijgewerkt_op=filled,
        ),
        termijnen=(
            Termijn(
                stap="eerste_f2f",
                omschrijving="1e F2F-contact",
                deadline=dt.date(2025, 11, 10),
                gedaan_op=dt.date(2025, 11, 7),
                status="op tijd",
                uitleg="Uitspraak ma 3 november 2025 + 5 werkdagen = ma 10 november 2025.",
            ),
            Termijn(
                stap="eerste_pva",
                omschrijving="1e plan van aanpak",
                deadline=dt.date(2025, 12, 15),
                gedaan_op=dt.date(2025, 12, 19),
                status="te laat (4 dagen)",
                uitleg="Uitspraak ma 3 november 2025 + 6 weken = ma 15 december 2025.",
            ),
            Termijn(
                stap="risicotaxatie_actueel",
                omschrijving="Risicotaxatie actueel",
                deadline=dt.date(2026, 4, 20),
                status="verlopen sinds 22 dagen",
                uitleg="Laatste risicotaxatie di 20 januari 2026 + 3 maanden = ma 20 april 2026.",
            ),
        ),
    )


def _client_voogdij() -> Client:
    filled = dt.datetime(2026, 5, 8, 9, 45, tzinfo=_CEST)
    return Client(
        referentie="VGD-2024-0088",
        initialen="S.B.",
        pseudoniem="Client B",
        maatregel=Maatregel.VOOGDIJ,
        regio="Groningen",
        team="Groningen Stad 1",
        uitspraakdatum=dt.date(2024, 6, 17),
        scan=Scan(
            status=ScanStatus.AFGEROND,
            antwoorden=(
                Antwoord(
                    item_id="con-02",
                    waarde="2026-04-28",
                    toelichting="Op school gesproken, zonder pleegouders erbij.",
                    ingevuld_op=filled,
                    ingevuld_door="M. Bakker",
                ),
                Antwoord(
                    item_id="pva-02",
                    waarde="Pleegouders akkoord; jongere wil meer contact met broer.",
                    toelichting="",
                    ingevuld_op=filled,
                    ingevuld_door="M. Bakker",
                ),
            ),
            thema_oordelen=(
                ThemaOordeel(thema=Theme.CONTACTFREQUENTIE, status=ItemStatus.OP_ORDE),
                ThemaOordeel(thema=Theme.PVA_STATUS, status=ItemStatus.OP_ORDE),
            ),
            bespreekpunten="",
            bijgewerkt_op=filled,
        ),
        termijnen=(
            Termijn(
                stap="pva_evaluatie",
                omschrijving="Evaluatie PvA (jaarlijks)",
                deadline=dt.date(2026, 6, 17),
                status="open, nog 26 werkdagen",
                uitleg="Vorige evaluatie ma 17 juni 2025 + 1 jaar = wo 17 juni 2026.",
            ),
        ),
    )


def _client_jr() -> Client:
    return Client(
        referentie="JR-2026-0031",
        initialen="D.M.",
        pseudoniem="Client C",
        maatregel=Maatregel.JR,
        regio="Drenthe",
        team="Assen 2",
        contactpersoon="CRT Assen",
        uitspraakdatum=dt.date(2026, 4, 14),
        scan=Scan(status=ScanStatus.CONCEPT, bespreekpunten="Nog geen vaste jeugdreclasseerder."),
        termijnen=(
            Termijn(
                stap="eerste_pva",
                omschrijving="1e plan van aanpak",
                deadline=dt.date(2026, 5, 26),
                status="open, nog 10 werkdagen",
                uitleg="Uitspraak di 14 april 2026 + 6 weken = di 26 mei 2026.",
            ),
        ),
    )


def example_key(seed: str) -> InstallationKey:
    """A fixed key pair for the example (Ed25519 signatures are deterministic, so the example
    file stays the same bytes); never used by the app."""
    return InstallationKey(
        Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed.encode("utf-8")).digest())
    )


def example_gesprek() -> MergedGesprek:
    """The example with both akkoorden signed, each from its own (fictitious) installation."""
    doc = _unsigned_example()
    keys = {
        Role.JEUGDBESCHERMER: example_key("voorbeeld jeugdbeschermer"),
        Role.PRAKTIJKBEGELEIDER: example_key("voorbeeld praktijkbegeleider"),
    }
    signed = tuple(
        sign_akkoord(keys[a.rol], doc, rol=a.rol.value, naam=a.naam, op=a.op) for a in doc.akkoord
    )
    return doc.model_copy(update={"akkoord": signed})


def _unsigned_example() -> MergedGesprek:
    """A realistic, entirely fictitious caseloadgesprek (no real person or case)."""
    signed = dt.datetime(2026, 5, 12, 15, 10, tzinfo=_CEST)
    telling = tuple(
        ThemaTelling(
            thema=theme, op_orde=op, aandacht=aa, niet_op_orde=no, nvt=0, nog_niet_ingevuld=0
        )
        for theme, op, aa, no in (
            (Theme.NAVOLGBAARHEID, 9, 3, 1),
            (Theme.ZICHT_OP_VEILIGHEID, 7, 4, 2),
            (Theme.CONTACTFREQUENTIE, 11, 2, 0),
            (Theme.PVA_STATUS, 8, 3, 2),
        )
    )
    return MergedGesprek(
        app_versie="0.1.0",
        gesprek=Gesprek(
            uid=_GESPREK_UID,
            versie=1,
            datum=dt.date(2026, 5, 12),
            periode_van=dt.date(2026, 2, 1),
            periode_tot=dt.date(2026, 4, 30),
            status=GesprekStatus.GETEKEND,
            medewerker=Persoon(naam="M. Bakker", rol=Role.JEUGDBESCHERMER),
            praktijkbegeleider=Persoon(naam="R. Dijkstra", rol=Role.PRAKTIJKBEGELEIDER),
            opmerkingen="Caseload is 14 maatregelen; twee nieuwe OTS'en sinds het vorige gesprek.",
            bespreekpunten_algemeen="Planning van de risicotaxaties in juni.",
            wijzigingsreden="",
            bijgewerkt_op=signed + dt.timedelta(minutes=4),
        ),
        checklist=_checklist(),
        clients=(_client_ots(), _client_voogdij(), _client_jr()),
        afspraken=(
            Afspraak(
                uid="a-01",
                tekst="Risicotaxaties die ouder zijn dan 3 maanden worden voor 1 juni bijgewerkt.",
            ),
            Afspraak(
                uid="a-02",
                tekst="Het gesprek met het kind alleen over veiligheid wordt apart vastgelegd.",
                client_referentie="OTS-2025-0412",
            ),
        ),
        acties=(
            Actie(
                uid="c-01",
                omschrijving="Nieuwe ARIJ afnemen en bespreken met de gedragswetenschapper.",
                eigenaar_rol="jeugdbeschermer",
                eigenaar_naam="M. Bakker",
                deadline=dt.date(2026, 5, 29),
                status=ActieStatus.OPEN,
                status_toelichting="",
                client_referentie="OTS-2025-0412",
                uit_gesprek_uid=_GESPREK_UID,
            ),
            Actie(
                uid="c-02",
                omschrijving="Vaste jeugdreclasseerder regelen met de teammanager.",
                eigenaar_rol="praktijkbegeleider",
                eigenaar_naam="R. Dijkstra",
                deadline=dt.date(2026, 5, 22),
                status=ActieStatus.LOOPT,
                status_toelichting="Besproken in het teamoverleg van 11 mei.",
                client_referentie="JR-2026-0031",
                uit_gesprek_uid=_GESPREK_UID,
            ),
            Actie(
                uid="c-00",
                omschrijving=(
                    "Kernbesluiten van het eerste kwartaal nalopen op de handtekening "
                    "van de gedragswetenschapper."
                ),
                eigenaar_rol="jeugdbeschermer",
                eigenaar_naam="M. Bakker",
                deadline=dt.date(2026, 3, 31),
                status=ActieStatus.AFGEROND,
                status_toelichting="Alle kernbesluiten zijn compleet.",
                uit_gesprek_uid=_VORIG_UID,
            ),
        ),
        akkoord=(
            Akkoord(rol=Role.JEUGDBESCHERMER, naam="M. Bakker", op=signed),
            Akkoord(
                rol=Role.PRAKTIJKBEGELEIDER, naam="R. Dijkstra", op=signed + dt.timedelta(minutes=4)
            ),
        ),
        vorig_gesprek=VorigGesprek(uid=_VORIG_UID, datum=dt.date(2026, 2, 10), telling=telling),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    schema = schema_text(build_json_schema()).encode("utf-8")
    schema_fresh = SCHEMA_PATH.exists() and SCHEMA_PATH.read_bytes() == schema
    if args.check:
        # The example is made with the shipped schema, so it is only comparable when that is fresh.
        example_fresh = (
            schema_fresh
            and EXAMPLE_PATH.exists()
            and (EXAMPLE_PATH.read_bytes() == to_json_bytes(example_gesprek()))
        )
        for path, fresh in ((SCHEMA_PATH, schema_fresh), (EXAMPLE_PATH, example_fresh)):
            if not fresh:
                print(f"out of date: {path.relative_to(ROOT)}")
        return 0 if schema_fresh and example_fresh else 1
    SCHEMA_PATH.write_bytes(schema)  # before the example: every export is checked against it
    EXAMPLE_PATH.parent.mkdir(parents=True, exist_ok=True)
    EXAMPLE_PATH.write_bytes(to_json_bytes(example_gesprek()))
    for path in (SCHEMA_PATH, EXAMPLE_PATH):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
