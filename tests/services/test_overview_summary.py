"""The overview's theme summary: its cache key and the evaluation it memoises.

`services.overview._theme_summary` keys its cache on each deadline's state but not on its
status text; that is only right while theme verdicts and progress never use those texts.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.checklist import Checklist, ChecklistItem, shipped_checklist
from jbn_selfscan.domain.evaluation import (
    AnswerInput,
    ScanEvaluation,
    Verdict,
    evaluate_scan,
    theme_verdict,
)
from jbn_selfscan.domain.types import DeadlineState, ItemStatus, Maatregel, Theme
from jbn_selfscan.services import overview

TODAY = dt.date(2026, 11, 20)
CHECKLIST = shipped_checklist()
STEPS = sorted({item.stap for item in CHECKLIST.items if item.stap is not None})
_TEXTS = st.sampled_from(
    [
        "op tijd",
        "te laat (3 dagen na de termijn)",
        "verlopen sinds 12 dagen",
        "open — nog 2 werkdagen (uiterlijk vandaag)",
        "n.v.t.",
        "",
    ]
)


def _answer(item: ChecklistItem) -> st.SearchStrategy[AnswerInput]:
    if item.answer_type == "keuze":
        values = st.sampled_from([c.value for c in item.choices or ()] + ["onzin", ""])
    elif item.answer_type == "datum":
        values = st.dates(dt.date(2024, 1, 1), dt.date(2027, 1, 1)).map(dt.date.isoformat)
    elif item.answer_type == "getal":
        values = st.sampled_from(["0", "3", "12,5", "-1", "geen getal"])
    else:
        values = st.sampled_from(["ingevuld", " "])
    return st.builds(AnswerInput, values, st.sampled_from(["", "toelichting"]))


_ANSWERS = st.fixed_dictionaries(
    {},
    optional={item.id: _answer(item) for item in CHECKLIST.items},
)
_STATES = st.fixed_dictionaries(
    {}, optional={stap: st.tuples(st.sampled_from(DeadlineState), _TEXTS) for stap in STEPS}
)


def _summary(evaluation: ScanEvaluation) -> object:
    return (
        {theme: (v.status, v.reason) for theme, v in evaluation.themes.items()},
        tuple(evaluation.progress),
        {theme: tuple(p) for theme, p in evaluation.theme_progress.items()},
    )


@settings(max_examples=150, deadline=None)
@given(
    maatregel=st.sampled_from(Maatregel),
    answers=_ANSWERS,
    states=_STATES,
    other_texts=st.lists(_TEXTS, min_size=len(STEPS), max_size=len(STEPS)),
)
def test_theme_verdicts_and_progress_do_not_depend_on_deadline_texts(
    maatregel: Maatregel,
    answers: Mapping[str, AnswerInput],
    states: Mapping[str, tuple[DeadlineState, str]],
    other_texts: list[str],
) -> None:
    retexted = {
        stap: (state, other_texts[STEPS.index(stap)]) for stap, (state, _t) in states.items()
    }
    first = evaluate_scan(CHECKLIST, maatregel, answers, TODAY, states)
    second = evaluate_scan(CHECKLIST, maatregel, answers, TODAY, retexted)
    assert _summary(first) == _summary(second)
    assert {i: v.status for i, v in first.items.items()} == {
        i: v.status for i, v in second.items.items()
    }


def _visible_reference(
    checklist: Checklist, maatregel: Maatregel, answers: Mapping[str, AnswerInput]
) -> list[str]:
    """Visibility as docs/checklist-format.md states it, without memo or shortcuts."""

    def visible(item: ChecklistItem) -> bool:
        if not item.applies_to(maatregel):
            return False
        if item.condition is None:
            return True
        target = checklist.item(item.condition.item)
        value = answers.get(target.id, AnswerInput(None)).value
        return visible(target) and item.condition.holds(value)

    return [item.id for item in checklist.items if visible(item)]


# A second, simple implementation of the status rules of docs/checklist-format.md (statuses
# only, not the reason texts), written without the code under test.
WORST_FIRST = ["niet_op_orde", "aandacht", "nog_niet_ingevuld", "op_orde", "nvt"]
STEP_DONE = {"op_tijd": "op_orde", "te_laat": "aandacht", "open": "op_orde"}
STEP_DONE |= {"verlopen": "niet_op_orde", "ongeldig": "aandacht"}
STEP_NOT_DONE = {"open": "op_orde", "verlopen": "niet_op_orde"}
# docs/termijnen.md: a start step without a date that is not judged (start phase past, marked
# "onbekend", or n.v.t.) makes its empty date question n.v.t.
START_STEPS = {"eerste_f2f", "eerste_pva", "eerste_risicotaxatie", "hulp_gestart"}
NOT_JUDGED = {"onbekend", "nvt"}


def _worst_of(statuses: list[str]) -> str:
    return min(statuses, key=WORST_FIRST.index)


def _same_day_months_back(day: dt.date, months: int) -> dt.date:
    year, month = day.year, day.month - months
    while month < 1:
        year, month = year - 1, month + 12
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _reference_status(
    item: ChecklistItem, answer: AnswerInput, states: Mapping[str, tuple[DeadlineState, str]]
) -> str:
    value = (answer.value or "").strip()
    state = states[item.stap][0].value if item.stap in states else None
    if item.answer_type == "datum" and not value:
        status = STEP_NOT_DONE.get(state or "", "nog_niet_ingevuld")
        if state in NOT_JUDGED and item.stap in START_STEPS:
            status = "nvt"
    elif not value:
        status = "nog_niet_ingevuld"
    elif item.answer_type == "datum":
        try:
            done = dt.date.fromisoformat(value)
        except ValueError:
            done = None
        if done is None or done > TODAY:
            status = "aandacht"
        else:
            found = [STEP_DONE[state]] if state in STEP_DONE else []
            max_age = item.termijn.lengte if item.termijn is not None else item.max_age_months
            if max_age is not None:  # every shipped term without a step counts in months
                oldest = _same_day_months_back(TODAY, max_age)
                found.append("niet_op_orde" if done < oldest else "op_orde")
            status = _worst_of(found) if found else "op_orde"
    elif item.answer_type == "keuze":
        statuses = {choice.value: choice.status.value for choice in item.choices or ()}
        status = statuses.get(value, "aandacht")
    elif item.answer_type == "getal":
        try:
            number = Decimal(value.replace(",", "."))
            valid = number.is_finite()
        except InvalidOperation:
            valid = False
        if valid:
            valid = (item.min is None or number >= item.min) and (
                item.max is None or number <= item.max
            )
        status = "op_orde" if valid else "aandacht"
    else:
        status = "op_orde"
    needs_note = status in {s.value for s in item.requires_toelichting_when}
    if needs_note and not answer.toelichting.strip():
        status = _worst_of([status, "aandacht"])
    return status


@settings(max_examples=150, deadline=None)
@given(maatregel=st.sampled_from(Maatregel), answers=_ANSWERS, states=_STATES)
def test_evaluation_matches_a_second_simple_implementation(
    maatregel: Maatregel,
    answers: Mapping[str, AnswerInput],
    states: Mapping[str, tuple[DeadlineState, str]],
) -> None:
    """Item statuses, theme statuses and progress against the reference above.

    Planted bug: a late step (te_laat) judged op_orde instead of aandacht in `evaluation.py`.
    Before, this test compared with `evaluate_item` itself and passed; now it fails.
    """
    evaluation = evaluate_scan(CHECKLIST, maatregel, answers, TODAY, states)
    visible = _visible_reference(CHECKLIST, maatregel, answers)
    assert list(evaluation.visible_item_ids) == visible
    expected = {
        item_id: _reference_status(
            CHECKLIST.item(item_id), answers.get(item_id, AnswerInput(None)), states
        )
        for item_id in visible
    }
    assert {i: v.status.value for i, v in evaluation.items.items()} == expected
    for theme in Theme:
        statuses = [expected[i] for i in visible if CHECKLIST.item(i).theme is theme]
        assert evaluation.themes[theme].status.value == (_worst_of(statuses) if statuses else "nvt")
        done = sum(status != "nog_niet_ingevuld" for status in statuses)
        assert tuple(evaluation.theme_progress[theme]) == (done, len(statuses))
    done = sum(status != "nog_niet_ingevuld" for status in expected.values())
    assert tuple(evaluation.progress) == (done, len(visible))


def test_hand_worked_theme_verdicts() -> None:
    """Two items of one theme, judged by hand: the reason names the item behind the status."""
    item_a, item_b = [i for i in CHECKLIST.items_for(Maatregel.OTS) if i.condition is None][:2]
    ok = (item_a, Verdict(ItemStatus.OP_ORDE, "x"))
    bad = (item_b, Verdict(ItemStatus.NIET_OP_ORDE, "y"))
    open_ = (item_b, Verdict(ItemStatus.NOG_NIET_INGEVULD, "z"))
    nvt = (item_b, Verdict(ItemStatus.NVT, "n"))
    assert theme_verdict([]) == Verdict(ItemStatus.NVT, "geen vragen voor deze maatregel")
    assert theme_verdict([ok, nvt]) == Verdict(
        ItemStatus.OP_ORDE, "1 van 2 vragen op orde, 1 n.v.t."
    )
    assert theme_verdict([ok, bad]) == Verdict(
        ItemStatus.NIET_OP_ORDE, f"1 van 2 vragen niet op orde: {item_b.short_label}"
    )
    assert theme_verdict([open_]) == Verdict(
        ItemStatus.NOG_NIET_INGEVULD, "nog niets ingevuld (0 van 1 vragen)"
    )


def test_clients_that_differ_only_in_deadline_texts_share_one_evaluation() -> None:
    overview._summary_cache.clear()
    answers: dict[str, AnswerInput] = {}
    states_a = {STEPS[0]: (DeadlineState.VERLOPEN, "verlopen sinds 3 dagen")}
    states_b = {STEPS[0]: (DeadlineState.VERLOPEN, "verlopen sinds 40 dagen")}
    first = overview._theme_summary(CHECKLIST, Maatregel.OTS, answers, TODAY, states_a)
    assert len(overview._summary_cache) == 1
    second = overview._theme_summary(CHECKLIST, Maatregel.OTS, answers, TODAY, states_b)
    assert len(overview._summary_cache) == 1
    fresh = evaluate_scan(CHECKLIST, Maatregel.OTS, answers, TODAY, states_b)
    assert second == first
    assert second[0] == tuple((t, (v.status, v.reason)) for t, v in fresh.themes.items())
