"""A step date (1e F2F, 1e PvA, laatste risicotaxatie, …) is one date: the client record's.

The scan shows the recorded date, a date saved in the scan changes the client record, and a
change of the client record (dialog, import) shows in the open scan and its stored answer.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from sqlalchemy import select

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import GesprekStatus, ItemStatus, Maatregel
from jbn_selfscan.services import scans
from jbn_selfscan.services.caseload_import import apply_import, plan_import
from jbn_selfscan.services.clients import add_client, get_client, list_clients, update_client
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Answer, Caseloadgesprek, ChangeLog, Zelfscan

TODAY = dt.date(2026, 11, 20)
UITSPRAAK = dt.date(2026, 3, 2)
_uids = itertools.count(1)


def add(ws: Workspace, maatregel: Maatregel = Maatregel.OTS, **dates: dt.date) -> int:
    data = ClientData(
        referentie=f"{maatregel.value}-2026-{next(_uids):03d}",
        initialen="A.B.",
        maatregel=maatregel,
        uitspraakdatum=UITSPRAAK,
        **dates,  # type: ignore[arg-type]
    )
    return add_client(ws, data, today=TODAY)


def change_client(ws: Workspace, client_id: int, **changes: object) -> None:
    """What the client dialog does: the whole record back with some fields changed."""
    data = get_client(ws, client_id).data
    values = {name: getattr(data, name) for name in data.__dataclass_fields__}
    values.update(changes)
    update_client(ws, client_id, ClientData(**values), today=TODAY)  # type: ignore[arg-type]


def sign(ws: Workspace, scan_id: int) -> None:
    with ws.db.session() as session, session.begin():
        gesprek = Caseloadgesprek(
            uid=f"g-{next(_uids)}",
            datum=TODAY,
            status=GesprekStatus.GETEKEND.value,
            medewerker_naam="Sanne de Vries",
        )
        session.add(gesprek)
        session.flush()
        session.get_one(Zelfscan, scan_id).gesprek_id = gesprek.id


def stored_value(ws: Workspace, scan_id: int, item_id: str) -> str | None:
    with ws.db.session() as session:
        return session.scalars(
            select(Answer.waarde).where(Answer.zelfscan_id == scan_id, Answer.item_id == item_id)
        ).first()


def test_the_scan_shows_the_date_the_client_record_holds(ws: Workspace) -> None:
    client = add(ws, eerste_f2f=dt.date(2026, 3, 5), laatste_risicotaxatie=dt.date(2026, 10, 1))

    scan = scans.open_scan(ws, client, today=TODAY)

    f2f, arij = scan.answers["datum_eerste_f2f"], scan.answers["datum_laatste_arij"]
    assert (f2f.waarde, f2f.from_client_record) == ("2026-03-05", True)
    assert (arij.waarde, arij.from_client_record) == ("2026-10-01", True)
    assert not f2f.ongewijzigd_bevestigd  # shown, never confirmed on the worker's behalf
    assert scan.evaluation.items["datum_eerste_f2f"].status is ItemStatus.OP_ORDE
    assert "datum_laatste_lij" not in scan.answers  # JR only: not for this OTS client
    assert stored_value(ws, scan.scan_id, "datum_eerste_f2f") is None  # nothing written


def test_changing_the_client_record_changes_the_open_scan_and_its_answer(ws: Workspace) -> None:
    client = add(ws)
    scan = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "datum_eerste_f2f", "2026-03-04", "zie verslag", TODAY)

    change_client(ws, client, eerste_f2f=dt.date(2026, 3, 6))

    answer = scans.open_scan(ws, client, today=TODAY).answers["datum_eerste_f2f"]
    assert (answer.waarde, answer.toelichting) == ("2026-03-06", "zie verslag")
    assert stored_value(ws, scan.scan_id, "datum_eerste_f2f") == "2026-03-06"
    with ws.db.session() as session:
        logged = session.scalars(
            select(ChangeLog).where(
                ChangeLog.entity == "antwoord", ChangeLog.entity_id.endswith("/datum_eerste_f2f")
            )
        ).all()
    assert [(c.old, c.new) for c in logged if c.field == "waarde"][-1] == (
        "2026-03-04",
        "2026-03-06",
    )


def test_clearing_the_date_in_the_client_record_clears_it_in_the_scan(ws: Workspace) -> None:
    client = add(ws)
    scan = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "datum_eerste_pva", "2026-04-01", today=TODAY)

    change_client(ws, client, eerste_pva=None)

    assert scans.open_scan(ws, client, today=TODAY).answers["datum_eerste_pva"].waarde is None
    assert stored_value(ws, scan.scan_id, "datum_eerste_pva") is None


def test_a_date_saved_in_the_scan_is_the_client_records(ws: Workspace) -> None:
    client = add(ws, hulp_gestart=dt.date(2026, 4, 1))
    scan = scans.open_scan(ws, client, today=TODAY)

    scans.save_answer(ws, scan.scan_id, "datum_start_hulp", "2026-04-15", today=TODAY)

    assert get_client(ws, client).data.hulp_gestart == dt.date(2026, 4, 15)
    answer = scans.open_scan(ws, client, today=TODAY).answers["datum_start_hulp"]
    assert (answer.waarde, answer.from_client_record) == ("2026-04-15", False)


def test_clearing_a_recorded_date_shown_in_the_scan_clears_the_client_record(
    ws: Workspace,
) -> None:
    client = add(ws, eerste_risicotaxatie=dt.date(2026, 3, 20))
    scan = scans.open_scan(ws, client, today=TODAY)

    scans.save_answer_fast(
        ws, scan.scan_id, "datum_eerste_risicotaxatie", None, today=TODAY, clear_recorded=True
    )

    assert get_client(ws, client).data.eerste_risicotaxatie is None
    shown = scans.open_scan(ws, client, today=TODAY).answers["datum_eerste_risicotaxatie"]
    assert shown.waarde is None


def test_a_signed_scan_keeps_the_date_it_was_signed_with(ws: Workspace) -> None:
    client = add(ws)
    first = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, first.scan_id, "datum_eerste_f2f", "2026-03-04", today=TODAY)
    sign(ws, first.scan_id)

    change_client(ws, client, eerste_f2f=dt.date(2026, 3, 6))

    signed = scans.get_scan(ws, first.scan_id, today=TODAY)
    assert signed.answers["datum_eerste_f2f"].waarde == "2026-03-04"
    assert stored_value(ws, first.scan_id, "datum_eerste_f2f") == "2026-03-04"
    current = scans.open_scan(ws, client, today=TODAY)
    assert current.scan_id != first.scan_id
    assert current.answers["datum_eerste_f2f"].waarde == "2026-03-06"


def test_ongewijzigd_never_puts_an_older_date_over_the_client_record(ws: Workspace) -> None:
    client = add(ws)
    first = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, first.scan_id, "datum_laatste_arij", "2026-08-01", today=TODAY)
    sign(ws, first.scan_id)
    change_client(ws, client, laatste_risicotaxatie=dt.date(2026, 11, 2))
    scan = scans.open_scan(ws, client, today=TODAY)

    after = scans.confirm_unchanged(ws, scan.scan_id, ["datum_laatste_arij"], today=TODAY)

    assert after.answers["datum_laatste_arij"].waarde == "2026-11-02"
    assert get_client(ws, client).data.laatste_risicotaxatie == dt.date(2026, 11, 2)


def test_ongewijzigd_confirms_the_same_date_as_last_time(ws: Workspace) -> None:
    client = add(ws)
    first = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, first.scan_id, "datum_laatste_arij", "2026-10-01", "ARIJ", TODAY)
    sign(ws, first.scan_id)
    scan = scans.open_scan(ws, client, today=TODAY)
    assert scan.answers["datum_laatste_arij"].from_client_record

    after = scans.confirm_unchanged(ws, scan.scan_id, ["datum_laatste_arij"], today=TODAY)

    answer = after.answers["datum_laatste_arij"]
    assert (answer.waarde, answer.toelichting) == ("2026-10-01", "ARIJ")
    assert answer.ongewijzigd_bevestigd and not answer.from_client_record


def test_a_reimport_without_the_date_keeps_it_in_record_and_scan(
    ws: Workspace, tmp_path: Path
) -> None:
    """A caseload file without the step-date columns (or with empty cells) must not wipe the
    dates the worker entered: they are the open scan's answers too."""
    first = tmp_path / "eerste.csv"
    first.write_text(
        "Zaakreferentie;Initialen;Maatregel;Uitspraakdatum;1e F2F\n"
        "Z-1;A.;OTS;02-03-2026;05-03-2026\n",
        encoding="utf-8",
    )
    apply_import(ws, plan_import(first, None, TODAY, ws=ws))
    (client,) = [c.id for c in list_clients(ws)]
    scan = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "datum_eerste_pva", "2026-04-01", today=TODAY)
    second = tmp_path / "tweede.csv"
    second.write_text(
        "Zaakreferentie;Initialen;Maatregel;Uitspraakdatum;1e F2F\nZ-1;A.B.;OTS;02-03-2026;\n",
        encoding="utf-8",
    )

    apply_import(ws, plan_import(second, None, TODAY, ws=ws))

    data = get_client(ws, client).data
    assert (data.initialen, data.eerste_f2f, data.eerste_pva) == (
        "A.B.",
        dt.date(2026, 3, 5),
        dt.date(2026, 4, 1),
    )
    assert stored_value(ws, scan.scan_id, "datum_eerste_pva") == "2026-04-01"
