"""The deadline engine: which terms apply, their dates, statuses and explanations."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from jbn_selfscan.domain.calendar import (
    HolidayPolicy,
    WorkdayCalendar,
)
from jbn_selfscan.domain.deadlines import (
    STEP_IDS,
    DeadlineResult,
    StepDates,
    compute_deadlines,
    next_deadline,
)
from jbn_selfscan.domain.dutch_dates import abbreviated_date
from jbn_selfscan.domain.types import DeadlineState, Maatregel

D = dt.date
UITSPRAAK = D(2024, 5, 6)  # Monday; Hemelvaartsdag on Thursday 9 May


def _step(
    stap: str,
    *,
    maatregel: Maatregel = Maatregel.OTS,
    uitspraak: dt.date = UITSPRAAK,
    steps: StepDates | None = None,
    today: dt.date = UITSPRAAK,
    calendar: WorkdayCalendar | None = None,
    einddatum: dt.date | None = None,
) -> DeadlineResult:
    results = compute_deadlines(
        maatregel, uitspraak, steps or StepDates(), today, calendar, einddatum
    )
    return next(result for result in results if result.stap == stap)


def test_step_ids_other_modules_depend_on() -> None:
    assert STEP_IDS == (
        "eerste_f2f",
        "eerste_pva",
        "eerste_risicotaxatie",
        "hulp_gestart",
        "risicotaxatie_actueel",
        "pva_evaluatie",
        "contact_voogdij",
    )


def test_step_dates_fields_are_the_names_the_store_uses() -> None:
    assert [field.name for field in dataclasses.fields(StepDates)] == [
        "eerste_f2f",
        "eerste_pva",
        "eerste_risicotaxatie",
        "hulp_gestart",
        "laatste_risicotaxatie",
        "laatste_pva_evaluatie",
        "laatste_contact_kind",
        "contacten",
        "onbekend",
        "niet_nodig",
    ]


@pytest.mark.parametrize(
    ("maatregel", "expected"),
    [
        (Maatregel.OTS, STEP_IDS[:6]),
        (Maatregel.JR, STEP_IDS[:6]),
        (Maatregel.VOOGDIJ, STEP_IDS),
    ],
)
def test_only_the_steps_of_the_maatregel_are_returned(
    maatregel: Maatregel, expected: tuple[str, ...]
) -> None:
    results = compute_deadlines(maatregel, UITSPRAAK, StepDates(), UITSPRAAK)
    assert tuple(result.stap for result in results) == expected


def test_new_maatregel_gets_the_statutory_dates() -> None:
    results = compute_deadlines(Maatregel.OTS, UITSPRAAK, StepDates(), UITSPRAAK)
    deadlines = {result.stap: result.deadline for result in results}
    assert deadlines == {
        "eerste_f2f": D(2024, 5, 14),
        "eerste_pva": D(2024, 6, 17),
        "eerste_risicotaxatie": D(2024, 6, 17),
        "hulp_gestart": D(2024, 8, 6),
        "risicotaxatie_actueel": None,
        "pva_evaluatie": None,
    }


def test_f2f_explanation_can_be_checked_by_hand() -> None:
    f2f = _step("eerste_f2f")
    assert f2f.uitleg == (
        "uitspraak ma 6 mei 2024 + 5 werkdagen; overgeslagen: za/zo, "
        "Hemelvaartsdag (do 9 mei 2024) → uiterlijk di 14 mei 2024"
    )
    assert f2f.norm == "1a.3"
    assert f2f.startdatum == UITSPRAAK


def test_week_and_month_explanations_show_the_arithmetic() -> None:
    assert _step("eerste_pva").uitleg == (
        "uitspraak ma 6 mei 2024 + 6 weken (42 dagen) → uiterlijk ma 17 juni 2024"
    )
    hulp = _step("hulp_gestart", uitspraak=D(2023, 11, 30), today=D(2023, 11, 30))
    assert hulp.deadline == D(2024, 2, 29)
    assert hulp.uitleg == (
        "uitspraak do 30 november 2023 + 3 maanden → uiterlijk do 29 februari 2024 "
        "(30 februari 2024 bestaat niet: de laatste dag van februari telt)"
    )


def test_a_week_term_ending_on_a_weekend_says_it_is_not_moved() -> None:
    taxatie = _step("eerste_risicotaxatie", uitspraak=D(2024, 5, 4), today=D(2024, 5, 4))
    assert taxatie.deadline == D(2024, 6, 15)
    assert taxatie.uitleg.endswith(
        "(valt op zaterdag; geen wettelijke termijn: de datum schuift niet op)"
    )


@pytest.mark.parametrize(
    ("today", "state", "text"),
    [
        (D(2024, 5, 6), DeadlineState.OPEN, "open — nog 5 werkdagen"),
        (D(2024, 5, 8), DeadlineState.OPEN, "open — nog 3 werkdagen"),  # Hemelvaart between
        (D(2024, 5, 13), DeadlineState.OPEN, "open — nog 1 werkdag"),
        (D(2024, 5, 14), DeadlineState.OPEN, "open — nog 0 werkdagen (uiterlijk vandaag)"),
        (D(2024, 5, 15), DeadlineState.VERLOPEN, "verlopen sinds 1 dag"),
        (D(2024, 5, 20), DeadlineState.VERLOPEN, "verlopen sinds 6 dagen"),
    ],
)
def test_open_counts_working_days_left_and_expired_counts_calendar_days(
    today: dt.date, state: DeadlineState, text: str
) -> None:
    f2f = _step("eerste_f2f", today=today)
    assert (f2f.state, f2f.status_text) == (state, text)
    assert f2f.gedaan_op is None


def test_open_with_only_a_weekend_left_says_zero_working_days() -> None:
    taxatie = _step("eerste_risicotaxatie", uitspraak=D(2024, 5, 4), today=D(2024, 6, 14))
    assert taxatie.deadline == D(2024, 6, 15)
    assert taxatie.status_text == "open — nog 0 werkdagen"


@pytest.mark.parametrize(
    ("done", "state", "text"),
    [
        (D(2024, 5, 10), DeadlineState.OP_TIJD, "op tijd"),
        (D(2024, 5, 14), DeadlineState.OP_TIJD, "op tijd"),
        (D(2024, 5, 15), DeadlineState.TE_LAAT, "te laat (1 werkdag na de termijn)"),
        (D(2024, 5, 18), DeadlineState.TE_LAAT, "te laat (3 werkdagen na de termijn)"),
        (
            D(2024, 5, 21),
            DeadlineState.TE_LAAT,
            "te laat (4 werkdagen na de termijn)",
        ),  # Pinksteren
    ],
)
def test_done_f2f_is_judged_against_the_deadline_in_working_days(
    done: dt.date, state: DeadlineState, text: str
) -> None:
    f2f = _step("eerste_f2f", steps=StepDates(eerste_f2f=done), today=D(2024, 9, 1))
    assert (f2f.state, f2f.status_text, f2f.gedaan_op) == (state, text, done)
    assert f2f.uitleg.endswith(f"; gedaan op {abbreviated_date(done)}")


def test_done_on_the_weekend_after_a_friday_deadline_is_late_in_calendar_days() -> None:
    steps = StepDates(eerste_f2f=D(2024, 6, 16))
    f2f = _step("eerste_f2f", uitspraak=D(2024, 6, 7), steps=steps, today=D(2024, 7, 1))
    assert f2f.deadline == D(2024, 6, 14)
    assert f2f.status_text == "te laat (2 dagen na de termijn)"


def test_late_week_term_counts_calendar_days() -> None:
    pva = _step("eerste_pva", steps=StepDates(eerste_pva=D(2024, 6, 20)), today=D(2024, 7, 1))
    assert pva.status_text == "te laat (3 dagen na de termijn)"


def test_risicotaxatie_actueel_runs_from_the_last_one() -> None:
    steps = StepDates(eerste_risicotaxatie=D(2024, 3, 1), laatste_risicotaxatie=D(2024, 5, 31))
    result = _step("risicotaxatie_actueel", steps=steps, today=D(2024, 9, 3))
    assert result.deadline == D(2024, 8, 31)
    assert (result.state, result.status_text) == (DeadlineState.VERLOPEN, "verlopen sinds 3 dagen")
    assert result.uitleg.startswith("laatste risicotaxatie vr 31 mei 2024 + 3 maanden")
    assert result.gedaan_op is None


def test_risicotaxatie_actueel_falls_back_to_the_first_one() -> None:
    steps = StepDates(eerste_risicotaxatie=D(2024, 6, 10))
    result = _step("risicotaxatie_actueel", steps=steps, today=D(2024, 7, 1))
    assert result.deadline == D(2024, 9, 10)
    assert result.state is DeadlineState.OPEN
    assert result.uitleg.startswith("1e risicotaxatie ma 10 juni 2024")


def test_risicotaxatie_actueel_without_any_risicotaxatie_is_not_applicable() -> None:
    result = _step("risicotaxatie_actueel")
    assert (result.state, result.deadline, result.status_text) == (
        DeadlineState.NIET_VAN_TOEPASSING,
        None,
        "n.v.t.",
    )
    assert "nog geen risicotaxatie" in result.uitleg


@pytest.mark.parametrize(
    ("maatregel", "expected"),
    [
        (Maatregel.OTS, D(2025, 3, 1)),
        (Maatregel.VOOGDIJ, D(2025, 3, 1)),
        (Maatregel.JR, D(2024, 9, 1)),
    ],
)
def test_pva_evaluatie_is_yearly_for_ots_and_voogdij_and_half_yearly_for_jr(
    maatregel: Maatregel, expected: dt.date
) -> None:
    steps = StepDates(eerste_pva=D(2024, 3, 1))
    result = _step("pva_evaluatie", maatregel=maatregel, steps=steps, today=D(2024, 4, 1))
    assert result.deadline == expected
    assert result.norm == "3.3"


def test_pva_evaluatie_runs_from_the_last_evaluation() -> None:
    steps = StepDates(eerste_pva=D(2024, 3, 1), laatste_pva_evaluatie=D(2025, 1, 15))
    result = _step("pva_evaluatie", steps=steps, today=D(2025, 2, 1))
    assert result.deadline == D(2026, 1, 15)
    assert result.uitleg.startswith("laatste PvA-evaluatie wo 15 januari 2025 + 12 maanden")


def test_contact_voogdij_without_contact_moments_keeps_the_gap_of_12_by_4_months() -> None:
    # nothing recorded but (at most) the last contact: 3 months from it, or from the uitspraak
    without = _step("contact_voogdij", maatregel=Maatregel.VOOGDIJ, today=D(2024, 8, 7))
    assert without.deadline == D(2024, 8, 6)
    assert without.status_text == "verlopen sinds 1 dag"
    assert without.uitleg.startswith("nog geen contactmomenten vastgelegd")
    steps = StepDates(laatste_contact_kind=D(2024, 7, 2))
    with_contact = _step(
        "contact_voogdij", maatregel=Maatregel.VOOGDIJ, steps=steps, today=D(2024, 8, 7)
    )
    assert with_contact.deadline == D(2024, 10, 2)
    assert with_contact.state is DeadlineState.OPEN


def test_after_the_einddatum_recurring_steps_no_longer_apply() -> None:
    steps = StepDates(eerste_risicotaxatie=D(2024, 5, 20))
    on_end = _step(
        "risicotaxatie_actueel", steps=steps, today=D(2024, 7, 1), einddatum=D(2024, 7, 1)
    )
    assert on_end.state is DeadlineState.OPEN
    after = _step(
        "risicotaxatie_actueel", steps=steps, today=D(2024, 7, 2), einddatum=D(2024, 7, 1)
    )
    assert after.state is DeadlineState.NIET_VAN_TOEPASSING
    assert after.uitleg == "maatregel beëindigd op ma 1 juli 2024; geen nieuwe termijn"


def test_after_the_einddatum_one_off_steps_keep_their_history() -> None:
    steps = StepDates(eerste_f2f=D(2024, 5, 10))
    today, einddatum = D(2024, 9, 1), D(2024, 6, 1)
    results = compute_deadlines(Maatregel.OTS, UITSPRAAK, steps, today, einddatum=einddatum)
    states = {result.stap: result.state for result in results}
    assert states["eerste_f2f"] is DeadlineState.OP_TIJD
    assert states["eerste_pva"] is DeadlineState.NIET_VAN_TOEPASSING  # 17 June: after the end
    earlier = compute_deadlines(Maatregel.OTS, D(2024, 4, 1), steps, today, einddatum=einddatum)
    missed = next(result for result in earlier if result.stap == "eerste_risicotaxatie")
    assert missed.deadline == D(2024, 5, 13)
    assert missed.state is DeadlineState.VERLOPEN  # missed while the maatregel still ran


def test_the_holiday_policy_of_the_calendar_is_used() -> None:
    uitspraak = D(2026, 4, 30)  # 5 mei 2026 is a Tuesday
    atw = _step("eerste_f2f", uitspraak=uitspraak, today=uitspraak)
    publiek = _step(
        "eerste_f2f",
        uitspraak=uitspraak,
        today=uitspraak,
        calendar=WorkdayCalendar(HolidayPolicy.PUBLIEK),
    )
    assert (atw.deadline, publiek.deadline) == (D(2026, 5, 8), D(2026, 5, 7))
    assert "Bevrijdingsdag (di 5 mei 2026)" in atw.uitleg
    assert "Bevrijdingsdag" not in publiek.uitleg


def test_dates_outside_the_holiday_table_are_computed_not_refused() -> None:
    results = compute_deadlines(Maatregel.OTS, D(1900, 1, 1), StepDates(), D(1900, 1, 1))
    assert results[0].deadline == D(1900, 1, 8)  # 5 working days; no holidays known in 1900


def test_results_are_fresh_lists_callers_may_change() -> None:
    first = compute_deadlines(Maatregel.OTS, UITSPRAAK, StepDates(), UITSPRAAK)
    first.clear()
    assert len(compute_deadlines(Maatregel.OTS, UITSPRAAK, StepDates(), UITSPRAAK)) == 6


def test_next_deadline_prefers_the_earliest_expired_one() -> None:
    steps = StepDates(eerste_f2f=D(2024, 5, 10))
    results = compute_deadlines(Maatregel.OTS, UITSPRAAK, steps, today=D(2024, 7, 1))
    # f2f done; pva and risicotaxatie expired on 17 June; hulp open until 6 August
    chosen = next_deadline(results)
    assert chosen is not None
    assert (chosen.stap, chosen.state) == ("eerste_pva", DeadlineState.VERLOPEN)


def test_next_deadline_takes_the_earliest_open_one_when_nothing_expired() -> None:
    results = compute_deadlines(Maatregel.OTS, UITSPRAAK, StepDates(), today=UITSPRAAK)
    chosen = next_deadline(results)
    assert chosen is not None and chosen.stap == "eerste_f2f"


def test_next_deadline_is_none_when_everything_is_done_or_not_applicable() -> None:
    steps = StepDates(
        eerste_f2f=D(2024, 5, 7),
        eerste_pva=D(2024, 6, 1),
        eerste_risicotaxatie=D(2024, 6, 1),
        hulp_gestart=D(2024, 7, 1),
    )
    results = compute_deadlines(
        Maatregel.OTS, UITSPRAAK, steps, today=D(2024, 8, 1), einddatum=D(2024, 7, 31)
    )
    assert next_deadline(results) is None
    assert next_deadline([]) is None
