"""A fictitious caseload (OTS, Voogdij, JR) as a merged caseloadgesprek, plus PDF text tools."""

from __future__ import annotations

import datetime as dt
import html
import random
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

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
from jbn_selfscan.report.pseudonyms import pseudonym_for

GESPREK_UID = "gesprek-2026-q4-svries"
PLANTED_BSN = "111222333"  # passes the elfproef, so the guard must catch it
TOELICHTING_SAMPLE = "moeder belde dat de overdracht naar de nieuwe school stroef verliep"
BESPREEKPUNT_SAMPLE = "broertje mogelijk ook in beeld bij Veilig Thuis"

ITEMS = (
    (
        "nav_beeld",
        Theme.NAVOLGBAARHEID,
        "Staat er een actueel beeld van kind en gezin in het dossier?",
        "3.3",
    ),
    (
        "nav_kernbesluit",
        Theme.NAVOLGBAARHEID,
        "Zijn de kernbesluiten onderbouwd en met een gedragswetenschapper genomen?",
        "3.3",
    ),
    (
        "nav_overleg",
        Theme.NAVOLGBAARHEID,
        "Is het interne en interdisciplinaire overleg vastgelegd?",
        "3.2",
    ),
    (
        "zov_taxatie",
        Theme.ZICHT_OP_VEILIGHEID,
        "Is de risicotaxatie (ARIJ of LIJ) hooguit drie maanden oud en toegelicht?",
        "3.5",
    ),
    (
        "zov_kind",
        Theme.ZICHT_OP_VEILIGHEID,
        "Is met het kind zelf over zijn veiligheid gesproken?",
        "3.4",
    ),
    (
        "zov_afspraken",
        Theme.ZICHT_OP_VEILIGHEID,
        "Zijn de veiligheidsafspraken vastgelegd en nagegaan?",
        "3.6",
    ),
    (
        "con_f2f",
        Theme.CONTACTFREQUENTIE,
        "Vond het 1e F2F-contact binnen 5 werkdagen na de uitspraak plaats?",
        "1a.3",
    ),
    (
        "con_frequentie",
        Theme.CONTACTFREQUENTIE,
        "Is de afgesproken contactfrequentie in een kernbesluit vastgelegd?",
        "3.1",
    ),
    (
        "con_alleen",
        Theme.CONTACTFREQUENTIE,
        "Is het kind in deze periode ook alleen gesproken?",
        "3.1",
    ),
    ("pva_tijdig", Theme.PVA_STATUS, "Was het 1e PvA binnen 6 weken klaar?", "1b.3"),
    (
        "pva_samen",
        Theme.PVA_STATUS,
        "Is het PvA met kind en ouders gemaakt en staat hun reactie erin?",
        "1b.1",
    ),
    (
        "pva_evaluatie",
        Theme.PVA_STATUS,
        "Is de evaluatie van het PvA op tijd (JR: elk half jaar)?",
        "3.3",
    ),
)

CLIENT_FACTS = (
    ("OTS-2025-0412", "J.B.", Maatregel.OTS),
    ("OTS-2025-0587", "M.K.", Maatregel.OTS),
    ("VG-2023-0131", "S.d.V.", Maatregel.VOOGDIJ),
    ("JR-2026-0033", "T.A.", Maatregel.JR),
    ("OTS-2026-0102", "L.H.", Maatregel.OTS),
    ("VG-2024-0177", "N.E.", Maatregel.VOOGDIJ),
    ("JR-2025-0298", "D.R.", Maatregel.JR),
    ("OTS-2024-0940", "F.O.", Maatregel.OTS),
    ("JR-2026-0071", "Y.Ç.", Maatregel.JR),
    ("VG-2022-0015", "R.P.", Maatregel.VOOGDIJ),
    ("OTS-2026-0233", "E.W.", Maatregel.OTS),
    ("OTS-2025-0777", "Z.Ö.", Maatregel.OTS),
)
WEIGHTED_STATUSES = (
    [ItemStatus.OP_ORDE] * 14
    + [ItemStatus.AANDACHT] * 2
    + [ItemStatus.NIET_OP_ORDE, ItemStatus.NVT, ItemStatus.NOG_NIET_INGEVULD]
)


def checklist() -> ChecklistRef:
    return ChecklistRef(
        id="dossier-zelfscan",
        versie=2,
        titel="Dossier zelfscan JBN",
        items=tuple(
            ChecklistItemText(id=i, thema=t, vraag=q, norm=n, antwoordtype="keuze")
            for i, t, q, n in ITEMS
        ),
    )


def _scan(rng: random.Random, index: int, referentie: str) -> Scan | None:
    if index == 10:
        return None  # this client's zelfscan has not been started
    verdicts = [
        ItemOordeel(item_id=item_id, status=rng.choice(WEIGHTED_STATUSES), reden="volgens antwoord")
        for item_id, *_ in ITEMS
    ]
    answers = [
        Antwoord(
            item_id=v.item_id,
            waarde="nee" if v.status is ItemStatus.NIET_OP_ORDE else "deels",
            toelichting=f"{TOELICHTING_SAMPLE} ({v.item_id})",
            ingevuld_op=dt.datetime(2026, 11, 9, 10, 0, tzinfo=dt.UTC),
            ingevuld_door="Sanne de Vries",
        )
        for v in verdicts
        if v.status in (ItemStatus.NIET_OP_ORDE, ItemStatus.AANDACHT)
    ]
    themes = []
    for theme in Theme:
        statuses = [v.status for v, item in zip(verdicts, ITEMS, strict=True) if item[1] is theme]
        themes.append(ThemaOordeel(thema=theme, status=max(statuses, key=lambda s: s.severity)))
    return Scan(
        status=ScanStatus.CONCEPT if index == 4 else ScanStatus.AFGEROND,
        antwoorden=tuple(answers),
        item_oordelen=tuple(verdicts),
        thema_oordelen=tuple(themes),
        bespreekpunten=f"{BESPREEKPUNT_SAMPLE} (zaak {referentie})" if index % 3 == 0 else "",
        bijgewerkt_op=dt.datetime(2026, 11, 10, 16, 30, tzinfo=dt.UTC),
    )


def _termijnen(uitspraak: dt.date, maatregel: Maatregel) -> tuple[Termijn, ...]:
    f2f = uitspraak + dt.timedelta(days=7)
    pva = uitspraak + dt.timedelta(weeks=6)
    evaluation_months = 6 if maatregel is Maatregel.JR else 12
    return (
        Termijn(
            stap="eerste_f2f",
            omschrijving="1e F2F met kind en ouders",
            deadline=f2f,
            gedaan_op=f2f - dt.timedelta(days=2),
            status="op tijd",
            uitleg=f"uitspraak {uitspraak:%d-%m-%Y} + 5 werkdagen (Atw-feestdagen tellen niet mee)",
        ),
        Termijn(
            stap="eerste_pva",
            omschrijving="1e plan van aanpak",
            deadline=pva,
            gedaan_op=pva + dt.timedelta(days=9),
            status="te laat (9 dagen)",
            uitleg=f"uitspraak {uitspraak:%d-%m-%Y} + 6 weken",
        ),
        Termijn(
            stap="pva_evaluatie",
            omschrijving="evaluatie PvA",
            deadline=pva + dt.timedelta(days=30 * evaluation_months),
            status="open — nog 23 werkdagen",
            uitleg=f"1e PvA + {evaluation_months} maanden",
        ),
    )


def make_client(index: int, rng: random.Random) -> Client:
    if index < len(CLIENT_FACTS):
        referentie, initialen, maatregel = CLIENT_FACTS[index]
    else:
        maatregel = (Maatregel.OTS, Maatregel.VOOGDIJ, Maatregel.JR)[index % 3]
        referentie = f"{maatregel.value.upper()[:3]}-2025-{index:04d}"
        initialen = f"{chr(65 + index % 26)}.{chr(65 + (index // 26) % 26)}."
    uitspraak = dt.date(2024, 1, 8) + dt.timedelta(days=37 * index)
    return Client(
        referentie=referentie,
        initialen=initialen,
        pseudoniem=pseudonym_for(index),
        maatregel=maatregel,
        regio="Groningen" if index % 2 else "Drenthe",
        team="Team Stad 2" if index % 2 else "Team Assen 1",
        contactpersoon="Sanne de Vries",
        uitspraakdatum=uitspraak,
        scan=_scan(rng, index, referentie),
        termijnen=_termijnen(uitspraak, maatregel),
    )


def make_doc(client_count: int = len(CLIENT_FACTS)) -> MergedGesprek:
    rng = random.Random(20261116)
    clients = tuple(make_client(index, rng) for index in range(client_count))
    first, second, third = (c.referentie for c in clients[:3])
    return MergedGesprek(
        app_versie="0.1.0",
        gesprek=Gesprek(
            uid=GESPREK_UID,
            versie=2,
            datum=dt.date(2026, 11, 16),
            periode_van=dt.date(2026, 8, 1),
            periode_tot=dt.date(2026, 10, 31),
            status=GesprekStatus.GETEKEND,
            medewerker=Persoon(naam="Sanne de Vries", rol=Role.JEUGDBESCHERMER),
            praktijkbegeleider=Persoon(naam="Karin Bosma", rol=Role.PRAKTIJKBEGELEIDER),
            opmerkingen=(
                "Caseload van 14 zaken is aan de hoge kant; teammanager is op de hoogte.\n"
                f"Zaak {third} blijft zorgelijk, zie ook de afspraak daarover."
            ),
            bespreekpunten_algemeen="Scholing LIJ in januari; werkdruk rond de kerst.",
            wijzigingsreden="Actie over de risicotaxatie aangevuld na het gesprek.",
            bijgewerkt_op=dt.datetime(2026, 11, 16, 15, 42, tzinfo=dt.UTC),
        ),
        checklist=checklist(),
        clients=clients,
        afspraken=(
            Afspraak(uid="a1", tekst="Elke vier weken de termijnen in de zelfscan nalopen."),
            Afspraak(
                uid="a2",
                tekst=f"Voor {first} (J.B.) een MDO met de gedragswetenschapper plannen.",
                client_referentie=first,
            ),
            Afspraak(
                uid="a3",
                tekst=f"Moeder van M.K. vraagt een nieuw BSN-uittreksel aan: BSN {PLANTED_BSN}.",
                client_referentie=second,
            ),
        ),
        acties=(
            Actie(
                uid="x1",
                status_toelichting="",
                omschrijving="Risicotaxatie (ARIJ) actualiseren en toelichten",
                eigenaar_rol="jeugdbeschermer",
                eigenaar_naam="Sanne de Vries",
                deadline=dt.date(2026, 12, 4),
                status=ActieStatus.OPEN,
                client_referentie=first,
                uit_gesprek_uid=GESPREK_UID,
            ),
            Actie(
                uid="x2",
                omschrijving=f"Kernbesluit contactfrequentie {third} vastleggen",
                eigenaar_rol="jeugdbeschermer",
                eigenaar_naam="Sanne de Vries",
                deadline=dt.date(2026, 11, 30),
                status=ActieStatus.LOOPT,
                status_toelichting="Wacht op de gedragswetenschapper.",
                client_referentie=third,
                uit_gesprek_uid=GESPREK_UID,
            ),
            Actie(
                uid="x3",
                status_toelichting="",
                omschrijving="Overdracht bij verlof regelen met collega",
                eigenaar_rol="praktijkbegeleider",
                eigenaar_naam="Karin Bosma",
                deadline=dt.date(2026, 12, 18),
                uit_gesprek_uid=GESPREK_UID,
            ),
            Actie(
                uid="x0",
                status_toelichting="",
                omschrijving="PvA samen met jongere en ouders bespreken",
                eigenaar_rol="jeugdbeschermer",
                deadline=dt.date(2026, 9, 1),
                status=ActieStatus.AFGEROND,
                client_referentie=clients[3].referentie if len(clients) > 3 else None,
                uit_gesprek_uid="gesprek-2026-q3-svries",
            ),
        ),
        akkoord=(
            Akkoord(
                rol=Role.JEUGDBESCHERMER,
                naam="Sanne de Vries",
                op=dt.datetime(2026, 11, 16, 14, 5, tzinfo=dt.UTC),
            ),
            Akkoord(
                rol=Role.PRAKTIJKBEGELEIDER,
                naam="Karin Bosma",
                op=dt.datetime(2026, 11, 16, 14, 32, tzinfo=dt.UTC),
            ),
        ),
        vorig_gesprek=VorigGesprek(
            uid="gesprek-2026-q3-svries",
            datum=dt.date(2026, 8, 17),
            telling=tuple(
                ThemaTelling(
                    thema=theme,
                    op_orde=5 + n,
                    aandacht=3,
                    niet_op_orde=2 - n % 2,
                    nvt=1,
                    nog_niet_ingevuld=1,
                )
                for n, theme in enumerate(Theme)
            ),
        ),
    )


@dataclass(frozen=True)
class Planted:
    """Strings planted in the fixture that the personeelsdossier must not show."""

    bsn: str = PLANTED_BSN
    toelichting: str = TOELICHTING_SAMPLE
    bespreekpunt: str = BESPREEKPUNT_SAMPLE


@pytest.fixture
def planted() -> Planted:
    return Planted()


@pytest.fixture
def caseload_doc() -> MergedGesprek:
    return make_doc()


@pytest.fixture
def make_caseload() -> Callable[[int], MergedGesprek]:
    """Build a caseload of any size (the first twelve clients are always the same)."""
    return make_doc


@dataclass(frozen=True)
class RenderedPair:
    """Both versions of the fixture caseload, rendered once per test session."""

    doc: MergedGesprek
    dossier: Path
    werkversie: Path


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> RenderedPair:
    from jbn_selfscan.report import render_pdf

    folder = tmp_path_factory.mktemp("pdf")
    doc = make_doc()
    pair = RenderedPair(doc, folder / "personeelsdossier.pdf", folder / "werkversie.pdf")
    render_pdf(doc, pair.dossier)
    render_pdf(doc, pair.werkversie, werkversie=True)
    return pair


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")


@pytest.fixture
def pdffonts(required_tool: Callable[[str, str], str]) -> Callable[[Path], list[dict[str, str]]]:
    """Fonts of a PDF as rows of `pdffonts` (name, type, emb, ...)."""
    tool = required_tool("pdffonts", "poppler-utils")

    def fonts(path: Path) -> list[dict[str, str]]:
        lines = _run(tool, str(path)).splitlines()[2:]
        rows = []
        for line in lines:
            # name type... encoding emb sub uni object ID: read from the right end.
            parts = line.split()
            rows.append({"name": parts[0], "emb": parts[-5], "line": line})
        return rows

    return fonts


@pytest.fixture
def pdfinfo(required_tool: Callable[[str, str], str]) -> Callable[[Path], dict[str, str]]:
    tool = required_tool("pdfinfo", "poppler-utils")

    def info(path: Path) -> dict[str, str]:
        # -isodates: dates as stored (UTC), not in the time zone of the process
        lines = _run(tool, "-isodates", str(path)).splitlines()
        pairs = (line.split(":", 1) for line in lines if ":" in line)
        return {key.strip(): value.strip() for key, value in pairs}

    return info


@pytest.fixture
def pdftotext(required_tool: Callable[[str, str], str]) -> Callable[[Path], str]:
    """Text of a PDF in drawing order, so a table cell stays together (poppler-utils)."""
    tool = required_tool("pdftotext", "poppler-utils")

    def extract(path: Path) -> str:
        return _run(tool, "-enc", "UTF-8", "-raw", str(path), "-")

    return extract


@dataclass(frozen=True)
class Word:
    """One word of a PDF page with its box in points (origin top left), from pdftotext -bbox."""

    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float

    def overlaps(self, other: Word) -> bool:
        return (
            self.x_min < other.x_max
            and other.x_min < self.x_max
            and self.y_min < other.y_max
            and other.y_min < self.y_max
        )


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@pytest.fixture
def pdf_words(required_tool: Callable[[str, str], str]) -> Callable[[Path], list[list[Word]]]:
    """The words of each page with their boxes (poppler-utils' pdftotext -bbox)."""
    tool = required_tool("pdftotext", "poppler-utils")

    def extract(path: Path) -> list[list[Word]]:
        pages = _run(tool, "-enc", "UTF-8", "-bbox", str(path), "-").split("<page ")[1:]
        return [
            [
                Word(html.unescape(text), float(x0), float(y0), float(x1), float(y1))
                for x0, y0, x1, y1, text in _WORD.findall(page)
            ]
            for page in pages
        ]

    return extract


@pytest.fixture
def pdf_pages(required_tool: Callable[[str, str], str]) -> Callable[[Path], list[str]]:
    """The text of each page (pdftotext -raw; pages end with a form feed)."""
    tool = required_tool("pdftotext", "poppler-utils")

    def extract(path: Path) -> list[str]:
        text = _run(tool, "-enc", "UTF-8", "-raw", str(path), "-")
        return text.split("\f")[:-1]

    return extract
