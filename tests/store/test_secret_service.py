"""The database key in a real Secret Service (gnome-keyring on a private D-Bus session).

Runs only inside `tools/secret_service_session.sh`, which starts a throwaway keyring and sets
JBN_TEST_SECRET_SERVICE=1 (never against a developer's own login keyring); CI runs it that way
(.ci/run). Elsewhere it is skipped with that reason.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jbn_selfscan.cli import main
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.workspace import KeySource, WrongKeyError, open_workspace
from jbn_selfscan.store import cipher, keys
from jbn_selfscan.store.credentials import SecretServiceCredentials

pytestmark = pytest.mark.skipif(
    os.environ.get("JBN_TEST_SECRET_SERVICE") != "1",
    reason="needs a throwaway Secret Service: run inside tools/secret_service_session.sh",
)

HEADER = b"SQLite format 3\x00"


def _wipe_the_store() -> None:
    """Remove our key from the session's keyring (a new user account, a wiped store)."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        attributes = {"service": keys.KEYRING_SERVICE, "username": keys.KEYRING_USER}
        for item in collection.search_items(attributes):
            item.delete()
    finally:
        connection.close()


@pytest.fixture
def store_of_the_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No key file named, none in the configuration folder: the credential store is used."""
    monkeypatch.delenv(keys.ENV_KEY_FILE, raising=False)
    config_file = tmp_path / "config" / keys.KEY_FILE_NAME
    monkeypatch.setattr(keys, "default_key_file", lambda: config_file)
    assert SecretServiceCredentials.open() is not None, "no Secret Service on the session bus"
    _wipe_the_store()
    return config_file


def test_the_key_lives_in_the_secret_service_and_opens_the_data(
    store_of_the_session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = keys.choose_store()
    assert store.file is None and store.warning is None
    data = tmp_path / "demo"
    assert main(["--data-dir", str(data), "demo", "--no-gui"]) == 0
    err = capsys.readouterr().err
    key = store.load()
    assert key is not None and keys.recovery_code(key) in err
    assert not store_of_the_session.exists(), "the key went to a file, not the store"
    assert not (data / "zelfscan.sqlite3").read_bytes().startswith(HEADER)

    # keyring's own Secret Service backend finds the same key (and we find what it writes)
    from keyring.backends.SecretService import Keyring

    assert Keyring().get_password(keys.KEYRING_SERVICE, keys.KEYRING_USER) == key.hex()

    # a new process-less start: the key comes from the store, looked up in the background
    cipher.set_active_key(None)
    source = KeySource()
    source.look_up_early()
    ws = open_workspace(AppPaths(data), keys=source, daily_backup=False)
    ws.close()
    assert cipher.active_key() == key and source.take_new_recovery_code() is None
    assert main(["--data-dir", str(data), "gesprekken"]) == 0
    assert "getekend" in capsys.readouterr().out


def test_a_wiped_store_needs_the_recovery_code(
    store_of_the_session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = AppPaths(tmp_path / "data")
    source = KeySource()
    open_workspace(data, keys=source, daily_backup=False).close()
    code = source.take_new_recovery_code()
    assert code is not None
    _wipe_the_store()
    cipher.set_active_key(None)
    with pytest.raises(WrongKeyError, match="herstelcode"):
        open_workspace(data, keys=KeySource(), daily_backup=False)
    open_workspace(data, keys=KeySource(recovery_code=code), daily_backup=False).close()
    assert keys.KeyStore(None).load() == keys.key_from_recovery_code(code)
