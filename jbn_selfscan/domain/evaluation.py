"""Evaluate the answers of one zelfscan against its checklist.

Every visible item gets a `Verdict` (status and a short Dutch reason), every theme gets the
worst status of its items (by `ItemStatus.severity`). An item hidden by its condition is left
out entirely (not in `items`, not counted in progress); its stored answer is ignored, not
deleted. Bad stored values never raise: they give "aandacht" with "ongeldige waarde".
See docs/checklist-format.md for the rules in full.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from jbn_selfscan.domain.calendar import add_months
from jbn_selfscan.domain.checklist import Checklist, ChecklistItem, Term
from jbn_selfscan.domain.deadlines import START_PHASE_STEPS
from jbn_selfscan.domain.dutch_dates import months_text, short_date
from jbn_selfscan.domain.types import DeadlineState, ItemStatus, Maatregel, Theme, Unit

MAX_NAMED_IN_REASON = 4


@dataclass(frozen=True)
class AnswerInput:
    """One stored answer: keuze value, ISO date, decimal number or text (None: no answer)."""

    value: str | None
    toelichting: str = ""

    @property
    def has_value(self) -> bool:
        return bool(self.value and self.value.strip())


@dataclass(frozen=True)
class Verdict:
    status: ItemStatus
    reason: str


class Progress(NamedTuple):
    """How many visible items are dealt with (status other than "nog niet ingevuld").

    A tuple, so `answered, total = evaluation.progress` works.
    """

    answered: int
    total: int

    @property
    def complete(self) -> bool:
        return self.answered >= self.total

    @property
    def text(self) -> str:
        return f"{self.answered} van {self.total} ingevuld"


@dataclass(frozen=True)
class ScanEvaluation:
    items: dict[str, Verdict]
    themes: dict[Theme, Verdict]
    visible_item_ids: tuple[str, ...]
    progress: Progress
    theme_progress: dict[Theme, Progress]


NO_ANSWER = AnswerInput(None, "")
_NOT_ANSWERED = Verdict(ItemStatus.NOG_NIET_INGEVULD, "nog niet ingevuld")  # frozen: shared

_STEP_VERDICTS = {
    DeadlineState.OP_TIJD: (ItemStatus.OP_ORDE, "op tijd gedaan"),
    DeadlineState.TE_LAAT: (ItemStatus.AANDACHT, "te laat gedaan"),
    DeadlineState.OPEN: (ItemStatus.OP_ORDE, "nog binnen de termijn"),
    DeadlineState.VERLOPEN: (ItemStatus.NIET_OP_ORDE, "termijn verlopen"),
    DeadlineState.ONGELDIG: (ItemStatus.AANDACHT, "datum ligt vóór de uitspraak"),
}
# How the deadline status texts (domain.deadlines) begin; the verdict's reason says it already.
_STATE_WORDS = {
    DeadlineState.OP_TIJD: "op tijd",
    DeadlineState.TE_LAAT: "te laat",
    DeadlineState.OPEN: "open",
    DeadlineState.VERLOPEN: "verlopen",
    DeadlineState.ONGELDIG: "ongeldige datum (vóór de uitspraak)",
}
_TRAILING_REMARK = re.compile(r" \(([^()]*)\)$")
_STEP_VERDICTS_NOT_DONE = {
    DeadlineState.OPEN: (ItemStatus.OP_ORDE, "nog niet gedaan, nog binnen de termijn"),
    DeadlineState.VERLOPEN: (ItemStatus.NIET_OP_ORDE, "nog niet gedaan en de termijn is verlopen"),
}
# A start step without a date that is not judged: unknown (start phase past, or marked by the
# worker) or made n.v.t. by an answer ("er is (nog) geen hulp nodig") or by the einddatum.
_STEP_NOT_JUDGED = frozenset({DeadlineState.ONBEKEND, DeadlineState.NIET_VAN_TOEPASSING})


def evaluate_scan(
    checklist: Checklist,
    maatregel: Maatregel,
    answers: Mapping[str, AnswerInput],
    today: dt.date,
    deadline_states: Mapping[str, tuple[DeadlineState, str]] | None = None,
) -> ScanEvaluation:
    """Judge every visible item and every theme of one client's zelfscan.

    Args:
        answers: stored answers by item id (missing ids count as unanswered).
        deadline_states: per deadline step id, its state and status text from the deadline
            engine; date items linked to a `stap` use it.
    """
    states = deadline_states or {}
    visible = _visible_items(checklist, maatregel, answers)
    verdicts = {
        item.id: evaluate_item(item, answers.get(item.id, NO_ANSWER), today, states)
        for item in visible
    }
    by_theme: dict[Theme, list[tuple[ChecklistItem, Verdict]]] = {theme: [] for theme in Theme}
    for item in visible:
        by_theme[item.theme].append((item, verdicts[item.id]))
    themes: dict[Theme, Verdict] = {}
    theme_progress: dict[Theme, Progress] = {}
    for theme in Theme:
        judged = by_theme[theme]
        themes[theme] = theme_verdict(judged)
        theme_progress[theme] = _progress([verdict for _item, verdict in judged])
    return ScanEvaluation(
        items=verdicts,
        themes=themes,
        visible_item_ids=tuple(item.id for item in visible),
        progress=_progress(list(verdicts.values())),
        theme_progress=theme_progress,
    )


def _progress(verdicts: Sequence[Verdict]) -> Progress:
    done = sum(1 for v in verdicts if v.status is not ItemStatus.NOG_NIET_INGEVULD)
    return Progress(answered=done, total=len(verdicts))


# --------------------------------------------------------------------------- visibility


def _visible_items(
    checklist: Checklist, maatregel: Maatregel, answers: Mapping[str, AnswerInput]
) -> list[ChecklistItem]:
    memo: dict[str, bool] = {}

    def visible(item: ChecklistItem, seen: frozenset[str]) -> bool:
        if item.id in memo:
            return memo[item.id]
        result = item.applies_to(maatregel)
        condition = item.condition
        if result and condition is not None:
            target = None if condition.item in seen else checklist.find(condition.item)
            if target is None:
                result = False  # cannot happen for a validated checklist; never loop
            else:
                answer = answers.get(target.id, NO_ANSWER)
                result = visible(target, seen | {item.id}) and condition.holds(answer.value)
        memo[item.id] = result
        return result

    return [
        item
        for item in checklist.items_for(maatregel)  # the items that apply, in checklist order
        if item.condition is None or visible(item, frozenset())
    ]


# --------------------------------------------------------------------------- items


def evaluate_item(
    item: ChecklistItem,
    answer: AnswerInput,
    today: dt.date,
    deadline_states: Mapping[str, tuple[DeadlineState, str]] | None = None,
) -> Verdict:
    """The verdict on one (visible) item; never raises on a bad stored value."""
    states = deadline_states or {}
    if item.answer_type == "datum":
        verdict = _date_verdict(item, answer, today, states)
    elif not answer.has_value:
        verdict = _NOT_ANSWERED
    elif item.answer_type == "keuze":
        verdict = _choice_verdict(item, (answer.value or "").strip())
    elif item.answer_type == "getal":
        verdict = _number_verdict(item, (answer.value or "").strip())
    else:
        verdict = Verdict(ItemStatus.OP_ORDE, "ingevuld")
    return _with_toelichting_rule(item, answer, verdict)


def _with_toelichting_rule(item: ChecklistItem, answer: AnswerInput, verdict: Verdict) -> Verdict:
    if verdict.status not in item.requires_toelichting_when or answer.toelichting.strip():
        return verdict
    status = _worst([verdict.status, ItemStatus.AANDACHT])
    return Verdict(status, f"{verdict.reason}; toelichting ontbreekt")


def _choice_verdict(item: ChecklistItem, value: str) -> Verdict:
    choice = item.choice(value)
    if choice is None:
        return Verdict(ItemStatus.AANDACHT, f"ongeldige waarde '{_clip(value)}'")
    return Verdict(choice.status, f"antwoord: {choice.label}")


def _number_verdict(item: ChecklistItem, value: str) -> Verdict:
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        return Verdict(ItemStatus.AANDACHT, f"ongeldige waarde '{_clip(value)}'")
    if not number.is_finite():
        return Verdict(ItemStatus.AANDACHT, f"ongeldige waarde '{_clip(value)}'")
    too_low = item.min is not None and number < item.min
    too_high = item.max is not None and number > item.max
    if too_low or too_high:
        bounds = _bounds_text(item.min, item.max)
        return Verdict(ItemStatus.AANDACHT, f"ongeldige waarde {_number_text(number)} ({bounds})")
    return Verdict(ItemStatus.OP_ORDE, f"ingevuld: {_number_text(number)}")


def _bounds_text(low: Decimal | None, high: Decimal | None) -> str:
    if low is not None and high is not None:
        return f"moet tussen {_number_text(low)} en {_number_text(high)} liggen"
    if low is not None:
        return f"moet minstens {_number_text(low)} zijn"
    return f"mag hoogstens {_number_text(high or Decimal(0))} zijn"


def _number_text(number: Decimal) -> str:
    text = format(number.normalize(), "f") if number == number.to_integral() else str(number)
    return text.replace(".", ",")


def _date_verdict(
    item: ChecklistItem,
    answer: AnswerInput,
    today: dt.date,
    states: Mapping[str, tuple[DeadlineState, str]],
) -> Verdict:
    step_state = states.get(item.stap) if item.stap is not None else None
    if not answer.has_value:
        if step_state is not None and step_state[0] in _STEP_VERDICTS_NOT_DONE:
            status, reason = _STEP_VERDICTS_NOT_DONE[step_state[0]]
            return Verdict(status, _with_detail(reason, _deadline_detail(*step_state)))
        if (
            step_state is not None
            and step_state[0] in _STEP_NOT_JUDGED
            and item.stap in START_PHASE_STEPS
        ):
            return Verdict(ItemStatus.NVT, step_state[1])
        return _NOT_ANSWERED
    try:
        done_on = dt.date.fromisoformat((answer.value or "").strip())
    except ValueError:
        return Verdict(ItemStatus.AANDACHT, f"ongeldige waarde '{_clip(answer.value or '')}'")
    if done_on > today:
        return Verdict(ItemStatus.AANDACHT, f"datum {format_date(done_on)} ligt in de toekomst")
    verdicts: list[Verdict] = []
    if step_state is not None and step_state[0] in _STEP_VERDICTS:
        status, reason = _STEP_VERDICTS[step_state[0]]
        verdicts.append(Verdict(status, _with_detail(reason, _deadline_detail(*step_state))))
    if item.termijn is not None:
        verdicts.append(_term_age_verdict(done_on, item.termijn, today))
    elif item.max_age_months is not None:
        verdicts.append(_age_verdict(done_on, item.max_age_months, today))
    if not verdicts:
        return Verdict(ItemStatus.OP_ORDE, f"ingevuld: {format_date(done_on)}")
    worst = _worst([v.status for v in verdicts])
    return Verdict(worst, "; ".join(v.reason for v in verdicts))


def _term_age_verdict(done_on: dt.date, term: Term, today: dt.date) -> Verdict:
    """How old the date may be, by a term of the checklist; the verdict names its source."""
    span = term.eenheid.describe(term.lengte)
    if term.eenheid is Unit.WEKEN:
        oldest = today - dt.timedelta(weeks=term.lengte)
    else:
        oldest = months_before(today, term.lengte)
    if done_on < oldest:
        return Verdict(
            ItemStatus.NIET_OP_ORDE,
            f"{format_date(done_on)} is langer dan {span} geleden ({term.bron.label})",
        )
    return Verdict(ItemStatus.OP_ORDE, f"{format_date(done_on)}, binnen {span}")


# `max_age_months` is the form of checklist version 1, whose 3-month limits (contact with the
# jeugdige and the parents, one-to-one talks) were all JBN agreements; the current checklist
# names each as a term with its source (`termijn`). The verdict says so.
AGE_SOURCE = "werkafspraak van JBN"


def _age_verdict(done_on: dt.date, max_age_months: int, today: dt.date) -> Verdict:
    months = months_text(max_age_months)
    if done_on < months_before(today, max_age_months):
        return Verdict(
            ItemStatus.NIET_OP_ORDE,
            f"{format_date(done_on)} is langer dan {months} geleden ({AGE_SOURCE})",
        )
    return Verdict(ItemStatus.OP_ORDE, f"{format_date(done_on)}, binnen {months}")


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (clamped to the end of a short month)."""
    return add_months(day, -months)


def format_date(day: dt.date) -> str:
    return short_date(day)


def _deadline_detail(state: DeadlineState, status_text: str) -> str:
    """What a deadline status adds to the verdict's reason, without repeating the state.

    "te laat (8 dagen na de termijn)" -> "8 dagen na de termijn"; "op tijd" -> "";
    "open — nog 0 werkdagen (uiterlijk vandaag)" -> "nog 0 werkdagen, uiterlijk vandaag".
    """
    detail = status_text.strip()
    word = _STATE_WORDS.get(state)
    if word is not None and detail.startswith(word):
        detail = detail[len(word) :].strip(" —-")
    if detail.startswith("(") and detail.endswith(")") and detail.count("(") == 1:
        detail = detail[1:-1].strip()
    return _TRAILING_REMARK.sub(r", \1", detail)  # the reason adds its own parentheses


def _with_detail(reason: str, detail: str) -> str:
    return f"{reason} ({detail.strip()})" if detail.strip() else reason


def _clip(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def _worst(statuses: Sequence[ItemStatus]) -> ItemStatus:
    return max(statuses, key=lambda status: status.severity)


# --------------------------------------------------------------------------- themes


def theme_verdict(judged: Sequence[tuple[ChecklistItem, Verdict]]) -> Verdict:
    """The worst item status of a theme, with a reason naming the items behind it."""
    if not judged:
        return Verdict(ItemStatus.NVT, "geen vragen voor deze maatregel")
    total = len(judged)
    by_status: dict[ItemStatus, list[str]] = {}
    for item, verdict in judged:
        by_status.setdefault(verdict.status, []).append(item.short_label)
    worst = _worst(list(by_status))  # the statuses that occur, in order of first occurrence
    if worst is ItemStatus.NVT:
        return Verdict(worst, "alle vragen n.v.t.")
    not_applicable = len(by_status.get(ItemStatus.NVT, []))
    if worst is ItemStatus.OP_ORDE:
        if not_applicable:
            ok = total - not_applicable
            return Verdict(worst, f"{ok} van {total} vragen op orde, {not_applicable} n.v.t.")
        return Verdict(worst, f"alle {total} vragen op orde")
    open_count = len(by_status.get(ItemStatus.NOG_NIET_INGEVULD, []))
    if worst is ItemStatus.NOG_NIET_INGEVULD and open_count == total - not_applicable:
        return Verdict(worst, f"nog niets ingevuld (0 van {total} vragen)")
    parts = []
    for status in (ItemStatus.NIET_OP_ORDE, ItemStatus.AANDACHT, ItemStatus.NOG_NIET_INGEVULD):
        labels = by_status.get(status, [])
        if not labels:
            continue
        if status is worst:
            parts.append(f"{len(labels)} van {total} vragen {status.label}: {_name_list(labels)}")
        else:
            parts.append(f"{len(labels)} {status.label}: {_name_list(labels)}")
    return Verdict(worst, "; ".join(parts))


def _name_list(labels: Sequence[str]) -> str:
    shown = ", ".join(labels[:MAX_NAMED_IN_REASON])
    rest = len(labels) - MAX_NAMED_IN_REASON
    return f"{shown} en {rest} andere" if rest > 0 else shown
