"""Fixtures of the UI tests: overview rows without a database, and workspaces copied from
migrated templates (an empty caseload, or the demo caseload; made once per session).

The caseload fixtures are prefixed so they do not shadow the fixtures of other UI test modules;
`demo_template` and `demo` are shared by the gesprek and main-window tests.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.deadlines import DeadlineResult
from jbn_selfscan.domain.types import DeadlineState, ItemStatus, Maatregel, Role, ScanStatus, Theme
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.demo import DemoSummary, fill_demo
from jbn_selfscan.services.demo_data import DEMO_WORKER
from jbn_selfscan.services.overview import OverviewRow
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.workspace import Workspace, open_workspace
from jbn_selfscan.store.db import open_database

TODAY = dt.date(2026, 11, 20)
OFFSCREEN_NOISE = "propagateSizeHints"  # the offscreen platform's own note, not ours


def make_row(
    client_id: int,
    referentie: str,
    *,
    maatregel: Maatregel = Maatregel.OTS,
    initialen: str = "A.B.",
    regio: str = "Groningen",
    team: str = "Team 1",
    contact: str = "vaste jeugdbeschermer: Els",
    status: ItemStatus = ItemStatus.OP_ORDE,
    worst: ItemStatus | None = None,
    deadline: dt.date | None = None,
    expired: bool = False,
    answered: int = 0,
    total: int = 30,
    scan_status: ScanStatus | None = None,
) -> OverviewRow:
    themes = {theme: (status, f"reden {theme.label}") for theme in Theme}
    if worst is not None:
        themes[Theme.PVA_STATUS] = (worst, "PvA is te laat")
    result = None
    if deadline is not None:
        state = DeadlineState.VERLOPEN if deadline < TODAY else DeadlineState.OPEN
        result = DeadlineResult(
            stap="eerste_pva",
            omschrijving="1e PvA gereed",
            norm="1b.3",
            deadline=deadline,
            gedaan_op=None,
            state=state,
            status_text="verlopen" if state is DeadlineState.VERLOPEN else "open",
            uitleg="uitspraak + 6 weken",
        )
    return OverviewRow(
        client_id=client_id,
        referentie=referentie,
        initialen=initialen,
        maatregel=maatregel,
        regio=regio,
        team=team,
        contact=contact,
        themes=themes,
        next_deadline=result,
        any_expired=expired or (deadline is not None and deadline < TODAY),
        scan_id=None if scan_status is None else client_id,
        scan_status=scan_status,
        answered=answered,
        total=total,
        gearchiveerd=False,
    )


def sample_rows() -> list[OverviewRow]:
    return [
        make_row(1, "OTS-001", team="Team Noord", deadline=TODAY + dt.timedelta(days=30)),
        make_row(
            2,
            "VG-002",
            maatregel=Maatregel.VOOGDIJ,
            initialen="K.L.",
            regio="Drenthe",
            team="Team Assen",
            worst=ItemStatus.NIET_OP_ORDE,
            deadline=TODAY - dt.timedelta(days=4),
            answered=30,
            scan_status=ScanStatus.AFGEROND,
        ),
        make_row(
            3,
            "JR-003",
            maatregel=Maatregel.JR,
            initialen="M.N.",
            contact="contactpersoon CCP: Piet",
            status=ItemStatus.AANDACHT,
            deadline=TODAY + dt.timedelta(days=2),
            answered=12,
        ),
        make_row(4, "OTS-004", status=ItemStatus.NOG_NIET_INGEVULD, answered=0),
    ]


def copy_workspace(template_db: Path, data_dir: Path, *, with_profile: bool = True) -> Workspace:
    paths = AppPaths(data_dir).ensure()
    shutil.copyfile(template_db, paths.database)
    ws = open_workspace(paths)
    if with_profile:
        save_profile(ws, "Els de Vries", Role.JEUGDBESCHERMER)
    return ws


def make_template_db(folder: Path) -> Path:
    paths = AppPaths(folder)
    open_workspace(paths).close()
    return paths.database


def add_clients(ws: Workspace, count: int) -> list[int]:
    kinds = list(Maatregel)
    ids = []
    for i in range(count):
        uitspraak = TODAY - dt.timedelta(days=10 + 9 * i)
        data = ClientData(
            referentie=f"ZAAK-{i:04d}",
            initialen=f"{'ABCDEFGH'[i % 8]}.{'KLMNOP'[i % 6]}.",
            maatregel=kinds[i % 3],
            uitspraakdatum=uitspraak,
            regio=("Groningen", "Drenthe")[i % 2],
            team=f"Team {1 + i % 2}",
            contactpersoon="Els de Vries",
            eerste_f2f=uitspraak + dt.timedelta(days=2) if i % 2 else None,
        )
        ids.append(add_client(ws, data, TODAY))
    return ids


@pytest.fixture
def caseload_today() -> dt.date:
    return TODAY


@pytest.fixture
def make_overview_row() -> Callable[..., OverviewRow]:
    return make_row


@pytest.fixture
def sample_overview_rows() -> list[OverviewRow]:
    return sample_rows()


@pytest.fixture(scope="session")
def caseload_template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template_db(tmp_path_factory.mktemp("caseload-template"))


@pytest.fixture
def profile_ws(tmp_path: Path, caseload_template_db: Path) -> Iterator[Workspace]:
    """A workspace with a saved profile and no clients."""
    ws = copy_workspace(caseload_template_db, tmp_path / "data")
    yield ws
    ws.close()


@pytest.fixture
def filled_ws(profile_ws: Workspace) -> Workspace:
    """A workspace with a profile and 15 clients (ZAAK-0000 … ZAAK-0014)."""
    add_clients(profile_ws, 15)
    return profile_ws


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """The demo caseload of TODAY in one migrated database (filled once per session)."""
    paths = AppPaths(tmp_path_factory.mktemp("demo"))
    ws = open_workspace(paths)
    summary = fill_demo(ws, TODAY)
    ws.close()
    return paths.database, summary


@pytest.fixture
def demo(
    tmp_path: Path, demo_template: tuple[Path, DemoSummary]
) -> Iterator[tuple[Workspace, DemoSummary]]:
    """A workspace on a copy of the demo database, acting as the demo worker."""
    database, summary = demo_template
    paths = AppPaths(tmp_path / "data").ensure()
    shutil.copyfile(database, paths.database)  # already migrated: open it without the check
    ws = Workspace(paths, open_database(paths.database, migrate=False), user=DEMO_WORKER)
    yield ws, summary
    ws.close()
