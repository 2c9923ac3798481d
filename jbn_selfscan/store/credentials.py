"""The operating system's credential store of this user, one small class per platform.

- Windows: the Credential Manager, called directly through `ctypes` (`CredReadW`,
  `CredWriteW`, `CredFree` of advapi32). Importing `keyring` and its Windows backend cost
  50-90 ms of every start; `ctypes` costs a few. The credential is written as `keyring`'s
  `WinVaultKeyring` writes it (a generic credential named after the service, the user name in
  it, the secret as UTF-16), so either reads what the other wrote.
- Linux: the Secret Service (GNOME Keyring, KWallet) through `secretstorage`, the library
  `keyring` itself uses there, without importing `keyring` (~50 ms). Items carry the attributes
  `keyring` gives them (`service`, `username`, `application`).
- macOS: the Keychain through `keyring`'s macOS backend.

Each backend offers `get_password(service, username)` and `set_password(service, username,
password)` and raises `BackendError` (a short detail; `store/keys.py` puts it in a Dutch
sentence).
`platform_backend()` returns this platform's backend, or None where there is no usable store.
The Windows class takes its advapi32 functions as arguments, so its side of the calls is
tested on any platform (`tests/store/test_credentials.py`).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol


class BackendError(Exception):
    """The credential store refused or failed; the message is a short detail."""


class CredentialBackend(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...


# --------------------------------------------------------------------------- Windows

CRED_TYPE_GENERIC = 1
CRED_PERSIST_ENTERPRISE = 3  # what `keyring` uses: this user, on this computer and roaming
ERROR_NOT_FOUND = 1168
COMMENT = "JBN Zelfscan"

_DWORD = ctypes.c_uint32  # DWORD is 32 bits on Windows (ctypes.wintypes.DWORD is not, elsewhere)


class FILETIME(ctypes.Structure):
    _fields_ = (("dwLowDateTime", _DWORD), ("dwHighDateTime", _DWORD))


class CREDENTIALW(ctypes.Structure):
    """`CREDENTIALW` of wincred.h, field for field."""

    _fields_ = (
        ("Flags", _DWORD),
        ("Type", _DWORD),
        ("TargetName", ctypes.c_wchar_p),
        ("Comment", ctypes.c_wchar_p),
        ("LastWritten", FILETIME),
        ("CredentialBlobSize", _DWORD),
        ("CredentialBlob", ctypes.POINTER(ctypes.c_ubyte)),
        ("Persist", _DWORD),
        ("AttributeCount", _DWORD),
        ("Attributes", ctypes.c_void_p),
        ("TargetAlias", ctypes.c_wchar_p),
        ("UserName", ctypes.c_wchar_p),
    )


PCREDENTIALW = ctypes.POINTER(CREDENTIALW)


class _Credential(NamedTuple):
    user: str
    secret: str


def _decode_blob(blob: bytes) -> str:
    """UTF-16 as `keyring` writes; UTF-8 as some other tools write."""
    try:
        return blob.decode("utf-16-le")
    except UnicodeDecodeError:
        return blob.decode("utf-8")


class WindowsCredentials:
    """The Windows Credential Manager through advapi32 (`api`: its CredReadW, CredWriteW and
    CredFree with argtypes set; `last_error`: the thread's last Windows error)."""

    def __init__(self, api: Any, last_error: Callable[[], int]) -> None:
        self._api = api
        self._last_error = last_error

    @classmethod
    def open(cls) -> WindowsCredentials | None:
        """advapi32 of this Windows, or None elsewhere."""
        loader = getattr(ctypes, "WinDLL", None)
        if loader is None:
            return None
        try:
            api = loader("advapi32", use_last_error=True)
        except OSError:
            return None
        api.CredReadW.argtypes = (
            ctypes.c_wchar_p,
            _DWORD,
            _DWORD,
            ctypes.POINTER(PCREDENTIALW),
        )
        api.CredReadW.restype = ctypes.c_int
        api.CredWriteW.argtypes = (PCREDENTIALW, _DWORD)
        api.CredWriteW.restype = ctypes.c_int
        api.CredFree.argtypes = (ctypes.c_void_p,)
        api.CredFree.restype = None
        last_error: Callable[[], int] = getattr(ctypes, "get_last_error")  # noqa: B009 (Windows)
        return cls(api, last_error)

    def _failure(self, function: str) -> BackendError:
        return BackendError(f"{function} gaf Windows-foutcode {self._last_error()}")

    def _read(self, target: str) -> _Credential | None:
        found = PCREDENTIALW()
        if not self._api.CredReadW(target, CRED_TYPE_GENERIC, 0, ctypes.byref(found)):
            if self._last_error() == ERROR_NOT_FOUND:
                return None
            raise self._failure("CredReadW")
        try:
            credential = found.contents
            blob = ctypes.string_at(credential.CredentialBlob, credential.CredentialBlobSize)
            user = credential.UserName or ""
        finally:
            self._api.CredFree(found)
        try:
            return _Credential(user, _decode_blob(blob))
        except UnicodeDecodeError:
            raise BackendError(f"de referentie {target} is onleesbaar") from None

    def _write(self, target: str, user: str, secret: str) -> None:
        blob = secret.encode("utf-16-le")
        buffer = (ctypes.c_ubyte * len(blob)).from_buffer_copy(blob)
        credential = CREDENTIALW()
        credential.Type = CRED_TYPE_GENERIC
        credential.TargetName = target
        credential.Comment = COMMENT
        credential.CredentialBlobSize = len(blob)
        credential.CredentialBlob = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ubyte))
        credential.Persist = CRED_PERSIST_ENTERPRISE
        credential.UserName = user
        if not self._api.CredWriteW(ctypes.byref(credential), 0):
            raise self._failure("CredWriteW")

    @staticmethod
    def _compound(service: str, username: str) -> str:
        return f"{username}@{service}"

    def get_password(self, service: str, username: str) -> str | None:
        """As `keyring` finds it: under the service name, or `user@service` when another user
        name holds the service name."""
        found = self._read(service)
        if found is None or found.user != username:
            found = self._read(self._compound(service, username))
        return None if found is None else found.secret

    def set_password(self, service: str, username: str, password: str) -> None:
        existing = self._read(service)
        if existing is not None and existing.user != username:  # keep the other one, as keyring
            self._write(self._compound(service, existing.user), existing.user, existing.secret)
        self._write(service, username, password)


# --------------------------------------------------------------------------- Linux

KEYRING_APPLICATION = "Python keyring library"  # the `application` attribute keyring writes


class SecretServiceCredentials:
    """The Secret Service's default collection (the login keyring) through `secretstorage`."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    @classmethod
    def open(cls) -> SecretServiceCredentials | None:
        """A connection to the Secret Service on the session bus, or None: no bus, no service."""
        try:
            import secretstorage
        except ImportError:
            return None
        try:
            connection = secretstorage.dbus_init()
        except (secretstorage.SecretStorageException, OSError, ValueError):
            return None
        try:
            available = secretstorage.check_service_availability(connection)
        except Exception:  # a bus that answers strangely is no credential store either
            available = False
        if not available:
            connection.close()
            return None
        return cls(connection)

    def _collection(self) -> Any:
        import secretstorage

        collection = secretstorage.get_default_collection(self._connection)
        if collection.is_locked():
            collection.unlock()  # the desktop asks for the user's password
            if collection.is_locked():
                raise BackendError("de sleutelbos is vergrendeld")
        return collection

    def _call(self, action: Callable[[], Any]) -> Any:
        from jeepney.wrappers import DBusErrorResponse  # type: ignore[import-untyped]
        from secretstorage import SecretStorageException

        try:
            return action()
        except (SecretStorageException, DBusErrorResponse, OSError) as exc:
            raise BackendError(str(exc) or type(exc).__name__) from None

    def get_password(self, service: str, username: str) -> str | None:
        def read() -> str | None:
            attributes = {"service": service, "username": username}
            for item in self._collection().search_items(attributes):
                if item.is_locked():
                    item.unlock()
                secret: bytes = item.get_secret()
                return secret.decode("utf-8")
            return None

        result: str | None = self._call(read)
        return result

    def set_password(self, service: str, username: str, password: str) -> None:
        def write() -> None:
            attributes = {
                "application": KEYRING_APPLICATION,
                "service": service,
                "username": username,
            }
            label = f"Password for '{username}' on '{service}'"
            self._collection().create_item(label, attributes, password, replace=True)

        self._call(write)


# --------------------------------------------------------------------------- macOS


def backend_usable(backend: Any) -> bool:
    """Whether a `keyring` backend class can be used here: its `priority` raises (missing
    Windows API, no Secret Service on the bus) or is not positive when it cannot."""
    try:
        priority = backend.priority
    except Exception:  # each backend signals "not here" with its own exception
        return False
    return isinstance(priority, int | float) and priority > 0


class KeyringCredentials:
    """A `keyring` backend (the macOS Keychain), its errors as `BackendError`."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def get_password(self, service: str, username: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            result: str | None = self._backend.get_password(service, username)
        except KeyringError as exc:
            raise BackendError(str(exc)) from None
        return result

    def set_password(self, service: str, username: str, password: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._backend.set_password(service, username, password)
        except KeyringError as exc:
            raise BackendError(str(exc)) from None


def _macos_keychain() -> KeyringCredentials | None:
    try:
        from keyring.backends.macOS import Keyring as backend
    except Exception:  # the package or its platform module is missing
        return None
    if not backend_usable(backend):
        return None
    return KeyringCredentials(backend())  # type: ignore[no-untyped-call]


def platform_backend() -> CredentialBackend | None:
    """This platform's credential store, or None where there is none (a bare Linux machine)."""
    if sys.platform == "win32":
        return WindowsCredentials.open()
    if sys.platform == "darwin":
        return _macos_keychain()
    return SecretServiceCredentials.open()
