"""The fictitious caseload of the demo: 15 maatregelen with realistic deadline situations.

All people and cases are invented (initials and case references only). Day offsets are relative
to the demo's "today" (recurring dates) or to the uitspraak (first steps); see `services.demo`.
The mix follows the dossier findings of the inspection (DOMAIN.md): about a third of the first
F2F contacts late, half of the first PvAs late, several risicotaxaties older than three months,
help not started within three months for one in three, a voogdij child not seen for four months,
one client with only a CCP contactpersoon and a new maatregel with deadlines next week.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from jbn_selfscan.domain.types import Maatregel, Theme

DEMO_WORKER = "Demo Jeugdbeschermer"
DEMO_COACH = "Demo Praktijkbegeleider"

Quality = Literal["goed", "wisselend", "zwak"]
Progress = Literal["compleet", "half", "begonnen"]


@dataclass(frozen=True)
class DemoClient:
    """One demo maatregel. `*_after`: days after the uitspraak; `*_ago`: days before today.

    `prev_*` dates were the latest at the previous gesprek (about 91 days ago, so they are at
    least 100 days ago), `now_*` are the latest today; None: not done (yet).
    """

    referentie: str
    initialen: str
    maatregel: Maatregel
    regio: str
    team: str
    uitspraak_ago: int
    f2f_after: int | None
    pva_after: int | None
    rt_after: int | None
    hulp_after: int | None
    prev_rt_ago: int | None = None
    now_rt_ago: int | None = None
    prev_eval_ago: int | None = None
    now_eval_ago: int | None = None
    prev_contact_ago: int | None = None
    now_contact_ago: int | None = None
    contacts_ago: tuple[int, ...] = ()  # voogdij: the recorded contact moments, days ago
    contact_type: str = "jeugdbeschermer"
    contactpersoon: str = DEMO_WORKER
    quality: Quality = "goed"
    progress: Progress = "compleet"
    bespreekpunt: str = ""


OTS, VOOGDIJ, JR = Maatregel.OTS, Maatregel.VOOGDIJ, Maatregel.JR
GRONINGEN, DRENTHE = "Groningen", "Drenthe"
STAD, OMMELANDEN = "Team Groningen Stad", "Team Ommelanden"
ASSEN, EMMEN = "Team Assen", "Team Emmen"

CLIENTS: tuple[DemoClient, ...] = (
    DemoClient(
        "OTS-2024-0153",
        "A.J.",
        OTS,
        GRONINGEN,
        STAD,
        720,
        4,
        35,
        30,
        50,
        prev_rt_ago=131,
        now_rt_ago=30,
        prev_eval_ago=291,
        now_eval_ago=20,
    ),
    DemoClient(
        "OTS-2025-0412",
        "M.K.",
        OTS,
        GRONINGEN,
        STAD,
        400,
        12,
        60,
        55,
        120,
        prev_rt_ago=191,
        now_rt_ago=191,
        prev_eval_ago=151,
        now_eval_ago=151,
        quality="zwak",
        bespreekpunt="Hoe krijg ik vader meer betrokken bij het plan?",
    ),
    DemoClient(
        "OTS-2025-0588",
        "S.B.",
        OTS,
        GRONINGEN,
        OMMELANDEN,
        300,
        3,
        44,
        40,
        80,
        prev_rt_ago=121,
        now_rt_ago=45,
        quality="wisselend",
        progress="half",
    ),
    DemoClient(
        "OTS-2025-0731",
        "L.J.",
        OTS,
        DRENTHE,
        ASSEN,
        250,
        9,
        38,
        38,
        70,
        prev_rt_ago=110,
        now_rt_ago=110,
        quality="wisselend",
    ),
    DemoClient(
        "OTS-2026-0102",
        "R.V.",
        OTS,
        DRENTHE,
        EMMEN,
        200,
        2,
        50,
        41,
        None,
        now_rt_ago=60,
        quality="zwak",
        progress="half",
        bespreekpunt="De hulp komt maar niet op gang; wie schaal ik nog meer op?",
    ),
    DemoClient(
        "OTS-2026-0219",
        "N.A.",
        OTS,
        GRONINGEN,
        OMMELANDEN,
        150,
        4,
        40,
        30,
        110,
        prev_rt_ago=100,
        now_rt_ago=100,
    ),
    DemoClient(
        "OTS-2026-0977",
        "D.E.",
        OTS,
        GRONINGEN,
        STAD,
        1,
        None,
        None,
        None,
        None,
        progress="begonnen",
    ),
    DemoClient(
        "VO-2023-0044",
        "K.L.",
        VOOGDIJ,
        DRENTHE,
        ASSEN,
        1100,
        3,
        30,
        30,
        40,
        prev_rt_ago=141,
        now_rt_ago=25,
        prev_eval_ago=191,
        now_eval_ago=40,
        prev_contact_ago=111,
        now_contact_ago=15,
        contacts_ago=(15, 111, 190, 280, 370),
    ),
    DemoClient(
        "VO-2024-0310",
        "F.G.",
        VOOGDIJ,
        DRENTHE,
        EMMEN,
        800,
        15,
        70,
        60,
        85,
        prev_rt_ago=140,
        now_rt_ago=140,
        prev_eval_ago=391,
        now_eval_ago=391,
        prev_contact_ago=122,
        now_contact_ago=122,
        contacts_ago=(122, 230, 380, 450, 520, 600),
        quality="zwak",
        bespreekpunt="Jeugdige is al vier maanden niet gezien; hoe plan ik dat beter?",
    ),
    DemoClient(
        "VO-2025-0125",
        "H.I.",
        VOOGDIJ,
        GRONINGEN,
        STAD,
        500,
        5,
        40,
        35,
        60,
        prev_rt_ago=161,
        now_rt_ago=50,
        prev_contact_ago=116,
        now_contact_ago=40,
        contacts_ago=(40, 116, 200, 300, 395),
        contact_type="ccp",
        contactpersoon="Contactpersoon CCP Groningen",
        quality="wisselend",
        progress="half",
    ),
    DemoClient(
        "VO-2025-0866",
        "P.Q.",
        VOOGDIJ,
        GRONINGEN,
        OMMELANDEN,
        350,
        4,
        46,
        44,
        85,
        prev_rt_ago=101,
        now_rt_ago=35,
        prev_contact_ago=106,
        now_contact_ago=20,
        contacts_ago=(20, 106, 190, 280),
    ),
    DemoClient(
        "JR-2025-0203",
        "T.U.",
        JR,
        DRENTHE,
        ASSEN,
        380,
        10,
        40,
        30,
        100,
        prev_rt_ago=121,
        now_rt_ago=80,
        prev_eval_ago=181,
        now_eval_ago=10,
        quality="wisselend",
    ),
    DemoClient(
        "JR-2025-0641",
        "W.X.",
        JR,
        DRENTHE,
        EMMEN,
        270,
        3,
        55,
        50,
        60,
        prev_rt_ago=191,
        now_rt_ago=191,
        now_eval_ago=70,
        quality="zwak",
        progress="half",
    ),
    DemoClient(
        "JR-2026-0058",
        "Y.Z.",
        JR,
        GRONINGEN,
        STAD,
        140,
        4,
        41,
        30,
        None,
        prev_rt_ago=110,
        now_rt_ago=40,
    ),
    DemoClient(
        "JR-2026-0890",
        "B.C.",
        JR,
        GRONINGEN,
        OMMELANDEN,
        45,
        8,
        None,
        20,
        None,
        now_rt_ago=25,
        quality="wisselend",
        progress="half",
    ),
)

# Toelichtingen a worker might write, per theme, for answers that are not (fully) in order.
TOELICHTINGEN: dict[Theme, tuple[str, ...]] = {
    Theme.NAVOLGBAARHEID: (
        "Verslag van het laatste huisbezoek staat nog niet in het dossier.",
        "Kernbesluit is genomen, maar de onderbouwing is nog niet uitgeschreven.",
        "Afspraken met school staan alleen in de mail, nog niet in het dossier.",
        "Overleg met de gedragswetenschapper heeft plaatsgevonden; het verslag volgt.",
    ),
    Theme.ZICHT_OP_VEILIGHEID: (
        "Veiligheid nog niet apart met de jeugdige besproken; gepland bij het volgende bezoek.",
        "Risicotaxatie is ingevuld, maar de toelichting bij de uitkomst ontbreekt nog.",
        "Veiligheidsplan is met moeder gemaakt; vader is nog niet betrokken.",
        "Signaal van school is opgepakt, maar nog niet vastgelegd.",
    ),
    Theme.CONTACTFREQUENTIE: (
        "Door ziekte zijn twee bezoeken uitgevallen; een nieuwe afspraak staat.",
        "Contactfrequentie is mondeling afgesproken, nog niet in een kernbesluit vastgelegd.",
        "Jeugdige wilde niet alleen praten; volgende keer proberen we het op school.",
        "Alleen telefonisch contact met vader gehad.",
    ),
    Theme.PVA_STATUS: (
        "PvA is opgesteld, maar de reactie van de ouders is niet vastgelegd.",
        "Wachtlijst bij de jeugdhulpaanbieder; opschaling loopt via de gemeente.",
        "Doelen zijn nog te algemeen; aanscherpen bij de evaluatie.",
        "Evaluatie staat gepland, de ouders zijn nog niet uitgenodigd.",
    ),
}
GOOD_NOTES = (
    "Besproken in het MDO van vorige maand.",
    "Samen met ouders en jeugdige doorgenomen.",
    "Staat in het laatste verslag.",
)

PREVIOUS_OPMERKINGEN = "Open gesprek; de zelfscan gaf een goed beeld van waar de dossiers staan."
CURRENT_BESPREEKPUNTEN = (
    "De caseload is met twee nieuwe maatregelen gegroeid; graag de verdeling bespreken."
)
# (text, referentie of the client or None)
PREVIOUS_AFSPRAKEN: tuple[tuple[str, str | None], ...] = (
    ("We bespreken de PvA-termijnen voortaan elke maand kort in het teamoverleg.", None),
    ("Voor deze jeugdige wordt een MDO met de gedragswetenschapper gepland.", "OTS-2025-0412"),
    (
        "Contactmomenten met de jeugdige worden vooraf voor het hele kwartaal ingepland.",
        "VO-2024-0310",
    ),
)


@dataclass(frozen=True)
class DemoActie:
    omschrijving: str
    eigenaar_rol: str
    eigenaar_naam: str
    deadline_after: int  # days after the previous gesprek
    referentie: str | None
    status: str | None  # reported in this round (None: not reported yet)
    status_toelichting: str = ""


PREVIOUS_ACTIES: tuple[DemoActie, ...] = (
    DemoActie(
        "Risicotaxatie opnieuw afnemen en de uitkomst toelichten",
        "jeugdbeschermer",
        "",
        21,
        "OTS-2025-0412",
        "afgerond",
        "Afgenomen en besproken met de GW.",
    ),
    DemoActie(
        "Opschalen naar de gemeente: passende hulp is nog niet gestart",
        "jeugdbeschermer",
        "",
        14,
        "OTS-2026-0102",
        "loopt",
        "Gemeente is gebeld; reactie volgt.",
    ),
    DemoActie(
        "Huisbezoek bij de jeugdige plannen",
        "jeugdbeschermer",
        "",
        10,
        "VO-2024-0310",
        "niet_gelukt",
        "Twee keer afgezegd door het pleeggezin.",
    ),
    DemoActie(
        "Intervisie over veiligheidsgesprekken met jeugdigen organiseren",
        "praktijkbegeleider",
        DEMO_COACH,
        45,
        None,
        "afgerond",
    ),
    DemoActie("Scholing LIJ volgen", "anders", "Teammanager", 60, None, None),
)
