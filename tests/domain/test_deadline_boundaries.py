"""Boundary cases for every comparison in the deadline engine, worked out by hand.

Each case sits on a comparison's edge (equal) and one day either side, so that turning a `>`
into `>=` (or `<=` into `<`) changes an expected state or text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jbn_selfscan.domain.deadlines import DeadlineResult, StepDates, compute_deadlines
from jbn_selfscan.domain.types import DeadlineState, Maatregel

D = dt.date
UITSPRAAK = D(2024, 5, 6)  # Monday; 1e PvA due 6 weeks later: Monday 17 June 2024


def _step(
    stap: str,
    *,
    today: dt.date,
    uitspraak: dt.date = UITSPRAAK,
    steps: StepDates | None = None,
    einddatum: dt.date | None = None,
    maatregel: Maatregel = Maatregel.OTS,
) -> DeadlineResult:
    results = compute_deadlines(
        maatregel, uitspraak, steps or StepDates(), today, einddatum=einddatum
    )
    return next(result for result in results if result.stap == stap)


@pytest.mark.parametrize(
    ("einddatum", "state", "status"),
    [
        # Ended the day before the deadline: the term never ran out while the maatregel ran.
        (D(2024, 6, 16), DeadlineState.NIET_VAN_TOEPASSING, "n.v.t."),
        # Ended on the deadline itself: the last day passed without a PvA, so it expired.
        (D(2024, 6, 17), DeadlineState.VERLOPEN, "verlopen sinds 1 dag"),
        (D(2024, 6, 18), DeadlineState.VERLOPEN, "verlopen sinds 1 dag"),
    ],
)
def test_a_one_off_deadline_on_the_einddatum_has_expired(
    einddatum: dt.date, state: DeadlineState, status: str
) -> None:
    """An expired 1e PvA due on the einddatum shows verlopen, not n.v.t.

    Planted bug: `deadline > ended_on` → `deadline >= ended_on` in `_evaluate`; the middle case
    then says n.v.t. and this test fails (it survived the whole suite before).
    """
    pva = _step("eerste_pva", today=D(2024, 6, 18), einddatum=einddatum)
    assert (pva.state, pva.status_text) == (state, status)
    if state is DeadlineState.VERLOPEN:
        assert pva.deadline == D(2024, 6, 17)
    else:
        assert pva.uitleg == (
            "maatregel beëindigd op zo 16 juni 2024, vóór het einde van de termijn"
        )


@pytest.mark.parametrize(
    ("today", "state", "status"),
    [
        (D(2024, 6, 16), DeadlineState.OPEN, "open — nog 2 werkdagen"),
        (D(2024, 6, 17), DeadlineState.OPEN, "open — nog 1 werkdag"),
        (D(2024, 6, 18), DeadlineState.NIET_VAN_TOEPASSING, "n.v.t."),
    ],
)
def test_the_maatregel_ends_only_after_the_einddatum(
    today: dt.date, state: DeadlineState, status: str
) -> None:
    """With einddatum 17 June and the deadline the day after, the term is open up to and on
    the einddatum and n.v.t. from the day after.

    Planted bug: `today > einddatum` → `today >= einddatum` in `_compute`; on 17 June the
    1e PvA (due 18 June) is then n.v.t. instead of open and this test fails.
    """
    uitspraak = D(2024, 5, 7)  # Tuesday: 1e PvA due Tuesday 18 June 2024
    pva = _step("eerste_pva", uitspraak=uitspraak, today=today, einddatum=D(2024, 6, 17))
    assert (pva.state, pva.status_text) == (state, status)


@pytest.mark.parametrize(
    ("today", "state", "status"),
    [
        (D(2024, 6, 14), DeadlineState.OPEN, "open — nog 1 werkdag"),
        (D(2024, 6, 17), DeadlineState.OPEN, "open — nog 0 werkdagen (uiterlijk vandaag)"),
        (D(2024, 6, 18), DeadlineState.VERLOPEN, "verlopen sinds 1 dag"),
    ],
)
def test_an_open_deadline_expires_the_day_after(
    today: dt.date, state: DeadlineState, status: str
) -> None:
    """Planted bug: `today > deadline` → `>=` in `_judge_open`; 17 June then reads
    "verlopen sinds 0 dagen" and this test fails."""
    pva = _step("eerste_pva", today=today)
    assert (pva.state, pva.status_text) == (state, status)


@pytest.mark.parametrize(
    ("done", "state", "status"),
    [
        (D(2024, 6, 16), DeadlineState.OP_TIJD, "op tijd"),
        (D(2024, 6, 17), DeadlineState.OP_TIJD, "op tijd"),
        (D(2024, 6, 18), DeadlineState.TE_LAAT, "te laat (1 dag na de termijn)"),
    ],
)
def test_a_step_done_on_its_deadline_is_on_time(
    done: dt.date, state: DeadlineState, status: str
) -> None:
    """Planted bug: `done_on <= deadline` → `<` in `_judge_done`; a PvA made on 17 June then
    reads "te laat (0 dagen ...)" and this test fails."""
    pva = _step("eerste_pva", steps=StepDates(eerste_pva=done), today=D(2024, 9, 1))
    assert (pva.state, pva.status_text) == (state, status)


def test_a_done_step_keeps_its_judgement_after_the_einddatum() -> None:
    """A one-off step done before the end is judged as done, whatever the einddatum."""
    steps = StepDates(eerste_pva=D(2024, 6, 18))
    pva = _step("eerste_pva", steps=steps, today=D(2024, 9, 1), einddatum=D(2024, 6, 10))
    assert (pva.state, pva.status_text) == (DeadlineState.TE_LAAT, "te laat (1 dag na de termijn)")


def test_a_holiday_on_a_saturday_is_not_named_among_the_skipped_days() -> None:
    """Christmas 2027 falls on a weekend: the explanation says za/zo, not the holiday names.

    Planted bug: `day.weekday() < 5` → `<= 5` in `_skipped_text`; Eerste Kerstdag (Saturday)
    is then named and this test fails.
    """
    f2f = _step("eerste_f2f", uitspraak=D(2027, 12, 24), today=D(2027, 12, 24))
    assert f2f.deadline == D(2027, 12, 31)
    assert f2f.uitleg == (
        "uitspraak vr 24 december 2027 + 5 werkdagen; overgeslagen: za/zo → uiterlijk "
        "vr 31 december 2027"
    )


def test_a_term_skipping_only_a_sunday_says_za_zo() -> None:
    """A uitspraak on a Saturday skips only the Sunday; it is still reported as weekend."""
    f2f = _step("eerste_f2f", uitspraak=D(2024, 6, 1), today=D(2024, 6, 1))
    assert f2f.deadline == D(2024, 6, 7)
    assert f2f.uitleg == (
        "uitspraak za 1 juni 2024 + 5 werkdagen; overgeslagen: za/zo → uiterlijk vr 7 juni 2024"
    )


def test_a_month_term_on_an_existing_day_has_no_month_end_note() -> None:
    """3 months from 31 May is 31 August (exists): no note; from 30 November: 29 February."""
    hulp = _step("hulp_gestart", uitspraak=D(2024, 5, 31), today=D(2024, 5, 31))
    assert hulp.deadline == D(2024, 8, 31)
    assert hulp.uitleg == (
        "uitspraak vr 31 mei 2024 + 3 maanden → uiterlijk za 31 augustus 2024 "
        "(valt op zaterdag; geen wettelijke termijn: de datum schuift niet op)"
    )
