"""Paragraph styles, colours and small builders shared by all sections."""

from __future__ import annotations

import re
from collections.abc import Callable
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


FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM


class GridTable(Table):  # type: ignore[misc]  # reportlab has no type information
    """A table that splits between rows, and inside a row only when that row (under the
    repeated header) could not fit on any page.

    reportlab's own order (between rows, and when no row fits, inside one) splits twice on one
    page: the rows that fit, then the repeated header and half of the next row in the space
    left. Here a row that fits on a page moves to the next page whole.
    """

    splitInRow: int  # set by Table.__init__
    repeatRows: int

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        allowed = self.splitInRow
        header = sum(self._rowHeights[: self.repeatRows])
        body = self._rowHeights[self.repeatRows :]
        if body and header + body[0] <= FRAME_HEIGHT:
            self.splitInRow = 0
        try:
            parts: list[Flowable] = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = allowed
        for part in parts:  # the parts are made with this table's settings of the moment
            if isinstance(part, GridTable):
                part.splitInRow = allowed
        return parts


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
    return GridTable(
        rows,
        colWidths=widths,
        repeatRows=header_rows,
        splitInRow=MIN_ROW_SPLIT_HEIGHT,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


# A table row cannot be split cheaply: reportlab wraps the whole cell again for every page it
# spans, so a cell of 20,000 characters costs seconds. Longer texts are clipped in the cell and
# printed in full under the table, as ordinary paragraphs.
CELL_TEXT_LIMIT = 500


class Overflow:
    """Long texts moved out of the cells of one table, to print in full under it."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, int | None]] = []

    def clip(self, text: str, label: str, key: int | None = None) -> str:
        """`text` as it fits a cell; when too long, its start and where the rest is. `key`
        groups the texts of one row (see `flowables`)."""
        if len(text) <= CELL_TEXT_LIMIT:
            return text
        cut = text.rfind(" ", 0, CELL_TEXT_LIMIT)
        if cut < CELL_TEXT_LIMIT // 2:
            cut = CELL_TEXT_LIMIT
        self.items.append((label, text, key))
        return f"{text[:cut].rstrip()} … (verder onder de tabel: {label})"

    @property
    def keys(self) -> set[int | None]:
        return {key for _label, _text, key in self.items}

    def flowables(
        self, styles: Styles, after_each: Callable[[], Flowable] | None = None
    ) -> list[Flowable]:
        """The full texts, each headed by its label (nothing when no text was clipped);
        `after_each()` follows the last text of each key."""
        flowables: list[Flowable] = []
        for index, (label, text, key) in enumerate(self.items):
            first = f"<b>{escape(printable(label))}</b>: "
            flowables += long_text(text, styles.body, first_markup=first)
            last_of_key = index + 1 == len(self.items) or self.items[index + 1][2] != key
            if after_each is not None and last_of_key:
                flowables.append(after_each())
        return flowables


# reportlab wraps a paragraph again from its split point on every page it reaches, so one
# paragraph of 20,000 characters costs far more than ten of 2,000. Long free text is printed as
# consecutive paragraphs, broken at the writer's own line breaks or else after a sentence.
PARAGRAPH_TEXT_LIMIT = 1_500
_SENTENCE_END = re.compile(r"[.!?;:]\s")


def text_pieces(text: str, limit: int = PARAGRAPH_TEXT_LIMIT) -> list[str]:
    """`text` cut into pieces of at most about `limit` characters, at line breaks, sentence
    ends or spaces (in that order of preference); joined with line breaks they read the same."""
    pieces: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        while len(line) > limit:
            window = line[: limit + 1]
            ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() > limit // 3]
            cut = ends[-1] if ends else window.rfind(" ") + 1
            if cut <= limit // 3:
                cut = limit
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        pieces.append(line)
    return _joined_short(pieces, limit)


def _joined_short(pieces: list[str], limit: int) -> list[str]:
    """Short lines stay together in one piece (their line breaks kept)."""
    joined: list[str] = []
    for piece in pieces:
        if joined and len(joined[-1]) + len(piece) < limit and len(piece) < limit:
            joined[-1] += "\n" + piece
        else:
            joined.append(piece)
    return joined


def long_text(
    text: str, style: ParagraphStyle, *, first_markup: str = "", bullet: str | None = None
) -> list[Flowable]:
    """Paragraphs for a possibly long free text; `first_markup` (already marked up) goes in
    front of the first piece, `bullet` beside it."""
    pieces = text_pieces(text)
    inner = ParagraphStyle(f"{style.name}-vervolg", parent=style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-slot", parent=style, spaceBefore=0)
    flowables: list[Flowable] = []
    for index, piece in enumerate(pieces):
        piece_style = (
            style
            if len(pieces) == 1
            else (
                ParagraphStyle(f"{style.name}-begin", parent=style, spaceAfter=0)
                if index == 0
                else last
                if index == len(pieces) - 1
                else inner
            )
        )
        shown = (first_markup if index == 0 else "") + markup(piece)
        flowables.append(Paragraph(shown, piece_style, bulletText=bullet if index == 0 else None))
    return flowables
