"""Overview rows follow every change, also through the evaluation cache, and one row can be
refreshed on its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import ItemStatus, Maatregel, Theme
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import scans
from jbn_selfscan.services.clients import add_client, set_archived
from jbn_selfscan.services.overview import list_overview, overview_row
from jbn_selfscan.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 20)


def test_rows_change_after_an_answer_and_a_single_row_matches_the_list(tmp_path: Path) -> None:
    ws = open_workspace(AppPaths(tmp_path))
    try:
        uitspraak = TODAY - dt.timedelta(days=30)
        first = add_client(ws, ClientData("OTS-1", "A.B.", Maatregel.OTS, uitspraak), TODAY)
        add_client(ws, ClientData("OTS-2", "C.D.", Maatregel.OTS, uitspraak), TODAY)
        before = {row.client_id: row for row in list_overview(ws, TODAY)}
        assert before[first].themes[Theme.NAVOLGBAARHEID][0] is ItemStatus.NOG_NIET_INGEVULD

        scan = scans.open_scan(ws, first, TODAY)
        scans.save_answer(ws, scan.scan_id, "actueel_beeld", "nee", "", today=TODAY)
        after = {row.client_id: row for row in list_overview(ws, TODAY)}
        assert after[first].themes[Theme.NAVOLGBAARHEID][0] is ItemStatus.NIET_OP_ORDE
        assert after[first].answered == before[first].answered + 1
        assert overview_row(ws, first, TODAY) == after[first]

        set_archived(ws, first)
        assert [row.referentie for row in list_overview(ws, TODAY)] == ["OTS-2"]
        archived = overview_row(ws, first, TODAY)
        assert archived is not None and archived.gearchiveerd
        assert overview_row(ws, 999, TODAY) is None
    finally:
        ws.close()
