"""Canvas that draws header and footer with "pagina X van Y" once the page count is known.

Pages are kept in memory until `save()`, then each is finished with the total (the usual
two-pass numbered-canvas recipe). The document date is fixed from the data, so rendering the
same gesprek twice gives identical bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jbn_selfscan.domain.dutch_dates import as_utc
from jbn_selfscan.report.fonts import FONT_BOLD, FONT_REGULAR
from jbn_selfscan.report.styles import (
    INK,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MUTED,
    PAGE_SIZE,
    RULE,
    WERKVERSIE_RED,
)

WERKVERSIE_MARK = "Werkversie — niet voor het personeelsdossier"
PERSONEELSDOSSIER_MARK = "Personeelsdossier"
WERKVERSIE_HEADER = "WERKVERSIE"
HEADER_SIZE = 8.5
HEADER_GAP = 4 * mm
_ELLIPSIS = "…"


@functools.lru_cache(maxsize=8)
def header_right_text(medewerker: str, datum: str, room: float) -> str:
    """'Sanne de Vries · maandag 16 november 2026', with the name cut short (…) when the
    whole would be wider than `room` points; the date is always kept whole."""
    whole = f"{medewerker} · {datum}"
    if stringWidth(whole, FONT_REGULAR, HEADER_SIZE) <= room:
        return whole
    name = medewerker
    while name:
        name = name[:-1].rstrip()
        text = f"{name}{_ELLIPSIS} · {datum}"
        if stringWidth(text, FONT_REGULAR, HEADER_SIZE) <= room:
            return text
    return datum


@dataclass(frozen=True)
class PageDecoration:
    """The text around every page."""

    title: str
    medewerker: str
    datum: str
    versie: int
    werkversie: bool


class _FixedTimeStamp:
    """Stands in for reportlab's TimeStamp: creation and modification date from the data."""

    def __init__(self, moment: dt.datetime) -> None:
        utc = as_utc(moment)
        self.t = utc.timestamp()
        self.lt = utc.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = 0
        self.dmm = 0
        self.tzname = "UTC"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """Create through `functools.partial(NumberedCanvas, decoration=..., document_date=...)`."""

    def __init__(
        self,
        *args: Any,
        decoration: PageDecoration,
        document_date: dt.datetime,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._doc._timeStamp = _FixedTimeStamp(document_date)
        self._saved_page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_header()
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_header(self) -> None:
        """Title (and in the werkversie the red mark right after it) on the left, worker and
        date on the right; the right text is shortened so the two never meet."""
        deco = self._decoration
        width, height = PAGE_SIZE
        baseline = height - 13 * mm
        self.saveState()
        self.setFillColor(INK)
        self.setFont(FONT_BOLD, HEADER_SIZE)
        self.drawString(MARGIN_LEFT, baseline, deco.title)
        left_end = MARGIN_LEFT + stringWidth(deco.title, FONT_BOLD, HEADER_SIZE)
        if deco.werkversie:
            mark_x = left_end + HEADER_GAP
            self.setFillColor(WERKVERSIE_RED)
            self.drawString(mark_x, baseline, WERKVERSIE_HEADER)
            left_end = mark_x + stringWidth(WERKVERSIE_HEADER, FONT_BOLD, HEADER_SIZE)
        room = width - MARGIN_RIGHT - left_end - HEADER_GAP
        self.setFillColor(INK)
        self.setFont(FONT_REGULAR, HEADER_SIZE)
        self.drawRightString(
            width - MARGIN_RIGHT, baseline, header_right_text(deco.medewerker, deco.datum, room)
        )
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_LEFT, baseline - 2.5 * mm, width - MARGIN_RIGHT, baseline - 2.5 * mm)
        self.restoreState()

    def _draw_footer(self, total: int) -> None:
        deco = self._decoration
        width, _ = PAGE_SIZE
        baseline = 11 * mm
        self.saveState()
        if deco.werkversie:
            self.setFillColor(WERKVERSIE_RED)
            self.setFont(FONT_BOLD, 8)
            self.drawString(MARGIN_LEFT, baseline, f"{WERKVERSIE_MARK} · versie {deco.versie}")
        else:
            self.setFillColor(MUTED)
            self.setFont(FONT_REGULAR, 8)
            self.drawString(
                MARGIN_LEFT, baseline, f"{PERSONEELSDOSSIER_MARK} · versie {deco.versie}"
            )
        self.setFillColor(MUTED)
        self.setFont(FONT_REGULAR, 8)
        self.drawRightString(
            width - MARGIN_RIGHT, baseline, f"pagina {self._pageNumber} van {total}"
        )
        self.restoreState()
