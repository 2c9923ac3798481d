"""Contact moments of a client: add and remove, Dutch refusals, logged, counted by the engine."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.caseload import ClientData, ClientValidationError
from jbn_selfscan.domain.types import DeadlineState, Maatregel
from jbn_selfscan.services.clients import (
    add_client,
    add_contactmoment,
    get_client,
    remove_contactmoment,
    update_client,
)
from jbn_selfscan.services.deadlines import calendar_for, client_deadlines
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import ChangeLog, Client

TODAY = dt.date(2026, 12, 4)
D = dt.date


def _voogdij(ws: Workspace) -> int:
    return add_client(ws, ClientData("VG-1", "A.B.", Maatregel.VOOGDIJ, D(2019, 5, 6)), TODAY)


def _contact_deadline(ws: Workspace, client_id: int) -> tuple[DeadlineState, str]:
    with ws.db.session() as session:
        client = session.get_one(Client, client_id)
        results = client_deadlines(client, TODAY, calendar_for(), start_phase_months=12)
    result = next(r for r in results if r.stap == "contact_voogdij")
    return result.state, result.status_text


def test_contact_moments_are_added_once_removed_and_logged(ws: Workspace) -> None:
    client_id = _voogdij(ws)
    for day in (D(2026, 7, 15), D(2026, 1, 10), D(2026, 7, 15)):
        add_contactmoment(ws, client_id, day, today=TODAY)
    assert get_client(ws, client_id).data.contacten == (D(2026, 1, 10), D(2026, 7, 15))
    remove_contactmoment(ws, client_id, D(2026, 1, 10))
    remove_contactmoment(ws, client_id, D(2026, 2, 2))  # not recorded: no error
    assert get_client(ws, client_id).data.contacten == (D(2026, 7, 15),)
    with ws.db.session() as session:
        logged = [
            (c.old, c.new)
            for c in session.scalars(select(ChangeLog).where(ChangeLog.field == "contactmoment"))
        ]
    assert logged == [(None, "2026-07-15"), (None, "2026-01-10"), ("2026-01-10", None)]


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (D(2026, 12, 5), "het contactmoment 05-12-2026 ligt in de toekomst"),
        (D(2019, 5, 5), "het contactmoment 05-05-2019 ligt vóór de uitspraakdatum 06-05-2019"),
    ],
)
def test_a_wrong_contact_date_is_refused_in_dutch_and_nothing_changes(
    ws: Workspace, day: dt.date, message: str
) -> None:
    client_id = _voogdij(ws)
    with pytest.raises(ClientValidationError) as caught:
        add_contactmoment(ws, client_id, day, today=TODAY)
    assert message in str(caught.value)
    assert str(caught.value).startswith("contactmomenten: ")
    assert get_client(ws, client_id).data.contacten == ()


def test_the_engine_counts_the_stored_contact_moments(ws: Workspace) -> None:
    client_id = _voogdij(ws)
    assert _contact_deadline(ws, client_id) == (
        DeadlineState.VERLOPEN,
        "verlopen sinds 2677 dagen",  # no contacts: 6 Aug 2019 (uitspraak + 3 months) + 2677 days
    )
    for day in (D(2026, 1, 10), D(2026, 4, 2), D(2026, 7, 15)):
        add_contactmoment(ws, client_id, day, today=TODAY)
    assert _contact_deadline(ws, client_id) == (
        DeadlineState.VERLOPEN,
        "verlopen — 3 contacten in de laatste 12 maanden; norm: minstens 4",
    )
    add_contactmoment(ws, client_id, D(2026, 10, 1), today=TODAY)
    assert _contact_deadline(ws, client_id) == (DeadlineState.OPEN, "open — nog 23 werkdagen")


def test_editing_a_client_without_contacten_leaves_them_alone(ws: Workspace) -> None:
    client_id = _voogdij(ws)
    add_contactmoment(ws, client_id, D(2026, 7, 15), today=TODAY)
    data = get_client(ws, client_id).data
    from dataclasses import replace

    update_client(ws, client_id, replace(data, team="Team 2", contacten=None), TODAY)
    assert get_client(ws, client_id).data.contacten == (D(2026, 7, 15),)
    update_client(ws, client_id, replace(data, contacten=()), TODAY)
    assert get_client(ws, client_id).data.contacten == ()
