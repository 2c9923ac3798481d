"""Deadlines of a client, computed from the client's step dates by the one calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from jbn_selfscan.domain.calendar import HolidayPolicy, WorkdayCalendar
from jbn_selfscan.domain.deadlines import DeadlineResult, StepDates, compute_deadlines
from jbn_selfscan.domain.types import DeadlineState, Maatregel
from jbn_selfscan.store.models import Client

__all__ = ["DeadlineResult", "calendar_for", "client_deadlines", "deadline_states"]


@lru_cache(maxsize=8)
def calendar_for(policy: str = "atw", extra_days: tuple[dt.date, ...] = ()) -> WorkdayCalendar:
    return WorkdayCalendar(HolidayPolicy(policy), extra_days=extra_days)


def step_dates_of(client: Client) -> StepDates:
    return StepDates(
        eerste_f2f=client.eerste_f2f,
        eerste_pva=client.eerste_pva,
        eerste_risicotaxatie=client.eerste_risicotaxatie,
        hulp_gestart=client.hulp_gestart,
        laatste_risicotaxatie=client.laatste_risicotaxatie,
        laatste_pva_evaluatie=client.laatste_pva_evaluatie,
        laatste_contact_kind=client.laatste_contact_kind,
    )


def client_deadlines(
    client: Client, today: dt.date, calendar: WorkdayCalendar
) -> list[DeadlineResult]:
    """The client's deadlines, counted with `calendar` (the workspace's: `Workspace.calendar`,
    set from the user's settings by `services.settings.apply_settings`)."""
    return compute_deadlines(
        Maatregel(client.maatregel),
        client.uitspraakdatum,
        step_dates_of(client),
        today,
        calendar,
        einddatum=client.einddatum,
    )


def deadline_states(
    results: Iterable[DeadlineResult],
) -> dict[str, tuple[DeadlineState, str]]:
    return {r.stap: (r.state, r.status_text) for r in results}
