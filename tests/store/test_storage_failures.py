"""A full disk, a read-only data directory and unusable database paths: a Dutch refusal.

The disk-full and read-only cases run on a real small file system (a tmpfs mounted for the
test; skipped where mounting is not allowed) and, everywhere, with SQLite's own page limit
(`max_page_count`), which makes SQLite fail exactly as on a full disk ("database or disk is
full"). Nothing may be half written: the database stays intact and unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.cli import main
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.store import backup as store_backup
from jbn_selfscan.store import db as store_db
from jbn_selfscan.store.backup import integrity_ok
from jbn_selfscan.store.db import storage_failure_nl

from .conftest import client_refs, install

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return invoke


def caseload_csv(path: Path, rows: int) -> Path:
    lines = ["Zaakreferentie;Initialen;Maatregel;Uitspraakdatum"]
    lines += [f"Z-{n:05d};A.B.;OTS;03-03-2025" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- a real small disk ------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """Mount a tmpfs of the given KiB; skipped where mounting is not allowed."""
    mounted: list[Path] = []

    def mount(kib: int) -> Path:
        point = tmp_path / f"schijf{len(mounted)}"
        point.mkdir()
        if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
            pytest.skip("mounting a small file system needs root")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(point)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip("mounting a small file system is not allowed here")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], capture_output=True, check=False)


def fill_up(folder: Path, leave: int = 0) -> None:
    """Take all free space of the file system of `folder` but `leave` bytes."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize - leave
    with (folder / "vulling").open("wb") as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * max(free, 0))


def remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True, capture_output=True)


def test_demo_on_a_full_disk(small_disk: Callable[[int], Path], run: Run) -> None:
    disk = small_disk(256)  # the demo database needs ~450 KB
    code, _out, err = run("--data-dir", disk / "demo", "demo", "--no-gui")
    assert code == 1
    assert "schijf is vol" in err


def test_import_on_a_full_disk_changes_nothing(
    small_disk: Callable[[int], Path], run: Run, tmp_path: Path, empty_database: Path
) -> None:
    disk = small_disk(512)
    paths = install(empty_database, disk / "data")
    assert (
        run("--data-dir", paths.data_dir, "import-caseload", caseload_csv(tmp_path / "a.csv", 3))[0]
        == 0
    )
    before = client_refs(paths.database)
    fill_up(disk, leave=8192)
    csv = caseload_csv(tmp_path / "groot.csv", 3000)
    code, _out, err = run("--data-dir", paths.data_dir, "import-caseload", csv)
    assert code == 1
    assert "schijf" in err and "vol" in err and "beschadigd" not in err
    (disk / "vulling").unlink()
    assert integrity_ok(paths.database)
    assert client_refs(paths.database) == before


def test_backup_on_a_full_disk_leaves_nothing_behind(
    small_disk: Callable[[int], Path], run: Run, filled_database: Path
) -> None:
    disk = small_disk(1024)
    paths = install(filled_database, disk / "data")
    fill_up(disk, leave=4096)
    code, _out, err = run("--data-dir", paths.data_dir, "backup")
    assert code == 1
    assert "schijf is vol" in err
    assert list(paths.backups.iterdir()) == []  # no .part, no .part-wal, no .part-shm


def test_restore_on_a_full_disk_keeps_the_database(
    small_disk: Callable[[int], Path], run: Run, filled_database: Path, empty_database: Path
) -> None:
    disk = small_disk(1024)
    paths = install(empty_database, disk / "data")
    before = paths.database.read_bytes()
    fill_up(disk, leave=64 * 1024)  # room for the safety copy of the small database only
    code, _out, err = run("--data-dir", paths.data_dir, "restore", filled_database)
    assert code == 1
    assert "schijf is vol" in err
    (disk / "vulling").unlink()
    assert integrity_ok(paths.database)
    assert client_refs(paths.database) == []
    assert paths.database.read_bytes()[:100] == before[:100]


def test_a_read_only_data_directory(
    small_disk: Callable[[int], Path], run: Run, filled_database: Path, tmp_path: Path
) -> None:
    disk = small_disk(2048)
    paths = install(filled_database, disk / "data")
    remount_read_only(disk)
    for command in (
        ["gesprekken"],
        ["backup"],
        ["import-caseload", caseload_csv(tmp_path / "c.csv", 2)],
    ):
        code, _out, err = run("--data-dir", paths.data_dir, *command)
        assert code == 1, command
        assert "alleen-lezen" in err, (command, err)
    code, _out, err = run("--data-dir", disk / "nieuw", "gesprekken")
    assert code == 1 and "alleen-lezen" in err


# --- SQLite's page limit: a full disk everywhere ----------------------------------------


@pytest.fixture
def page_limit(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """From now on every app connection may grow its database by `pages` pages only."""

    def limit(pages: int) -> None:
        original = store_db.make_engine

        def limited(db_path: Path, *, network: bool = False) -> Any:
            engine = original(db_path, network=network)

            @store_db.event.listens_for(engine, "connect")
            def _cap(dbapi_connection: Any, _record: Any) -> None:
                count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
                dbapi_connection.execute(f"PRAGMA max_page_count={count + pages}")

            return engine

        monkeypatch.setattr(store_db, "make_engine", limited)

    return limit


def test_import_hitting_the_page_limit_is_refused_and_changes_nothing(
    page_limit: Callable[[int], None], run: Run, tmp_path: Path, empty_database: Path
) -> None:
    paths = install(empty_database, tmp_path / "data")
    page_limit(3)
    code, _out, err = run(
        "--data-dir", paths.data_dir, "import-caseload", caseload_csv(tmp_path / "g.csv", 2000)
    )
    assert code == 1
    assert "schijf is vol" in err
    assert integrity_ok(paths.database) and client_refs(paths.database) == []


def test_demo_hitting_the_page_limit_is_refused(
    page_limit: Callable[[int], None], run: Run, tmp_path: Path
) -> None:
    page_limit(20)
    code, _out, err = run("--data-dir", tmp_path / "demo", "demo", "--no-gui")
    assert code == 1
    assert "schijf is vol" in err


def test_backup_copy_failing_for_lack_of_space_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, run: Run, tmp_path: Path, filled_database: Path
) -> None:
    paths = install(filled_database, tmp_path / "data")
    real_connect = store_backup.cipher.connect

    def connect(target: Any, *args: Any, **kwargs: Any) -> Any:
        conn = real_connect(target, *args, **kwargs)  # keyed first, then limited
        if str(target).endswith(".part"):
            conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(store_backup.cipher, "connect", connect)
    code, _out, err = run("--data-dir", paths.data_dir, "backup")
    assert code == 1 and "schijf is vol" in err
    assert list(paths.backups.iterdir()) == []


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "schijf is vol"),
        (OSError(errno.EROFS, "Read-only file system"), "alleen-lezen"),
        (sqlite3.OperationalError("database or disk is full"), "schijf is vol"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "alleen-lezen"),
        (sqlite3.OperationalError("database is locked"), "database is bezet"),
        (ValueError("iets anders"), None),
    ],
)
def test_storage_failures_are_recognised(failure: BaseException, expected: str | None) -> None:
    explained = storage_failure_nl(failure)
    assert (explained is None) if expected is None else (expected in (explained or ""))


# --- unusable database paths --------------------------------------------------------------


def garbage(path: Path) -> None:
    path.write_bytes(b"dit is geen database\n" * 300)


def directory(path: Path) -> None:
    path.mkdir()


def dangling(path: Path) -> None:
    path.symlink_to(path.with_name("weg.sqlite3"))


def header_only(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)


@pytest.mark.parametrize("spoil", [garbage, directory, dangling, header_only])
def test_an_unusable_database_path_is_refused_in_dutch(
    tmp_path: Path, run: Run, spoil: Callable[[Path], None]
) -> None:
    paths = AppPaths(tmp_path / "data").ensure()
    spoil(paths.database)
    for command in (["gesprekken"], ["backup"], ["check"], ["demo", "--no-gui"]):
        code, out, err = run("--data-dir", paths.data_dir, *command)
        assert code == 1, (command, out, err)
        assert err or out
    assert os.path.lexists(paths.database)  # left for the user to look at, not replaced


def test_a_data_directory_that_is_a_file_or_a_dangling_link(tmp_path: Path, run: Run) -> None:
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "nergens")
    for data_dir in (tmp_path / "bestand", tmp_path / "link"):
        code, _out, err = run("--data-dir", data_dir, "gesprekken")
        assert code in (1, 2) and "gegevensmap" in err
    assert not (tmp_path / "nergens").exists()  # the link's target was not created


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(min_size=1, max_size=300).filter(lambda s: "/" not in s and s.strip(". ")))
def test_any_data_directory_name_gets_an_answer_not_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    root = tmp_path_factory.mktemp("naam")
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--data-dir", str(root / name), "gesprekken"])
    assert code in (0, 1, 2)
