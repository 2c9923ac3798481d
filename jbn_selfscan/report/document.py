"""Assemble the story and lay it out on A4 (reportlab is imported only here and below)."""

from __future__ import annotations

import functools
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from jbn_selfscan.domain.merged import Client, MergedGesprek
from jbn_selfscan.report.cijfers import cijfers_section_for_gesprek
from jbn_selfscan.report.client_section import ChecklistIndex, client_section
from jbn_selfscan.report.cover import cover_block
from jbn_selfscan.report.dutch import date_without_weekday, long_date
from jbn_selfscan.report.fonts import FONT_REGULAR, printable, register_fonts
from jbn_selfscan.report.monitor import RenderMonitor
from jbn_selfscan.report.numbered_canvas import (
    PERSONEELSDOSSIER_MARK,
    WERKVERSIE_MARK,
    NumberedCanvas,
    PageDecoration,
)
from jbn_selfscan.report.outcome import agreements_section, sign_off_section
from jbn_selfscan.report.privacy import Disclosure
from jbn_selfscan.report.progress import Checkpoint, Deferred
from jbn_selfscan.report.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    Styles,
    heading_with_room,
    make_styles,
)
from jbn_selfscan.report.summary import overview_section, results_section

APP_NAME = "JBN Zelfscan"


class StoryTemplate(SimpleDocTemplate):  # type: ignore[misc]  # reportlab has no type information
    """Builds each `Deferred` part of the story when layout reaches it."""

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        while flowables and isinstance(flowables[0], Deferred):
            flowables[0:1] = flowables[0].build()


def document_title(doc: MergedGesprek, medewerker: str | None = None) -> str:
    """'Caseloadgesprek Sanne de Vries 16 november 2026' (no client data, ever)."""
    gesprek = doc.gesprek
    name = gesprek.medewerker.naam if medewerker is None else medewerker
    return f"Caseloadgesprek {name} {date_without_weekday(gesprek.datum)}"


def _story(
    doc: MergedGesprek, disclosure: Disclosure, styles: Styles, monitor: RenderMonitor
) -> list[Flowable]:
    """Cover and overview, then what was agreed (afspraken, acties, opmerkingen), then the
    figures and the clients one by one, and the akkoord last."""
    story = cover_block(doc, disclosure, styles) + overview_section(doc, disclosure, styles)
    story += agreements_section(doc, disclosure, styles, monitor)
    story += results_section(doc, styles)
    story += cijfers_section_for_gesprek(doc, styles, disclosure.guarded)
    if doc.clients:
        story += heading_with_room("Per cliënt", styles.heading, 45 * mm)
    checklist = ChecklistIndex(doc)

    def section(client: Client) -> list[Flowable]:
        monitor.check()
        flowables = client_section(
            client, checklist, disclosure, styles, lambda: Checkpoint(monitor, parts=0)
        )
        return [*flowables, Checkpoint(monitor)]

    for client in doc.clients:
        story.append(Deferred(functools.partial(section, client)))
    story += sign_off_section(doc, disclosure, styles)
    return story


def build_pdf(
    doc: MergedGesprek, target: BinaryIO, disclosure: Disclosure, monitor: RenderMonitor
) -> None:
    """Write the whole PDF to `target`; raises RenderCancelled from inside the layout."""
    register_fonts()
    styles = make_styles()
    gesprek = doc.gesprek
    medewerker = disclosure.free_text(gesprek.medewerker.naam)
    template = StoryTemplate(
        target,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=document_title(doc, medewerker),
        author=APP_NAME,
        subject=WERKVERSIE_MARK if disclosure.werkversie else PERSONEELSDOSSIER_MARK,
        creator=f"{APP_NAME} {doc.app_versie}",
        keywords="",
        invariant=1,
        initialFontName=FONT_REGULAR,
        initialFontSize=9,
        initialLeading=12,
        lang="nl-NL",
    )
    decoration = PageDecoration(
        title="Caseloadgesprek",
        medewerker=printable(medewerker),
        datum=long_date(gesprek.datum),
        versie=gesprek.versie,
        werkversie=disclosure.werkversie,
    )
    canvas_maker = functools.partial(
        NumberedCanvas, decoration=decoration, document_date=gesprek.bijgewerkt_op
    )
    monitor.report(0)
    template.build(_story(doc, disclosure, styles, monitor), canvasmaker=canvas_maker)
