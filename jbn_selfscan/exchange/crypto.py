"""Optional password encryption of an exported file (AES-256-GCM, key from Argon2id).

Envelope (all integers big-endian), documented in docs/merged-file.md:

    offset  size  field
    0       8     magic b"JBNZSENC"
    8       1     envelope version (1)
    9       1     KDF: 1 = Argon2id, 2 = scrypt
    10      4     Argon2id: memory cost in KiB   | scrypt: log2(n)
    14      4     Argon2id: iterations           | scrypt: r
    18      4     Argon2id: lanes (parallelism)  | scrypt: p
    22      1     salt length (16)
    23      16    salt
    39      12    AES-GCM nonce
    51      ...   ciphertext followed by the 16-byte GCM tag

The 51-byte header is the GCM associated data, so changing any parameter is detected. The
password is NFC-normalised and UTF-8 encoded before key derivation.
"""

from __future__ import annotations

import functools
import os
import struct
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from jbn_selfscan.domain.errors import UserFacingError

MAGIC = b"JBNZSENC"
ENVELOPE_VERSION = 1
SALT_LENGTH = 16
NONCE_LENGTH = 12
TAG_LENGTH = 16
KEY_LENGTH = 32

_HEADER = struct.Struct(">8sBBIIIB")
_HEADER_LENGTH = _HEADER.size + SALT_LENGTH + NONCE_LENGTH


class Kdf(IntEnum):
    ARGON2ID = 1
    SCRYPT = 2


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Key-derivation settings; the three numbers mean different things per KDF (see above)."""

    kdf: Kdf
    a: int
    b: int
    c: int


# 64 MiB, 1 pass, 1 lane: above OWASP's minimum (46 MiB, 1 pass), about 0.13 s per derivation
# on the development machine, so encrypt + decrypt stays well under a second even under load.
ARGON2ID_DEFAULT = KdfParams(Kdf.ARGON2ID, a=64 * 1024, b=1, c=1)
# Used only when this build of `cryptography` lacks Argon2id: n = 2**15, r = 8, p = 1 (32 MiB).
SCRYPT_DEFAULT = KdfParams(Kdf.SCRYPT, a=15, b=8, c=1)

# Upper bounds accepted when decrypting, so a hostile file cannot demand hours or gigabytes.
_ARGON2ID_MAX = (256 * 1024, 10, 16)
_SCRYPT_MAX = (18, 16, 4)


class CryptoError(UserFacingError, ValueError):
    """Encryption or decryption failed; `message_nl` says why, in Dutch, for the user."""

    def __init__(self, message_nl: str) -> None:
        super().__init__(message_nl)


class WrongPasswordError(CryptoError):
    """The password does not open the file, or the encrypted content was changed."""


class DamagedEnvelopeError(CryptoError):
    """The data starts like an encrypted file but its header is broken or unsupported."""


class EmptyPasswordError(CryptoError):
    """An empty password was given."""


_WRONG_PASSWORD_NL = (
    "Het wachtwoord klopt niet, of het versleutelde bestand is beschadigd of gewijzigd."
)


def is_encrypted(blob: bytes) -> bool:
    """Does `blob` start like an encrypted file made by `encrypt`?"""
    return blob.startswith(MAGIC)


def _password_bytes(password: str) -> bytes:
    if not password:
        raise EmptyPasswordError("Vul een wachtwoord in; een leeg wachtwoord is niet toegestaan.")
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    secret = _password_bytes(password)
    if params.kdf is Kdf.ARGON2ID:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=salt,
            length=KEY_LENGTH,
            iterations=params.b,
            lanes=params.c,
            memory_cost=params.a,
        ).derive(secret)
    return Scrypt(salt=salt, length=KEY_LENGTH, n=2**params.a, r=params.b, p=params.c).derive(
        secret
    )


@functools.cache
def argon2id_available() -> bool:
    """Does the installed `cryptography` (and its OpenSSL) offer Argon2id?"""
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * SALT_LENGTH, length=KEY_LENGTH, iterations=1, lanes=1, memory_cost=8)
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def encrypt(plaintext: bytes, password: str) -> bytes:
    """Encrypt with a fresh random salt and nonce (Argon2id, or scrypt when unavailable)."""
    params = ARGON2ID_DEFAULT if argon2id_available() else SCRYPT_DEFAULT
    return encrypt_with_params(plaintext, password, params)


def encrypt_with_params(plaintext: bytes, password: str, params: KdfParams) -> bytes:
    """`encrypt` with explicit KDF settings (tests, and a future change of defaults)."""
    _password_bytes(password)  # refuse an empty password before spending time
    salt = os.urandom(SALT_LENGTH)
    nonce = os.urandom(NONCE_LENGTH)
    header = (
        _HEADER.pack(MAGIC, ENVELOPE_VERSION, params.kdf, params.a, params.b, params.c, SALT_LENGTH)
        + salt
        + nonce
    )
    key = _derive_key(password, salt, params)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def _parse_header(blob: bytes) -> tuple[KdfParams, bytes, bytes]:
    damaged = "Het versleutelde bestand is beschadigd (de kop van het bestand klopt niet)."
    if not is_encrypted(blob) or len(blob) < _HEADER_LENGTH + TAG_LENGTH:
        raise DamagedEnvelopeError(damaged)
    _magic, version, kdf_id, a, b, c, salt_length = _HEADER.unpack_from(blob)
    if version != ENVELOPE_VERSION:
        raise DamagedEnvelopeError(
            f"Dit versleutelde bestand gebruikt versie {version} van de versleuteling; deze "
            f"versie van de app kent alleen versie {ENVELOPE_VERSION}. Werk de app bij."
        )
    if kdf_id not in (Kdf.ARGON2ID, Kdf.SCRYPT) or salt_length != SALT_LENGTH:
        raise DamagedEnvelopeError(damaged)
    params = KdfParams(Kdf(kdf_id), a, b, c)
    if not _params_acceptable(params):
        raise DamagedEnvelopeError(
            "Het versleutelde bestand vraagt om instellingen die deze app niet accepteert."
        )
    salt = blob[_HEADER.size : _HEADER.size + SALT_LENGTH]
    nonce = blob[_HEADER.size + SALT_LENGTH : _HEADER_LENGTH]
    return params, salt, nonce


def _params_acceptable(params: KdfParams) -> bool:
    if params.kdf is Kdf.ARGON2ID:
        max_memory, max_iterations, max_lanes = _ARGON2ID_MAX
        return (
            1 <= params.c <= max_lanes
            and 1 <= params.b <= max_iterations
            and 8 * params.c <= params.a <= max_memory
        )
    max_log_n, max_r, max_p = _SCRYPT_MAX
    return 1 <= params.a <= max_log_n and 1 <= params.b <= max_r and 1 <= params.c <= max_p


def decrypt(blob: bytes, password: str) -> bytes:
    """Decrypt a blob made by `encrypt`.

    Raises:
        EmptyPasswordError: `password` is empty.
        DamagedEnvelopeError: the header is broken, of an unknown version, or asks for
            KDF settings outside the accepted bounds.
        WrongPasswordError: the password is wrong or the content was changed (AES-GCM cannot
            tell these apart).
    """
    _password_bytes(password)
    params, salt, nonce = _parse_header(blob)
    if params.kdf is Kdf.ARGON2ID and not argon2id_available():
        raise DamagedEnvelopeError(
            "Dit bestand is versleuteld met Argon2id, maar deze installatie kan dat niet openen."
        )
    key = _derive_key(password, salt, params)
    try:
        return AESGCM(key).decrypt(nonce, blob[_HEADER_LENGTH:], blob[:_HEADER_LENGTH])
    except InvalidTag:
        raise WrongPasswordError(_WRONG_PASSWORD_NL) from None
