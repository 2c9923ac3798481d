"""Shared set-up for service tests.

`gesprek_env` gives data dirs, a caseload and answers; `gesprek_pair` two installations (the
worker's and the praktijkbegeleider's) with a prepared gesprek to exchange.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel, Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.scans import open_scan, save_answer
from jbn_selfscan.services.workspace import Workspace, open_workspace
from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import open_database

TABLES = (
    "profile",
    "client",
    "caseloadgesprek",
    "zelfscan",
    "answer",
    "afspraak",
    "actie",
    "akkoord",
    "gesprek_versie",
    "change_log",
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

    def workspace(
        self,
        name: str,
        naam: str | None = None,
        rol: Role = Role.JEUGDBESCHERMER,
        *,
        profile: bool = True,
    ) -> Workspace:
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
                referentie="OTS-2026-0101",
                initialen="A.B.",
                maatregel=Maatregel.OTS,
                uitspraakdatum=dt.date(2026, 3, 2),
                regio="Groningen",
                team="Team Stad",
                eerste_f2f=dt.date(2026, 3, 20),
                eerste_pva=dt.date(2026, 4, 6),
            ),
            ClientData(
                referentie="VO-2025-0202",
                initialen="C.D.",
                maatregel=Maatregel.VOOGDIJ,
                uitspraakdatum=dt.date(2025, 6, 2),
                regio="Drenthe",
                team="Team Assen",
                contact_type="ccp",
                contactpersoon="K. Contact",
                laatste_contact_kind=dt.date(2026, 6, 1),
            ),
            ClientData(
                referentie="JR-2026-0303",
                initialen="E.F.",
                maatregel=Maatregel.JR,
                uitspraakdatum=dt.date(2026, 11, 16),
                regio="Drenthe",
                team="Team Emmen",
            ),
        )
        return {data.referentie: add_client(ws, data, today=self.today) for data in clients}

    def answer(
        self, ws: Workspace, client_id: int, item_id: str, value: str, toelichting: str = ""
    ) -> int:
        """Answer one item in the client's current scan; returns the scan id."""
        scan = open_scan(ws, client_id, today=self.today)
        save_answer(ws, scan.scan_id, item_id, value, toelichting, today=self.today)
        return scan.scan_id

    @staticmethod
    def dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table, for before/after comparisons."""
        with contextlib.closing(cipher.connect(db_path)) as conn:
            return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


class GesprekPair:
    """Two installations: the worker's (jb) and the praktijkbegeleider's (pb)."""

    def __init__(self, env: GesprekEnv) -> None:
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
            self.pb,
            outcome.gesprek_id,
            "Verslag van oktober alsnog vastleggen",
            "jeugdbeschermer",
            deadline=dt.date(2026, 12, 11),
            client_id=ots.client_id,
        )
        g.add_actie(
            self.pb,
            outcome.gesprek_id,
            "Intervisie plannen",
            "praktijkbegeleider",
            deadline=dt.date(2027, 1, 15),
        )
        g.sign_gesprek(
            self.pb,
            outcome.gesprek_id,
            Role.JEUGDBESCHERMER,
            self.env.worker,
            today=self.env.gesprek_date,
        )
        g.sign_gesprek(
            self.pb,
            outcome.gesprek_id,
            Role.PRAKTIJKBEGELEIDER,
            self.env.coach,
            today=self.env.gesprek_date,
        )
        return outcome.gesprek_id

    def unchanged_by(self, name: str, action: Any) -> Any:
        """Run `action(ws)` on a freshly opened data dir; assert not one byte of the db changed."""
        ws = self.jb if name == "jb" else self.pb
        ws.close()
        db = ws.paths.database
        before_bytes, before_rows = db.read_bytes(), self.env.dump(db)
        reopened = self.env.workspace(name, profile=False)
        try:
            result = action(reopened)
        finally:
            reopened.close()
        assert self.env.dump(db) == before_rows
        assert db.read_bytes() == before_bytes
        return result


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


@pytest.fixture
def gesprek_pair(gesprek_env: GesprekEnv) -> GesprekPair:
    return GesprekPair(gesprek_env)
