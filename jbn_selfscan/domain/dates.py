"""The one range of dates the app accepts, wherever a date enters.

A typed date, an imported caseload row, a restored database and a merged file are all checked
against `FIRST_DATE` .. `LAST_DATE`, with a Dutch message that names the field. Maatregelen for
minors (JR up to 23 years) do not start before 1990; the holiday calendar is prebuilt up to 2100.
"""

from __future__ import annotations

import datetime as dt

from jbn_selfscan.domain.dutch_dates import short_date

FIRST_DATE = dt.date(1990, 1, 1)
LAST_DATE = dt.date(2100, 12, 31)


def in_range(day: dt.date) -> bool:
    return FIRST_DATE <= day <= LAST_DATE


def range_problem(day: dt.date) -> str | None:
    """A Dutch message when `day` lies outside the accepted range, else None."""
    if in_range(day):
        return None
    return (
        f"de datum {short_date(day)} ligt buiten het bereik dat de app aanneemt "
        f"({short_date(FIRST_DATE)} tot en met {short_date(LAST_DATE)})"
    )
