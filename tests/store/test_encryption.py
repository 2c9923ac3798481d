"""The database encrypted at rest: no plain bytes on disk, the key, the recovery code, the
conversion of an unencrypted database (and its backups) of an earlier version."""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.backups import list_backups, plain_backups, restore
from jbn_selfscan.services.demo_data import CLIENTS
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store import cipher, keys
from jbn_selfscan.store.db import WrongKeyError

HEADER = b"SQLite format 3\x00"


@pytest.fixture(autouse=True)
def _key_state_restored() -> Iterator[None]:
    """Each test may switch key files; afterwards the run's own key is found again."""
    yield
    cipher.set_active_key(None)


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def _cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _decrypt(source: Path, target: Path) -> None:
    """A plain copy of an encrypted database: what an earlier version of the app left."""
    with contextlib.closing(cipher.connect(source)) as conn:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "demo"
    code, _out, err = _cli(capsys, "--data-dir", data, "demo", "--no-gui")
    assert code == 0, err
    return data


def test_after_the_demo_no_file_is_plain_sqlite_or_holds_a_case_reference(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _cli(capsys, "--data-dir", demo_dir, "backup")
    assert code == 0, err
    files = _files(demo_dir)
    assert any(path.name.endswith(".sqlite3") for path in files)
    assert len(list_backups(AppPaths(demo_dir))) == 1
    references = [client.referentie.encode() for client in CLIENTS]
    for path in files:
        content = path.read_bytes()
        assert not content.startswith(HEADER), path
        found = [ref for ref in references if ref in content]
        assert found == [], f"{path.name} holds {found[:3]} in plain bytes"


def test_a_copied_folder_without_the_key_does_not_open_and_says_why_in_dutch(
    demo_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    copy = tmp_path / "andere-laptop"
    shutil.copytree(demo_dir, copy)
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(tmp_path / "leeg" / "sleutel"))
    cipher.set_active_key(None)
    for argv in (("gesprekken",), ("backup",), ("restore", copy / "zelfscan.sqlite3")):
        code, out, err = _cli(capsys, "--data-dir", copy, *argv)
        assert code == 1 and out == ""
        assert "sleutel" in err and "herstelcode" in err, err
        assert "Traceback" not in err
    assert not (tmp_path / "leeg" / "sleutel").exists(), "no new key for an encrypted folder"


def test_another_users_key_does_not_fit_and_the_recovery_code_opens_it(
    demo_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code_text = keys.recovery_code(cipher.require_key())
    copy = tmp_path / "andere-gebruiker"
    shutil.copytree(demo_dir, copy)
    other = tmp_path / "ander" / "sleutel"
    keys.KeyStore(other).save(keys.new_key())
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(other))
    cipher.set_active_key(None)
    with pytest.raises(WrongKeyError, match="niet worden geopend met de sleutel"):
        open_workspace(AppPaths(copy))

    monkeypatch.setattr("sys.stdin", io.StringIO(code_text.lower().replace("-", " ") + "\n"))
    code, out, err = _cli(capsys, "--data-dir", copy, "--herstelcode", "gesprekken")
    assert code == 0, err
    assert "getekend" in out
    # re-encrypted with this user's own key: it opens from now on without the code
    cipher.set_active_key(None)
    code, out, err = _cli(capsys, "--data-dir", copy, "gesprekken")
    assert code == 0, err


def test_on_a_new_computer_the_recovery_code_becomes_the_key(
    demo_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = cipher.require_key()
    new_file = tmp_path / "nieuw" / "sleutel"
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(new_file))
    cipher.set_active_key(None)
    monkeypatch.setattr("sys.stdin", io.StringIO("AAAA-" + keys.recovery_code(key)[5:] + "\n"))
    code, _out, err = _cli(capsys, "--data-dir", demo_dir, "--herstelcode", "gesprekken")
    assert code == 1 and "herstelcode" in err.lower() and "Traceback" not in err
    assert not new_file.exists()

    monkeypatch.setattr("sys.stdin", io.StringIO(keys.recovery_code(key) + "\n"))
    code, _out, err = _cli(capsys, "--data-dir", demo_dir, "--herstelcode", "gesprekken")
    assert code == 0, err
    assert keys.KeyStore(new_file).load() == key


def test_a_new_key_shows_its_recovery_code_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "eigen" / "sleutel"
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(key_file))
    cipher.set_active_key(None)
    data = tmp_path / "data"
    code, _out, err = _cli(capsys, "--data-dir", data, "gesprekken")
    assert code == 0, err
    stored = keys.KeyStore(key_file).load()
    assert stored is not None and keys.recovery_code(stored) in err
    assert (key_file.stat().st_mode & 0o077) == 0
    code, _out, err = _cli(capsys, "--data-dir", data, "gesprekken")
    assert code == 0 and "Herstelcode" not in err


def test_recovery_code_round_trip_and_typos() -> None:
    key = keys.new_key()
    code = keys.recovery_code(key)
    groups = code.split("-")
    assert len(groups) == 14 and all(len(group) == 4 for group in groups)
    assert keys.key_from_recovery_code(code) == key
    assert keys.key_from_recovery_code(code.lower().replace("-", "  ")) == key
    swapped = code[1] + code[0] + code[2:] if code[0] != code[1] else "Z" + code[1:]
    with pytest.raises(keys.RecoveryCodeError, match="klopt niet"):
        keys.key_from_recovery_code(swapped)
    with pytest.raises(keys.RecoveryCodeError, match="56 tekens"):
        keys.key_from_recovery_code(code[:-5])


def test_without_a_credential_store_the_key_goes_to_a_private_file_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keys.ENV_KEY_FILE)
    monkeypatch.setattr(keys, "platform_backend", lambda: None)
    monkeypatch.setattr(keys, "default_key_file", lambda: tmp_path / "config" / "sleutel")
    store = keys.choose_store()
    assert store.file == tmp_path / "config" / "sleutel"
    assert store.warning is not None and "herstelcode" in store.warning
    store.save(keys.new_key())
    assert (store.file.stat().st_mode & 0o777) == 0o600


def test_a_credential_store_that_is_not_there_is_not_used() -> None:
    class Missing:
        @property
        def priority(self) -> float:
            raise RuntimeError("Requires Windows and pywin32")

    class Fail:
        priority = 0

    class Present:
        priority = 5

    assert keys.backend_usable(Missing()) is False
    assert keys.backend_usable(Fail) is False
    assert keys.backend_usable(Present) is True


def test_a_plain_database_is_converted_after_a_backup_and_old_backups_on_request(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Needs the plain format: a data folder as an earlier version left it.
    old = AppPaths(tmp_path / "oud")
    old.ensure()
    _decrypt(demo_dir / "zelfscan.sqlite3", old.database)
    _decrypt(
        demo_dir / "zelfscan.sqlite3", old.backups / "zelfscan-20261101-090000-dagelijks.sqlite3"
    )
    assert old.database.read_bytes().startswith(HEADER)

    ws = open_workspace(old, daily_backup=False)
    ws.close()
    noticed = ws.keys.take_plain_backups()
    assert not old.database.read_bytes().startswith(HEADER)
    made = [info.reason for info in list_backups(old)]
    assert "voor-versleuteling" in made
    assert len(plain_backups(old)) == 2
    assert sorted(noticed) == sorted(plain_backups(old))
    code, out, err = _cli(capsys, "--data-dir", old.data_dir, "gesprekken")
    assert code == 0 and "getekend" in out, err
    assert "2 onversleutelde reservekopieën" in err and "--oude-versleutelen" in err

    code, out, err = _cli(capsys, "--data-dir", old.data_dir, "backup", "--oude-versleutelen")
    assert code == 0 and "2 onversleutelde" in out, err
    assert plain_backups(old) == []
    assert [p for p in _files(old.data_dir) if p.read_bytes().startswith(HEADER)] == []
    # the converted old backup restores
    oldest = min(list_backups(old), key=lambda info: info.path.name).path
    restore(old, oldest)


def test_backup_to_a_file_is_encrypted_and_old_plain_backups_still_restore(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kopie.sqlite3"
    code, _out, err = _cli(capsys, "--data-dir", demo_dir, "backup", "-o", target)
    assert code == 0, err
    assert not target.read_bytes().startswith(HEADER)
    code, out, err = _cli(capsys, "--data-dir", demo_dir, "restore", target)
    assert code == 0 and "Teruggezet" in out, err

    plain = tmp_path / "oude-kopie.sqlite3"  # made by an earlier version: plain
    _decrypt(target, plain)
    code, out, err = _cli(capsys, "--data-dir", demo_dir, "restore", plain)
    assert code == 0 and "Teruggezet" in out, err
    assert not (demo_dir / "zelfscan.sqlite3").read_bytes().startswith(HEADER)
    code, out, err = _cli(capsys, "--data-dir", demo_dir, "gesprekken")
    assert code == 0 and "getekend" in out, err


def test_the_key_file_option_wins_over_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    named = tmp_path / "gekozen" / "sleutel"
    data = tmp_path / "data"
    code, _out, err = _cli(capsys, "--sleutelbestand", named, "--data-dir", data, "gesprekken")
    assert code == 0, err
    key = keys.KeyStore(named).load()
    assert key is not None and keys.recovery_code(key) in err
    cipher.set_active_key(None)
    code, out, err = _cli(capsys, "--sleutelbestand", named, "--data-dir", data, "check")
    assert code == 0, err + out
    cipher.set_active_key(None)
    code, out, err = _cli(capsys, "--data-dir", data, "check")  # the run's own key: no fit
    assert code != 0 and "sleutel" in (out + err)
