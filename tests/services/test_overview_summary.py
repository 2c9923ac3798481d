"""The overview's theme summary: its cache key and the evaluation it memoises.

`services.overview._theme_summary` keys its cache on each deadline's state but not on its
status text; that is only right while theme verdicts and progress never use those texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.checklist import Checklist, ChecklistItem, shipped_checklist
from jbn_selfscan.domain.evaluation import (
    AnswerInput,
    ScanEvaluation,
    evaluate_item,
    evaluate_scan,
    theme_verdict,
)
from jbn_selfscan.domain.types import DeadlineState, Maatregel, Theme
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


@settings(max_examples=150, deadline=None)
@given(maatregel=st.sampled_from(Maatregel), answers=_ANSWERS, states=_STATES)
def test_evaluation_is_the_item_verdicts_grouped_per_theme(
    maatregel: Maatregel,
    answers: Mapping[str, AnswerInput],
    states: Mapping[str, tuple[DeadlineState, str]],
) -> None:
    evaluation = evaluate_scan(CHECKLIST, maatregel, answers, TODAY, states)
    visible = _visible_reference(CHECKLIST, maatregel, answers)
    assert list(evaluation.visible_item_ids) == visible
    assert list(evaluation.items) == visible
    for item_id in visible:
        item = CHECKLIST.item(item_id)
        expected = evaluate_item(item, answers.get(item_id, AnswerInput(None)), TODAY, states)
        assert evaluation.items[item_id] == expected
    for theme in Theme:
        judged = [
            (CHECKLIST.item(i), evaluation.items[i])
            for i in visible
            if CHECKLIST.item(i).theme is theme
        ]
        assert evaluation.themes[theme] == theme_verdict(judged)


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
