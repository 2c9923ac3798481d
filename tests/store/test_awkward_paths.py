"""Every path works: data directories and backup files with `#`, `?`, `%`, spaces, accents.

Before: SQLite URIs and engine URLs were built from paths without quoting; with `#` or `?` in a
folder name the integrity check read a different (empty) file and passed garbage, the database
landed outside the data directory, or every command failed.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.cli import main
from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.backups import backup_now, restore, verify_backup_file
from jbn_selfscan.services.clients import add_client, list_clients
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store.backup import integrity_ok
from jbn_selfscan.store.db import DatabaseError, quick_check
from jbn_selfscan.store.health import check_database

from .conftest import damage

AWKWARD = [*list("#?%&=;:'\" @!é€ü~[]{}()+,^`$*"), "%20", "%2e", "file:", "?mode=rw", "#x", " "]
REALISTIC = [
    "Jan de Vries",
    "José Müller-Öztürk",
    "100% zeker",
    "map#1?x=y",
    "%2e%2e",
    "file:..",
    "C:Users",
    "ünïcödé ßpaces ",
]


def _usable(name: str) -> bool:
    return name not in (".", "..") and len(name.encode()) < 200


awkward_names = st.one_of(
    st.sampled_from(REALISTIC),
    st.lists(
        st.one_of(st.sampled_from(AWKWARD), st.text(alphabet="abcXYZ019", min_size=1, max_size=4)),
        min_size=1,
        max_size=6,
    ).map("".join),
).filter(_usable)


def everything_under(root: Path) -> set[Path]:
    return {Path(folder) / name for folder, _dirs, files in os.walk(root) for name in files}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(folder=awkward_names, backup_name=awkward_names)
def test_database_backup_check_and_restore_work_in_any_folder(
    tmp_path_factory: pytest.TempPathFactory, empty_database: Path, folder: str, backup_name: str
) -> None:
    root = tmp_path_factory.mktemp("awk")
    paths = AppPaths(root / folder / "data").ensure()
    shutil.copyfile(empty_database, paths.database)
    ws = open_workspace(paths)
    add_client(
        ws,
        ClientData(
            referentie="OTS-1",
            initialen="A.B.",
            maatregel=Maatregel.OTS,
            uitspraakdatum=dt.date(2026, 1, 5),
        ),
    )
    target = root / folder / f"{backup_name}.sqlite3"
    made = backup_now(paths, target)
    ws.close()
    # Nothing landed outside the data directory except the backup asked for.
    strays = {
        p for p in everything_under(root) if not p.is_relative_to(paths.data_dir) and p != made
    }
    assert strays == set()
    assert made == target and target.is_file()
    verify_backup_file(target)
    assert check_database(target).ok

    restored = restore(paths, target)
    assert restored.previous_saved_as is not None
    ws = open_workspace(paths, daily_backup=False)
    assert [c.data.referentie for c in list_clients(ws)] == ["OTS-1"]
    ws.close()

    # The checks read this very file: damage it and every one of them must notice.
    damage(target, first_page=2, pages=2)
    assert not integrity_ok(target)
    assert not quick_check(target)
    assert not check_database(target).ok
    with pytest.raises(DatabaseError):
        verify_backup_file(target)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(folder=awkward_names)
def test_the_command_line_works_in_any_data_directory(
    tmp_path_factory: pytest.TempPathFactory, empty_database: Path, folder: str
) -> None:
    data_dir = tmp_path_factory.mktemp("cli") / folder
    data_dir.mkdir()
    shutil.copyfile(empty_database, data_dir / "zelfscan.sqlite3")
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert len(list((data_dir / "backups").iterdir())) == 1
