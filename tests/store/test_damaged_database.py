"""A damaged live database: detected at once, explained in Dutch, and recoverable.

Before: every command stopped with a traceback, and `restore` of a good backup failed too,
because its safety copy of the damaged database failed the integrity check.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.cli import main
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.backups import list_backups, newest_good_backup, restore
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store.backup import make_backup
from jbn_selfscan.store.db import DatabaseDamagedError
from jbn_selfscan.store.health import check_database

from .conftest import CLIENTS, client_refs, damage, install

damages = st.tuples(
    st.integers(min_value=2, max_value=12),  # first page hit (page 1 holds the header)
    st.integers(min_value=1, max_value=3),  # pages hit
    st.binary(min_size=1, max_size=1),  # what the disk wrote instead
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(hit=damages)
def test_any_damage_is_found_and_a_good_backup_restores_over_it(
    tmp_path_factory: pytest.TempPathFactory, filled_database: Path, hit: tuple[int, int, bytes]
) -> None:
    paths = install(filled_database, tmp_path_factory.mktemp("d") / "data")
    good = make_backup(paths.database, paths.backups, reason="handmatig")
    first, pages, fill = hit
    damage(paths.database, first, pages, fill)
    damaged_bytes = paths.database.read_bytes()

    with pytest.raises(DatabaseDamagedError, match="beschadigd"):
        open_workspace(paths)
    assert paths.database.read_bytes() == damaged_bytes  # opening changed nothing
    assert not check_database(paths.database).ok

    assert newest_good_backup(paths) is not None
    result = restore(paths, good)
    assert result.damaged_kept_as is not None
    assert result.damaged_kept_as.parent == paths.damaged
    assert "beschadigd" in result.damaged_kept_as.name
    assert result.damaged_kept_as.read_bytes() == damaged_bytes  # kept aside as it was
    assert check_database(paths.database).ok
    assert len(client_refs(paths.database)) == CLIENTS
    open_workspace(paths, daily_backup=False).close()
    # the damaged file is not offered as a backup, and rotation will never count it
    assert all("beschadigd" not in b.path.name for b in list_backups(paths))


def test_commands_stop_with_the_dutch_explanation_not_a_traceback(
    tmp_path: Path, filled_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = install(filled_database, tmp_path / "data")
    damage(paths.database)
    (tmp_path / "x.csv").write_text("zaakreferentie\n", encoding="utf-8")
    for command in (["gesprekken"], ["backup"], ["import-caseload", str(tmp_path / "x.csv")]):
        assert main(["--data-dir", str(paths.data_dir), *command]) == 1, command
        err = capsys.readouterr().err
        assert "beschadigd" in err and "jbn-selfscan restore" in err, (command, err)
        assert "Traceback" not in err


def test_check_command_reports_in_dutch_and_exits_non_zero_on_damage(
    tmp_path: Path, filled_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = install(filled_database, tmp_path / "data")
    make_backup(paths.database, paths.backups, reason="handmatig")
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert "Integriteit (SQLite): in orde" in out
    assert "Schema (versie" in out and "Alles in orde." in out

    damage(paths.database)
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "Integriteit (SQLite): " in out and "in orde" not in out.splitlines()[1]
    assert "Nieuwste goede reservekopie:" in out
    assert "jbn-selfscan restore" in out


def test_restore_command_over_a_damaged_database_names_where_it_was_kept(
    tmp_path: Path, filled_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = install(filled_database, tmp_path / "data")
    good = make_backup(paths.database, paths.backups, reason="handmatig")
    damage(paths.database)
    assert main(["--data-dir", str(paths.data_dir), "restore", str(good)]) == 0
    out = capsys.readouterr().out
    assert "beschadigde database van daarvoor is ongewijzigd bewaard" in out
    kept = list(paths.damaged.iterdir())
    assert len(kept) == 1


def test_check_command_on_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "leeg"), "check"]) == 1
    assert "er is nog geen database" in capsys.readouterr().err


def test_check_of_an_intact_backup_file(tmp_path: Path, filled_database: Path) -> None:
    copy = tmp_path / "kopie.sqlite3"
    shutil.copyfile(filled_database, copy)
    assert main(["--data-dir", str(tmp_path / "data"), "check", str(copy)]) == 0
    assert not AppPaths(tmp_path / "data").database.exists()  # check creates nothing
