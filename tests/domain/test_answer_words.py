"""One wording of a stored answer for the scan screen and the werkversie PDF."""

from __future__ import annotations

import pytest

from jbn_selfscan.domain.answer_words import answer_words


@pytest.mark.parametrize(
    ("answer_type", "value", "label", "expected"),
    [
        (
            "keuze",
            "nee",
            "Nee, alleen een vaste contactpersoon",
            "Nee, alleen een vaste contactpersoon",
        ),
        ("keuze", "onbekende_waarde", None, "onbekende_waarde"),
        ("datum", "2026-02-27", None, "27-02-2026"),
        ("datum", " 2026-02-27 ", None, "27-02-2026"),
        ("datum", "27 februari", None, "27 februari"),  # not a stored date: shown as it is
        ("getal", "3.5", None, "3,5"),
        ("tekst", "Gesprek met moeder.", None, "Gesprek met moeder."),
        ("", "iets", None, "iets"),  # an item this checklist does not know
    ],
)
def test_answer_words(answer_type: str, value: str, label: str | None, expected: str) -> None:
    assert answer_words(answer_type, value, label) == expected
