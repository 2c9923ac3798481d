"""The holiday setting changes how deadlines are counted, from the next service call on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.overview import list_overview
from jbn_selfscan.services.settings import current_settings, save_user_settings
from jbn_selfscan.services.workspace import Workspace, open_workspace


def first_f2f_deadline(ws: Workspace, today: dt.date) -> dt.date | None:
    (row,) = list_overview(ws, today)
    assert row.next_deadline is not None and row.next_deadline.stap == "eerste_f2f"
    return row.next_deadline.deadline


TODAY = dt.date(2026, 4, 29)


def workspace_with_one_client(paths: AppPaths) -> tuple[Workspace, int]:
    ws = open_workspace(paths)
    # Uitspraak Tuesday 28 April 2026: 5 mei (Tuesday) counts as a holiday under the Atw only.
    client = ClientData(
        referentie="OTS-1",
        initialen="A.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 4, 28),
    )
    return ws, add_client(ws, client, today=TODAY)


def test_holiday_setting_moves_a_deadline_and_survives_reopening(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    ws, _client_id = workspace_with_one_client(paths)
    today = TODAY
    assert first_f2f_deadline(ws, today) == dt.date(2026, 5, 6)

    save_user_settings(ws, current_settings(ws).replace(feestdagen="publiek"))
    assert first_f2f_deadline(ws, today) == dt.date(2026, 5, 5)
    ws.close()

    reopened = open_workspace(paths)
    assert first_f2f_deadline(reopened, today) == dt.date(2026, 5, 5)
    reopened.close()


def test_a_settings_file_with_an_unknown_holiday_set_still_opens(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    paths.ensure()
    paths.settings_file.write_text('{"feestdagen": "kerst"}', encoding="utf-8")
    ws = open_workspace(paths)  # used to stop the app with a ValueError from the calendar
    assert current_settings(ws).feestdagen == "atw"
    ws.close()


def test_every_deadline_count_uses_the_workspace_calendar(tmp_path: Path) -> None:
    """The scan screen counts with the same explicit calendar as the overview."""
    from jbn_selfscan.services import scans

    ws, client_id = workspace_with_one_client(AppPaths(tmp_path))
    today = TODAY

    def scan_f2f() -> dt.date:
        snapshot = scans.open_scan(ws, client_id, today=today)
        return next(d.deadline for d in snapshot.deadlines if d.stap == "eerste_f2f")

    assert scan_f2f() == dt.date(2026, 5, 6)
    save_user_settings(ws, current_settings(ws).replace(feestdagen="publiek"))
    assert scan_f2f() == dt.date(2026, 5, 5) == first_f2f_deadline(ws, today)
    ws.close()
