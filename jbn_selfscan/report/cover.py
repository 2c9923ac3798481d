"""The opening block: title, version mark, who and when."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.report.dutch import ROLE_LABELS, long_date, period
from jbn_selfscan.report.numbered_canvas import WERKVERSIE_MARK
from jbn_selfscan.report.privacy import Disclosure
from jbn_selfscan.report.styles import CONTENT_WIDTH, WERKVERSIE_RED, Styles, para, table_font

PERSONEELSDOSSIER_NOTE = (
    "Versie voor het personeelsdossier. Dit verslag gaat over het werk van de medewerker: "
    "cliënten staan er alleen onder een pseudoniem in (de sleutel blijft in de app), zonder "
    "zaakreferentie, initialen of toelichting."
)
WERKVERSIE_NOTE = (
    "Werkversie voor het caseloadgesprek, met zaakreferenties, initialen en toelichtingen. "
    "Niet opnemen in het personeelsdossier; bewaar en vernietig dit document zorgvuldig."
)


def _banner(text: str, styles: Styles) -> Table:
    table = Table([[para(text, styles.banner)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                table_font(),
                ("BACKGROUND", (0, 0), (-1, -1), WERKVERSIE_RED),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def cover_block(doc: MergedGesprek, disclosure: Disclosure, styles: Styles) -> list[Flowable]:
    gesprek = doc.gesprek
    begeleider = gesprek.praktijkbegeleider
    facts: list[tuple[str, str]] = [
        (
            "Medewerker",
            f"{disclosure.free_text(gesprek.medewerker.naam)} "
            f"({ROLE_LABELS[gesprek.medewerker.rol]})",
        ),
        (
            "Praktijkbegeleider",
            disclosure.free_text(begeleider.naam) if begeleider else "niet vastgelegd",
        ),
        ("Datum gesprek", long_date(gesprek.datum)),
        ("Periode", period(gesprek.periode_van, gesprek.periode_tot)),
        ("Status", gesprek.status.label),
        ("Versie", str(gesprek.versie)),
    ]
    if gesprek.versie > 1 and gesprek.wijzigingsreden.strip():
        facts.append(("Reden van wijziging", disclosure.free_text(gesprek.wijzigingsreden)))
    facts.append(
        ("Checklist", f"{disclosure.guarded(doc.checklist.titel)} (versie {doc.checklist.versie})")
    )
    facts.append(("Aantal cliënten", str(len(doc.clients))))

    rows: list[list[Paragraph]] = [
        [para(label, styles.cell_bold), para(value, styles.body)] for label, value in facts
    ]
    table = Table(rows, colWidths=[40 * mm, CONTENT_WIDTH - 40 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    flowables: list[Flowable] = [para("Caseloadgesprek", styles.title)]
    if disclosure.werkversie:
        flowables += [_banner(WERKVERSIE_MARK, styles), Spacer(0, 3 * mm)]
    flowables += [
        table,
        Spacer(0, 3 * mm),
        para(WERKVERSIE_NOTE if disclosure.werkversie else PERSONEELSDOSSIER_NOTE, styles.small),
    ]
    return flowables
