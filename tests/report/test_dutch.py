"""Dates in the PDF read Dutch whatever the machine's locale is."""

from __future__ import annotations

import datetime as dt

from jbn_selfscan.report.dutch import long_date, long_date_time, period, short_date


def test_long_date_has_dutch_weekday_and_month() -> None:
    assert long_date(dt.date(2026, 11, 16)) == "maandag 16 november 2026"
    assert long_date(dt.date(2027, 3, 7)) == "zondag 7 maart 2027"


def test_sign_off_time_is_shown_in_dutch_time() -> None:
    summer = dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC)
    winter = dt.datetime(2026, 11, 16, 14, 5, tzinfo=dt.UTC)
    assert long_date_time(summer) == "woensdag 1 juli 2026 om 14:00"
    assert long_date_time(winter) == "maandag 16 november 2026 om 15:05"
    # A naive stored moment is UTC (the one rule), never "as stored".
    assert long_date_time(dt.datetime(2026, 11, 16, 9, 30)) == "maandag 16 november 2026 om 10:30"


def test_missing_dates_are_said_in_words() -> None:
    assert short_date(None) == "—"
    assert period(None, None) == "niet vastgelegd"
    assert period(dt.date(2026, 8, 1), None) == "vanaf 1 augustus 2026"
    assert period(dt.date(2026, 8, 1), dt.date(2026, 10, 31)) == (
        "1 augustus 2026 t/m 31 oktober 2026"
    )
