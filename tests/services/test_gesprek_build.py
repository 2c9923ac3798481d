"""Store → merged document: what the file and the PDF of a caseloadgesprek say."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from jbn_selfscan import __version__
from jbn_selfscan.domain.types import GesprekStatus, ItemStatus, Role, Theme
from jbn_selfscan.exchange.merged_file import read_merged_file
from jbn_selfscan.report.tally import current_counts
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Caseloadgesprek, Zelfscan


@pytest.fixture
def ws(gesprek_env: Any) -> Workspace:
    return gesprek_env.workspace("jb")  # type: ignore[no-any-return]


@pytest.fixture
def clients(gesprek_env: Any, ws: Workspace) -> dict[str, int]:
    return gesprek_env.add_caseload(ws)  # type: ignore[no-any-return]


def _start(env: Any, ws: Workspace) -> int:
    return g.start_gesprek(ws, env.gesprek_date, env.coach, today=env.today)


def _sign(env: Any, ws: Workspace, gesprek_id: int) -> None:
    g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, env.worker, today=env.gesprek_date)
    g.sign_gesprek(ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, env.coach, today=env.gesprek_date)


def test_document_holds_the_scan_with_verdicts_and_deadlines(
    gesprek_env: Any, ws: Workspace, clients: dict[str, int]
) -> None:
    env = gesprek_env
    ots = clients["OTS-2026-0101"]
    env.answer(ws, ots, "actueel_beeld", "nee", "Beeld is van voor de zomer.")
    gesprek_id = _start(env, ws)
    doc = g.build_merged(ws, gesprek_id, today=env.today)

    assert doc.app_versie == __version__
    assert (doc.gesprek.medewerker.naam, doc.gesprek.praktijkbegeleider.naam) == (  # type: ignore[union-attr]
        env.worker,
        env.coach,
    )
    assert doc.checklist.id == "jbn-dossier-zelfscan" and doc.checklist.items
    assert [(c.pseudoniem, c.referentie) for c in doc.clients] == [
        ("Cliënt A", "JR-2026-0303"),
        ("Cliënt B", "OTS-2026-0101"),
        ("Cliënt C", "VO-2025-0202"),
    ]
    client = doc.clients[1]
    assert client.scan is not None
    [antwoord] = client.scan.antwoorden
    assert (antwoord.item_id, antwoord.waarde, antwoord.toelichting, antwoord.ingevuld_door) == (
        "actueel_beeld",
        "nee",
        "Beeld is van voor de zomer.",
        env.worker,
    )
    verdicts = {v.item_id: v.status for v in client.scan.item_oordelen}
    assert verdicts["actueel_beeld"] is ItemStatus.NIET_OP_ORDE
    themes = {t.thema: t.status for t in client.scan.thema_oordelen}
    assert themes[Theme.NAVOLGBAARHEID] is ItemStatus.NIET_OP_ORDE
    f2f = next(t for t in client.termijnen if t.stap == "eerste_f2f")
    assert (f2f.gedaan_op, f2f.status.startswith("te laat")) == (dt.date(2026, 3, 20), True)
    assert "uiterlijk" in f2f.uitleg
    assert doc.clients[2].contactpersoon == "CCP: K. Contact"


def test_same_data_gives_the_same_document(
    gesprek_env: Any, ws: Workspace, clients: dict[str, int]
) -> None:
    env = gesprek_env
    gesprek_id = _start(env, ws)
    first = g.build_merged(ws, gesprek_id, today=env.today)
    assert g.build_merged(ws, gesprek_id, today=env.today) == first
    with ws.db.session() as session:
        gesprek = session.get_one(Caseloadgesprek, gesprek_id)
        scans = session.scalars(select(Zelfscan).where(Zelfscan.gesprek_id == gesprek_id)).all()
        last = max([gesprek.updated_at, *(s.updated_at for s in scans)])
    assert first.gesprek.bijgewerkt_op == last, "the last change, never 'now'"
    g.set_opmerkingen(ws, gesprek_id, "Iets nieuws")
    assert g.build_merged(ws, gesprek_id, today=env.today).gesprek.bijgewerkt_op > last


def test_a_signed_gesprek_judges_deadlines_on_its_own_date(
    gesprek_env: Any, ws: Workspace, clients: dict[str, int]
) -> None:
    env = gesprek_env  # JR uitspraak 16-11-2026: 1e F2F due 23-11-2026, gesprek 26-11-2026
    gesprek_id = _start(env, ws)

    def jr_f2f() -> str:
        doc = g.build_merged(ws, gesprek_id, today=env.today)
        client = next(c for c in doc.clients if c.referentie == "JR-2026-0303")
        return next(t.status for t in client.termijnen if t.stap == "eerste_f2f")

    assert jr_f2f().startswith("open")
    _sign(env, ws, gesprek_id)
    assert jr_f2f() == "verlopen sinds 3 dagen"


def test_previous_signed_gesprek_gives_the_comparison(
    gesprek_env: Any, ws: Workspace, clients: dict[str, int]
) -> None:
    env = gesprek_env
    env.answer(ws, clients["OTS-2026-0101"], "actueel_beeld", "ja")
    first_id = _start(env, ws)
    _sign(env, ws, first_id)
    first = g.build_merged(ws, first_id)
    assert first.vorig_gesprek is None

    second_id = g.start_gesprek(ws, dt.date(2027, 2, 24), env.coach, today=env.today)
    second = g.build_merged(ws, second_id, today=env.today)
    assert second.vorig_gesprek is not None
    assert (second.vorig_gesprek.uid, second.vorig_gesprek.datum) == (
        first.gesprek.uid,
        env.gesprek_date,
    )
    assert second.vorig_gesprek.telling == current_counts(first)


def test_last_times_acties_travel_with_the_next_gesprek(
    gesprek_env: Any, ws: Workspace, clients: dict[str, int]
) -> None:
    env = gesprek_env
    first_id = _start(env, ws)
    g.add_actie(
        ws,
        first_id,
        "Kernbesluit vastleggen",
        "jeugdbeschermer",
        deadline=env.gesprek_date,
        client_id=clients["OTS-2026-0101"],
    )
    _sign(env, ws, first_id)
    first_uid = g.build_merged(ws, first_id).gesprek.uid
    second_id = g.start_gesprek(ws, dt.date(2027, 2, 24), env.coach, today=env.today)
    g.add_actie(ws, second_id, "Nieuwe actie", "praktijkbegeleider")
    doc = g.build_merged(ws, second_id, today=env.today)
    assert [(a.omschrijving, a.uit_gesprek_uid == first_uid) for a in doc.acties] == [
        ("Kernbesluit vastleggen", True),
        ("Nieuwe actie", False),
    ]


def test_export_is_the_document_and_passes_the_schema(
    gesprek_env: Any, ws: Workspace, clients: dict[str, int]
) -> None:
    env = gesprek_env
    gesprek_id = _start(env, ws)
    g.add_afspraak(ws, gesprek_id, "Samen de PvA's doornemen.", clients["VO-2025-0202"])
    target = g.export_gesprek(ws, gesprek_id, env.root / "uit.json")
    assert read_merged_file(target) == g.build_merged(ws, gesprek_id)
    assert read_merged_file(target).gesprek.status is GesprekStatus.IN_VOORBEREIDING
