"""Preparing a caseloadgesprek: start, history, editing, sign-off, reopening, moving, cancelling."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.scans import ScanLockedError, open_scan, save_answer
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import ChangeLog, GesprekVersie, Zelfscan

TODAY = dt.date(2026, 11, 20)
GESPREK_DATE = dt.date(2026, 11, 26)
WORKER = "Sanne Testpersoon"
COACH = "Piet Begeleider"


@pytest.fixture
def ws(gesprek_env: Any) -> Workspace:
    assert (gesprek_env.today, gesprek_env.worker) == (TODAY, WORKER)
    return gesprek_env.workspace("jb")


@pytest.fixture
def clients(gesprek_env: Any, ws: Workspace) -> dict[str, int]:
    return gesprek_env.add_caseload(ws)


@pytest.fixture
def answer(gesprek_env: Any) -> Any:
    return gesprek_env.answer


def _start(ws: Workspace) -> int:
    return g.start_gesprek(ws, GESPREK_DATE, COACH, today=TODAY)


def _log(ws: Workspace, field: str) -> list[ChangeLog]:
    with ws.db.session() as session:
        return list(session.scalars(select(ChangeLog).where(ChangeLog.field == field)))


def _sign_both(ws: Workspace, gesprek_id: int) -> GesprekStatus:
    g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, WORKER, today=GESPREK_DATE)
    return g.sign_gesprek(ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, COACH, today=GESPREK_DATE)


# --------------------------------------------------------------------------- start


def test_start_gathers_the_open_scan_of_every_client(
    ws: Workspace, clients: dict[str, int], answer: Any
) -> None:
    scan_id = answer(ws, clients["OTS-2026-0101"], "actueel_beeld", "ja")
    gesprek_id = _start(ws)

    view = g.gesprek_view(ws, gesprek_id, today=TODAY)
    assert [c.referentie for c in view.clients] == sorted(clients)
    assert [c.pseudoniem for c in view.clients] == ["Cliënt A", "Cliënt B", "Cliënt C"]
    assert view.medewerker == WORKER and view.praktijkbegeleider == COACH
    assert view.status is GesprekStatus.IN_VOORBEREIDING and not view.locked
    ots = next(c for c in view.clients if c.referentie == "OTS-2026-0101")
    assert ots.scan_id == scan_id, "the scan already begun is the one discussed"


def test_archived_clients_stay_out(ws: Workspace, clients: dict[str, int]) -> None:
    from jbn_selfscan.services.clients import set_archived

    set_archived(ws, clients["JR-2026-0303"])
    view = g.gesprek_view(ws, _start(ws), today=TODAY)
    assert "JR-2026-0303" not in [c.referentie for c in view.clients]


def test_only_one_gesprek_in_preparation(ws: Workspace, clients: dict[str, int]) -> None:
    _start(ws)
    with pytest.raises(g.GesprekError, match="al een caseloadgesprek in voorbereiding"):
        g.start_gesprek(ws, GESPREK_DATE + dt.timedelta(days=7), COACH, today=TODAY)


def test_start_needs_a_profile_and_clients(gesprek_env: Any) -> None:
    bare = gesprek_env.workspace("bare", profile=False)
    with pytest.raises(g.GesprekError, match="profiel"):
        g.start_gesprek(bare, GESPREK_DATE, COACH, today=TODAY)
    empty = gesprek_env.workspace("empty")
    with pytest.raises(g.GesprekError, match="geen cliënten"):
        g.start_gesprek(empty, GESPREK_DATE, COACH, today=TODAY)


def test_a_praktijkbegeleider_does_not_start_a_gesprek(gesprek_env: Any) -> None:
    coach = gesprek_env.workspace("pb", COACH, Role.PRAKTIJKBEGELEIDER)
    gesprek_env.add_caseload(coach)
    with pytest.raises(g.GesprekError, match="importeren"):
        g.start_gesprek(coach, GESPREK_DATE, COACH, today=TODAY)


@pytest.mark.parametrize(
    ("datum", "message"),
    [(dt.date(2019, 5, 1), "verleden"), (dt.date(2030, 1, 1), "jaar vooruit")],
)
def test_start_refuses_an_unlikely_date(
    ws: Workspace, clients: dict[str, int], datum: dt.date, message: str
) -> None:
    with pytest.raises(g.GesprekError, match=message):
        g.start_gesprek(ws, datum, COACH, today=TODAY)


def test_history_lists_gesprekken_with_their_counts(ws: Workspace, clients: dict[str, int]) -> None:
    gesprek_id = _start(ws)
    g.add_afspraak(ws, gesprek_id, "We kijken samen naar de PvA's.")
    g.add_actie(ws, gesprek_id, "Risicotaxatie bijwerken", "jeugdbeschermer", deadline=GESPREK_DATE)
    [summary] = g.list_gesprekken(ws)
    assert (summary.id, summary.versie, summary.datum) == (gesprek_id, 1, GESPREK_DATE)
    assert (summary.clients, summary.afspraken, summary.acties) == (3, 1, 1)
    assert summary.status is GesprekStatus.IN_VOORBEREIDING
    assert g.find_gesprek_id(ws, summary.uid) == gesprek_id
    assert g.find_gesprek_id(ws, str(gesprek_id)) == gesprek_id
    with pytest.raises(g.GesprekNotFoundError, match="bestaat niet"):
        g.find_gesprek_id(ws, "999")


# --------------------------------------------------------------------------- editing


def test_texts_autosave_and_are_change_logged(ws: Workspace, clients: dict[str, int]) -> None:
    gesprek_id = _start(ws)
    g.set_opmerkingen(ws, gesprek_id, "Goed gesprek ")
    g.set_bespreekpunten_algemeen(ws, gesprek_id, "Werkdruk")
    g.set_praktijkbegeleider(ws, gesprek_id, "  Anna   Andere ")
    view = g.gesprek_view(ws, gesprek_id, today=TODAY)
    assert view.opmerkingen == "Goed gesprek ", "text is stored as typed"
    assert view.bespreekpunten_algemeen == "Werkdruk"
    assert view.praktijkbegeleider == "Anna Andere"
    [entry] = _log(ws, "opmerkingen")
    assert (entry.old, entry.new, entry.user) == ("", "Goed gesprek ", WORKER)
    g.set_opmerkingen(ws, gesprek_id, "Goed gesprek ")
    assert len(_log(ws, "opmerkingen")) == 1, "saving the same text again logs nothing"


def test_afspraken_per_client_and_general(ws: Workspace, clients: dict[str, int]) -> None:
    gesprek_id = _start(ws)
    general = g.add_afspraak(ws, gesprek_id, "Elke maand even bijpraten.")
    own = g.add_afspraak(ws, gesprek_id, "Kernbesluit plannen.", clients["OTS-2026-0101"])
    g.update_afspraak(ws, own, "Kernbesluit plannen met de GW.", clients["OTS-2026-0101"])
    view = g.gesprek_view(ws, gesprek_id, today=TODAY)
    assert [(a.tekst, a.client_referentie) for a in view.afspraken] == [
        ("Elke maand even bijpraten.", None),
        ("Kernbesluit plannen met de GW.", "OTS-2026-0101"),
    ]
    g.delete_afspraak(ws, general)
    assert [a.id for a in g.gesprek_view(ws, gesprek_id, today=TODAY).afspraken] == [own]
    with pytest.raises(g.GesprekError, match="Vul de tekst van de afspraak in"):
        g.add_afspraak(ws, gesprek_id, "   ")


def test_afspraak_for_a_client_outside_the_gesprek_is_refused(
    ws: Workspace, clients: dict[str, int]
) -> None:
    from jbn_selfscan.services.clients import set_archived

    set_archived(ws, clients["JR-2026-0303"])
    gesprek_id = _start(ws)
    with pytest.raises(g.GesprekError, match="hoort niet bij dit caseloadgesprek"):
        g.add_afspraak(ws, gesprek_id, "Iets", clients["JR-2026-0303"])


def test_acties_validation(ws: Workspace, clients: dict[str, int]) -> None:
    gesprek_id = _start(ws)
    with pytest.raises(g.GesprekError, match="Vul wat de actie is in"):
        g.add_actie(ws, gesprek_id, "", "jeugdbeschermer")
    with pytest.raises(g.GesprekError, match="vaste jeugdzorgwerker, praktijkbegeleider of anders"):
        g.add_actie(ws, gesprek_id, "Bellen", "teammanager")
    with pytest.raises(g.GesprekError, match="naam van wie de actie uitvoert"):
        g.add_actie(ws, gesprek_id, "Bellen", "anders")
    with pytest.raises(g.GesprekError, match="vóór de datum van het caseloadgesprek"):
        g.add_actie(ws, gesprek_id, "Bellen", "jeugdbeschermer", deadline=dt.date(2026, 1, 5))
    actie_id = g.add_actie(
        ws,
        gesprek_id,
        "Bellen met school",
        "anders",
        "Teammanager",
        GESPREK_DATE,
        clients["VO-2025-0202"],
    )
    g.update_actie(ws, actie_id, "Bellen met school", "praktijkbegeleider", "", None)
    [row] = g.gesprek_view(ws, gesprek_id, today=TODAY).acties
    assert (row.eigenaar_rol, row.eigenaar_naam, row.deadline, row.client_id) == (
        "praktijkbegeleider",
        "",
        None,
        None,
    )
    assert {e.field for e in _log(ws, "eigenaar_rol")} == {"eigenaar_rol"}
    g.delete_actie(ws, actie_id)
    assert g.gesprek_view(ws, gesprek_id, today=TODAY).acties == ()


# --------------------------------------------------------------------------- sign-off


def test_signing_by_both_locks_and_freezes(
    ws: Workspace, clients: dict[str, int], answer: Any
) -> None:
    gesprek_id = _start(ws)
    scan_id = answer(ws, clients["OTS-2026-0101"], "actueel_beeld", "deels", "Verslag mist.")
    g.add_actie(ws, gesprek_id, "Verslag bijwerken", "jeugdbeschermer", deadline=GESPREK_DATE)
    assert g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, WORKER, today=GESPREK_DATE) is (
        GesprekStatus.IN_VOORBEREIDING
    )
    assert (
        g.sign_gesprek(ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, COACH, today=GESPREK_DATE)
        is GesprekStatus.GETEKEND
    )

    view = g.gesprek_view(ws, gesprek_id, today=TODAY)
    assert view.locked and view.is_signed
    assert [(s.rol, s.naam) for s in view.akkoorden] == [
        (Role.JEUGDBESCHERMER, WORKER),
        (Role.PRAKTIJKBEGELEIDER, COACH),
    ]
    with pytest.raises(g.GesprekLockedError, match="getekend"):
        g.set_opmerkingen(ws, gesprek_id, "later nog iets")
    with pytest.raises(g.GesprekLockedError):
        g.add_afspraak(ws, gesprek_id, "nog een afspraak")
    with pytest.raises(ScanLockedError):
        save_answer(ws, scan_id, "actueel_beeld", "ja", today=TODAY)
    with ws.db.session() as session:
        [frozen] = session.scalars(select(GesprekVersie)).all()
    assert (frozen.versie, frozen.soort) == (1, "getekend")
    assert '"Verslag mist."' in frozen.document


def test_signed_document_does_not_follow_later_client_changes(
    ws: Workspace, clients: dict[str, int]
) -> None:
    from jbn_selfscan.services.clients import get_client, update_client

    gesprek_id = _start(ws)
    _sign_both(ws, gesprek_id)
    before = g.build_merged(ws, gesprek_id, today=TODAY)
    record = get_client(ws, clients["OTS-2026-0101"])
    update_client(
        ws,
        record.id,
        record.data.__class__(**{**record.data.__dict__, "regio": "Elders"}),
        today=TODAY,
    )
    after = g.build_merged(ws, gesprek_id, today=TODAY + dt.timedelta(days=40))
    assert after == before


def test_an_edit_after_one_akkoord_withdraws_it(ws: Workspace, clients: dict[str, int]) -> None:
    gesprek_id = _start(ws)
    g.sign_gesprek(ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, COACH, today=GESPREK_DATE)
    g.add_afspraak(ws, gesprek_id, "Nog iets erbij")
    assert g.gesprek_view(ws, gesprek_id, today=TODAY).akkoorden == ()
    assert _log(ws, "akkoord_praktijkbegeleider")[-1].new is None


def test_sign_needs_a_name(ws: Workspace, clients: dict[str, int]) -> None:
    gesprek_id = _start(ws)
    with pytest.raises(g.GesprekError, match="Vul je naam in"):
        g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, "  ")


# --------------------------------------------------------------------------- reopen


def test_reopen_makes_a_new_version_and_keeps_the_old(
    ws: Workspace, clients: dict[str, int]
) -> None:
    gesprek_id = _start(ws)
    _sign_both(ws, gesprek_id)
    with pytest.raises(g.GesprekError, match="reden"):
        g.reopen_gesprek(ws, gesprek_id, " ")
    assert g.reopen_gesprek(ws, gesprek_id, "Actie vergeten") == 2

    view = g.gesprek_view(ws, gesprek_id, today=TODAY)
    assert (view.versie, view.status, view.akkoorden) == (2, GesprekStatus.IN_VOORBEREIDING, ())
    assert view.wijzigingsreden == "Actie vergeten"
    g.add_actie(ws, gesprek_id, "Toegevoegd", "jeugdbeschermer")
    _sign_both(ws, gesprek_id)
    with ws.db.session() as session:
        versions = session.scalars(select(GesprekVersie).order_by(GesprekVersie.versie)).all()
    assert [(v.versie, v.soort) for v in versions] == [(1, "getekend"), (2, "getekend")]
    assert "Toegevoegd" not in versions[0].document and "Toegevoegd" in versions[1].document
    [entry] = _log(ws, "heropend")
    assert (entry.new, entry.user) == ("Actie vergeten", WORKER)


def test_only_a_signed_gesprek_can_be_reopened(ws: Workspace, clients: dict[str, int]) -> None:
    with pytest.raises(g.GesprekError, match="Alleen een getekend"):
        g.reopen_gesprek(ws, _start(ws), "waarom niet")


# --------------------------------------------------------------------------- planning


def test_move_keeps_scans_and_the_original_date(ws: Workspace, clients: dict[str, int]) -> None:
    gesprek_id = _start(ws)
    with pytest.raises(g.GesprekError, match="reden"):
        g.move_gesprek(ws, gesprek_id, GESPREK_DATE + dt.timedelta(days=14), "", today=TODAY)
    g.move_gesprek(ws, gesprek_id, GESPREK_DATE + dt.timedelta(days=14), "Ziek", today=TODAY)
    g.move_gesprek(ws, gesprek_id, GESPREK_DATE + dt.timedelta(days=21), "Vakantie", today=TODAY)
    view = g.gesprek_view(ws, gesprek_id, today=TODAY)
    assert view.datum == GESPREK_DATE + dt.timedelta(days=21)
    assert view.oorspronkelijke_datum == GESPREK_DATE
    assert len(view.clients) == 3
    assert [e.new for e in _log(ws, "reden_verplaatsing")] == ["Ziek", "Vakantie"]


def test_cancel_releases_the_scans_for_the_next_gesprek(
    ws: Workspace, clients: dict[str, int], answer: Any
) -> None:
    gesprek_id = _start(ws)
    scan_id = answer(ws, clients["OTS-2026-0101"], "actueel_beeld", "ja")
    assert g.cancel_gesprek(ws, gesprek_id, "Praktijkbegeleider ziek") == 3
    with ws.db.session() as session:
        assert session.scalar(select(Zelfscan.gesprek_id).where(Zelfscan.id == scan_id)) is None
    [summary] = g.list_gesprekken(ws)
    assert summary.status is GesprekStatus.GEANNULEERD
    with pytest.raises(g.GesprekLockedError, match="geannuleerd"):
        g.set_opmerkingen(ws, gesprek_id, "x")

    next_id = g.start_gesprek(ws, GESPREK_DATE + dt.timedelta(days=7), COACH, today=TODAY)
    ots = next(
        c
        for c in g.gesprek_view(ws, next_id, today=TODAY).clients
        if c.referentie == "OTS-2026-0101"
    )
    assert ots.scan_id == scan_id, "the answers given before the cancellation are not lost"


def test_a_signed_gesprek_cannot_be_moved_or_cancelled(
    ws: Workspace, clients: dict[str, int]
) -> None:
    gesprek_id = _start(ws)
    _sign_both(ws, gesprek_id)
    with pytest.raises(g.GesprekLockedError):
        g.move_gesprek(ws, gesprek_id, GESPREK_DATE + dt.timedelta(days=1), "x", today=TODAY)
    with pytest.raises(g.GesprekLockedError):
        g.cancel_gesprek(ws, gesprek_id, "x")


def test_after_signing_the_next_scan_starts_fresh(
    ws: Workspace, clients: dict[str, int], answer: Any
) -> None:
    gesprek_id = _start(ws)
    old = answer(ws, clients["OTS-2026-0101"], "actueel_beeld", "ja")
    _sign_both(ws, gesprek_id)
    new = open_scan(ws, clients["OTS-2026-0101"], today=TODAY)
    assert new.scan_id != old and not new.locked
