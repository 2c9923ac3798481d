"""Caseload in cijfers in a PDF: the section in the gesprek PDF and the `cijfers -o x.pdf` file.

Both render the JSON shape of the figures (`domain.cijfers.figures_json`), so a worker's own
figures, a team file and a combined organisation file look the same. Counts only: nothing here
names a client.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from jbn_selfscan.domain.cijfers import (
    NORM_PERCENTAGE,
    SIGNAL_NAMES,
    Counts,
    document_facts,
    figures_json,
    figures_of,
)
from jbn_selfscan.domain.deadlines import default_calendar
from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.report.fonts import FONT_REGULAR, register_fonts
from jbn_selfscan.report.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    Styles,
    grid_table,
    heading_with_room,
    make_styles,
    para,
)

_LINE_COLOURS = (colors.HexColor("#1F5F8B"), colors.HexColor("#B35C00"))


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def _percent(value: Any) -> str:
    return "—" if value is None else f"{_text(float(value))} %"


def norms_table(part: Mapping[str, Any], styles: Styles) -> Flowable:
    header = ["Norm", "Omschrijving", "Op orde", "Aandacht", "Niet op orde", "Beoordeeld"]
    rows = [[para(h, styles.cell_bold) for h in header]]
    for n in part["normen"]:
        rows.append(
            [
                para(n["norm"], styles.cell),
                para(n["omschrijving"], styles.cell),
                para(f"{_text(n['op_orde'])} van {_text(n['totaal'])}", styles.cell),
                para(_text(n["aandacht"]), styles.cell),
                para(_text(n["niet_op_orde"]), styles.cell),
                para(_text(n["totaal"]), styles.cell),
            ]
        )
    widths = [14 * mm, CONTENT_WIDTH - 14 * mm - 4 * 20 * mm] + [20 * mm] * 4
    return grid_table(rows, widths)


def steps_table(steps: Sequence[Mapping[str, Any]], styles: Styles) -> Flowable:
    header = ["Stap", "Op tijd", "Te laat", "waarvan nog niet gedaan", "Open", "Op tijd %"]
    rows = [[para(h, styles.cell_bold) for h in header]]
    for s in steps:
        pct = s["percentage"]
        mark = "" if pct is None else (" (norm gehaald)" if pct >= NORM_PERCENTAGE else "")
        rows.append(
            [
                para(s.get("omschrijving") or s["stap"], styles.cell),
                para(_text(s["op_tijd"]), styles.cell),
                para(_text(s["te_laat"]), styles.cell),
                para(_text(s.get("verlopen")), styles.cell),
                para(_text(s["open"]), styles.cell),
                para(_percent(pct) + mark, styles.cell),
            ]
        )
    widths = [42 * mm, 18 * mm, 18 * mm, 34 * mm, 18 * mm, CONTENT_WIDTH - 130 * mm]
    return grid_table(rows, widths)


def signals_table(part: Mapping[str, Any], styles: Styles) -> Flowable:
    rows = [[para("Signaal", styles.cell_bold), para("Aantal", styles.cell_bold)]]
    for key, value in (part.get("signalen") or {}).items():
        rows.append(
            [para(SIGNAL_NAMES.get(key, key), styles.cell), para(_text(value), styles.cell)]
        )
    return grid_table(rows, [90 * mm, 25 * mm])


def trend_chart(trend: Sequence[Mapping[str, Any]], width: float) -> Drawing | None:
    """Share of norm verdicts op orde and of 1e F2F on time, per signed gesprek."""
    if len(trend) < 2:
        return None
    height = 55 * mm
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 12 * mm, 12 * mm
    plot.width, plot.height = width - 20 * mm, height - 22 * mm
    series = []
    for key in ("percentage_op_orde", "percentage_eerste_f2f_op_tijd"):
        series.append([(i, float(p[key])) for i, p in enumerate(trend) if p.get(key) is not None])
    plot.data = [points or [(0, 0.0)] for points in series]
    for index, colour in enumerate(_LINE_COLOURS):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.5
        plot.lines[index].symbol = makeMarker("Circle", size=3, fillColor=colour)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 20
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.3, len(trend) - 0.7
    plot.xValueAxis.valueSteps = list(range(len(trend)))
    months = [str(p["maand"]) for p in trend]

    def month_label(value: float) -> str:
        index = round(value)
        return months[index] if 0 <= index < len(months) else ""

    plot.xValueAxis.labelTextFormat = month_label
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT_REGULAR
        axis.labels.fontSize = 7
    drawing.add(plot)
    legend = (("% normoordelen op orde", 0), ("% 1e F2F op tijd", 1))
    for text, index in legend:
        drawing.add(
            String(
                14 * mm + index * 60 * mm,
                height - 6 * mm,
                f"— {text}",
                fontName=FONT_REGULAR,
                fontSize=7.5,
                fillColor=_LINE_COLOURS[index],
            )
        )
    return drawing


def figures_story(
    document: Mapping[str, Any], styles: Styles, *, level: str = "top"
) -> list[Flowable]:
    """The tables (and trend chart) of one figures document or one worker's entry in it."""
    story: list[Flowable] = []
    mean = document.get("gemiddeld_werkdagen_eerste_f2f")
    story.append(
        para(
            f"Dossiers: {_text(document['dossiers'])}. Gemiddeld aantal werkdagen tot de 1e F2F: "
            f"{_text(mean)}. Norm voor tijdigheid: {NORM_PERCENTAGE} % op tijd.",
            styles.body,
        )
    )
    # A heading never stays behind at the foot of a page, apart from its table.
    story += heading_with_room("Normen van het toetsingskader", styles.subheading, 20 * mm)
    story.append(norms_table(document, styles))
    story.append(
        KeepTogether(
            [
                para("Tijdigheid van de startstappen", styles.subheading),
                steps_table(document["tijdigheid"], styles),
            ]
        )
    )
    for entry in document.get("tijdigheid_per_maatregel", []):
        story.append(
            KeepTogether(
                [
                    para(
                        f"Tijdigheid {entry['maatregel']} ({_text(entry['dossiers'])} dossiers)",
                        styles.subheading,
                    ),
                    steps_table(entry["tijdigheid"], styles),
                ]
            )
        )
    if document.get("signalen"):
        story.append(
            KeepTogether([para("Signalen", styles.subheading), signals_table(document, styles)])
        )
    chart = trend_chart(document.get("trend") or [], CONTENT_WIDTH)
    if chart is not None:
        story.append(
            KeepTogether([para("Verloop over de getekende gesprekken", styles.subheading), chart])
        )
    return story


def cijfers_section_for_gesprek(
    doc: MergedGesprek, styles: Styles, guarded: Callable[[str], str]
) -> list[Flowable]:
    """The 'Caseload in cijfers' section of the gesprek PDF (both versions): counts only.

    The norm and step texts come from the file, so they pass `guarded` (the identifier guard)
    like every other text from the file.
    """
    facts, norms = document_facts(doc.model_dump(mode="json"), default_calendar())
    figures = figures_json(figures_of(facts, norms), Counts(aggregate=False))
    for entry in [*figures.get("normen", ()), *figures.get("tijdigheid", ())]:
        for key in ("norm", "omschrijving", "stap"):
            if isinstance(entry.get(key), str):
                entry[key] = guarded(entry[key])
    story = heading_with_room("Caseload in cijfers", styles.heading, 60 * mm)
    story.append(
        para(
            "Per norm van het toetsingskader: in hoeveel dossiers de vragen bij die norm op orde "
            "zijn (het slechtste oordeel per dossier telt; n.v.t. telt niet mee), en hoe vaak de "
            "startstappen op tijd waren.",
            styles.small,
        )
    )
    return story + figures_story(figures, styles) + [Spacer(1, 4 * mm)]


def render_cijfers_pdf(document: Mapping[str, Any], title: str, path: Path) -> None:
    """A standalone PDF of a figures document (worker, team or organisation)."""
    register_fonts()
    styles = make_styles()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="JBN Zelfscan",
        invariant=1,
        initialFontName=FONT_REGULAR,
        lang="nl-NL",
    )
    periode = document["periode"]
    story: list[Flowable] = [
        para(title, styles.title),
        para(f"Periode: {periode['van']} tot en met {periode['tot']}", styles.body),
    ]
    story += figures_story(document, styles)
    for worker in document.get("medewerkers", []):
        story += heading_with_room(f"Medewerker: {worker['naam']}", styles.heading, 60 * mm)
        story += figures_story(worker, styles)
    for team in document.get("teams", []):
        story += heading_with_room(f"Team: {team['naam']}", styles.heading, 60 * mm)
        story += figures_story(team, styles)
    template.build(story)
    path.write_bytes(buffer.getvalue())
