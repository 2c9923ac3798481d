"""The demo caseload: fictitious, realistic deadline situations, a signed and a planned gesprek."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.dutch_dates import dutch_moment
from jbn_selfscan.domain.types import DeadlineState, GesprekStatus, Maatregel, Role, ScanStatus
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.acties import general_open_acties
from jbn_selfscan.services.demo import DemoError, client_data, fill_demo
from jbn_selfscan.services.demo_data import CLIENTS, DEMO_COACH, DEMO_WORKER
from jbn_selfscan.services.gesprek_view import GesprekView
from jbn_selfscan.services.profile import get_profile
from jbn_selfscan.store.models import Answer, Zelfscan

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One demo data dir for the read-only checks of this module."""
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services.workspace import open_workspace

    ws = open_workspace(AppPaths(tmp_path_factory.mktemp("demo")))
    summary = fill_demo(ws, TODAY)
    yield ws, summary
    ws.close()


def _states(view: GesprekView, stap: str) -> Counter[DeadlineState]:
    return Counter(t.state for client in view.clients for t in client.termijnen if t.stap == stap)


def test_demo_makes_a_fictitious_caseload_of_fifteen(demo: Any) -> None:
    ws, summary = demo
    assert get_profile(ws) == get_profile(ws).__class__(DEMO_WORKER, Role.JEUGDBESCHERMER)
    assert summary.per_maatregel == {Maatregel.OTS: 7, Maatregel.VOOGDIJ: 4, Maatregel.JR: 4}
    view = g.gesprek_view(ws, summary.preparation_gesprek_id, today=TODAY)
    assert len(view.clients) == 15
    assert {c.referentie[:3] for c in view.clients} == {"OTS", "VO-", "JR-"}
    for client in view.clients:
        assert re.fullmatch(r"(OTS|VO|JR)-20\d\d-\d{4}", client.referentie)
        assert re.fullmatch(r"([A-Z]\.){2}", client.initialen), "initials only, no names"
    assert "demo" in summary.text().lower() and "15 cliënten" in summary.text()


def test_demo_has_a_signed_gesprek_of_last_quarter(demo: Any) -> None:
    ws, summary = demo
    view = g.gesprek_view(ws, summary.signed_gesprek_id)
    assert view.status is GesprekStatus.GETEKEND
    assert {s.naam for s in view.akkoorden} == {DEMO_WORKER, DEMO_COACH}
    assert view.praktijkbegeleider == DEMO_COACH
    assert 80 <= (TODAY - view.datum).days <= 100
    assert len(view.afspraken) == 3 and len(view.acties) == 5
    assert any(a.client_referentie for a in view.acties)
    assert any(a.client_referentie is None for a in view.acties)
    assert len(view.clients) == 13, "the two newest maatregelen started after it"


def test_demo_has_a_gesprek_in_preparation_with_this_quarters_scans(demo: Any) -> None:
    ws, summary = demo
    view = g.gesprek_view(ws, summary.preparation_gesprek_id, today=TODAY)
    assert view.status is GesprekStatus.IN_VOORBEREIDING and view.datum > TODAY
    assert view.vorig is not None and view.vorig.datum == summary.signed_datum
    reported = [a for a in view.clients for a in a.previous_acties if a.status.value != "open"]
    assert len(reported) == 3, "the worker reported on last time's acties"
    assert {(a.omschrijving, a.status.value) for a in general_open_acties(ws)} == {
        ("Intervisie over veiligheidsgesprekken met jeugdigen organiseren", "afgerond"),
        ("Scholing LIJ volgen", "open"),
    }
    # reported the day before `today`, after last quarter's signing: not the real clock
    reports = {a.status_bijgewerkt_op for a in general_open_acties(ws) if a.status.value != "open"}
    assert reports == {dutch_moment(TODAY - dt.timedelta(days=1), dt.time(10, 0))}
    signed_scans = {c.scan_id for c in g.gesprek_view(ws, summary.signed_gesprek_id).clients}
    assert not signed_scans & {c.scan_id for c in view.clients}
    with ws.db.session() as session:
        statuses = Counter(
            s.status
            for s in session.scalars(
                select(Zelfscan).where(Zelfscan.gesprek_id == summary.preparation_gesprek_id)
            )
        )
    assert statuses[ScanStatus.AFGEROND.value] >= 7 and statuses[ScanStatus.CONCEPT.value] >= 4


def test_demo_deadlines_follow_the_dossier_findings(demo: Any) -> None:
    ws, summary = demo
    view = g.gesprek_view(ws, summary.preparation_gesprek_id, today=TODAY)
    f2f = _states(view, "eerste_f2f")
    assert 4 <= f2f[DeadlineState.TE_LAAT] <= 6, "about a third of first F2F contacts late"
    pva = _states(view, "eerste_pva")
    assert 6 <= pva[DeadlineState.TE_LAAT] + pva[DeadlineState.VERLOPEN] <= 8, "half the PvAs"
    assert _states(view, "risicotaxatie_actueel")[DeadlineState.VERLOPEN] >= 3
    hulp = _states(view, "hulp_gestart")
    assert 4 <= hulp[DeadlineState.TE_LAAT] + hulp[DeadlineState.VERLOPEN] <= 6
    by_ref = {c.referentie: c for c in view.clients}
    voogdij = next(t for t in by_ref["VO-2024-0310"].termijnen if t.stap == "contact_voogdij")
    assert voogdij.state is DeadlineState.VERLOPEN
    assert voogdij.gedaan_op is not None and (TODAY - voogdij.gedaan_op).days >= 120
    new = next(t for t in by_ref["OTS-2026-0977"].termijnen if t.stap == "eerste_f2f")
    assert new.state is DeadlineState.OPEN and new.deadline is not None
    assert 1 <= (new.deadline - TODAY).days <= 10, "a new maatregel with deadlines next week"
    doc = g.build_merged(ws, summary.preparation_gesprek_id, today=TODAY)
    ccp = [c for c in doc.clients if c.contactpersoon.startswith("CCP")]
    assert len(ccp) == 1


def test_demo_answers_are_valid_and_varied(demo: Any) -> None:
    ws, summary = demo
    doc = g.build_merged(ws, summary.preparation_gesprek_id, today=TODAY)
    reasons = [v.reden for c in doc.clients if c.scan for v in c.scan.item_oordelen]
    assert not [r for r in reasons if "ongeldige waarde" in r or "toekomst" in r]
    with ws.db.session() as session:
        toelichtingen = {a.toelichting for a in session.scalars(select(Answer)) if a.toelichting}
    assert len(toelichtingen) >= 8
    progress = Counter(
        c.answered == c.total
        for c in g.gesprek_view(ws, summary.preparation_gesprek_id, today=TODAY).clients
    )
    assert progress[True] >= 7 and progress[False] >= 4, "some complete, some half done"


@pytest.mark.parametrize("today", [TODAY, dt.date(2027, 1, 4)])
def test_demo_data_is_consistent_in_time(today: dt.date) -> None:
    previous = today - dt.timedelta(days=93)
    for client in CLIENTS:
        now = client_data(client, today).validated(today)
        if now.uitspraakdatum > previous:
            continue
        before = client_data(client, today, at_previous=previous).validated(previous)
        for field in ("laatste_risicotaxatie", "laatste_pva_evaluatie", "laatste_contact_kind"):
            old, new = getattr(before, field), getattr(now, field)
            assert old is None or (new is not None and new >= old), (client.referentie, field)
        for first, last in (
            ("eerste_risicotaxatie", "laatste_risicotaxatie"),
            ("eerste_pva", "laatste_pva_evaluatie"),
        ):
            for data in (before, now):
                a, b = getattr(data, first), getattr(data, last)
                assert a is None or b is None or b >= a, (client.referentie, last)


def test_demo_refuses_a_data_dir_that_holds_data(gesprek_env: Any) -> None:
    ws = gesprek_env.workspace("gevuld")
    before = gesprek_env.dump(ws.paths.database)
    with pytest.raises(DemoError, match="bevat al gegevens"):
        fill_demo(ws, TODAY)
    assert gesprek_env.dump(ws.paths.database) == before


def test_every_demo_answer_is_in_its_history_as_a_workers_answer_is(demo: Any) -> None:
    from jbn_selfscan.domain.dutch_dates import as_utc
    from jbn_selfscan.services import checklists
    from jbn_selfscan.services.history import item_history

    ws, _summary = demo
    with ws.db.session() as session:
        answers = [
            (a.zelfscan_id, a.item_id, a.waarde, a.toelichting, as_utc(a.answered_at))
            for a in session.scalars(select(Answer))
        ]
    assert len(answers) > 300
    labels = {
        (item.id, choice.value): choice.label
        for item in checklists.current().items
        for choice in item.choices or ()
    }
    for scan_id, item_id, waarde, toelichting, at in answers[::7]:  # a spread sample
        rows = item_history(ws, scan_id, item_id)
        [value] = [r for r in rows if r.wat == "Antwoord"]
        assert (value.user, value.at, value.oud) == (DEMO_WORKER, at, "")
        assert value.nieuw == labels.get((item_id, waarde or ""), value.nieuw) and value.nieuw
        notes = [r.nieuw for r in rows if r.wat == "Toelichting"]
        assert notes == ([toelichting] if toelichting else [])
