"""What the gesprek produced: afspraken, acties, opmerkingen and the sign-off.

The afspraken and acties follow the caseload overview; the sign-off closes the document.
"""

from __future__ import annotations

import functools

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from jbn_selfscan.domain.merged import Actie, Afspraak, MergedGesprek
from jbn_selfscan.domain.types import Role
from jbn_selfscan.exchange.signing import describe_akkoorden
from jbn_selfscan.report.dutch import (
    NO_VALUE,
    OWNER_ROLE_LABELS,
    ROLE_LABELS,
    long_date_time,
    short_date,
)
from jbn_selfscan.report.monitor import RenderMonitor
from jbn_selfscan.report.privacy import Disclosure
from jbn_selfscan.report.progress import Checkpoint, Deferred
from jbn_selfscan.report.styles import (
    CONTENT_WIDTH,
    Overflow,
    Styles,
    grid_table,
    heading_with_room,
    long_text,
    markup,
    para,
)

NOT_SIGNED = "nog niet getekend"
ACTIES_PER_TABLE = 20  # a table is wrapped again for every page it reaches; cancel works between


def _afspraken(
    doc: MergedGesprek, disclosure: Disclosure, styles: Styles, monitor: RenderMonitor
) -> list[Flowable]:
    flowables = heading_with_room("Afspraken", styles.heading)
    if not doc.afspraken:
        return [*flowables, para("Er zijn geen afspraken vastgelegd.", styles.body)]

    def one(number: int, afspraak: Afspraak) -> list[Flowable]:
        monitor.check()
        client = disclosure.client_by_reference(afspraak.client_referentie)
        first = f'<font size="7.5" color="#555555">({markup(client)})</font> ' if client else ""
        text = disclosure.free_text(afspraak.tekst)
        return [
            *long_text(text, styles.listed, first_markup=first, bullet=f"{number}."),
            Checkpoint(monitor),
        ]

    for number, afspraak in enumerate(doc.afspraken, start=1):
        flowables.append(Deferred(functools.partial(one, number, afspraak)))
    return flowables


def _owner(actie: Actie, disclosure: Disclosure) -> str:
    role = OWNER_ROLE_LABELS[actie.eigenaar_rol]
    name = disclosure.free_text(actie.eigenaar_naam).strip()
    return f"{name} ({role})" if name else role


def _description(
    actie: Actie, number: int, doc: MergedGesprek, disclosure: Disclosure, overflow: Overflow
) -> str:
    text = markup(
        overflow.clip(disclosure.free_text(actie.omschrijving), f"actie {number}", number)
    )
    notes: list[str] = []
    if disclosure.shows_toelichting and actie.status_toelichting.strip():
        note = disclosure.free_text(actie.status_toelichting)
        notes.append(markup(overflow.clip(note, f"status van actie {number}", number)))
    if actie.uit_gesprek_uid != doc.gesprek.uid:
        notes.append("uit een eerder caseloadgesprek")
    if notes:
        text += '<br/><font size="7" color="#555555">' + "<br/>".join(notes) + "</font>"
    return text


def _acties(
    doc: MergedGesprek, disclosure: Disclosure, styles: Styles, monitor: RenderMonitor
) -> list[Flowable]:
    flowables = heading_with_room("Acties", styles.heading)
    if not doc.acties:
        return [*flowables, para("Er zijn geen acties vastgelegd.", styles.body)]
    client_width = 44 * mm if disclosure.werkversie else 26 * mm
    widths = [0.0, 34 * mm, 19 * mm, 18 * mm, client_width]
    widths[0] = CONTENT_WIDTH - sum(widths)
    header = [
        para(text, styles.cell_bold)
        for text in ("Actie", "Eigenaar", "Deadline", "Status", "Cliënt")
    ]

    def table(first: int) -> list[Flowable]:
        monitor.check()
        chunk = doc.acties[first : first + ACTIES_PER_TABLE]
        overflow = Overflow()
        rows: list[list[Paragraph]] = [header]
        for number, actie in enumerate(chunk, start=first + 1):
            rows.append(
                [
                    Paragraph(_description(actie, number, doc, disclosure, overflow), styles.cell),
                    para(_owner(actie, disclosure), styles.cell),
                    para(short_date(actie.deadline), styles.cell),
                    para(actie.status.label, styles.cell),
                    para(
                        disclosure.client_by_reference(actie.client_referentie) or NO_VALUE,
                        styles.cell,
                    ),
                ]
            )
        # An actie counts as done with its row, or after its full text under the table.
        return [
            grid_table(rows, widths),
            Checkpoint(monitor, parts=len(chunk) - len(overflow.keys)),
            *overflow.flowables(styles, lambda: Checkpoint(monitor)),
        ]

    for first in range(0, len(doc.acties), ACTIES_PER_TABLE):
        flowables.append(Deferred(functools.partial(table, first)))
    return flowables


def _free_text_block(
    title: str, text: str, disclosure: Disclosure, styles: Styles
) -> list[Flowable]:
    shown = disclosure.free_text(text).strip() if text.strip() else ""
    return [
        *heading_with_room(title, styles.heading, 15 * mm),
        *long_text(shown or "Geen.", styles.body),
    ]


def _sign_off(doc: MergedGesprek, disclosure: Disclosure, styles: Styles) -> Flowable:
    by_role = {akkoord.rol: akkoord for akkoord in doc.akkoord}
    rows: list[list[Paragraph]] = [
        [para(text, styles.cell_bold) for text in ("Rol", "Naam", "Akkoord gegeven op")]
    ]
    for role in Role:
        akkoord = by_role.get(role)
        rows.append(
            [
                para(ROLE_LABELS[role], styles.cell),
                para(disclosure.free_text(akkoord.naam) if akkoord else NO_VALUE, styles.cell),
                para(long_date_time(akkoord.op) if akkoord else NOT_SIGNED, styles.cell),
            ]
        )
    status = (
        "Beide deelnemers hebben het verslag akkoord gegeven."
        if doc.is_signed
        else "Het verslag is nog niet door beide deelnemers akkoord gegeven."
    )
    table = grid_table(rows, [40 * mm, 60 * mm, CONTENT_WIDTH - 100 * mm])
    return KeepTogether(
        [
            para("Akkoord", styles.heading),
            para(status, styles.body),
            table,
            *_signatures(doc, styles),
        ]
    )


def _signatures(doc: MergedGesprek, styles: Styles) -> list[Flowable]:
    """Which akkoorden carry a signature that holds for this content, and from where."""
    states = describe_akkoorden(doc)
    if not states:
        return []
    lines = [
        para(f"Akkoord {ROLE_LABELS[state.rol].lower()}: {state.text}.", styles.body)
        for state in states
    ]
    if any(state.ondertekend for state in states):
        lines.append(
            para(
                "De vingerafdruk is de korte code van de sleutel van de installatie waarop het "
                "akkoord is gegeven; de deelnemer vindt de eigen vingerafdruk in de app onder "
                "Help → Over JBN Zelfscan.",
                styles.body,
            )
        )
    return lines


def agreements_section(
    doc: MergedGesprek, disclosure: Disclosure, styles: Styles, monitor: RenderMonitor
) -> list[Flowable]:
    """Afspraken, acties and the remarks: what a reader of the file looks for first."""
    gesprek = doc.gesprek
    flowables = _afspraken(doc, disclosure, styles, monitor)
    flowables += _acties(doc, disclosure, styles, monitor)
    flowables += _free_text_block("Opmerkingen", gesprek.opmerkingen, disclosure, styles)
    if disclosure.werkversie:
        flowables += _free_text_block(
            "Bespreekpunten (algemeen)", gesprek.bespreekpunten_algemeen, disclosure, styles
        )
    return flowables


def sign_off_section(doc: MergedGesprek, disclosure: Disclosure, styles: Styles) -> list[Flowable]:
    """The akkoord of both participants, after everything it agrees to."""
    return [_sign_off(doc, disclosure, styles)]
