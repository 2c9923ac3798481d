"""Open acties of earlier gesprekken and the worker's status report on them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import ActieStatus, GesprekStatus, Maatregel
from jbn_selfscan.services.acties import (
    ActieError,
    general_open_acties,
    open_acties_for_client,
    report_actie_status,
)
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Actie, Akkoord, Caseloadgesprek, ChangeLog

TODAY = dt.date(2026, 11, 20)
_uids = itertools.count(1)


def _client(ws: Workspace, ref: str = "OTS-2026-001") -> int:
    data = ClientData(
        referentie=ref,
        initialen="A.B.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 3, 2),
    )
    return add_client(ws, data, today=TODAY)


def _gesprek(
    ws: Workspace,
    *,
    datum: dt.date,
    status: GesprekStatus = GesprekStatus.GETEKEND,
    signed_at: dt.datetime | None = None,
) -> int:
    with ws.db.session() as session, session.begin():
        gesprek = Caseloadgesprek(
            uid=f"g-{next(_uids)}",
            datum=datum,
            status=status.value,
            medewerker_naam="Sanne de Vries",
        )
        session.add(gesprek)
        session.flush()
        if signed_at is not None:
            session.add(Akkoord(gesprek_id=gesprek.id, rol="medewerker", naam="S", op=signed_at))
        return gesprek.id


def _actie(
    ws: Workspace,
    gesprek_id: int,
    client_id: int | None,
    omschrijving: str,
    *,
    status: ActieStatus = ActieStatus.OPEN,
    deadline: dt.date | None = None,
) -> int:
    with ws.db.session() as session, session.begin():
        actie = Actie(
            uid=f"a-{next(_uids)}",
            gesprek_id=gesprek_id,
            client_id=client_id,
            omschrijving=omschrijving,
            eigenaar_rol="jeugdbeschermer",
            eigenaar_naam="Sanne de Vries",
            deadline=deadline,
            status=status.value,
        )
        session.add(actie)
        session.flush()
        return actie.id


def _sign_later_gesprek(ws: Workspace) -> None:
    """A next gesprek is signed after everything done so far."""
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=1)
    _gesprek(ws, datum=TODAY, signed_at=later)


def test_client_scan_lists_open_and_running_acties_of_signed_gesprekken(ws: Workspace) -> None:
    client = _client(ws)
    other = _client(ws, "OTS-2026-002")
    signed = _gesprek(ws, datum=dt.date(2026, 9, 1))
    draft = _gesprek(ws, datum=dt.date(2026, 12, 1), status=GesprekStatus.IN_VOORBEREIDING)
    _actie(ws, signed, client, "Risicotaxatie bijwerken", deadline=dt.date(2026, 10, 1))
    _actie(ws, signed, client, "Kernbesluit vastleggen", status=ActieStatus.LOOPT)
    _actie(ws, signed, client, "Al besproken", status=ActieStatus.AFGEROND)
    _actie(ws, signed, other, "Andere client")
    _actie(ws, signed, None, "Algemene actie")
    _actie(ws, draft, client, "Nog niet getekend")

    shown = open_acties_for_client(ws, client)

    assert [a.omschrijving for a in shown] == ["Risicotaxatie bijwerken", "Kernbesluit vastleggen"]
    first = shown[0]
    assert first.client_referentie == "OTS-2026-001"
    assert first.gesprek_datum == dt.date(2026, 9, 1)
    assert first.deadline == dt.date(2026, 10, 1)
    assert first.status is ActieStatus.OPEN


def test_general_acties_have_no_client(ws: Workspace) -> None:
    client = _client(ws)
    signed = _gesprek(ws, datum=dt.date(2026, 9, 1))
    _actie(ws, signed, None, "Caseload bespreken met teammanager")
    _actie(ws, signed, client, "Over de client")

    general = general_open_acties(ws)

    assert [(a.omschrijving, a.client_referentie) for a in general] == [
        ("Caseload bespreken met teammanager", None)
    ]


def test_report_is_stored_logged_and_stays_visible_this_round(ws: Workspace) -> None:
    client = _client(ws)
    signed = _gesprek(ws, datum=dt.date(2026, 9, 1))
    actie_id = _actie(ws, signed, client, "Risicotaxatie bijwerken")

    view = report_actie_status(ws, actie_id, ActieStatus.AFGEROND, "ARIJ op 3-11 afgerond")

    assert view.status is ActieStatus.AFGEROND
    assert view.status_bijgewerkt_op is not None
    shown = open_acties_for_client(ws, client)
    assert [(a.status, a.status_toelichting) for a in shown] == [
        (ActieStatus.AFGEROND, "ARIJ op 3-11 afgerond")
    ]
    with ws.db.session() as session:
        logged = session.scalars(
            select(ChangeLog).where(ChangeLog.entity == "actie").order_by(ChangeLog.id)
        ).all()
    assert [(c.field, c.old, c.new, c.user) for c in logged] == [
        ("status", "open", "afgerond", "Sanne de Vries"),
        ("status_toelichting", "", "ARIJ op 3-11 afgerond", "Sanne de Vries"),
    ]
    assert {c.context for c in logged} == {"OTS-2026-001"}


def test_reported_acties_drop_out_after_the_next_signed_gesprek(ws: Workspace) -> None:
    client = _client(ws)
    signed = _gesprek(ws, datum=dt.date(2026, 6, 1))
    done = _actie(ws, signed, client, "Afgerond")
    running = _actie(ws, signed, client, "Loopt nog")
    report_actie_status(ws, done, ActieStatus.AFGEROND, "")
    report_actie_status(ws, running, ActieStatus.LOOPT, "wacht op gedragswetenschapper")

    _sign_later_gesprek(ws)

    assert [a.omschrijving for a in open_acties_for_client(ws, client)] == ["Loopt nog"]
    with pytest.raises(ActieError, match="vorig caseloadgesprek"):
        report_actie_status(ws, done, ActieStatus.NIET_GELUKT, "toch niet")


def test_reporting_the_same_status_again_changes_nothing(ws: Workspace) -> None:
    signed = _gesprek(ws, datum=dt.date(2026, 9, 1))
    actie_id = _actie(ws, signed, None, "Algemeen")
    first = report_actie_status(ws, actie_id, "loopt", "bezig")

    again = report_actie_status(ws, actie_id, ActieStatus.LOOPT, "bezig")

    assert again.status_bijgewerkt_op == first.status_bijgewerkt_op
    with ws.db.session() as session:
        count = len(session.scalars(select(ChangeLog).where(ChangeLog.entity == "actie")).all())
    assert count == 2


@pytest.mark.parametrize(
    ("status", "note", "message"),
    [
        ("klaar", "", "Onbekende status 'klaar'"),
        (ActieStatus.AFGEROND, "x" * 5001, "te lang"),
    ],
)
def test_invalid_report_is_refused_in_dutch_and_changes_nothing(
    ws: Workspace, status: str, note: str, message: str
) -> None:
    signed = _gesprek(ws, datum=dt.date(2026, 9, 1))
    actie_id = _actie(ws, signed, None, "Algemeen")

    with pytest.raises(ActieError, match=message):
        report_actie_status(ws, actie_id, status, note)

    assert general_open_acties(ws)[0].status is ActieStatus.OPEN


def test_unknown_actie_and_unsigned_gesprek_are_refused(ws: Workspace) -> None:
    draft = _gesprek(ws, datum=TODAY, status=GesprekStatus.IN_VOORBEREIDING)
    actie_id = _actie(ws, draft, None, "Nieuw")

    with pytest.raises(ActieError, match="bestaat niet"):
        report_actie_status(ws, 9999, ActieStatus.AFGEROND, "")
    with pytest.raises(ActieError, match="nog niet getekend"):
        report_actie_status(ws, actie_id, ActieStatus.AFGEROND, "")


def test_round_starts_at_the_last_akkoord_of_the_newest_signed_gesprek(ws: Workspace) -> None:
    """A report made before the newest sign-off belongs to the previous round."""
    client = _client(ws)
    old = _gesprek(ws, datum=dt.date(2026, 3, 1))
    actie_id = _actie(ws, old, client, "Oud")
    report_actie_status(ws, actie_id, ActieStatus.AFGEROND, "")
    assert open_acties_for_client(ws, client)  # still this round

    _sign_later_gesprek(ws)

    assert open_acties_for_client(ws, client) == []
