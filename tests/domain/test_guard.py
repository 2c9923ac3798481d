"""The identifier guard warns about BSN, e-mail, phone, address and date of birth in free text."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.guard import (
    REDACTED,
    IdentifierKind,
    find_identifiers,
    passes_elfproef,
    redact,
    warning_text,
)

# 123456782 and 111222333 pass the elfproef; 012345672 is 12345672 padded.
POSITIVES: list[tuple[IdentifierKind, str, str]] = [
    (IdentifierKind.BSN, "BSN van moeder is 123456782.", "123456782"),
    (IdentifierKind.BSN, "bsn: 123.456.782", "123.456.782"),
    (IdentifierKind.BSN, "nummer 1234 56 782 staat op de beschikking", "1234 56 782"),
    (IdentifierKind.BSN, "kind (111222333) woont bij oma", "111222333"),
    (IdentifierKind.BSN, "burgerservicenummer 12345672", "12345672"),
    (IdentifierKind.BSN, "BSN: 1234.5672 (zonder voorloopnul)", "1234.5672"),
    (IdentifierKind.BSN, "Sofinummer vader 111 222 333", "111 222 333"),
    (IdentifierKind.EMAIL, "mail naar j.devries@example.nl aub", "j.devries@example.nl"),
    (IdentifierKind.EMAIL, "moeder (m.bakker+jbn@gmail.com)", "m.bakker+jbn@gmail.com"),
    (
        IdentifierKind.EMAIL,
        "Zie Jan.Jansen@gemeente-groningen.nl.",
        "Jan.Jansen@gemeente-groningen.nl",
    ),
    (IdentifierKind.EMAIL, "school: info@obs-dewaard.example.org", "info@obs-dewaard.example.org"),
    (IdentifierKind.EMAIL, "ouder: p_smit@hotmail.com; vader onbekend", "p_smit@hotmail.com"),
    (IdentifierKind.EMAIL, "contact x@y.co", "x@y.co"),
    (IdentifierKind.TELEFOON, "bel moeder op 06-12345678", "06-12345678"),
    (IdentifierKind.TELEFOON, "mobiel 06 1234 5678 na 17 uur", "06 1234 5678"),
    (IdentifierKind.TELEFOON, "vader: +31 6 12345678", "+31 6 12345678"),
    (IdentifierKind.TELEFOON, "oma 0031 6 12345678", "0031 6 12345678"),
    (IdentifierKind.TELEFOON, "school 050-1234567", "050-1234567"),
    (IdentifierKind.TELEFOON, "huisarts 0592 123456", "0592 123456"),
    (IdentifierKind.TELEFOON, "(050) 123 4567 vragen naar Ans", "(050) 123 4567"),
    (IdentifierKind.TELEFOON, "+31 (0)50 123 45 67", "+31 (0)50 123 45 67"),
    (IdentifierKind.TELEFOON, "nummer +31612345678 werkt niet", "+31612345678"),
    (IdentifierKind.TELEFOON, "bel 06-12345678 2 keer per week", "06-12345678"),
    (IdentifierKind.POSTCODE_HUISNUMMER, "woont op 9712 AB 12", "9712 AB 12"),
    (IdentifierKind.POSTCODE_HUISNUMMER, "adres 9712AB 12a", "9712AB 12a"),
    (
        IdentifierKind.POSTCODE_HUISNUMMER,
        "Stationsweg 12, 9401 KB Assen",
        "Stationsweg 12, 9401 KB",
    ),
    (IdentifierKind.POSTCODE_HUISNUMMER, "postcode 9401KB, nr. 3", "9401KB, nr. 3"),
    (IdentifierKind.POSTCODE_HUISNUMMER, "bij oma, Hoofdstraat 7-II", "Hoofdstraat 7-II"),
    (IdentifierKind.POSTCODE_HUISNUMMER, "huisnummer 12, 9401 KB", "12, 9401 KB"),
    (IdentifierKind.GEBOORTEDATUM, "geboren op 3 maart 2012", "3 maart 2012"),
    (IdentifierKind.GEBOORTEDATUM, "Noor (geb. 03-03-2012)", "03-03-2012"),
    (IdentifierKind.GEBOORTEDATUM, "geboortedatum: 2012-03-03", "2012-03-03"),
    (IdentifierKind.GEBOORTEDATUM, "DOB 03/03/2012", "03/03/2012"),
    (IdentifierKind.GEBOORTEDATUM, "broertje (geb. 3 mrt. 2019)", "3 mrt. 2019"),
    (IdentifierKind.GEBOORTEDATUM, "Geboren: 3-3-12", "3-3-12"),
    (IdentifierKind.GEBOORTEDATUM, "geb.datum 12-11-2010", "12-11-2010"),
    (IdentifierKind.GEBOORTEDATUM, "* 03-03-2012", "03-03-2012"),
    (IdentifierKind.GEBOORTEDATUM, "Noor (* 03-03-2012)", "03-03-2012"),
    (IdentifierKind.GEBOORTEDATUM, "Sem *12.11.2010", "12.11.2010"),
    (IdentifierKind.GEBOORTEDATUM, "geboren 03 03 2012", "03 03 2012"),
    (IdentifierKind.GEBOORTEDATUM, "BSN volgt; geboren 03 03 2012", "03 03 2012"),
    (IdentifierKind.TELEFOON, "gebeld op 03 03 2025 06 12 34 56 78", "06 12 34 56 78"),
]

NEGATIVES: dict[str, list[str]] = {
    "bsn": [
        "123456789 is geen geldig BSN-nummer",  # fails the elfproef
        "BSN: 123456789",  # a nine-digit number failing the elfproef is not a BSN
        "12345672 zonder het woord erbij",  # eight digits need "BSN" nearby
        "kosten 123.456.789 euro",
        "bedrag € 1.250,00 voor de pleegzorg",
        "000000000",
        "zaaknummer 2024001534",
    ],
    "email": [
        "jan@",
        "@school besproken",
        "afspraak om 10@ MDO",
        "e-mail volgt",
        "vader@home",  # no domain
        "contact via de school (mail)",
        "we kijken at home",
        "zie www.example.nl",
        "mail@school. Daarna belt zij",
    ],
    "telefoon": [
        "zaak OTS-2024-0153 besproken",
        "zaak 24-0153",
        "op 12-03-2026 om 14:00",
        "03-03-2012 14:30 MDO",
        "Veilig Thuis 0800-2000",
        "risicotaxatie ARIJ 2025-11-03, score 12",
        "weken 06 07 08 gemist",
        "versie 1.2.3",
        "PvA 1e versie 06-01-2026",
        "huisbezoek 03 03 2025 10:30",  # a spaced date and a time, not 0303202510
        "laatste contact 28 02 2025 16.45",
        "evaluatie 07 01 2026 09 00 gepland",
    ],
    "postcode_huisnummer": [
        "in 2025 JR 3 keer gezien",
        "2024 AB",  # postcode without a number
        "Tijdpad 3 maanden",
        "in 2025 is 3 keer overleg geweest",  # a lowercase "postcode" that is a word
        "Gerechtshof 12 december zitting",
        "Veendam 2 zaken overgedragen",
        "Herinnering 2 verstuurd",
        "Loopbaan 3 jaar besproken",
        "4 kinderen van 2, 5 en 9 jaar",
        "na 2025 OM 2 zaken",
        "in 2024 is 1 keer overleg geweest",
    ],
    "geboortedatum": [
        "op 3 maart 2026 is er een MDO",
        "uitspraak 15-01-2026",
        "geboorte broertje verwacht op 3 maart 2026",
        "geboren in 2012",  # a year alone is not a date of birth
        "gebeurd op 3-3-2026",
        "kernbesluit 2026-03-03",
        "het kind is geboren. Op 3 maart 2026 is er een MDO",  # another sentence
        "geboorte broertje; MDO 3 maart 2026",
        "* 03-03-2025 gesprek met moeder",  # a bullet, not a birth mark
        "Gesprekken:\n* 03-03-2025\n* 17-03-2025",  # a list of dates
        "5 * 3 = 15 contactmomenten",
    ],
}


@pytest.mark.parametrize(
    ("text", "birth_dates"),
    [
        ("Noor\n* 03-03-2012", ["03-03-2012"]),
        ("Noor\n* 03-03-2012\nSem\n* 12-11-2010", ["03-03-2012", "12-11-2010"]),
        ("* 03-03-2012\nwoont bij oma", ["03-03-2012"]),
        ("Noor\n* 03-03-2012 huisbezoek", []),  # words after it: a bulleted entry
        ("- gesprek\n* 03-03-2025", []),  # next to another bullet: a list
        ("* 03-03-2025\n* 17-03-2025", []),
    ],
)
def test_a_starred_date_counts_as_a_birth_date_unless_it_is_a_list_entry(
    text: str, birth_dates: list[str]
) -> None:
    assert [f.text for f in find_identifiers(text)] == birth_dates


@pytest.mark.parametrize(("kind", "text", "expected"), POSITIVES)
def test_identifier_is_found(kind: IdentifierKind, text: str, expected: str) -> None:
    findings = find_identifiers(text)
    assert [(f.kind, f.text) for f in findings] == [(kind, expected)]
    assert text[findings[0].start : findings[0].end] == expected


@pytest.mark.parametrize(
    "text",
    [text for texts in NEGATIVES.values() for text in texts],
    # ASCII ids: pytest run twice in one process (mutmut) cannot find the escaped euro sign.
    ids=lambda t: t[:30].replace("€", "EUR"),
)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert find_identifiers(text) == []


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("123456782", True), ("111222333", True), ("012345672", True), ("123456789", False),
     ("000000000", False), ("12345678", False)],
)  # fmt: skip
def test_elfproef(digits: str, valid: bool) -> None:
    assert passes_elfproef(digits) is valid


def test_findings_come_in_order_without_overlap() -> None:
    text = (
        "BSN 123456782, mail j@example.nl, bel +31 6 12345678, 9712 AB 12, geboren op 3 maart 2012"
    )
    kinds = [f.kind for f in find_identifiers(text)]
    assert kinds == [
        IdentifierKind.BSN,
        IdentifierKind.EMAIL,
        IdentifierKind.TELEFOON,
        IdentifierKind.POSTCODE_HUISNUMMER,
        IdentifierKind.GEBOORTEDATUM,
    ]


def test_phone_with_country_code_is_one_finding_not_a_bsn() -> None:
    assert passes_elfproef("612345671")  # so the nine digits alone would look like a BSN
    findings = find_identifiers("+31 612345671")
    assert [(f.kind, f.text) for f in findings] == [(IdentifierKind.TELEFOON, "+31 612345671")]


def test_redact_replaces_each_identifier_and_keeps_the_rest() -> None:
    text = "Moeder (BSN 123456782) belt via 06-12345678 of mailt m@example.nl."
    assert redact(text) == f"Moeder (BSN {REDACTED}) belt via {REDACTED} of mailt {REDACTED}."


def test_redact_leaves_clean_text_alone() -> None:
    text = "Op 3 maart 2026 MDO over zaak OTS-2024-0153; PvA ligt er sinds 06-01-2026."
    assert redact(text) == text


def test_warning_names_what_was_found_in_dutch() -> None:
    warning = warning_text(find_identifiers("BSN 123.456.782"))
    assert warning == (
        "Let op: dit lijkt een BSN (123.456.782). Gebruik liever initialen of de zaakreferentie."
    )


def test_warning_lists_several_findings_and_each_advice_once() -> None:
    warning = warning_text(find_identifiers("06-12345678 en 050-1234567, geb. 03-03-2012"))
    assert warning.startswith(
        "Let op: dit lijkt een telefoonnummer (06-12345678), een telefoonnummer (050-1234567) "
        "en een geboortedatum (03-03-2012)."
    )
    assert warning.count("Contactgegevens") == 1
    assert "leeftijd" in warning


def test_warning_for_many_findings_stays_short() -> None:
    text = " ".join(f"06-1234567{i}" for i in range(8))
    warning = warning_text(find_identifiers(text))
    assert "nog 3 andere gegevens" in warning


def test_no_warning_without_findings() -> None:
    assert warning_text([]) == ""


def test_long_hostile_text_is_checked_quickly() -> None:
    """A 20,000-character toelichting must not freeze the app (regex backtracking)."""
    texts = ["0 " * 10_000, "12 " * 6_600, "a@" * 10_000, "Straatweg " * 2_000, "1." * 10_000]
    started = time.perf_counter()
    for text in texts:
        redact(text)
    assert time.perf_counter() - started < 5


_FRAGMENTS = st.sampled_from(
    [
        "BSN ", "bsn: ", "geboren op ", "geb. ", "DOB ", "tel ", "+31 ", "0031", "06", "050-",
        "(0", ")", "@", ".", "-", " ", ", ", "nl", "example", "AB", "KB", "straat", "weg ",
        "maart ", "2012", "123456782", "12345672", "9712", "1", "0", "7", "\n",
    ]
)  # fmt: skip
_TEXTS = st.lists(
    _FRAGMENTS | st.text(alphabet="0123456789 .-+@()abAB,:/", max_size=6), max_size=30
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_redacted_text_contains_no_finding(text: str) -> None:
    assert find_identifiers(redact(text)) == []


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_findings_point_at_their_text(text: str) -> None:
    findings = find_identifiers(text)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    for before, after in itertools.pairwise(findings):
        assert before.end <= after.start


# Texts with planted identifiers: hand-checked phrases (POSITIVES, each with the exact span
# that must go) between ordinary words. The expected redaction is worked out from the known
# spans, not by the guard, so a redaction that eats a neighbouring character or leaves part of
# an identifier fails.
_WORDS = st.lists(
    st.sampled_from(
        ["moeder", "vader", "kind", "oma", "school", "besproken", "MDO", "afspraak", "gezien",
         "pleegzorg", "zorgen", "rustig", "Noor", "Ans", "teamoverleg", "zie", "en", "ook"]
    ),
    min_size=1,
    max_size=6,
).map(" ".join)  # fmt: skip


@st.composite
def planted_texts(draw: st.DrawFn) -> tuple[str, str, list[IdentifierKind]]:
    """(text, expected redaction, planted kinds in order)."""
    phrases = draw(st.lists(st.sampled_from(POSITIVES), min_size=1, max_size=4))
    parts, expected, kinds = [draw(_WORDS)], [], []
    expected.append(parts[0])
    for kind, phrase, span in phrases:
        start = phrase.index(span)
        parts.append(phrase)
        expected.append(phrase[:start] + REDACTED + phrase[start + len(span) :])
        kinds.append(kind)
        filler = draw(_WORDS)
        parts.append(filler)
        expected.append(filler)
    return ". ".join(parts), ". ".join(expected), kinds


@settings(max_examples=300, deadline=None)
@given(planted_texts())
def test_redaction_removes_exactly_the_planted_identifiers(
    planted: tuple[str, str, list[IdentifierKind]],
) -> None:
    """Every generated text holds 1-4 identifiers; the redaction is compared with one made
    from the known spans.

    Planted bug: `redact` cutting `text[finding.end + 1 :]` (one character too many). The old
    property (no finding left after redaction) still held; this test fails.
    """
    text, expected, kinds = planted
    assert [finding.kind for finding in find_identifiers(text)] == kinds
    assert redact(text) == expected
