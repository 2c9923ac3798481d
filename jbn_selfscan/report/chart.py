"""Bar chart: clients per theme status, now and at the previous caseloadgesprek.

Each theme gets a stacked bar for this gesprek and, when known, one for the previous gesprek
right below it; a legend names the colours and the counts are printed inside the bars.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from jbn_selfscan.domain.merged import MergedGesprek, ThemaTelling
from jbn_selfscan.domain.types import Theme
from jbn_selfscan.report.dutch import short_date
from jbn_selfscan.report.fonts import FONT_BOLD, FONT_REGULAR
from jbn_selfscan.report.styles import INK, STATUS_BAR
from jbn_selfscan.report.tally import STATUS_ORDER, count_of, counts_by_theme, current_counts

ROW_HEIGHT = 15.0
THEME_LABEL_X = 0.0
BARS_X = 175.0
LEGEND_HEIGHT = 34.0
AXIS_HEIGHT = 16.0
LABEL_SIZE = 7.5
MIN_LABELLED_SEGMENT = 11.0  # points; narrower bar segments carry no count


def _nice_step(maximum: int) -> int:
    """An axis step giving at most about eight ticks."""
    raw = max(1, math.ceil(maximum / 8))
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _bar_labeller(value_max: float, bars_width: float) -> Callable[[float], str]:
    """Counts inside the bars, left out where a segment is too narrow to hold one."""
    smallest = MIN_LABELLED_SEGMENT * value_max / bars_width

    def label(value: float) -> str:
        return "" if value == 0 or value < smallest else f"{int(value)}"

    return label


def _rows(doc: MergedGesprek) -> list[tuple[Theme | None, str, ThemaTelling | None]]:
    """(theme, row label, counts) per bar row; a row without counts is a gap between themes."""
    now = counts_by_theme(current_counts(doc))
    previous = counts_by_theme(doc.vorig_gesprek.telling) if doc.vorig_gesprek else None
    rows: list[tuple[Theme | None, str, ThemaTelling | None]] = []
    for index, theme in enumerate(Theme):
        if index:
            rows.append((None, "", None))
        rows.append((theme, "dit gesprek", now[theme]))
        if doc.vorig_gesprek is not None and previous is not None:
            label = f"vorig ({short_date(doc.vorig_gesprek.datum)})"
            rows.append((None, label, previous.get(theme)))
    return rows


def theme_chart(doc: MergedGesprek, width: float) -> Drawing:
    rows = _rows(doc)
    bars_height = ROW_HEIGHT * len(rows)
    height = LEGEND_HEIGHT + AXIS_HEIGHT + bars_height
    drawing = Drawing(width, height, initialFontName=FONT_REGULAR, initialFontSize=LABEL_SIZE)

    chart = HorizontalBarChart()
    chart.x = BARS_X
    chart.y = LEGEND_HEIGHT + AXIS_HEIGHT
    chart.width = width - BARS_X - 12
    chart.height = bars_height
    chart.data = [
        [count_of(counts, status) if counts is not None else 0 for _, _, counts in rows]
        for status in STATUS_ORDER
    ]
    totals = [sum(series[i] for series in chart.data) for i in range(len(rows))]
    chart.categoryAxis.categoryNames = [label for _, label, _ in rows]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = FONT_REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.tickLeft = 0
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([1, *totals])
    chart.valueAxis.valueStep = _nice_step(max([1, *totals]))
    chart.valueAxis.labels.fontName = FONT_REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = STATUS_BAR[STATUS_ORDER[-1]]
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barWidth = ROW_HEIGHT * 0.7
    chart.groupSpacing = ROW_HEIGHT * 0.3
    chart.barLabelFormat = _bar_labeller(chart.valueAxis.valueMax, chart.width)
    chart.barLabels.fontName = FONT_REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxTarget = "mid"
    for index, status in enumerate(STATUS_ORDER):
        chart.bars[index].fillColor = STATUS_BAR[status]
        chart.bars[index].strokeColor = None
    drawing.add(chart)

    slot = bars_height / len(rows)
    top = chart.y + bars_height
    for position, (theme, _, _) in enumerate(rows):
        if theme is None:
            continue
        y = top - (position + 0.5) * slot - LABEL_SIZE / 3
        drawing.add(
            String(THEME_LABEL_X, y, theme.label, fontName=FONT_BOLD, fontSize=8, fillColor=INK)
        )

    legend = Legend()
    legend.x = THEME_LABEL_X + 4
    legend.y = LEGEND_HEIGHT - 12
    legend.fontName = FONT_REGULAR
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = 8
    legend.dy = 8
    legend.deltax = 8
    legend.colorNamePairs = [(STATUS_BAR[status], status.label) for status in STATUS_ORDER]
    legend.strokeColor = None
    drawing.add(legend)
    return drawing
