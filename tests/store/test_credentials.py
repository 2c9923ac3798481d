"""Our side of the credential stores: the Windows Credential Manager calls (against a fake
advapi32 that reads and fills the same ctypes structures Windows would), the errors worded in
Dutch, and the key looked up in a background thread."""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.workspace import KeySource, open_workspace
from jbn_selfscan.store import cipher, credentials, keys
from jbn_selfscan.store.credentials import (
    CRED_PERSIST_ENTERPRISE,
    CRED_TYPE_GENERIC,
    ERROR_NOT_FOUND,
    BackendError,
    WindowsCredentials,
)


class FakeAdvapi32:
    """CredReadW / CredWriteW / CredFree as advapi32 behaves, on ctypes structures."""

    def __init__(self) -> None:
        self.vault: dict[str, dict[str, Any]] = {}
        self.error = 0
        self.fail_with: int | None = None
        self.handed_out: list[Any] = []
        self.freed = 0

    def CredWriteW(self, credential_ref: Any, flags: int) -> int:
        credential = credential_ref._obj
        if self.fail_with is not None:
            self.error = self.fail_with
            return 0
        blob = ctypes.string_at(credential.CredentialBlob, credential.CredentialBlobSize)
        self.vault[credential.TargetName] = {
            "Type": credential.Type,
            "UserName": credential.UserName,
            "CredentialBlob": blob,
            "Persist": credential.Persist,
            "Comment": credential.Comment,
        }
        return 1

    def CredReadW(self, target: str, kind: int, flags: int, out_ref: Any) -> int:
        if self.fail_with is not None:
            self.error = self.fail_with
            return 0
        stored = self.vault.get(target)
        if stored is None or stored["Type"] != kind:
            self.error = ERROR_NOT_FOUND
            return 0
        blob = stored["CredentialBlob"]
        buffer = (ctypes.c_ubyte * len(blob)).from_buffer_copy(blob)
        credential = credentials.CREDENTIALW()
        credential.Type = kind
        credential.TargetName = target
        credential.UserName = stored["UserName"]
        credential.CredentialBlobSize = len(blob)
        credential.CredentialBlob = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ubyte))
        self.handed_out.append((credential, buffer))
        out_ref._obj.contents = credential
        return 1

    def CredFree(self, pointer: Any) -> None:
        assert pointer, "CredFree of a null pointer"
        self.freed += 1


@pytest.fixture
def advapi() -> FakeAdvapi32:
    return FakeAdvapi32()


@pytest.fixture
def vault(advapi: FakeAdvapi32) -> WindowsCredentials:
    return WindowsCredentials(advapi, lambda: advapi.error)


def test_windows_credential_written_as_keyring_writes_it_and_read_back(
    advapi: FakeAdvapi32, vault: WindowsCredentials
) -> None:
    secret = keys.new_key().hex()
    vault.set_password("JBN Zelfscan", "databasesleutel", secret)
    stored = advapi.vault["JBN Zelfscan"]
    assert stored["Type"] == CRED_TYPE_GENERIC
    assert stored["Persist"] == CRED_PERSIST_ENTERPRISE
    assert stored["UserName"] == "databasesleutel"
    assert stored["CredentialBlob"] == secret.encode("utf-16-le")
    assert vault.get_password("JBN Zelfscan", "databasesleutel") == secret
    assert advapi.freed == len(advapi.handed_out) >= 1  # every CredReadW result freed


def test_windows_credential_missing_is_none_and_other_errors_are_dutch(
    advapi: FakeAdvapi32, vault: WindowsCredentials, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert vault.get_password("JBN Zelfscan", "databasesleutel") is None
    advapi.fail_with = 5  # ERROR_ACCESS_DENIED
    with pytest.raises(BackendError, match="CredReadW gaf Windows-foutcode 5"):
        vault.get_password("JBN Zelfscan", "databasesleutel")
    monkeypatch.setattr(keys, "platform_backend", lambda: vault)
    with pytest.raises(keys.KeyStoreError, match="Het sleutelbeheer van het systeem gaf een fout"):
        keys.KeyStore(None).load()
    with pytest.raises(keys.KeyStoreError, match="niet in het sleutelbeheer worden bewaard"):
        keys.KeyStore(None).save(keys.new_key())


def test_windows_credential_of_another_user_name_is_kept_as_keyring_does(
    advapi: FakeAdvapi32, vault: WindowsCredentials
) -> None:
    vault.set_password("JBN Zelfscan", "iemand-anders", "oud")
    vault.set_password("JBN Zelfscan", "databasesleutel", "nieuw")
    assert advapi.vault["iemand-anders@JBN Zelfscan"]["UserName"] == "iemand-anders"
    assert vault.get_password("JBN Zelfscan", "iemand-anders") == "oud"
    assert vault.get_password("JBN Zelfscan", "databasesleutel") == "nieuw"
    # written by keyring the other way round: found under the compound name
    vault.set_password("JBN Zelfscan", "iemand-anders", "weer")
    assert vault.get_password("JBN Zelfscan", "databasesleutel") == "nieuw"


def test_windows_credential_in_utf8_is_read_and_garbage_is_refused(
    advapi: FakeAdvapi32, vault: WindowsCredentials
) -> None:
    advapi.vault["JBN Zelfscan"] = {
        "Type": CRED_TYPE_GENERIC,
        "UserName": "databasesleutel",
        "CredentialBlob": b"abc",  # odd length: not UTF-16
    }
    assert vault.get_password("JBN Zelfscan", "databasesleutel") == "abc"
    advapi.vault["JBN Zelfscan"]["CredentialBlob"] = b"\xff\xfe\xfd"
    with pytest.raises(BackendError, match="onleesbaar"):
        vault.get_password("JBN Zelfscan", "databasesleutel")


def test_the_key_store_keeps_the_key_in_the_credential_store(
    vault: WindowsCredentials, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keys, "platform_backend", lambda: vault)
    store = keys.KeyStore(None)
    assert store.load() is None
    key = keys.new_key()
    store.save(key)
    assert store.load() == key
    vault.set_password(keys.KEYRING_SERVICE, keys.KEYRING_USER, "geen sleutel")
    with pytest.raises(keys.KeyStoreError, match="onleesbaar"):
        store.load()


def test_open_is_none_without_windows() -> None:
    if hasattr(ctypes, "WinDLL"):
        pytest.skip("this is Windows")
    assert WindowsCredentials.open() is None


def test_the_key_lookup_runs_in_another_thread_and_hands_over_its_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "sleutel"
    key = keys.new_key()
    keys.KeyStore(key_file).save(key)
    threads: list[str] = []
    real_choose = keys.choose_store

    def choose(key_file: Any = None) -> keys.KeyStore:
        threads.append(threading.current_thread().name)
        return real_choose(key_file)

    monkeypatch.setattr(keys, "choose_store", choose)
    store, found = keys.KeyLookup(key_file).result()
    assert (store.file, found) == (key_file, key)
    assert threads == ["jbn-sleutel"]

    key_file.write_text("kapot\n", encoding="utf-8")
    lookup = keys.KeyLookup(key_file)
    with pytest.raises(keys.KeyStoreError, match="geen geldige sleutel"):
        lookup.result()


def test_an_early_lookup_is_used_by_the_next_opening_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "data")
    source = KeySource(key_file=str(tmp_path / "sleutel"))
    lookups: list[str] = []
    real_choose = keys.choose_store

    def choose(key_file: Any = None) -> keys.KeyStore:
        lookups.append(threading.current_thread().name)
        return real_choose(key_file)

    monkeypatch.setattr(keys, "choose_store", choose)
    monkeypatch.setattr("jbn_selfscan.services.workspace.choose_store", choose)
    source.look_up_early()
    open_workspace(paths, keys=source, daily_backup=False).close()
    assert lookups == ["jbn-sleutel"]
    assert source.take_new_recovery_code() is not None  # a new key was made from the lookup
    cipher.set_active_key(None)
    open_workspace(paths, keys=source, daily_backup=False).close()
    assert lookups == ["jbn-sleutel", threading.current_thread().name]  # asked again, directly
    assert source.take_new_recovery_code() is None
