"""Password encryption of an exported file: AES-256-GCM with an Argon2id key."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jbn_selfscan.exchange import crypto
from jbn_selfscan.exchange.crypto import (
    MAGIC,
    DamagedEnvelopeError,
    EmptyPasswordError,
    Kdf,
    KdfParams,
    WrongPasswordError,
    decrypt,
    encrypt,
    encrypt_with_params,
    is_encrypted,
)

PLAINTEXT = '{"gesprek": "Zoë, één caseloadgesprek"}\n'.encode()


@pytest.fixture(scope="module")
def blob() -> bytes:
    return encrypt(PLAINTEXT, "Lente-2026!")


def test_round_trip(blob: bytes) -> None:
    assert decrypt(blob, "Lente-2026!") == PLAINTEXT


def test_encrypted_file_is_recognised_and_hides_the_content(blob: bytes) -> None:
    assert is_encrypted(blob)
    assert not is_encrypted(PLAINTEXT)
    assert b"caseloadgesprek" not in blob


def test_uses_argon2id_with_recorded_parameters(blob: bytes) -> None:
    assert crypto.argon2id_available()
    assert blob[len(MAGIC) + 1] == Kdf.ARGON2ID


def test_same_input_encrypts_differently_each_time(blob: bytes) -> None:
    assert encrypt(PLAINTEXT, "Lente-2026!") != blob  # fresh salt and nonce


def test_wrong_password_is_refused_in_dutch(blob: bytes) -> None:
    with pytest.raises(WrongPasswordError) as caught:
        decrypt(blob, "lente-2026!")
    assert "wachtwoord klopt niet" in caught.value.message_nl


@pytest.mark.parametrize("position", [-1, -20, 45, 30], ids=["tag", "ciphertext", "nonce", "salt"])
def test_tampered_blob_is_refused(blob: bytes, position: int) -> None:
    tampered = bytearray(blob)
    tampered[position] ^= 0x01
    with pytest.raises(WrongPasswordError):
        decrypt(bytes(tampered), "Lente-2026!")


def test_changed_kdf_parameter_is_refused(blob: bytes) -> None:
    tampered = bytearray(blob)
    tampered[17] ^= 0x03  # iterations 1 -> 2: still acceptable, but authenticated as header
    with pytest.raises(WrongPasswordError):
        decrypt(bytes(tampered), "Lente-2026!")


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b[:40],  # truncated header
        lambda b: b[:8] + b"\x07" + b[9:],  # unknown envelope version
        lambda b: b[:9] + b"\x09" + b[10:],  # unknown KDF
        lambda b: b[:10] + (2**31).to_bytes(4, "big") + b[14:],  # 2 TiB of memory asked
        lambda b: b[:14] + (10_000).to_bytes(4, "big") + b[18:],  # 10,000 passes asked
    ],
    ids=["truncated", "version", "kdf", "memory", "iterations"],
)
def test_damaged_or_hostile_header_is_refused_without_deriving(
    blob: bytes, mutate: Callable[[bytes], bytes]
) -> None:
    with pytest.raises(DamagedEnvelopeError) as caught:
        decrypt(mutate(blob), "Lente-2026!")
    assert caught.value.message_nl


def test_empty_password_is_refused() -> None:
    with pytest.raises(EmptyPasswordError):
        encrypt(PLAINTEXT, "")


def test_password_is_unicode_normalised() -> None:
    composed, decomposed = "wachtwoord-\u00eb", "wachtwoord-e\u0308"
    blob = encrypt_with_params(PLAINTEXT, composed, KdfParams(Kdf.ARGON2ID, a=1024, b=1, c=1))
    assert decrypt(blob, decomposed) == PLAINTEXT


def test_scrypt_envelopes_can_be_read() -> None:
    blob = encrypt_with_params(PLAINTEXT, "geheim", KdfParams(Kdf.SCRYPT, a=12, b=8, c=1))
    assert decrypt(blob, "geheim") == PLAINTEXT
    with pytest.raises(WrongPasswordError):
        decrypt(blob, "Geheim")
