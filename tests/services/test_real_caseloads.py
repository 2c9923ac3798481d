"""A caseload as the BI-tool exports it: long-running cases, marks, answers that make a step
n.v.t., the start-phase setting and dates outside the accepted range."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.domain.caseload import ClientData, ClientValidationError
from jbn_selfscan.domain.deadlines import DeadlineResult
from jbn_selfscan.domain.types import DeadlineState, GesprekStatus, ItemStatus, Maatregel, Theme
from jbn_selfscan.services import scans
from jbn_selfscan.services.caseload_import import apply_import, plan_import
from jbn_selfscan.services.clients import add_client, get_client, update_client
from jbn_selfscan.services.overview import (
    gesprek_signal,
    is_due_soon,
    is_pva_evaluation_due,
    list_overview,
)
from jbn_selfscan.services.settings import apply_settings
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.settings import Settings
from jbn_selfscan.store.models import Caseloadgesprek

TODAY = dt.date(2026, 12, 4)
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bi-caseload-langlopend.csv"
START_STEPS = {"eerste_f2f", "eerste_pva", "eerste_risicotaxatie", "hulp_gestart"}


def _states(ws: Workspace) -> dict[str, dict[str, DeadlineState]]:
    return {
        row.referentie: {d.stap: d.state for d in row.deadlines} for row in list_overview(ws, TODAY)
    }


def test_a_bi_caseload_with_long_running_cases_imports_without_a_flood_of_verlopen(
    ws: Workspace,
) -> None:
    plan = plan_import(FIXTURE, today=TODAY, ws=ws)
    assert not plan.errors, plan.errors
    assert apply_import(ws, plan).added == 10

    rows = {row.referentie: row for row in list_overview(ws, TODAY)}
    expired_start_steps = sorted(
        (ref, d.stap)
        for ref, row in rows.items()
        for d in row.deadlines
        if d.stap in START_STEPS and d.state is DeadlineState.VERLOPEN
    )
    # only the recent JR case (uitspraak Mon 16 Nov 2026, F2F due Mon 23 Nov) is really late
    assert expired_start_steps == [("JR-2026-0950", "eerste_f2f")]
    unknown = [
        ref for ref, row in rows.items() for d in row.deadlines if d.state is DeadlineState.ONBEKEND
    ]
    assert len(unknown) == 8 * 4  # eight cases past their start phase, four steps each
    for ref, row in rows.items():
        if row.next_deadline is not None and ref.split("-")[1] < "2025":
            assert row.next_deadline.stap not in START_STEPS, ref
    # the current-phase checks still speak: VG-2015-0033's ARIJ of 1 Sep 2026 expired 1 Dec
    assert rows["VG-2015-0033"].next_deadline is not None
    assert rows["VG-2015-0033"].next_deadline.stap == "risicotaxatie_actueel"
    assert rows["VG-2015-0033"].next_deadline.state is DeadlineState.VERLOPEN


def test_the_start_phase_setting_moves_the_cut_off(ws: Workspace) -> None:
    apply_import(ws, plan_import(FIXTURE, today=TODAY, ws=ws))
    # 27 months back from 4 Dec 2026 is 4 Sep 2024: OTS-2024-0311 (4 Sep 2024) is inside
    apply_settings(ws, Settings(startfase_maanden=27))
    states = _states(ws)
    assert states["OTS-2024-0311"]["eerste_f2f"] is DeadlineState.VERLOPEN
    assert states["OTS-2022-0144"]["eerste_f2f"] is DeadlineState.ONBEKEND
    apply_settings(ws, Settings())
    assert _states(ws)["OTS-2024-0311"]["eerste_f2f"] is DeadlineState.ONBEKEND


def test_a_mark_with_a_reason_is_stored_and_an_import_leaves_it(ws: Workspace) -> None:
    data = ClientData(
        "OTS-9", "A.", Maatregel.OTS, dt.date(2026, 10, 1), onbekend={"eerste_f2f": "overdracht"}
    )
    client_id = add_client(ws, data, TODAY)
    assert get_client(ws, client_id).data.onbekend == {"eerste_f2f": "overdracht"}
    assert _states(ws)["OTS-9"]["eerste_f2f"] is DeadlineState.ONBEKEND

    # onbekend=None is what an import passes: the stored marks stay
    update_client(ws, client_id, dataclasses.replace(data, onbekend=None, team="Team X"), TODAY)
    assert get_client(ws, client_id).data.onbekend == {"eerste_f2f": "overdracht"}
    update_client(ws, client_id, dataclasses.replace(data, onbekend={}), TODAY)
    assert _states(ws)["OTS-9"]["eerste_f2f"] is DeadlineState.VERLOPEN


@pytest.mark.parametrize(
    ("marks", "dates", "message"),
    [
        ({"eerste_f2f": "  "}, {}, "geef een reden"),
        ({"eerste_f2f": "x"}, {"eerste_f2f": dt.date(2026, 10, 2)}, "heeft een datum"),
    ],
)
def test_a_mark_needs_a_reason_and_no_date(
    ws: Workspace, marks: dict[str, str], dates: dict[str, dt.date], message: str
) -> None:
    data = ClientData("OTS-8", "A.", Maatregel.OTS, dt.date(2026, 10, 1), onbekend=marks, **dates)
    with pytest.raises(ClientValidationError) as caught:
        add_client(ws, data, TODAY)
    assert message in caught.value.problems["onbekend_eerste_f2f"]


def test_no_help_needed_makes_the_help_step_nvt_and_pva_status_not_red(ws: Workspace) -> None:
    client_id = add_client(
        ws,
        ClientData(
            "OTS-7",
            "B.",
            Maatregel.OTS,
            dt.date(2026, 6, 1),
            eerste_f2f=dt.date(2026, 6, 3),
            eerste_pva=dt.date(2026, 7, 1),
        ),
        TODAY,
    )
    [before] = list_overview(ws, TODAY)
    assert before.themes[Theme.PVA_STATUS][0] is ItemStatus.NIET_OP_ORDE

    scan = scans.open_scan(ws, client_id, TODAY)
    scans.save_answer(
        ws, scan.scan_id, "hulp_past_bij_plan", "geen_hulp_nodig", "gezin redt het", today=TODAY
    )
    [after] = list_overview(ws, TODAY)
    hulp = {d.stap: d for d in after.deadlines}["hulp_gestart"]
    assert hulp.state is DeadlineState.NIET_VAN_TOEPASSING
    assert after.themes[Theme.PVA_STATUS][0] is not ItemStatus.NIET_OP_ORDE
    snapshot = scans.open_scan(ws, client_id, TODAY)
    assert snapshot.evaluation.items["datum_start_hulp"].status is ItemStatus.NVT


def test_a_row_from_1965_gets_a_dutch_error_naming_row_and_field(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "oud.csv"
    path.write_text(
        "Zaakreferentie;Initialen;Maatregel;Uitspraakdatum\r\n"
        "Z-1;A.;OTS;03-03-2025\r\n"
        "Z-2;B.;OTS;03-03-1965\r\n",
        encoding="utf-8",
    )
    plan = plan_import(path, today=TODAY, ws=ws)
    [error] = plan.errors
    text = str(error)
    assert "rij 3" in text
    assert "uitspraakdatum" in text.casefold()
    assert "03-03-1965 ligt buiten het bereik" in text


# --------------------------------------------------------------------------- BI signals


def test_signals_of_the_bi_caseload(ws: Workspace) -> None:
    apply_import(ws, plan_import(FIXTURE, today=TODAY, ws=ws))
    rows = list_overview(ws, TODAY)
    # 1e PvA and 1e risicotaxatie of OTS-2026-0901 (2 Nov + 6 weeks) fall on Mon 14 Dec 2026
    assert [r.referentie for r in rows if r.due_soon] == ["OTS-2026-0901"]
    # JR-2020-0077: PvA-evaluatie 1 Jul 2026 + 6 months = 1 Jan 2027, 28 days after 4 Dec
    assert [r.referentie for r in rows if r.pva_evaluation_due] == ["JR-2020-0077"]


def _open(deadline: dt.date, stap: str = "eerste_pva") -> DeadlineResult:
    return DeadlineResult(
        stap=stap,
        omschrijving="x",
        norm="",
        deadline=deadline,
        gedaan_op=None,
        state=DeadlineState.OPEN,
        status_text="open",
        uitleg="",
    )


@pytest.mark.parametrize(
    ("deadline", "due"),
    [
        (dt.date(2026, 12, 18), True),  # Fri 18 Dec: the 10th working day after Fri 4 Dec
        (dt.date(2026, 12, 21), False),  # Mon 21 Dec: the 11th
        (dt.date(2026, 12, 4), True),  # today itself
    ],
)
def test_due_soon_counts_ten_working_days(deadline: dt.date, due: bool) -> None:
    assert is_due_soon([_open(deadline)], TODAY, WorkdayCalendar()) is due


def test_due_soon_skips_christmas() -> None:
    # from Fri 18 Dec 2026: 21-24 Dec (4), 25 Dec Eerste kerstdag, 28-31 (8), 1 Jan
    # Nieuwjaarsdag, Mon 4 Jan (9), Tue 5 Jan (10)
    start = dt.date(2026, 12, 18)
    assert is_due_soon([_open(dt.date(2027, 1, 5))], start, WorkdayCalendar())
    assert not is_due_soon([_open(dt.date(2027, 1, 6))], start, WorkdayCalendar())


@pytest.mark.parametrize(
    ("deadline", "due"),
    [(dt.date(2027, 1, 3), True), (dt.date(2027, 1, 4), False)],  # 30 and 31 days after
)
def test_pva_evaluation_due_within_30_days(deadline: dt.date, due: bool) -> None:
    assert is_pva_evaluation_due([_open(deadline, "pva_evaluatie")], TODAY) is due
    assert not is_pva_evaluation_due([_open(deadline, "eerste_pva")], TODAY)


def _gesprek(ws: Workspace, uid: str, datum: dt.date, status: GesprekStatus) -> None:
    with ws.db.session() as session, session.begin():
        session.add(
            Caseloadgesprek(uid=uid, datum=datum, status=status.value, medewerker_naam="S.")
        )


def test_a_caseloadgesprek_is_due_three_months_after_the_last_signed_one(ws: Workspace) -> None:
    assert gesprek_signal(ws, TODAY).due  # none signed yet
    _gesprek(ws, "a", dt.date(2026, 9, 3), GesprekStatus.GETEKEND)
    _gesprek(ws, "b", dt.date(2026, 11, 20), GesprekStatus.IN_VOORBEREIDING)  # does not count
    signal = gesprek_signal(ws, TODAY)
    assert signal.due  # 3 Sep + 3 months = 3 Dec 2026, before 4 Dec
    assert signal.volgende_uiterlijk == dt.date(2026, 12, 3)
    assert "meer dan 3 maanden geleden" in signal.text
    assert not gesprek_signal(ws, dt.date(2026, 12, 3)).due
    _gesprek(ws, "c", dt.date(2026, 10, 1), GesprekStatus.GETEKEND)
    assert not gesprek_signal(ws, TODAY).due


def test_the_scan_refuses_dates_the_client_dialog_refuses(ws: Workspace) -> None:
    client_id = add_client(
        ws, ClientData("VG-1", "A.", Maatregel.VOOGDIJ, dt.date(2026, 6, 1)), TODAY
    )
    scan = scans.open_scan(ws, client_id, TODAY)
    with pytest.raises(scans.AnswerError, match="vóór de uitspraakdatum"):
        scans.save_answer(ws, scan.scan_id, "datum_eerste_f2f", "2026-05-29", "", today=TODAY)
    with pytest.raises(scans.AnswerError, match="03-03-1965 ligt buiten het bereik"):
        scans.save_answer(
            ws, scan.scan_id, "laatste_contact_jeugdige_voogdij", "1965-03-03", "", today=TODAY
        )
    # the last contact may lie before the uitspraak (the dialog allows it too)
    scans.save_answer(
        ws, scan.scan_id, "laatste_contact_jeugdige_voogdij", "2026-05-20", "", today=TODAY
    )
    assert get_client(ws, client_id).data.laatste_contact_kind == dt.date(2026, 5, 20)
    assert get_client(ws, client_id).data.eerste_f2f is None
