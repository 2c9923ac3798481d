"""A stored answer as the worker knows it, for the scan screen and the werkversie PDF alike.

Answers are stored as values ("nee", "2026-02-27", "3.5"); a person reads the label of the
choice, a Dutch date and a decimal comma.
"""

from __future__ import annotations

import datetime as dt

from jbn_selfscan.domain.dutch_dates import short_date


def answer_words(answer_type: str, value: str, choice_label: str | None = None) -> str:
    """The answer in words: `choice_label` for a choice (the value when the label is
    unknown), dd-mm-jjjj for a date, 3,5 for a number, any other answer as it is."""
    stripped = value.strip()
    if answer_type == "keuze":
        return choice_label if choice_label is not None else value
    if answer_type == "datum":
        try:
            return short_date(dt.date.fromisoformat(stripped))
        except ValueError:
            return value
    if answer_type == "getal":
        return stripped.replace(".", ",")
    return value
