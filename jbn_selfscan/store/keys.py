"""Where the database key lives, and the recovery code that stands in for it.

- A random 256-bit key, made at the first start (`secrets.token_bytes`).
- Kept in the operating system's credential store for this user (`store/credentials.py`:
  Windows Credential Manager, macOS Keychain, Secret Service). Where no usable store exists (a
  bare Linux machine, CI) the key is kept deliberately in a file that only the user can read,
  in the user's configuration folder, and the app warns about it.
- `JBN_SELFSCAN_KEY_FILE` (or `--sleutelbestand`) names a key file instead: tests, headless use.
- Once a key file exists in the configuration folder it is used without asking the
  credential store again.
- The app's start-up looks the key up in a background thread (`KeyLookup`), started before Qt
  is imported, so the import of the backend and the round trip to the credential store overlap
  the start instead of adding to it (docs/benchmarks.md).
- The recovery code is the key itself in base32 with a 3-byte checksum, in groups of four
  characters; shown once when the key is made, accepted when the key is gone.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.paths import create_private_file, make_private_dir
from jbn_selfscan.store.cipher import KEY_BYTES
from jbn_selfscan.store.credentials import BackendError, CredentialBackend
from jbn_selfscan.store.credentials import backend_usable as backend_usable
from jbn_selfscan.store.credentials import platform_backend as platform_backend

ENV_KEY_FILE = "JBN_SELFSCAN_KEY_FILE"
KEYRING_SERVICE = "JBN Zelfscan"
KEYRING_USER = "databasesleutel"
KEY_FILE_NAME = "databasesleutel"
CHECK_BYTES = 3
GROUP = 4

FILE_WARNING = (
    "Deze computer heeft geen sleutelbeheer (zoals Windows Referentiebeheer of de macOS-"
    "sleutelhanger). De sleutel van de database staat daarom in het bestand {path}, dat alleen "
    "u kunt lezen. Bewaar de herstelcode goed."
)


class KeyStoreError(UserFacingError):
    """A key or recovery code problem, explained in Dutch."""


class RecoveryCodeError(KeyStoreError):
    """The recovery code is mistyped or does not fit."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def recovery_code(key: bytes) -> str:
    """The key as groups of four characters (A-Z, 2-7) ending in a checksum."""
    check = hashlib.sha256(key).digest()[:CHECK_BYTES]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def key_from_recovery_code(code: str) -> bytes:
    """The key in a recovery code; spaces, dashes, case and 0/1/8 for O/I/B are forgiven."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.translate(str.maketrans("018", "OIB"))
    expected = len(recovery_code(bytes(KEY_BYTES)).replace("-", ""))
    if len(text) != expected:
        raise RecoveryCodeError(
            f"De herstelcode heeft {expected} tekens (zonder streepjes); er zijn er {len(text)} "
            "ingevoerd. Controleer de code."
        )
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise RecoveryCodeError(
            "De herstelcode bevat tekens die er niet in horen. Controleer de code."
        ) from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:CHECK_BYTES] != check:
        raise RecoveryCodeError("De herstelcode klopt niet (tikfout?). Controleer de code.")
    return key


@dataclass(frozen=True)
class KeyStore:
    """One place for the key: a file (`file` set) or the credential store."""

    file: Path | None
    warning: str | None = None
    # The credential store found by `choose_store` (None: found again when needed).
    backend: CredentialBackend | None = field(default=None, compare=False, repr=False)

    @property
    def description(self) -> str:
        return f"bestand {self.file}" if self.file else "sleutelbeheer van het systeem"

    def load(self) -> bytes | None:
        if self.file is not None:
            return _read_key_file(self.file)
        try:
            stored = self._backend().get_password(KEYRING_SERVICE, KEYRING_USER)
        except BackendError as exc:
            raise KeyStoreError(f"Het sleutelbeheer van het systeem gaf een fout: {exc}.") from None
        if stored is None:
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise KeyStoreError("De databasesleutel in het sleutelbeheer is onleesbaar.")
        return key

    def save(self, key: bytes) -> None:
        if self.file is not None:
            _write_key_file(self.file, key)
            return
        try:
            self._backend().set_password(KEYRING_SERVICE, KEYRING_USER, key.hex())
        except BackendError as exc:
            raise KeyStoreError(
                f"De sleutel kon niet in het sleutelbeheer worden bewaard: {exc}."
            ) from None

    def _backend(self) -> CredentialBackend:
        backend = self.backend or platform_backend()
        if backend is None:
            raise KeyStoreError("Het sleutelbeheer van het systeem is niet (meer) beschikbaar.")
        return backend


def _read_key_file(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyStoreError(f"Het sleutelbestand {path} kan niet worden gelezen ({exc}).") from None
    if not text:
        return None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyStoreError(f"Het sleutelbestand {path} bevat geen geldige sleutel.")
    return key


def _write_key_file(path: Path, key: bytes) -> None:
    """Write the key (hex) to `path`, mode 0600, replacing it atomically."""
    try:
        make_private_dir(path.parent, tighten_existing=False)
        tmp = path.with_name(path.name + ".part")
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(key.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except OSError as exc:
        raise KeyStoreError(
            f"Het sleutelbestand {path} kan niet worden geschreven ({exc.strerror or exc})."
        ) from None


def default_key_file() -> Path:
    from platformdirs import user_config_dir

    folder = user_config_dir("JBN Zelfscan", "Jeugdbescherming Noord", roaming=False)
    return Path(folder) / KEY_FILE_NAME


def choose_store(key_file: str | os.PathLike[str] | None = None) -> KeyStore:
    """The key file named (`--sleutelbestand`), then the environment variable, then the
    credential store, then a private file in the configuration folder."""
    named = key_file or os.environ.get(ENV_KEY_FILE)
    if named:
        return KeyStore(Path(named).expanduser())
    path = default_key_file()
    warned = KeyStore(path, warning=FILE_WARNING.format(path=path))
    if path.exists():  # put there at a start without a credential store: no need to look
        return warned
    backend = platform_backend()
    return warned if backend is None else KeyStore(None, backend=backend)


class KeyLookup:
    """`choose_store(key_file)` and its stored key, looked up in a background thread.

    Started early in the app's start-up, before Qt is imported: importing the store's library
    and asking the credential store (D-Bus, the Credential Manager, the Keychain) then overlap
    the rest of the start. `result()` waits for it and raises what the lookup raised.
    """

    def __init__(self, key_file: str | os.PathLike[str] | None = None) -> None:
        self.key_file = key_file
        self._result: tuple[KeyStore, bytes | None] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="jbn-sleutel", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            store = choose_store(self.key_file)
            self._result = (store, store.load())
        except BaseException as exc:  # handed to the thread that asks for the result
            self._error = exc

    def result(self) -> tuple[KeyStore, bytes | None]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
