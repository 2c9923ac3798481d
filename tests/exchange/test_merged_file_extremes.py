"""Numbers and moments at the extremes get a Dutch refusal, never a traceback later on.

A version of 2^63 does not fit the database; a moment in year 1 or 9999 with an offset leaves
the calendar when it is converted (the PDF and the deadline engine used to crash on it).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.exchange.merged_file import (
    MAX_FILE_INTEGER,
    InvalidContentError,
    MergedFileError,
    compute_checksum,
    parse_merged_bytes,
)
from jbn_selfscan.report import render_pdf

EXAMPLE = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "example-caseloadgesprek.json").read_text(
        encoding="utf-8"
    )
)


def _encoded(edit: Any) -> bytes:
    document = json.loads(json.dumps(EXAMPLE))
    edit(document)
    document["checksum"] = {"algorithm": "sha256", "value": compute_checksum(document)}
    return json.dumps(document).encode("utf-8")


def _set(*path: str | int, value: object) -> Any:
    def edit(document: Any) -> None:
        container = document
        for step in path[:-1]:
            container = container[step]
        container[path[-1]] = value

    return edit


CASES = [
    (("gesprek", "versie"), 2**63, "gesprek.versie is te groot (een getal van 19 cijfers"),
    (("gesprek", "versie"), 10**30, "gesprek.versie is te groot"),
    (("gesprek", "versie"), MAX_FILE_INTEGER + 1, "gesprek.versie is te groot (1000000001"),
    (
        ("gesprek", "bijgewerkt_op"),
        "0001-01-01T00:00:00+05:00",
        "gesprek.bijgewerkt_op ligt buiten 1900–2199",
    ),
    (
        ("gesprek", "bijgewerkt_op"),
        "9999-12-31T23:00:00-05:00",
        "gesprek.bijgewerkt_op ligt buiten 1900–2199",
    ),
    (("gesprek", "datum"), "9999-12-31", "gesprek.datum ligt buiten 1900–2199"),
    (("gesprek", "datum"), "0001-01-01", "gesprek.datum ligt buiten 1900–2199"),
    (("akkoord", 0, "op"), "9999-12-31T23:59:59+14:00", "akkoord[0].op ligt buiten"),
    (("clients", 0, "uitspraakdatum"), "0001-01-01", "clients[0].uitspraakdatum ligt buiten"),
]


@pytest.mark.parametrize(("path", "value", "expected"), CASES, ids=lambda v: str(v)[:24])
def test_extreme_value_is_refused_in_dutch(
    path: tuple[Any, ...], value: object, expected: str
) -> None:
    with pytest.raises(InvalidContentError) as caught:
        parse_merged_bytes(_encoded(_set(*path, value=value)))
    assert caught.value.message_nl.startswith("De inhoud van het bestand klopt niet: ")
    assert expected in caught.value.message_nl


def test_ordinary_values_still_pass() -> None:
    parse_merged_bytes(_encoded(_set("gesprek", "versie", value=MAX_FILE_INTEGER)))


_OFFSETS = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
_MOMENTS = st.builds(
    lambda day, offset: dt.datetime.combine(day, dt.time(12), offset).isoformat(),
    st.dates(min_value=dt.date(1, 1, 2), max_value=dt.date(9999, 12, 30))
    | st.dates(min_value=dt.date(1900, 1, 2), max_value=dt.date(2199, 12, 30)),
    _OFFSETS,
) | st.sampled_from(["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    versie=st.integers(min_value=1, max_value=2**70) | st.integers(min_value=1, max_value=99),
    moment=_MOMENTS,
    day=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
    | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)),
)
def test_any_extreme_is_refused_or_the_pdf_renders(versie: int, moment: str, day: dt.date) -> None:
    def edit(document: Any) -> None:
        document["gesprek"]["versie"] = versie
        document["gesprek"]["bijgewerkt_op"] = moment
        document["akkoord"][0]["op"] = moment
        document["gesprek"]["datum"] = day.isoformat()

    try:
        doc = parse_merged_bytes(_encoded(edit))
    except MergedFileError as exc:
        assert exc.message_nl.startswith("De inhoud van het bestand klopt niet: ")
        return
    render_pdf(doc, io.BytesIO())
