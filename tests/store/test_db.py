"""Database settings: durable WAL by default, a safe journal and a warning on a network share."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from jbn_selfscan.store.db import is_network_path, make_engine, open_database

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export/home /home nfs4 rw,relatime 0 0
//nas/share /mnt/share cifs rw 0 0
tmpfs /home/local tmpfs rw 0 0
"""


def test_network_shares_are_recognised() -> None:
    assert is_network_path(Path("/home/sanne/zelfscan"), MOUNTS)
    assert is_network_path(Path("/mnt/share/jbn"), MOUNTS)
    assert not is_network_path(Path("/home/local/zelfscan"), MOUNTS)  # longest mount wins
    assert not is_network_path(Path("/var/lib/zelfscan"), MOUNTS)
    assert is_network_path(Path("//fileserver/profiles/sanne"), "")


def pragmas(engine_url_path: Path, *, network: bool) -> tuple[str, int, int]:
    engine = make_engine(engine_url_path, network=network)
    with engine.connect() as conn:
        result = (
            conn.execute(text("PRAGMA journal_mode")).scalar_one(),
            conn.execute(text("PRAGMA synchronous")).scalar_one(),
            conn.execute(text("PRAGMA foreign_keys")).scalar_one(),
        )
    engine.dispose()
    return result


def test_local_database_uses_wal_with_full_sync(tmp_path: Path) -> None:
    assert pragmas(tmp_path / "a.sqlite3", network=False) == ("wal", 2, 1)


def test_network_database_uses_a_rollback_journal(tmp_path: Path) -> None:
    assert pragmas(tmp_path / "b.sqlite3", network=True) == ("delete", 2, 1)


def test_open_database_warns_on_a_network_share(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("jbn_selfscan.store.db.is_network_path", lambda path: True)
    database = open_database(tmp_path / "c.sqlite3")
    try:
        assert any("netwerkschijf" in warning for warning in database.warnings)
    finally:
        database.dispose()
