"""Deadlines of a client, computed from the client's step dates by the one calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache

from jbn_selfscan.domain.calendar import HolidayPolicy, WorkdayCalendar, add_months
from jbn_selfscan.domain.deadlines import (
    DeadlineResult,
    StepDates,
    compute_deadlines,
    marks_from_json,
)
from jbn_selfscan.domain.types import DeadlineState, Maatregel
from jbn_selfscan.store.models import Client

DEFAULT_START_PHASE_MONTHS = 12
# Answers that make a step n.v.t.: (item id, answer value) -> (stap, reason shown to the user).
NOT_NEEDED_ANSWERS: dict[tuple[str, str], tuple[str, str]] = {
    ("hulp_past_bij_plan", "geen_hulp_nodig"): (
        "hulp_gestart",
        "n.v.t.: volgens de zelfscan is er (nog) geen hulp nodig",
    ),
}

__all__ = ["DeadlineResult", "calendar_for", "client_deadlines", "deadline_states"]


@lru_cache(maxsize=8)
def calendar_for(policy: str = "atw", extra_days: tuple[dt.date, ...] = ()) -> WorkdayCalendar:
    return WorkdayCalendar(HolidayPolicy(policy), extra_days=extra_days)


def start_phase_cutoff(today: dt.date, months: int) -> dt.date:
    """Maatregelen with an uitspraak before this date are past their start phase."""
    return add_months(today, -months)


def not_needed_steps(answers: Mapping[str, str | None] | None) -> tuple[tuple[str, str], ...]:
    """The steps the scan's answers make n.v.t. (item id -> stored value)."""
    if not answers:
        return ()
    found = {
        NOT_NEEDED_ANSWERS[key]
        for item_id, value in answers.items()
        if (key := (item_id, (value or "").strip())) in NOT_NEEDED_ANSWERS
    }
    return tuple(sorted(found))


def step_dates_of(client: Client, answers: Mapping[str, str | None] | None = None) -> StepDates:
    return StepDates(
        eerste_f2f=client.eerste_f2f,
        eerste_pva=client.eerste_pva,
        eerste_risicotaxatie=client.eerste_risicotaxatie,
        hulp_gestart=client.hulp_gestart,
        laatste_risicotaxatie=client.laatste_risicotaxatie,
        laatste_pva_evaluatie=client.laatste_pva_evaluatie,
        laatste_contact_kind=client.laatste_contact_kind,
        contacten=tuple(moment.datum for moment in client.contactmomenten),
        onbekend=tuple(sorted(marks_from_json(client.startstappen_onbekend).items())),
        niet_nodig=not_needed_steps(answers),
    )


def client_deadlines(
    client: Client,
    today: dt.date,
    calendar: WorkdayCalendar,
    *,
    start_phase_months: int,
    answers: Mapping[str, str | None] | None = None,
) -> list[DeadlineResult]:
    """The client's deadlines, counted with the workspace's calendar and start-phase cut-off
    (`Workspace.calendar`, `Workspace.start_phase_months`, set from the user's settings by
    `services.settings.apply_settings`); `answers` (item id -> value of the latest scan) can
    make a step n.v.t.
    """
    months = start_phase_months
    return compute_deadlines(
        Maatregel(client.maatregel),
        client.uitspraakdatum,
        step_dates_of(client, answers),
        today,
        calendar,
        einddatum=client.einddatum,
        start_phase_cutoff=start_phase_cutoff(today, months),
    )


def deadline_states(
    results: Iterable[DeadlineResult],
) -> dict[str, tuple[DeadlineState, str]]:
    return {r.stap: (r.state, r.status_text) for r in results}
