"""Paragraph styles, colours and small builders shared by all sections."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from jbn_selfscan.domain.types import ItemStatus
from jbn_selfscan.report.fonts import FONT_BOLD, FONT_REGULAR, printable

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
MIN_ROW_SPLIT_HEIGHT = 24  # a table row taller than a page may split, leaving at least this

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9E9E9E")
HEADER_FILL = colors.HexColor("#E8EEF4")
WERKVERSIE_RED = colors.HexColor("#B00020")

# Light tints behind the status text in tables (the text is always there too).
STATUS_FILL = {
    ItemStatus.OP_ORDE: colors.HexColor("#CDEBCF"),
    ItemStatus.AANDACHT: colors.HexColor("#FFE2A8"),
    ItemStatus.NIET_OP_ORDE: colors.HexColor("#F8C4C4"),
    ItemStatus.NOG_NIET_INGEVULD: colors.HexColor("#E3E3E3"),
    ItemStatus.NVT: colors.HexColor("#F6F6F6"),
}
# Stronger colours for chart bars, in the same hue per status.
STATUS_BAR = {
    ItemStatus.OP_ORDE: colors.HexColor("#6DBE71"),
    ItemStatus.AANDACHT: colors.HexColor("#F2C14E"),
    ItemStatus.NIET_OP_ORDE: colors.HexColor("#E57373"),
    ItemStatus.NOG_NIET_INGEVULD: colors.HexColor("#ABABAB"),
    ItemStatus.NVT: colors.HexColor("#DEDEDE"),
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    client_heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    banner: ParagraphStyle
    listed: ParagraphStyle


def make_styles() -> Styles:
    base = ParagraphStyle(
        "base",
        fontName=FONT_REGULAR,
        fontSize=9,
        leading=12,
        textColor=INK,
        alignment=TA_LEFT,
        bulletFontName=FONT_REGULAR,
        splitLongWords=True,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=derive("body", spaceAfter=4),
        small=derive("small", fontSize=7.5, leading=9.5, textColor=MUTED),
        title=derive("title", fontName=FONT_BOLD, fontSize=20, leading=24, spaceAfter=6),
        heading=derive(
            "heading",
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=6,
        ),
        subheading=derive(
            "subheading",
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=6,
            spaceAfter=3,
        ),
        client_heading=derive(
            "client_heading", fontName=FONT_BOLD, fontSize=11, leading=14, spaceAfter=1
        ),
        cell=derive("cell", fontSize=8, leading=10),
        cell_bold=derive("cell_bold", fontName=FONT_BOLD, fontSize=7.5, leading=9.5),
        cell_small=derive("cell_small", fontSize=7, leading=8.5, textColor=MUTED),
        banner=derive(
            "banner", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=colors.white
        ),
        listed=derive("listed", leftIndent=16, bulletIndent=0, spaceAfter=3),
    )


def markup(text: str) -> str:
    """Escape text for a Paragraph, keep its line breaks and make every character visible."""
    return escape(printable(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def heading_with_room(
    text: str, style: ParagraphStyle, room_below: float = 30 * mm
) -> list[Flowable]:
    """A heading that starts a new page when less than `room_below` is left under it."""
    return [CondPageBreak(room_below + style.leading + style.spaceBefore), para(text, style)]


def table_font() -> tuple[object, ...]:
    """Every table names the embedded font, or reportlab falls back to Helvetica for cells."""
    return ("FONT", (0, 0), (-1, -1), FONT_REGULAR, 8)


def grid_table(
    rows: list[list[Paragraph]],
    widths: list[float],
    *,
    extra: list[tuple[object, ...]] | None = None,
    header_rows: int = 1,
) -> Table:
    """A table with a shaded header row that repeats on every page and may split inside rows."""
    commands: list[tuple[object, ...]] = [
        table_font(),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    commands.extend(extra or [])
    return Table(
        rows,
        colWidths=widths,
        repeatRows=header_rows,
        splitInRow=MIN_ROW_SPLIT_HEIGHT,
        style=TableStyle(commands),
        hAlign="LEFT",
    )
