"""Dutch wording of roles and statuses for the PDF; dates and moments come from
`domain.dutch_dates` (the one place for Dutch dates and the rule for stored moments)."""

from __future__ import annotations

from jbn_selfscan.domain.dutch_dates import (
    NO_VALUE,
    date_without_weekday,
    long_date,
    period,
    short_date,
)
from jbn_selfscan.domain.dutch_dates import long_moment as long_date_time
from jbn_selfscan.domain.dutch_words import OWNER_ROLE_WORDS, ROLE_WORDS

__all__ = [
    "NO_VALUE",
    "OWNER_ROLE_LABELS",
    "ROLE_LABELS",
    "date_without_weekday",
    "long_date",
    "long_date_time",
    "period",
    "short_date",
]

ROLE_LABELS = ROLE_WORDS
OWNER_ROLE_LABELS = OWNER_ROLE_WORDS
