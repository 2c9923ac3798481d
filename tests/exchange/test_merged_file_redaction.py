"""Identifiers typed into free text are removed from an export unless the user keeps them."""

from __future__ import annotations

import re
from typing import Any

import pytest

from jbn_selfscan.domain.guard import REDACTED, SHORT_REDACTED, IdentifierKind
from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.exchange.merged_file import (
    ExportError,
    find_identifiers_in,
    parse_merged_bytes,
    to_json_bytes,
)

PLANTED = "Moeder (BSN 123456782) is bereikbaar op 06-12345678 en via m.jansen@example.nl."
IDENTIFIERS = ("123456782", "06-12345678", "m.jansen@example.nl")
FREE_TEXT_FIELDS = [
    "gesprek.opmerkingen",
    "gesprek.bespreekpunten_algemeen",
    "gesprek.wijzigingsreden",
    "clients[0].scan.bespreekpunten",
    "clients[0].scan.antwoorden[0].toelichting",
    "clients[1].scan.antwoorden[1].waarde",
    "afspraken[0].tekst",
    "acties[0].omschrijving",
    "acties[0].status_toelichting",
]
# Short fields (names, team, region, contact person) get the short placeholder.
SHORT_FIELDS = [
    "gesprek.praktijkbegeleider.naam",
    "clients[0].regio",
    "clients[0].team",
    "clients[0].contactpersoon",
    "acties[0].eigenaar_naam",
]
SHORT_PLANTED = "Ans (BSN 123456782, 06-12345678)"


def _steps(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]


def get(document: Any, path: str) -> Any:
    for step in _steps(path):
        document = document[step]
    return document


def with_text(doc: MergedGesprek, path: str, text: str) -> MergedGesprek:
    document = doc.model_dump(mode="json")
    *parents, last = _steps(path)
    container: Any = document
    for step in parents:
        container = container[step]
    container[last] = text
    return MergedGesprek.model_validate(document)


@pytest.mark.parametrize("path", FREE_TEXT_FIELDS)
def test_planted_identifiers_are_removed_from_each_free_text_field(
    gesprek: MergedGesprek, path: str
) -> None:
    data = to_json_bytes(with_text(gesprek, path, PLANTED))
    for identifier in IDENTIFIERS:
        assert identifier.encode() not in data
    exported = parse_merged_bytes(data).model_dump(mode="json")
    assert get(exported, path) == (
        f"Moeder (BSN {REDACTED}) is bereikbaar op {REDACTED} en via {REDACTED}."
    )


@pytest.mark.parametrize("path", SHORT_FIELDS)
def test_planted_identifiers_are_removed_from_names_team_region_and_contact(
    gesprek: MergedGesprek, path: str
) -> None:
    data = to_json_bytes(with_text(gesprek, path, SHORT_PLANTED))
    for identifier in IDENTIFIERS[:2]:
        assert identifier.encode() not in data
    exported = parse_merged_bytes(data).model_dump(mode="json")
    assert get(exported, path) == f"Ans (BSN {SHORT_REDACTED}, {SHORT_REDACTED})"


@pytest.mark.parametrize("path", FREE_TEXT_FIELDS)
def test_identifiers_stay_when_the_user_confirmed(gesprek: MergedGesprek, path: str) -> None:
    data = to_json_bytes(with_text(gesprek, path, PLANTED), redact_identifiers=False)
    assert get(parse_merged_bytes(data).model_dump(mode="json"), path) == PLANTED


def test_findings_say_where_they_are_before_export(gesprek: MergedGesprek) -> None:
    doc = with_text(gesprek, "clients[0].scan.antwoorden[0].toelichting", "bel 06-12345678")
    findings = find_identifiers_in(doc)
    assert [(f.path, f.plaats, f.finding.kind) for f in findings] == [
        (
            "clients[0].scan.antwoorden[0].toelichting",
            "toelichting bij nav-01 (OTS-2025-0412)",
            IdentifierKind.TELEFOON,
        )
    ]


def test_clean_gesprek_has_no_findings_and_exports_unchanged(gesprek: MergedGesprek) -> None:
    assert find_identifiers_in(gesprek) == []
    assert to_json_bytes(gesprek) == to_json_bytes(gesprek, redact_identifiers=False)


def test_redaction_that_would_overflow_a_field_is_a_dutch_error(gesprek: MergedGesprek) -> None:
    full = "x" * 1990 + " 123456782"  # waarde allows 2000 characters; the placeholder is longer
    doc = with_text(gesprek, "clients[1].scan.antwoorden[1].waarde", full)
    with pytest.raises(ExportError) as caught:
        to_json_bytes(doc)
    assert "antwoord bij pva-02 (VGD-2024-0088)" in caught.value.message_nl
    assert "te lang" in caught.value.message_nl
