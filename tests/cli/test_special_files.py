"""Special files and outputs: refused at once, never replaced; private modes; no leftovers.

Before: `import` of a FIFO hung forever, `-o` could rename over a device, `--data-dir ""` meant
the current folder, backups left `.part-wal` / `.part-shm` files, and the database, its WAL and
the backups were world-readable (0644, folders 0755).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import signal
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.cli import main
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.backups import STRAY_AGE, backup_now, daily_backup, list_backups, rotate
from jbn_selfscan.services.workspace import open_workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and modes are POSIX")

READERS = {
    "import": lambda f: ["import", f],
    "import-caseload": lambda f: ["import-caseload", f],
    "restore": lambda f: ["restore", f],
    "validate-checklist": lambda f: ["validate-checklist", f],
    "check": lambda f: ["check", f],
}
WRITERS = {
    "backup": lambda f: ["backup", "-o", f],
    "export": lambda f: ["export", "1", "-o", f],
    "pdf": lambda f: ["pdf", "1", "-o", f],
}


@contextlib.contextmanager
def within(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (the FIFO bug waited forever for a writer)."""

    def expired(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def make_device(path: Path) -> Path:
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # like /dev/null
    except PermissionError:
        pytest.skip("creating a device node needs privileges")
    return path


def make_dir(path: Path) -> Path:
    path.mkdir()
    return path


def make_dangling(path: Path) -> Path:
    path.symlink_to(path.with_name("bestaat-niet"))
    return path


SPECIALS: dict[str, Callable[[Path], Path]] = {
    "fifo": make_fifo,
    "device": make_device,
    "directory": make_dir,
    "dangling link": make_dangling,
}


@pytest.fixture
def data(tmp_path: Path, empty_database: Path) -> Path:
    paths = AppPaths(tmp_path / "data").ensure()
    shutil.copyfile(empty_database, paths.database)
    return paths.data_dir


@pytest.mark.parametrize("kind", sorted(SPECIALS))
@pytest.mark.parametrize("command", sorted(READERS))
def test_a_special_input_is_refused_at_once(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    special = SPECIALS[kind](tmp_path / "invoer.json")
    before = (data / "zelfscan.sqlite3").read_bytes()
    with within(20):
        code = main(["--data-dir", str(data), *READERS[command](str(special))])
    out, err = capsys.readouterr()
    assert code == 1, (out, err)
    message = out + err
    assert "Traceback" not in message
    reasons = (
        "geen bestand",
        "geen gewoon bestand",
        "bestaat niet",
        "niet bestaat",
        "niet gevonden",
    )
    assert any(reason in message for reason in reasons), message
    assert (data / "zelfscan.sqlite3").read_bytes() == before


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_never_replaces_a_special_file(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    special = SPECIALS[kind](tmp_path / "uitvoer")
    kind_before = stat.S_IFMT(os.lstat(special).st_mode)
    with within(20):
        code = main(["--data-dir", str(data), *WRITERS[command](str(special))])
    _out, err = capsys.readouterr()
    assert code == 1, err
    assert "Traceback" not in err
    assert stat.S_IFMT(os.lstat(special).st_mode) == kind_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "uitvoer"]


def test_an_empty_data_dir_option_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for empty in ("", "  "):
        assert main(["--data-dir", empty, "backup"]) == 2
        assert "--data-dir is leeg" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing made in the current folder


def test_backups_leave_no_side_files_and_rotation_removes_strays(data: Path) -> None:
    paths = AppPaths(data)
    ws = open_workspace(paths, daily_backup=False)  # a live connection: the WAL exists
    try:
        now = dt.datetime(2026, 11, 23, 8, 30)
        daily_backup(paths, keep=5, now=now)
        backup_now(paths)
        names = sorted(p.name for p in paths.backups.iterdir())
        assert len(names) == 2
        assert all(n.endswith(".sqlite3") for n in names), names
        # Leftovers of a backup interrupted by a crash, one old and one in progress.
        old = [paths.backups / f"zelfscan-x.sqlite3.part{s}" for s in ("", "-wal", "-shm")]
        fresh = paths.backups / "zelfscan-y.sqlite3.part"
        for stray in [*old, fresh]:
            stray.write_bytes(b"half")
        long_ago = (now - STRAY_AGE - dt.timedelta(minutes=1)).timestamp()
        for stray in old:
            os.utime(stray, (long_ago, long_ago))
        os.utime(fresh, (now.timestamp(), now.timestamp()))
        removed = rotate(paths, keep=5, now=now)
        assert sorted(removed) == sorted(old)
        assert fresh.exists()  # maybe another backup still being written
        assert len(list_backups(paths)) == 2
    finally:
        ws.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(umask=st.sampled_from([0o000, 0o002, 0o022, 0o027, 0o077, 0o007]))
def test_private_modes_whatever_the_umask(
    tmp_path_factory: pytest.TempPathFactory, umask: int
) -> None:
    root = tmp_path_factory.mktemp("modes")
    previous = os.umask(umask)
    try:
        paths = AppPaths(root / "nieuw" / "data")
        ws = open_workspace(paths)
        try:
            from jbn_selfscan.domain.types import Role
            from jbn_selfscan.services.profile import save_profile

            save_profile(ws, "Els", Role.JEUGDBESCHERMER)  # a write: the WAL exists now
            made = backup_now(paths)
            wal = paths.database.with_name(paths.database.name + "-wal")
            assert wal.exists()
            assert mode(wal) == 0o600
        finally:
            ws.close()
        assert mode(paths.data_dir) == 0o700
        assert mode(paths.backups) == 0o700
        assert mode(paths.database) == 0o600
        assert mode(made) == 0o600
        daily = daily_backup(paths, keep=3, now=dt.datetime(2026, 11, 23, 8, 0))
        assert daily is not None and mode(daily) == 0o600
        outside = backup_now(paths, root / "kopie.sqlite3")
        assert mode(outside) == 0o600
    finally:
        os.umask(previous)


def test_an_existing_world_readable_database_is_tightened(data: Path) -> None:
    paths = AppPaths(data)
    os.chmod(paths.database, 0o644)
    os.chmod(paths.data_dir, 0o755)
    open_workspace(paths, daily_backup=False).close()
    assert mode(paths.database) == 0o600
    assert mode(paths.data_dir) == 0o700


def test_a_folder_without_our_database_keeps_its_rights(tmp_path: Path) -> None:
    """`--data-dir ~` must not take the rights of group and others off the home folder."""
    folder = tmp_path / "eigen-map"
    folder.mkdir()
    os.chmod(folder, 0o755)
    AppPaths(folder).ensure()
    assert mode(folder) == 0o755
    assert mode(AppPaths(folder).backups) == 0o700


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(data), "demo", "--no-gui"]) == 0
    return data


def test_exports_and_pdfs_are_private_whatever_the_umask(
    tmp_path: Path, demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = os.umask(0)
    try:
        exported = tmp_path / "gesprek.json"
        pdf = tmp_path / "gesprek.pdf"
        assert main(["--data-dir", str(demo_dir), "export", "1", "-o", str(exported)]) == 0
        assert main(["--data-dir", str(demo_dir), "pdf", "1", "-o", str(pdf)]) == 0
    finally:
        os.umask(previous)
    capsys.readouterr()
    assert mode(exported) == 0o600
    assert mode(pdf) == 0o600
