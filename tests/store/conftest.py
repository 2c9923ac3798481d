"""Shared set-up for the store tests: a filled database to damage, copy and restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from pathlib import Path

import pytest

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store import cipher

CLIENTS = 300  # enough rows for a database of many pages


@pytest.fixture(scope="session")
def filled_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database with CLIENTS clients, checkpointed (no -wal), many pages long."""
    paths = AppPaths(tmp_path_factory.mktemp("filled") / "data")
    ws = open_workspace(paths, daily_backup=False)
    for number in range(CLIENTS):
        add_client(
            ws,
            ClientData(
                referentie=f"OTS-{number:04d}",
                initialen="A.B.",
                maatregel=Maatregel.OTS,
                uitspraakdatum=dt.date(2026, 1, 5),
            ),
        )
    ws.close()
    with contextlib.closing(cipher.connect(paths.database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    return paths.database


def install(database: Path, data_dir: Path) -> AppPaths:
    """A data directory holding a copy of `database` as its live database."""
    paths = AppPaths(data_dir).ensure()
    shutil.copyfile(database, paths.database)
    return paths


def damage(db_path: Path, first_page: int = 3, pages: int = 3, fill: bytes = b"\xa5") -> None:
    """Overwrite a few whole pages in the middle of the file, as a failing disk would."""
    with contextlib.closing(cipher.connect(db_path)) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    with db_path.open("r+b") as handle:
        handle.seek(page_size * (first_page - 1))
        handle.write(fill * (page_size * pages))


def client_refs(db_path: Path) -> list[str]:
    with contextlib.closing(cipher.connect(db_path)) as conn:
        return [r[0] for r in conn.execute("SELECT referentie FROM client ORDER BY referentie")]
