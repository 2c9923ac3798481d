"""The merged file both ways: jeugdbeschermer → praktijkbegeleider → jeugdbeschermer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.types import ActieStatus, GesprekStatus, Role
from jbn_selfscan.exchange.merged_file import (
    ChecksumMismatchError,
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
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import ChangeLog, GesprekVersie

BSN_TEXT = "Moeder gaf BSN 123456782 door aan school."


class Pair:
    """Two installations: the worker's (jb) and the praktijkbegeleider's (pb)."""

    def __init__(self, env: Any) -> None:
        self.env = env
        self.jb: Workspace = env.workspace("jb")
        self.pb: Workspace = env.workspace("pb", env.coach, Role.PRAKTIJKBEGELEIDER)
        self.clients = env.add_caseload(self.jb)
        self.files = env.root / "bestanden"
        self.files.mkdir()

    def prepare(self) -> int:
        env = self.env
        ots = self.clients["OTS-2026-0101"]
        env.answer(self.jb, ots, "actueel_beeld", "deels", "Verslag van oktober ontbreekt.")
        env.answer(self.jb, ots, "datum_eerste_f2f", "2026-03-20")
        env.answer(self.jb, self.clients["VO-2025-0202"], "verslagen_bijgewerkt", "ja")
        gesprek_id = g.start_gesprek(self.jb, env.gesprek_date, env.coach, today=env.today)
        g.set_bespreekpunten_algemeen(self.jb, gesprek_id, "Werkdruk in november")
        return gesprek_id

    def export(self, ws: Workspace, gesprek_id: int, name: str, **kwargs: Any) -> Path:
        return g.export_gesprek(ws, gesprek_id, self.files / name, **kwargs)

    def coach_completes(self, file: Path) -> int:
        """The praktijkbegeleider imports, adds afspraken and acties, and both sign."""
        outcome = g.import_gesprek_file(self.pb, file)
        assert outcome.kind is g.ImportKind.NIEUW
        view = g.gesprek_view(self.pb, outcome.gesprek_id, today=self.env.today)
        ots = next(c for c in view.clients if c.referentie == "OTS-2026-0101")
        g.add_afspraak(self.pb, outcome.gesprek_id, "Maandelijks bijpraten over de werkdruk.")
        g.add_actie(
            self.pb, outcome.gesprek_id, "Verslag van oktober alsnog vastleggen",
            "jeugdbeschermer", deadline=dt.date(2026, 12, 11), client_id=ots.client_id,
        )
        g.add_actie(self.pb, outcome.gesprek_id, "Intervisie plannen", "praktijkbegeleider",
                    deadline=dt.date(2027, 1, 15))
        g.sign_gesprek(self.pb, outcome.gesprek_id, Role.JEUGDBESCHERMER, self.env.worker)
        g.sign_gesprek(self.pb, outcome.gesprek_id, Role.PRAKTIJKBEGELEIDER, self.env.coach)
        return outcome.gesprek_id


@pytest.fixture
def pair(gesprek_env: Any) -> Pair:
    return Pair(gesprek_env)


def _reopen(env: Any, name: str) -> Workspace:
    return env.workspace(name, profile=False)  # type: ignore[no-any-return]


def _unchanged_by(pair: Pair, name: str, action: Any) -> Any:
    """Run `action(ws)` on a freshly opened data dir; assert not one byte of the db changed."""
    ws = pair.jb if name == "jb" else pair.pb
    ws.close()
    db = ws.paths.database
    before_bytes, before_rows = db.read_bytes(), pair.env.dump(db)
    reopened = _reopen(pair.env, name)
    try:
        result = action(reopened)
    finally:
        reopened.close()
    assert pair.env.dump(db) == before_rows
    assert db.read_bytes() == before_bytes
    return result


def test_the_whole_round_trip_between_two_installations(pair: Pair) -> None:
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


def test_the_praktijkbegeleider_sees_what_the_worker_prepared(pair: Pair) -> None:
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


def test_importing_the_same_file_twice_changes_nothing(pair: Pair) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    g.import_gesprek_file(pair.pb, file)

    outcome = _unchanged_by(pair, "pb", lambda ws: g.import_gesprek_file(ws, file))
    assert outcome.kind is g.ImportKind.ONGEWIJZIGD
    assert "ongewijzigd" in outcome.samenvatting
    outcome = _unchanged_by(pair, "jb", lambda ws: g.import_gesprek_file(ws, file))
    assert outcome.kind is g.ImportKind.ONGEWIJZIGD, "own export comes back unchanged"


def test_own_redacted_export_of_a_signed_gesprek_comes_back_unchanged(pair: Pair) -> None:
    env = pair.env
    gesprek_id = pair.prepare()
    g.set_opmerkingen(pair.jb, gesprek_id, BSN_TEXT)
    g.sign_gesprek(pair.jb, gesprek_id, Role.JEUGDBESCHERMER, env.worker)
    g.sign_gesprek(pair.jb, gesprek_id, Role.PRAKTIJKBEGELEIDER, env.coach)
    file = pair.export(pair.jb, gesprek_id, "getekend.json")
    assert "123456782" not in file.read_text(encoding="utf-8")

    outcome = _unchanged_by(pair, "jb", lambda ws: g.import_gesprek_file(ws, file))
    assert outcome.kind is g.ImportKind.ONGEWIJZIGD


def test_identifiers_are_kept_only_when_asked(pair: Pair) -> None:
    gesprek_id = pair.prepare()
    g.set_opmerkingen(pair.jb, gesprek_id, BSN_TEXT)
    kept = pair.export(pair.jb, gesprek_id, "met.json", include_identifiers=True)
    assert read_merged_file(kept).gesprek.opmerkingen == BSN_TEXT


def test_rejections_leave_the_database_exactly_as_it_was(pair: Pair) -> None:
    env = pair.env
    gesprek_id = pair.prepare()
    unsigned = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    pb_gesprek = pair.coach_completes(unsigned)
    g.reopen_gesprek(pair.pb, pb_gesprek, "Actie aanpassen")
    version_two = pair.export(pair.pb, pb_gesprek, "versie2.json")
    g.import_gesprek_file(pair.jb, version_two)

    def rejected(file: Path, message: str, **kwargs: Any) -> None:
        def attempt(ws: Workspace) -> None:
            with pytest.raises(g.ImportRejected, match=message):
                g.import_gesprek_file(ws, file, **kwargs)
        _unchanged_by(pair, "jb", attempt)

    rejected(unsigned, "ouder dan wat je al hebt")
    rejected(version_two, "niet van Iemand Anders", expected_medewerker="Iemand Anders")

    damaged = pair.files / "beschadigd.json"
    damaged.write_text(version_two.read_text(encoding="utf-8").replace("Intervisie", "Intervisi"),
                       encoding="utf-8")

    def damaged_attempt(ws: Workspace) -> None:
        with pytest.raises(ChecksumMismatchError):
            g.import_gesprek_file(ws, damaged)
    _unchanged_by(pair, "jb", damaged_attempt)
    assert env.today  # the environment stays usable


def test_unknown_checklist_version_is_refused(pair: Pair) -> None:
    from jbn_selfscan.exchange.merged_file import write_merged_file

    gesprek_id = pair.prepare()
    doc = g.build_merged(pair.jb, gesprek_id, today=pair.env.today)
    future = doc.model_copy(update={"checklist": doc.checklist.model_copy(update={"versie": 99})})
    file = pair.files / "toekomst.json"
    write_merged_file(future, file)

    def attempt(ws: Workspace) -> None:
        with pytest.raises(g.ImportRejected, match="versie 99, die deze installatie niet kent"):
            g.import_gesprek_file(ws, file)
    _unchanged_by(pair, "pb", attempt)


def test_a_worker_only_takes_in_own_gesprekken(pair: Pair, gesprek_env: Any) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    colleague = gesprek_env.workspace("collega", "Kees Collega")
    with pytest.raises(g.ImportRejected, match="is van Sanne Testpersoon, niet van Kees Collega"):
        g.import_gesprek_file(colleague, file)
    assert g.list_gesprekken(colleague) == []


def test_a_gesprek_uid_of_another_worker_is_refused(pair: Pair) -> None:
    gesprek_id = pair.prepare()
    doc = g.build_merged(pair.jb, gesprek_id, today=pair.env.today)
    other = doc.model_copy(update={"gesprek": doc.gesprek.model_copy(
        update={"medewerker": doc.gesprek.medewerker.model_copy(update={"naam": "Kees Collega"})}
    )})
    g.import_gesprek_document(pair.pb, doc)
    with pytest.raises(g.ImportRejected, match="andere medewerker"):
        g.import_gesprek_document(pair.pb, other)


def test_an_unsigned_newer_copy_replaces_ours_but_an_older_one_does_not(pair: Pair) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    outcome = g.import_gesprek_file(pair.pb, file)
    g.add_afspraak(pair.pb, outcome.gesprek_id, "Alvast een afspraak")
    later = pair.export(pair.pb, outcome.gesprek_id, "met-afspraak.json")

    assert g.import_gesprek_file(pair.jb, later).kind is g.ImportKind.BIJGEWERKT
    assert [a.tekst for a in g.gesprek_view(pair.jb, gesprek_id).afspraken] == [
        "Alvast een afspraak"
    ]
    g.set_opmerkingen(pair.jb, gesprek_id, "Mijn eigen aanvulling")

    def attempt(ws: Workspace) -> None:
        with pytest.raises(g.ImportRejected, match="recenter dan dit bestand"):
            g.import_gesprek_file(ws, file)
    _unchanged_by(pair, "jb", attempt)


def test_encrypted_export_needs_the_password(pair: Pair) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "geheim.json", password="correct paard")
    with pytest.raises(PasswordRequiredError):
        g.import_gesprek_file(pair.pb, file)
    with pytest.raises(WrongPasswordError):
        g.import_gesprek_file(pair.pb, file, password="fout")
    assert g.import_gesprek_file(pair.pb, file, password="correct paard").kind is (
        g.ImportKind.NIEUW
    )


def test_next_quarter_brings_the_reported_status_of_last_times_acties(pair: Pair) -> None:
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


def test_export_of_a_cancelled_gesprek_is_refused(pair: Pair) -> None:
    gesprek_id = pair.prepare()
    g.cancel_gesprek(pair.jb, gesprek_id, "Gaat niet door")
    with pytest.raises(g.GesprekError, match="geannuleerd"):
        pair.export(pair.jb, gesprek_id, "x.json")
    assert not (pair.files / "x.json").exists()
