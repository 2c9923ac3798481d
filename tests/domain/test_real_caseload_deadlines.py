"""Deadlines of real caseloads: where each term comes from, Atw art. 1 for statutory terms,
long-running maatregelen, and the judgements the seeds ask for.

Every expected date below is worked out by hand from the Atw list (art. 3) and a paper
calendar, never with the code under test:
- 2026: Easter 5 April, so Goede vrijdag 3 April, Tweede paasdag 6 April, Hemelvaartsdag
  14 May, Tweede pinksterdag 25 May; Koningsdag Mon 27 April; 5 mei a Tuesday; Eerste and
  Tweede kerstdag Fri 25 and Sat 26 December.
- 2027: Easter 28 March, so Hemelvaartsdag Thu 6 May; 5 mei a Wednesday; Nieuwjaarsdag Fri 1 Jan.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jbn_selfscan.domain.calendar import HolidayPolicy, WorkdayCalendar
from jbn_selfscan.domain.deadlines import (
    Bron,
    DeadlineResult,
    StepDates,
    bron_of,
    compute_deadlines,
    marks_from_json,
    marks_to_json,
    next_deadline,
)
from jbn_selfscan.domain.types import DeadlineState, Maatregel

D = dt.date


def _result(
    stap: str,
    uitspraak: dt.date,
    *,
    today: dt.date | None = None,
    steps: StepDates | None = None,
    maatregel: Maatregel = Maatregel.OTS,
    cutoff: dt.date | None = None,
    calendar: WorkdayCalendar | None = None,
) -> DeadlineResult:
    results = compute_deadlines(
        maatregel,
        uitspraak,
        steps or StepDates(),
        today or uitspraak,
        calendar,
        start_phase_cutoff=cutoff,
    )
    [found] = [r for r in results if r.stap == stap]
    return found


# --------------------------------------------------------------------------- sources


@pytest.mark.parametrize(
    ("maatregel", "stap", "bron"),
    [
        (Maatregel.OTS, "eerste_f2f", Bron.WET),  # "wettelijke termijn van vijf dagen", 1a.3
        (Maatregel.OTS, "eerste_pva", Bron.WET),  # wettelijke termijn, norm 1b.3
        (Maatregel.OTS, "eerste_risicotaxatie", Bron.JBN),  # JBN tijdigheid letter only
        (Maatregel.OTS, "hulp_gestart", Bron.INSPECTIE),  # norm 2.2
        (Maatregel.OTS, "risicotaxatie_actueel", Bron.INSPECTIE),  # ARIJ, norm 3.5 yardstick
        (Maatregel.JR, "risicotaxatie_actueel", Bron.JBN),  # LIJ every 3 months: stricter
        (Maatregel.OTS, "pva_evaluatie", Bron.INSPECTIE),  # norm 3.3
        (Maatregel.VOOGDIJ, "contact_voogdij", Bron.JBN),  # 4x a year kept as a 3-month gap
    ],
)
def test_every_term_carries_its_source(maatregel: Maatregel, stap: str, bron: Bron) -> None:
    assert _result(stap, D(2026, 3, 2), maatregel=maatregel).bron is bron
    assert bron_of(stap, maatregel) is bron


def test_no_internal_label_reaches_the_user() -> None:
    for maatregel in Maatregel:
        for result in compute_deadlines(maatregel, D(2026, 3, 2), StepDates(), D(2026, 3, 2)):
            assert "§" not in result.norm
            assert "tijdigheid" not in result.norm


# --------------------------------------------------------------------------- Atw art. 1


@pytest.mark.parametrize(
    ("uitspraak", "calendar_end", "deadline", "day_off", "moved_to"),
    [
        # 13 Apr + 42 days = Mon 25 May 2026, Tweede pinksterdag -> Tue 26 May
        (D(2026, 4, 13), "ma 25 mei 2026", D(2026, 5, 26), "Tweede pinksterdag", "di 26 mei 2026"),
        # 4 May + 42 days = Sat 15 June 2024 -> Mon 17 June
        (D(2024, 5, 4), "za 15 juni 2024", D(2024, 6, 17), "zaterdag", "ma 17 juni 2024"),
        # 24 Mar + 42 days = Tue 5 May 2026, 5 mei (Atw: every year) -> Wed 6 May
        (D(2026, 3, 24), "di 5 mei 2026", D(2026, 5, 6), "Bevrijdingsdag", "wo 6 mei 2026"),
        # 13 Nov + 42 days = Fri 25 Dec 2026; Sat 26 (Tweede kerstdag), Sun 27 -> Mon 28 Dec
        (
            D(2026, 11, 13),
            "vr 25 december 2026",
            D(2026, 12, 28),
            "Eerste kerstdag",
            "ma 28 december 2026",
        ),
        # 24 Mar + 42 days = Wed 5 May 2027; Thu 6 May is Hemelvaartsdag -> Fri 7 May
        (D(2027, 3, 24), "wo 5 mei 2027", D(2027, 5, 7), "Bevrijdingsdag", "vr 7 mei 2027"),
        # 20 Nov + 42 days = Fri 1 Jan 2027, Nieuwjaarsdag; weekend -> Mon 4 Jan
        (D(2026, 11, 20), "vr 1 januari 2027", D(2027, 1, 4), "Nieuwjaarsdag", "ma 4 januari 2027"),
    ],
)
def test_a_statutory_term_ending_on_a_day_off_runs_to_the_next_working_day(
    uitspraak: dt.date, calendar_end: str, deadline: dt.date, day_off: str, moved_to: str
) -> None:
    pva = _result("eerste_pva", uitspraak)
    assert pva.deadline == deadline
    assert f"valt op {calendar_end}, {day_off}" in pva.uitleg
    assert pva.uitleg.endswith(f"Atw art. 1: uiterlijk {moved_to}")


def test_the_example_of_the_issue_reads_as_written() -> None:
    pva = _result("eerste_pva", D(2026, 4, 13))
    assert "valt op ma 25 mei 2026, Tweede pinksterdag; Atw art. 1: uiterlijk di 26 mei" in (
        pva.uitleg
    )


def test_a_statutory_term_on_a_working_day_is_not_moved() -> None:
    # 6 Jan 2026 (Tue) + 42 days = Tue 17 Feb 2026, a working day
    pva = _result("eerste_pva", D(2026, 1, 6))
    assert pva.deadline == D(2026, 2, 17)
    assert "Atw" not in pva.uitleg


def test_5_mei_moves_a_statutory_term_only_under_the_atw_policy() -> None:
    publiek = WorkdayCalendar(HolidayPolicy.PUBLIEK)  # 5 mei only in lustrum years (2025, 2030)
    assert _result("eerste_pva", D(2026, 3, 24), calendar=publiek).deadline == D(2026, 5, 5)


@pytest.mark.parametrize(
    ("stap", "uitspraak", "deadline", "day_off"),
    [
        # jbn: 13 Apr + 42 days = Mon 25 May 2026 (Tweede pinksterdag) keeps its date
        ("eerste_risicotaxatie", D(2026, 4, 13), D(2026, 5, 25), "Tweede pinksterdag"),
        # inspectie: 27 Jan + 3 months = Mon 27 Apr 2026 (Koningsdag) keeps its date
        ("hulp_gestart", D(2026, 1, 27), D(2026, 4, 27), "Koningsdag"),
        # inspectie: 7 Feb + 3 months = Thu 7 May 2026, a working day: no note
        ("hulp_gestart", D(2026, 2, 7), D(2026, 5, 7), None),
    ],
)
def test_other_terms_keep_their_calendar_date_and_say_so(
    stap: str, uitspraak: dt.date, deadline: dt.date, day_off: str | None
) -> None:
    result = _result(stap, uitspraak)
    assert result.deadline == deadline
    assert "Atw" not in result.uitleg
    if day_off is None:
        assert "valt op" not in result.uitleg
    else:
        assert f"(valt op {day_off}; geen wettelijke termijn: de datum schuift niet op)" in (
            result.uitleg
        )


def test_working_day_terms_skip_5_mei() -> None:
    # Thu 30 Apr 2026: Fri 1 May (1), Mon 4 (2), Tue 5 May skipped, Wed 6 (3), Thu 7 (4), Fri 8
    assert _result("eerste_f2f", D(2026, 4, 30)).deadline == D(2026, 5, 8)


# --------------------------------------------------------------------------- long-running

TODAY = D(2026, 12, 4)
CUTOFF = D(2025, 12, 4)  # 12 months back
START_STEPS = ("eerste_f2f", "eerste_pva", "eerste_risicotaxatie", "hulp_gestart")


@pytest.mark.parametrize("stap", START_STEPS)
def test_a_years_old_maatregel_without_start_dates_is_unknown_not_expired(stap: str) -> None:
    result = _result(stap, D(2020, 3, 2), today=TODAY, cutoff=CUTOFF)
    assert result.state is DeadlineState.ONBEKEND
    assert result.status_text == "onbekend (startfase voorbij)"
    assert "grens van de startfase" in result.uitleg


@pytest.mark.parametrize(
    ("uitspraak", "state"),
    [
        (D(2025, 12, 3), DeadlineState.ONBEKEND),  # one day before the cut-off
        (D(2025, 12, 4), DeadlineState.VERLOPEN),  # on the cut-off: still the start phase
        (D(2026, 10, 1), DeadlineState.VERLOPEN),  # a recent case stays "verlopen"
    ],
)
def test_the_cut_off_decides_whether_a_missing_start_date_counts(
    uitspraak: dt.date, state: DeadlineState
) -> None:
    assert _result("eerste_f2f", uitspraak, today=TODAY, cutoff=CUTOFF).state is state


def test_without_a_cut_off_a_missing_start_date_is_expired() -> None:
    assert _result("eerste_f2f", D(2020, 3, 2), today=TODAY).state is DeadlineState.VERLOPEN


def test_an_open_start_step_stays_open_even_before_a_late_cut_off() -> None:
    # cut-off set to a date the worker started; the 6-week term of 20 Nov 2026 is still open
    result = _result("eerste_pva", D(2026, 11, 20), today=TODAY, cutoff=D(2026, 12, 1))
    assert result.state is DeadlineState.OPEN


def test_a_known_start_date_is_judged_also_for_a_long_running_case() -> None:
    steps = StepDates(eerste_pva=D(2020, 6, 1))
    result = _result("eerste_pva", D(2020, 3, 2), today=TODAY, steps=steps, cutoff=CUTOFF)
    assert result.state is DeadlineState.TE_LAAT


def test_current_phase_checks_still_apply_to_a_long_running_case() -> None:
    steps = StepDates(
        laatste_risicotaxatie=D(2026, 1, 15),  # + 3 months = 15 Apr 2026: expired
        laatste_pva_evaluatie=D(2026, 2, 10),  # + 12 months = 10 Feb 2027: open
        laatste_contact_kind=D(2026, 8, 3),  # no contact moments: + 3 months = 3 Nov 2026
    )
    results = {
        r.stap: r
        for r in compute_deadlines(
            Maatregel.VOOGDIJ, D(2019, 5, 6), steps, TODAY, start_phase_cutoff=CUTOFF
        )
    }
    assert results["risicotaxatie_actueel"].state is DeadlineState.VERLOPEN
    assert results["risicotaxatie_actueel"].deadline == D(2026, 4, 15)
    assert results["pva_evaluatie"].state is DeadlineState.OPEN
    assert results["pva_evaluatie"].deadline == D(2027, 2, 10)
    assert results["contact_voogdij"].state is DeadlineState.VERLOPEN
    assert results["contact_voogdij"].deadline == D(2026, 11, 3)
    for stap in START_STEPS:
        assert results[stap].state is DeadlineState.ONBEKEND
    # the next deadline is a current one, never an unknown start step
    upcoming = next_deadline(results.values())
    assert upcoming is not None and upcoming.stap == "risicotaxatie_actueel"


def test_a_long_running_case_without_any_dates_has_no_expired_start_step() -> None:
    results = compute_deadlines(
        Maatregel.OTS, D(2018, 9, 3), StepDates(), TODAY, start_phase_cutoff=CUTOFF
    )
    assert not [r for r in results if r.state is DeadlineState.VERLOPEN]
    assert next_deadline(results) is None


def test_a_start_step_marked_unknown_with_a_reason_is_not_judged() -> None:
    steps = StepDates(onbekend=(("eerste_f2f", "overgedragen door een andere GI"),))
    # a recent case: without the mark the F2F would be expired
    result = _result("eerste_f2f", D(2026, 10, 1), today=TODAY, steps=steps, cutoff=CUTOFF)
    assert result.state is DeadlineState.ONBEKEND
    assert result.status_text == "onbekend / vóór overdracht"
    assert result.uitleg.endswith(
        "gemarkeerd als onbekend / vóór overdracht: overgedragen door een andere GI"
    )


def test_a_date_wins_over_a_mark() -> None:
    steps = StepDates(eerste_f2f=D(2026, 10, 5), onbekend=(("eerste_f2f", "x"),))
    assert _result("eerste_f2f", D(2026, 10, 1), today=TODAY, steps=steps).state is (
        DeadlineState.OP_TIJD
    )


def test_marks_round_trip_and_bad_stored_marks_are_ignored() -> None:
    text = marks_to_json({"hulp_gestart": " reden ", "laatste_contact_kind": "no start step"})
    assert marks_from_json(text) == {"hulp_gestart": "reden"}
    assert marks_to_json({}) == ""
    for bad in ("", "{", "[1, 2]", '{"eerste_f2f": 3}', '{"onzin": "x"}'):
        assert marks_from_json(bad) == {}


# --------------------------------------------------------------------------- judgements


def test_a_step_dated_before_the_uitspraak_is_invalid_as_the_client_dialog_says() -> None:
    steps = StepDates(eerste_f2f=D(2026, 9, 28))
    result = _result("eerste_f2f", D(2026, 10, 1), today=TODAY, steps=steps)
    assert result.state is DeadlineState.ONGELDIG
    assert "ligt vóór de uitspraak" in result.uitleg


def test_no_help_needed_makes_the_help_step_not_applicable() -> None:
    steps = StepDates(niet_nodig=(("hulp_gestart", "geen hulp nodig"),))
    result = _result("hulp_gestart", D(2026, 6, 1), today=TODAY, steps=steps)
    assert result.state is DeadlineState.NIET_VAN_TOEPASSING
    assert result.status_text == "geen hulp nodig"
    assert result.deadline is None


def test_a_year_outside_the_holiday_table_never_raises() -> None:
    # 1965: no Atw yet and no holidays in the `holidays` NL calendar; only weekends count
    # Mon 1 Feb 1965 + 5 working days = Mon 8 Feb 1965
    assert _result("eerste_f2f", D(1965, 2, 1)).deadline == D(1965, 2, 8)


@pytest.mark.parametrize(
    ("maatregel", "stap", "said"),
    [
        (Maatregel.VOOGDIJ, "contact_voogdij", "minstens 4 keer per jaar"),
        (Maatregel.JR, "risicotaxatie_actueel", "strenger dan het handboek"),
    ],
)
def test_jbn_agreements_stricter_than_the_seeds_say_so(
    maatregel: Maatregel, stap: str, said: str
) -> None:
    steps = StepDates(laatste_risicotaxatie=D(2026, 9, 1), laatste_contact_kind=D(2026, 9, 1))
    result = _result(stap, D(2026, 3, 2), steps=steps, maatregel=maatregel, today=TODAY)
    assert result.bron is Bron.JBN
    assert "werkafspraak van JBN" in result.uitleg and said in result.uitleg
