"""Backups: made with the online backup API, verified, rotated, and restorable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.backups import (
    backup_now,
    daily_backup,
    list_backups,
    restore,
    rotate,
    verify_backup_file,
)
from jbn_selfscan.services.clients import add_client, list_clients
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import DatabaseError

# the clients' uitspraak lies before this day, whatever day the tests run
TODAY = dt.date(2026, 3, 2)


def client(ref: str) -> ClientData:
    return ClientData(
        referentie=ref,
        initialen="A.B.",
        maatregel=Maatregel.OTS,
        uitspraakdatum=dt.date(2026, 1, 5),
    )


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


def refs(paths: AppPaths) -> list[str]:
    ws = open_workspace(paths, daily_backup=False)
    try:
        return [c.data.referentie for c in list_clients(ws)]
    finally:
        ws.close()


def test_backup_holds_committed_rows_while_the_database_is_open(paths: AppPaths) -> None:
    ws = open_workspace(paths)
    add_client(ws, client("OTS-1"), TODAY)
    made = backup_now(paths)  # the writer's connection pool is still open (WAL file present)
    ws.close()
    with cipher.connect(made) as conn:
        assert conn.execute("SELECT referentie FROM client").fetchall() == [("OTS-1",)]


def test_daily_backup_once_per_day_and_rotation(paths: AppPaths) -> None:
    open_workspace(paths).close()  # creates the database; nothing to back up yet
    assert list_backups(paths) == []
    morning = dt.datetime(2026, 11, 23, 8, 30)
    first = daily_backup(paths, keep=3, now=morning)
    assert first is not None
    assert "20261123" in first.name
    assert daily_backup(paths, keep=3, now=morning + dt.timedelta(hours=9)) is None
    next_day = daily_backup(paths, keep=3, now=morning + dt.timedelta(days=1))
    assert next_day is not None
    assert "20261124" in next_day.name
    for _ in range(5):
        backup_now(paths)
    removed = rotate(paths, keep=3)
    assert len(list_backups(paths)) == 3
    assert len(removed) == 4


def test_restore_brings_back_old_data_and_keeps_the_current_as_backup(paths: AppPaths) -> None:
    ws = open_workspace(paths)
    add_client(ws, client("OTS-1"), TODAY)
    saved = backup_now(paths)
    add_client(ws, client("OTS-2"), TODAY)
    ws.close()
    result = restore(paths, saved)
    assert refs(paths) == ["OTS-1"]
    assert result.previous_saved_as is not None
    restore(paths, result.previous_saved_as)
    assert refs(paths) == ["OTS-1", "OTS-2"]


@pytest.mark.parametrize(
    "content",
    [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 200],
)
def test_restore_refuses_files_that_are_not_backups(
    paths: AppPaths, tmp_path: Path, content: bytes
) -> None:
    ws = open_workspace(paths)
    add_client(ws, client("OTS-1"), TODAY)
    ws.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(DatabaseError):
        restore(paths, bad)
    assert refs(paths) == ["OTS-1"]


def test_restore_refuses_a_foreign_sqlite_database(paths: AppPaths, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with cipher.connect(other) as conn:
        conn.execute("CREATE TABLE x (a)")
    with pytest.raises(DatabaseError, match="geen reservekopie"):
        verify_backup_file(other)


def test_cli_backup_and_restore(paths: AppPaths, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(paths)
    add_client(ws, client("OTS-1"), TODAY)
    ws.close()
    target = tmp_path / "kopie.sqlite3"
    assert main(["--data-dir", str(paths.data_dir), "backup", "-o", str(target)]) == 0
    assert "gecontroleerd" in capsys.readouterr().out
    assert main(["--data-dir", str(paths.data_dir), "restore", str(target)]) == 0
    assert main(["--data-dir", str(paths.data_dir), "restore", str(tmp_path / "nope")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_restore_refuses_while_another_running_app_holds_the_data_dir(
    paths: AppPaths,
) -> None:
    import subprocess
    import sys

    ws = open_workspace(paths)
    add_client(ws, client("OTS-1"), TODAY)
    saved = backup_now(paths)
    add_client(ws, client("OTS-2"), TODAY)
    ws.close()
    other_app = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        paths.lock_file.write_text(f"{other_app.pid}\njbn-selfscan\nhost\n", encoding="utf-8")
        with pytest.raises(DatabaseError, match="Sluit de app eerst"):
            restore(paths, saved)
        assert refs(paths) == ["OTS-1", "OTS-2"]
    finally:
        other_app.kill()
        other_app.wait()
    restore(paths, saved)  # the owner is gone: a stale lock does not block
    assert refs(paths) == ["OTS-1"]
