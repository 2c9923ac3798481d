"""Canvas that draws header and footer with "pagina X van Y" once the page count is known.

Pages are kept in memory until `save()`, then each is finished with the total (the usual
two-pass numbered-canvas recipe). The document date is fixed from the data, so rendering the
same gesprek twice gives identical bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
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
        deco = self._decoration
        width, height = PAGE_SIZE
        baseline = height - 13 * mm
        self.saveState()
        self.setFillColor(INK)
        self.setFont(FONT_BOLD, 8.5)
        self.drawString(MARGIN_LEFT, baseline, deco.title)
        self.setFont(FONT_REGULAR, 8.5)
        self.drawRightString(width - MARGIN_RIGHT, baseline, f"{deco.medewerker} · {deco.datum}")
        if deco.werkversie:
            self.setFillColor(WERKVERSIE_RED)
            self.setFont(FONT_BOLD, 8.5)
            self.drawCentredString(width / 2, baseline, "WERKVERSIE")
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
