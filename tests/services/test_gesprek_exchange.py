"""The merged file both ways: jeugdbeschermer → praktijkbegeleider → jeugdbeschermer."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.types import ActieStatus, GesprekStatus, Role
from jbn_selfscan.exchange.merged_file import (
    PasswordRequiredError,
    WrongPasswordError,
    read_merged_file,
)
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.acties import (
    general_open_acties,
    open_acties_for_client,
    report_actie_status,
)
from jbn_selfscan.services.scans import open_scan
from jbn_selfscan.store.models import ChangeLog, GesprekVersie

BSN_TEXT = "Moeder gaf BSN 123456782 door aan school."


@pytest.fixture
def pair(gesprek_pair: Any) -> Any:
    return gesprek_pair


def test_the_whole_round_trip_between_two_installations(pair: Any) -> None:
    env = pair.env
    gesprek_id = pair.prepare()
    first = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    pb_gesprek = pair.coach_completes(first)
    signed_file = pair.export(pair.pb, pb_gesprek, "getekend.json")

    outcome = g.import_gesprek_file(pair.jb, signed_file)
    assert outcome.kind is g.ImportKind.BIJGEWERKT and outcome.gesprek_id == gesprek_id
    assert "bijgewerkt naar versie 1" in outcome.samenvatting

    view = g.gesprek_view(pair.jb, gesprek_id, today=env.today)
    assert view.status is GesprekStatus.GETEKEND and view.locked
    assert [a.tekst for a in view.afspraken] == ["Maandelijks bijpraten over de werkdruk."]
    assert view.bespreekpunten_algemeen == "Werkdruk in november"
    ots = pair.clients["OTS-2026-0101"]
    assert [a.omschrijving for a in open_acties_for_client(pair.jb, ots)] == [
        "Verslag van oktober alsnog vastleggen"
    ]
    assert [a.omschrijving for a in general_open_acties(pair.jb)] == ["Intervisie plannen"]
    assert not open_scan(pair.jb, ots, today=env.today).locked, "the next zelfscan starts"
    assert g.build_merged(pair.jb, gesprek_id) == g.build_merged(pair.pb, pb_gesprek)
    with pair.jb.db.session() as session:
        kinds = [(v.versie, v.soort) for v in session.scalars(select(GesprekVersie))]
    assert sorted(kinds) == [(1, "getekend"), (1, "vervangen")], "previous state is kept"


def test_the_praktijkbegeleider_sees_what_the_worker_prepared(pair: Any) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    outcome = g.import_gesprek_file(pair.pb, file)

    view = g.gesprek_view(pair.pb, outcome.gesprek_id, today=pair.env.today)
    assert view.medewerker == pair.env.worker and view.status is GesprekStatus.IN_VOORBEREIDING
    ots = next(c for c in view.clients if c.referentie == "OTS-2026-0101")
    [point] = [p for p in ots.items if p.item_id == "actueel_beeld"]
    assert (point.waarde, point.toelichting) == ("deels", "Verslag van oktober ontbreekt.")
    from jbn_selfscan.services.clients import list_clients

    voogdij = next(c for c in list_clients(pair.pb) if c.data.referentie == "VO-2025-0202")
    assert (voogdij.data.contact_type, voogdij.data.contactpersoon) == ("ccp", "K. Contact")
    assert voogdij.data.laatste_contact_kind == dt.date(2026, 6, 1)
    assert g.build_merged(pair.pb, outcome.gesprek_id, today=pair.env.today) == g.build_merged(
        pair.jb, gesprek_id, today=pair.env.today
    )


def test_own_redacted_export_of_a_signed_gesprek_comes_back_unchanged(pair: Any) -> None:
    env = pair.env
    gesprek_id = pair.prepare()
    g.set_opmerkingen(pair.jb, gesprek_id, BSN_TEXT)
    g.sign_gesprek(pair.jb, gesprek_id, Role.JEUGDBESCHERMER, env.worker, today=env.gesprek_date)
    g.sign_gesprek(pair.jb, gesprek_id, Role.PRAKTIJKBEGELEIDER, env.coach, today=env.gesprek_date)
    file = pair.export(pair.jb, gesprek_id, "getekend.json")
    assert "123456782" not in file.read_text(encoding="utf-8")

    outcome = pair.unchanged_by("jb", lambda ws: g.import_gesprek_file(ws, file))
    assert outcome.kind is g.ImportKind.ONGEWIJZIGD


def test_identifiers_are_kept_only_when_asked(pair: Any) -> None:
    gesprek_id = pair.prepare()
    g.set_opmerkingen(pair.jb, gesprek_id, BSN_TEXT)
    kept = pair.export(pair.jb, gesprek_id, "met.json", include_identifiers=True)
    assert read_merged_file(kept).gesprek.opmerkingen == BSN_TEXT


def test_encrypted_export_needs_the_password(pair: Any) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "geheim.json", password="correct paard")
    with pytest.raises(PasswordRequiredError):
        g.import_gesprek_file(pair.pb, file)
    with pytest.raises(WrongPasswordError):
        g.import_gesprek_file(pair.pb, file, password="fout")
    assert g.import_gesprek_file(pair.pb, file, password="correct paard").kind is (
        g.ImportKind.NIEUW
    )


def test_next_quarter_brings_the_reported_status_of_last_times_acties(pair: Any) -> None:
    env = pair.env
    gesprek_id = pair.prepare()
    pb_gesprek = pair.coach_completes(pair.export(pair.jb, gesprek_id, "v1.json"))
    g.import_gesprek_file(pair.jb, pair.export(pair.pb, pb_gesprek, "getekend.json"))

    ots = pair.clients["OTS-2026-0101"]
    [actie] = open_acties_for_client(pair.jb, ots)
    report_actie_status(pair.jb, actie.id, ActieStatus.AFGEROND, "Verslag staat erin.")
    next_id = g.start_gesprek(pair.jb, dt.date(2027, 2, 25), env.coach, today=env.today)
    view = g.gesprek_view(pair.jb, next_id, today=env.today)
    ots_point = next(c for c in view.clients if c.client_id == ots)
    assert [(a.omschrijving, a.status) for a in ots_point.previous_acties] == [
        ("Verslag van oktober alsnog vastleggen", ActieStatus.AFGEROND)
    ]
    assert [a.omschrijving for a in view.previous_general_acties] == ["Intervisie plannen"]
    assert view.vorig is not None and view.vorig.datum == env.gesprek_date

    outcome = g.import_gesprek_file(pair.pb, pair.export(pair.jb, next_id, "kwartaal2.json"))
    with pair.pb.db.session() as session:
        log = session.scalars(
            select(ChangeLog).where(ChangeLog.entity == "actie", ChangeLog.field == "status")
        ).all()
    assert [(e.old, e.new) for e in log] == [("open", "afgerond")]
    pb_view = g.gesprek_view(pair.pb, outcome.gesprek_id, today=env.today)
    assert pb_view.vorig == view.vorig
    pb_ots = next(c for c in pb_view.clients if c.referentie == "OTS-2026-0101")
    assert [a.status for a in pb_ots.previous_acties] == [ActieStatus.AFGEROND]


def test_contact_moments_travel_with_the_merged_file_and_nothing_is_lost(pair: Any) -> None:
    from jbn_selfscan.services.clients import add_contactmoment, list_clients

    voogdij_id = pair.clients["VO-2025-0202"]
    days = (dt.date(2026, 3, 2), dt.date(2026, 5, 14))
    for day in days:
        add_contactmoment(pair.jb, voogdij_id, day, today=pair.env.today)
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    [entry] = [c for c in read_merged_file(file).clients if c.referentie == "VO-2025-0202"]
    assert entry.contactmomenten == days
    outcome = g.import_gesprek_file(pair.pb, file)
    pb_client = next(c for c in list_clients(pair.pb) if c.data.referentie == "VO-2025-0202")
    assert pb_client.data.contacten == days
    assert g.build_merged(pair.pb, outcome.gesprek_id, today=pair.env.today) == g.build_merged(
        pair.jb, gesprek_id, today=pair.env.today
    )
    # a file without a contact the installation holds removes nothing
    add_contactmoment(pair.pb, pb_client.id, dt.date(2026, 6, 1), today=pair.env.today)
    g.import_gesprek_file(pair.pb, file)
    again = next(c for c in list_clients(pair.pb) if c.data.referentie == "VO-2025-0202")
    assert again.data.contacten == (*days, dt.date(2026, 6, 1))
