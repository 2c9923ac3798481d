"""Tests written for mutants that survived mutation testing (docs/testing.md).

Each test names the mutant it kills; each was checked by applying that mutant once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jbn_selfscan.domain.calendar import WorkdayCalendar, days_in_month
from jbn_selfscan.domain.deadlines import StepDates, Unit, compute_deadlines, rules_for
from jbn_selfscan.domain.guard import REDACTED, IdentifierKind, find_identifiers, redact
from jbn_selfscan.domain.types import DeadlineState, Maatregel
from jbn_selfscan.exchange.merged_file import (
    MergedFileError,
    WrongFormatError,
    compute_checksum,
    parse_merged_bytes,
)
from jbn_selfscan.report.pseudonyms import pseudonym_for

D = dt.date
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "gesprek-accenten.json"


@pytest.mark.parametrize(
    ("unit", "one", "two"),
    [
        (Unit.WERKDAGEN, "1 werkdag", "2 werkdagen"),
        (Unit.WEKEN, "1 week", "2 weken"),
        (Unit.MAANDEN, "1 maand", "2 maanden"),
    ],
)
def test_units_are_described_in_singular_and_plural(unit: Unit, one: str, two: str) -> None:
    """Kills `Unit.describe` passing None as the singular."""
    assert (unit.describe(1), unit.describe(2)) == (one, two)


def test_a_five_day_term_from_a_sunday_skips_nothing() -> None:
    """Kills `_skipped_text` returning something other than "niets" for no skipped days."""
    f2f = compute_deadlines(Maatregel.OTS, D(2024, 6, 2), StepDates(), D(2024, 6, 2))[0]
    assert f2f.deadline == D(2024, 6, 7)
    assert f2f.uitleg == (
        "uitspraak zo 2 juni 2024 + 5 werkdagen; overgeslagen: niets → uiterlijk vr 7 juni 2024"
    )


def test_a_week_term_ending_on_a_sunday_says_zondag() -> None:
    """Kills `_day_off_note` naming a Sunday "zaterdag" (or misspelling "zondag"), for a term
    that keeps its date (1e risicotaxatie, a JBN agreement) and for the statutory 1e PvA that
    the Atw moves to Monday."""
    results = {
        r.stap: r
        for r in compute_deadlines(Maatregel.OTS, D(2024, 5, 5), StepDates(), D(2024, 5, 5))
    }
    taxatie, pva = results["eerste_risicotaxatie"], results["eerste_pva"]
    assert taxatie.deadline == D(2024, 6, 16)
    assert taxatie.uitleg.endswith(
        "(valt op zondag; geen wettelijke termijn: de datum schuift niet op)"
    )
    assert pva.deadline == D(2024, 6, 17)
    assert "valt op zo 16 juni 2024, zondag; Atw art. 1: uiterlijk ma 17 juni 2024" in pva.uitleg


def test_every_result_carries_the_description_and_norm_of_its_rule() -> None:
    """Kills `_evaluate` and `_not_applicable` dropping `omschrijving` or `norm`, for open,
    done and n.v.t. results alike."""
    steps = StepDates(eerste_f2f=D(2024, 5, 7))
    results = compute_deadlines(Maatregel.OTS, D(2024, 5, 6), steps, D(2024, 5, 8))
    expected = [
        (r.stap, r.omschrijving, r.norm) for r in rules_for() if Maatregel.OTS in r.maatregelen
    ]
    assert [(r.stap, r.omschrijving, r.norm) for r in results] == expected
    states = {r.state for r in results}
    assert {DeadlineState.OP_TIJD, DeadlineState.OPEN, DeadlineState.NIET_VAN_TOEPASSING} <= states
    assert (
        results[0].omschrijving == "1e F2F met jeugdige en ouders/opvoeders"
        and results[0].norm == "1a.3"
    )


def test_a_negative_number_of_working_days_gets_the_exact_dutch_message() -> None:
    with pytest.raises(ValueError) as error:
        WorkdayCalendar().add_workdays(D(2024, 6, 7), -1)
    assert str(error.value) == "het aantal werkdagen kan niet negatief zijn"


def test_working_days_can_be_counted_up_to_the_end_of_the_last_calendar_year() -> None:
    """Kills `_weekday_holidays_between` looking one year past the end date (the year after
    the last one the holiday calendar knows then raises)."""
    cal = WorkdayCalendar()
    # 22 weekdays after Wednesday 1 December 2100; both Christmas days fall on the weekend.
    assert cal.workdays_between(D(2100, 12, 1), D(2100, 12, 31)) == 22


@pytest.mark.parametrize(
    ("year", "month", "days"),
    [(2024, 12, 31), (2024, 2, 29), (2023, 2, 28), (2024, 4, 30), (2024, 1, 31)],
)
def test_days_in_month(year: int, month: int, days: int) -> None:
    """Kills `days_in_month` returning 32 for December."""
    assert days_in_month(year, month) == days


def test_a_negative_pseudonym_index_names_the_index() -> None:
    """Kills `pseudonym_for` raising without its message."""
    with pytest.raises(ValueError, match=r"^index must be >= 0, got -1$"):
        pseudonym_for(-1)


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # Equal length (11): the phone number wins over "9712 AB 050" by priority.
        ("9712 AB 050 1234567", IdentifierKind.TELEFOON, "050 1234567"),
        # The BSN (11) is longer than the address candidate "9712 AB 12" (10).
        ("9712 AB 123.456.782", IdentifierKind.BSN, "123.456.782"),
    ],
)
def test_overlapping_candidates_keep_the_longest_then_the_first_in_priority(
    text: str, kind: IdentifierKind, found: str
) -> None:
    """A postcode followed by a number: the address candidate overlaps the number; only the
    number is a finding, and findings never overlap.

    Kills `find_identifiers` sorting by `start + end` instead of length first, and dropping
    the check for an overlap with a finding further on.
    """
    assert [(f.kind, f.text) for f in find_identifiers(text)] == [(kind, found)]


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_no_checksum_over_a_number_json_does_not_know(value: float) -> None:
    """Kills `canonical_bytes` allowing NaN/Infinity (`allow_nan` dropped or true)."""
    with pytest.raises(ValueError):
        compute_checksum({"format": "x", "getal": value})


def test_a_json_list_is_not_a_caseloadgesprek() -> None:
    with pytest.raises(WrongFormatError) as error:
        parse_merged_bytes(b"[1, 2]")
    assert error.value.message_nl == "Dit bestand is geen caseloadgesprek-bestand van JBN Zelfscan."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (
            b'{"format": "iets anders"}',
            "Dit bestand is geen caseloadgesprek-bestand van JBN Zelfscan "
            "(formaat: 'iets anders').",
        ),
        (b'{"a": 1}', "Dit bestand is geen caseloadgesprek-bestand van JBN Zelfscan."),
        (
            b'{"format": "jbn-selfscan-caseloadgesprek"}',
            "Het bestand vermeldt geen formaatversie (format_version).",
        ),
    ],
)
def test_format_problems_have_their_exact_dutch_message(data: bytes, text: str) -> None:
    """Kills `_check_format` mutants that change or drop the message or the format name."""
    with pytest.raises(MergedFileError) as error:
        parse_merged_bytes(data)
    assert error.value.message_nl == text


@pytest.mark.parametrize("text", ["BSN 100 039 595", "moeder 100039595"])
def test_a_bsn_with_a_nine_in_it_is_found(text: str) -> None:
    """100039595 passes the elfproef (9·1 + 5·3 + 4·9 + 3·5 + 2·9 − 5 = 88 = 8·11).
    Kills `_only_digits` dropping the digit 9."""
    assert [f.kind for f in find_identifiers(text)] == [IdentifierKind.BSN]


def test_redaction_repeats_until_nothing_is_left() -> None:
    """A phone number followed by an address: the first search finds only the phone (the
    address candidate overlaps it), the second search then finds the address. Kills `redact`
    stopping after one round."""
    assert redact("(050) 123 4567 9712 AB 12") == f"{REDACTED} {REDACTED}"


_FORMAT = b'{"format": "jbn-selfscan-caseloadgesprek", "format_version": %s}'


@pytest.mark.parametrize(
    ("version", "text"),
    [
        (
            b"3",
            "Dit bestand heeft formaatversie 3; deze versie van JBN Zelfscan leest alleen "
            "formaatversie 1 en 2. Het bestand is waarschijnlijk gemaakt met een nieuwere "
            "versie van de app: werk JBN Zelfscan bij om het te openen.",
        ),
        (
            b"0",
            "Dit bestand heeft een onbekende formaatversie (0); deze versie van JBN Zelfscan "
            "leest alleen formaatversie 1 en 2.",
        ),
        (
            b'"1"',
            "Dit bestand heeft een onbekende formaatversie ('\"1\"'); deze versie van "
            "JBN Zelfscan leest alleen formaatversie 1 en 2.",
        ),
    ],
)
def test_format_version_problems_have_their_exact_dutch_message(version: bytes, text: str) -> None:
    """Kills `_check_format` mutants in the version messages (a number shown as is, anything
    else as its JSON text)."""
    with pytest.raises(MergedFileError) as error:
        parse_merged_bytes(_FORMAT % version)
    assert error.value.message_nl == text


def test_data_of_exactly_the_size_limit_is_read() -> None:
    """Kills `len(data) > max_bytes` → `>=` in `parse_merged_bytes`."""
    data = FIXTURE.read_bytes()
    assert parse_merged_bytes(data, max_bytes=len(data)).gesprek.uid
    with pytest.raises(MergedFileError):
        parse_merged_bytes(data, max_bytes=len(data) - 1)
