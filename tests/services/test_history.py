"""The change history as the user reads it: one question of a scan, one caseloadgesprek."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel, Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import checklists
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.history import ScanNotFoundError, gesprek_history, item_history
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.scans import open_scan, save_answer
from jbn_selfscan.services.workspace import Workspace, open_workspace

TODAY = dt.date(2026, 11, 20)
GESPREK_DATE = dt.date(2026, 11, 26)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(AppPaths(tmp_path), daily_backup=False)
    save_profile(workspace, "Sanne de Vries", Role.JEUGDBESCHERMER)
    workspace.user = "Sanne de Vries"
    yield workspace
    workspace.close()


@pytest.fixture
def client_id(ws: Workspace) -> int:
    data = ClientData(
        referentie="OTS-2026-0101",
        initialen="A.B.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 3, 2),
    )
    return add_client(ws, data, today=TODAY)


def test_item_history_shows_choice_labels_dates_and_who(ws: Workspace, client_id: int) -> None:
    items = {item.id: item for item in checklists.current().items}
    scan = open_scan(ws, client_id, today=TODAY)
    save_answer(ws, scan.scan_id, "actueel_beeld", "nee", "", today=TODAY)
    ws.user = "Piet Begeleider"
    save_answer(ws, scan.scan_id, "actueel_beeld", "deels", "Verslag volgt", today=TODAY)
    save_answer(ws, scan.scan_id, "datum_eerste_f2f", "2026-03-06", "", today=TODAY)

    rows = item_history(ws, scan.scan_id, "actueel_beeld")
    nee, deels = items["actueel_beeld"].choice("nee"), items["actueel_beeld"].choice("deels")
    assert nee is not None and deels is not None
    assert [(r.user, r.wat, r.oud, r.nieuw) for r in rows] == [
        ("Sanne de Vries", "Antwoord", "", nee.label),
        ("Piet Begeleider", "Antwoord", nee.label, deels.label),
        ("Piet Begeleider", "Toelichting", "", "Verslag volgt"),
    ]
    assert all(r.at.tzinfo is dt.UTC for r in rows)
    [date_row] = item_history(ws, scan.scan_id, "datum_eerste_f2f")
    assert date_row.nieuw == "06-03-2026"


def test_item_history_of_a_missing_scan_says_so(ws: Workspace) -> None:
    with pytest.raises(ScanNotFoundError, match="bestaat niet"):
        item_history(ws, 999, "actueel_beeld")


def test_gesprek_history_covers_the_gesprek_its_afspraken_acties_and_akkoorden(
    ws: Workspace, client_id: int
) -> None:
    gesprek_id = g.start_gesprek(ws, GESPREK_DATE, "Piet Begeleider", today=TODAY)
    g.set_opmerkingen(ws, gesprek_id, "Goed gesprek")
    g.add_afspraak(ws, gesprek_id, "MDO plannen", client_id)
    actie_id = g.add_actie(
        ws, gesprek_id, "ARIJ actualiseren", "jeugdbeschermer", "", dt.date(2026, 12, 10)
    )
    g.update_actie(
        ws, actie_id, "ARIJ actualiseren", "jeugdbeschermer", "", dt.date(2026, 12, 17), client_id
    )
    g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, "Sanne de Vries", today=GESPREK_DATE)
    g.sign_gesprek(ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, "Piet Begeleider", today=GESPREK_DATE)

    rows = [(r.wat, r.oud, r.nieuw) for r in gesprek_history(ws, gesprek_id)]
    assert rows[0] == ("Gesprek aangemaakt", "", "26-11-2026")
    assert ("Opmerkingen", "", "Goed gesprek") in rows
    assert ("Afspraak (OTS-2026-0101): tekst", "", "MDO plannen") in rows
    assert ("Actie: eigenaar", "", "jeugdbeschermer") in rows
    assert ("Actie (OTS-2026-0101): deadline", "10-12-2026", "17-12-2026") in rows
    assert ("Actie (OTS-2026-0101): cliënt", "algemeen", "OTS-2026-0101") in rows
    assert ("Status", "in voorbereiding", "getekend") in rows
    signed = [r for r in rows if r[0] == "Akkoord praktijkbegeleider"]
    assert signed and signed[0][2].startswith("Piet Begeleider (")


def test_an_afspraak_deleted_after_a_signed_version_stays_in_the_history(
    ws: Workspace, client_id: int
) -> None:
    gesprek_id = g.start_gesprek(ws, GESPREK_DATE, "Piet Begeleider", today=TODAY)
    afspraak_id = g.add_afspraak(ws, gesprek_id, "Wordt later geschrapt")
    g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, "Sanne de Vries", today=GESPREK_DATE)
    g.sign_gesprek(ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, "Piet Begeleider", today=GESPREK_DATE)
    g.reopen_gesprek(ws, gesprek_id, "Afspraak klopt niet")
    g.delete_afspraak(ws, afspraak_id)

    rows = [(r.wat, r.oud, r.nieuw) for r in gesprek_history(ws, gesprek_id)]
    assert ("Afspraak: verwijderd", "Wordt later geschrapt", "") in rows
    assert ("Heropend na ondertekening, reden", "", "Afspraak klopt niet") in rows
    assert ("Versie", "1", "2") in rows
