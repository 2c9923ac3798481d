"""Caseload overview: clients × themes table, the theme chart and the counts behind it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from jbn_selfscan.domain.merged import Client, MergedGesprek
from jbn_selfscan.domain.types import ItemStatus, Theme
from jbn_selfscan.report.chart import theme_chart
from jbn_selfscan.report.dutch import short_date
from jbn_selfscan.report.privacy import Disclosure
from jbn_selfscan.report.styles import (
    CONTENT_WIDTH,
    STATUS_FILL,
    Styles,
    grid_table,
    heading_with_room,
    markup,
    para,
)
from jbn_selfscan.report.tally import (
    STATUS_ORDER,
    count_of,
    counts_by_theme,
    current_counts,
    theme_statuses,
)


def status_cell_style(column: int, row: int, status: ItemStatus) -> tuple[object, ...]:
    """Table command colouring one status cell (its text says the status as well)."""
    return ("BACKGROUND", (column, row), (column, row), STATUS_FILL[status])


def client_cell(client: Client, disclosure: Disclosure, styles: Styles) -> Paragraph:
    """Pseudonym; in the werkversie with reference and initials on a second line."""
    text = markup(disclosure.guarded(client.pseudoniem))
    identifiers = disclosure.identifiers(client)
    if identifiers:
        text += f'<br/><font size="7" color="#555555">{markup(identifiers)}</font>'
    return Paragraph(text, styles.cell)


def _caseload_table(doc: MergedGesprek, disclosure: Disclosure, styles: Styles) -> Table:
    theme_width = 30 * mm  # "Contactfrequentie" must not break inside the word
    maatregel_width = 18 * mm
    client_width = CONTENT_WIDTH - maatregel_width - theme_width * len(Theme)
    header = [para("Cliënt", styles.cell_bold), para("Maatregel", styles.cell_bold)]
    header += [para(theme.label, styles.cell_bold) for theme in Theme]
    rows: list[list[Paragraph]] = [header]
    colouring: list[tuple[object, ...]] = []
    for row_index, client in enumerate(doc.clients, start=1):
        statuses = theme_statuses(client)
        row = [
            client_cell(client, disclosure, styles),
            para(client.maatregel.value, styles.cell),
        ]
        for column, theme in enumerate(Theme, start=2):
            row.append(para(statuses[theme].label, styles.cell))
            colouring.append(status_cell_style(column, row_index, statuses[theme]))
        rows.append(row)
    widths = [client_width, maatregel_width] + [theme_width] * len(Theme)
    return grid_table(rows, widths, extra=colouring)


def _counts_table(doc: MergedGesprek, styles: Styles) -> Table:
    now = counts_by_theme(current_counts(doc))
    previous = counts_by_theme(doc.vorig_gesprek.telling) if doc.vorig_gesprek else {}
    theme_width = 35 * mm
    status_width = (CONTENT_WIDTH - theme_width) / len(STATUS_ORDER)
    header = [para("Thema", styles.cell_bold)]
    header += [para(status.label, styles.cell_bold) for status in STATUS_ORDER]
    rows: list[list[Paragraph]] = [header]
    colouring: list[tuple[object, ...]] = []
    for theme in Theme:
        row = [para(theme.label, styles.cell)]
        for status in STATUS_ORDER:
            text = str(count_of(now[theme], status))
            if theme in previous:
                text += f" (vorig {count_of(previous[theme], status)})"
            row.append(para(text, styles.cell))
        rows.append(row)
    for column, status in enumerate(STATUS_ORDER, start=1):
        colouring.append(("BACKGROUND", (column, 0), (column, 0), STATUS_FILL[status]))
    return grid_table(rows, [theme_width] + [status_width] * len(STATUS_ORDER), extra=colouring)


def overview_section(doc: MergedGesprek, disclosure: Disclosure, styles: Styles) -> list[Flowable]:
    """'Overzicht caseload': the clients × themes table."""
    flowables: list[Flowable] = heading_with_room("Overzicht caseload", styles.heading)
    if not doc.clients:
        return [*flowables, para("Er staan geen cliënten in dit caseloadgesprek.", styles.body)]
    return [
        *flowables,
        para(
            "Status per thema volgens de zelfscan van de medewerker. "
            "De kleur herhaalt de status die in de cel staat.",
            styles.small,
        ),
        Spacer(0, 2 * mm),
        _caseload_table(doc, disclosure, styles),
    ]


def results_section(doc: MergedGesprek, styles: Styles) -> list[Flowable]:
    """'Resultaten per thema': the chart and the counts, beside the previous gesprek's."""
    if not doc.clients:
        return []
    if doc.vorig_gesprek is not None:
        comparison = (
            f"Aantal cliënten per status en thema, naast het vorige caseloadgesprek van "
            f"{short_date(doc.vorig_gesprek.datum)}."
        )
    else:
        comparison = (
            "Aantal cliënten per status en thema. Er is geen vorig caseloadgesprek "
            "om mee te vergelijken."
        )
    # The chart stays with its heading; the counts may follow on the next page, so a
    # half-empty page is not left behind when the whole does not fit.
    return [
        KeepTogether(
            [
                para("Resultaten per thema", styles.heading),
                para(comparison, styles.small),
                Spacer(0, 2 * mm),
                theme_chart(doc, CONTENT_WIDTH),
            ]
        ),
        Spacer(0, 3 * mm),
        KeepTogether([_counts_table(doc, styles)]),
    ]
