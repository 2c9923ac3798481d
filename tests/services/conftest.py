"""Shared set-up for service tests: `gesprek_env` gives data dirs, a caseload and answers."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel, Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.scans import open_scan, save_answer
from jbn_selfscan.services.workspace import Workspace, open_workspace
from jbn_selfscan.store.db import open_database

TABLES = (
    "profile", "client", "caseloadgesprek", "zelfscan", "answer", "afspraak", "actie",
    "akkoord", "gesprek_versie", "change_log",
)


@dataclass
class GesprekEnv:
    """Data dirs for a jeugdbeschermer and a praktijkbegeleider, closed after the test."""

    root: Path
    template_db: Path | None = None
    today: dt.date = dt.date(2026, 11, 20)  # a Friday
    gesprek_date: dt.date = dt.date(2026, 11, 26)
    worker: str = "Sanne Testpersoon"
    coach: str = "Piet Begeleider"

    def __post_init__(self) -> None:
        self._open: list[Workspace] = []

    def workspace(self, name: str, naam: str | None = None, rol: Role = Role.JEUGDBESCHERMER,
                  *, profile: bool = True) -> Workspace:
        paths = AppPaths(self.root / name)
        if self.template_db is not None and not paths.database.exists():
            paths.ensure()
            shutil.copyfile(self.template_db, paths.database)
        ws = open_workspace(paths)
        if profile:
            save_profile(ws, naam or self.worker, rol)
        self._open.append(ws)
        return ws

    def close_all(self) -> None:
        for ws in self._open:
            ws.close()
        self._open.clear()

    def add_caseload(self, ws: Workspace) -> dict[str, int]:
        """Three clients: OTS (late 1e F2F), Voogdij with a CCP contactpersoon, new JR."""
        clients = (
            ClientData(
                referentie="OTS-2026-0101", initialen="A.B.", maatregel=Maatregel.OTS,
                uitspraakdatum=dt.date(2026, 3, 2), regio="Groningen", team="Team Stad",
                eerste_f2f=dt.date(2026, 3, 20), eerste_pva=dt.date(2026, 4, 6),
            ),
            ClientData(
                referentie="VO-2025-0202", initialen="C.D.", maatregel=Maatregel.VOOGDIJ,
                uitspraakdatum=dt.date(2025, 6, 2), regio="Drenthe", team="Team Assen",
                contact_type="ccp", contactpersoon="K. Contact",
                laatste_contact_kind=dt.date(2026, 6, 1),
            ),
            ClientData(
                referentie="JR-2026-0303", initialen="E.F.", maatregel=Maatregel.JR,
                uitspraakdatum=dt.date(2026, 11, 16), regio="Drenthe", team="Team Emmen",
            ),
        )
        return {data.referentie: add_client(ws, data, today=self.today) for data in clients}

    def answer(self, ws: Workspace, client_id: int, item_id: str, value: str,
               toelichting: str = "") -> int:
        """Answer one item in the client's current scan; returns the scan id."""
        scan = open_scan(ws, client_id, today=self.today)
        save_answer(ws, scan.scan_id, item_id, value, toelichting, today=self.today)
        return scan.scan_id


    @staticmethod
    def dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table, for before/after comparisons."""
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


@pytest.fixture(scope="session")
def migrated_empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, copied into each data dir (saves migrating)."""
    path = tmp_path_factory.mktemp("template") / "zelfscan.sqlite3"
    open_database(path).dispose()
    return path


@pytest.fixture
def gesprek_env(tmp_path: Path, migrated_empty_db: Path) -> Iterator[GesprekEnv]:
    env = GesprekEnv(tmp_path, migrated_empty_db)
    yield env
    env.close_all()
