"""Signed akkoorden: the installation's Ed25519 key pair, the signed bytes, sign and verify.

Each installation (data directory) has its own key pair, made on first need and kept as
`akkoord-sleutel.pem` next to the database (private, 0600 on POSIX). It is not the database key
of `store/keys.py`. An akkoord signs a statement naming the role, name and moment of the
akkoord, the signer's public key and the SHA-256 of the *signed content* of the gesprek version:
the merged document without the parts that change by signing itself (see `signed_content`).
The format is described in docs/merged-file.md ("Signed akkoorden").
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from jbn_selfscan.domain.dutch_dates import as_utc
from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.guard import redact
from jbn_selfscan.domain.merged import Akkoord, MergedGesprek
from jbn_selfscan.domain.types import Role

KEY_FILE_NAME = "akkoord-sleutel.pem"
STATEMENT_CONTEXT = "jbn-selfscan-akkoord-1"
# Parts of the document that are not signed: they change by signing itself (status, last
# change, the akkoorden) or say nothing about the content (which app wrote it, which format).
UNSIGNED_TOP_LEVEL = ("akkoord", "app_versie", "format_version", "checksum")
UNSIGNED_GESPREK = ("status", "bijgewerkt_op")
FINGERPRINT_GROUPS = 5


class SigningKeyError(UserFacingError):
    """The installation's key file cannot be read or made (Dutch message)."""


# --- keys ------------------------------------------------------------------------------------


def public_key_text(key: Ed25519PublicKey) -> str:
    """The raw 32-byte public key in base64 (44 characters), as the file carries it."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint(public_key: str) -> str:
    """Short grouped hex of the SHA-256 of the raw public key, for comparing by eye or phone:
    five groups of four characters ("3F2A 9C1D 77B0 12EE 5A0C", 80 bits)."""
    try:
        raw = base64.b64decode(public_key, validate=True)
    except (binascii.Error, ValueError):
        raw = public_key.encode("utf-8", "replace")
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[4 * i : 4 * i + 4] for i in range(FINGERPRINT_GROUPS))


class InstallationKey:
    """The key pair of this installation."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public_key = public_key_text(private.public_key())
        self.fingerprint = fingerprint(self.public_key)

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self._private.sign(message)).decode("ascii")


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


def _damaged(path: Path) -> SigningKeyError:
    return SigningKeyError(
        f"De ondertekeningssleutel van deze installatie ({path}) is beschadigd. Zet de "
        "reservekopie van dit bestand terug. Is er geen kopie, verplaats het bestand dan; bij "
        "het volgende akkoord wordt een nieuwe sleutel gemaakt, met een nieuwe vingerafdruk die "
        "je gesprekspartners opnieuw moeten vergelijken."
    )


def load_installation_key(data_dir: Path) -> InstallationKey | None:
    """The key of the installation in `data_dir`, or None when it has none yet."""
    path = key_path(data_dir)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SigningKeyError(
            f"De ondertekeningssleutel {path} kan niet worden gelezen: {exc.strerror or exc}."
        ) from None
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise _damaged(path) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise _damaged(path)
    return InstallationKey(private)


def installation_key(data_dir: Path) -> InstallationKey:
    """The key of the installation in `data_dir`, made (0600 on POSIX) when it has none yet.

    Two processes making one at the same moment agree on one: the file is linked into place
    only when no key exists, otherwise the key already there is used.
    """
    existing = load_installation_key(data_dir)
    if existing is not None:
        return existing
    target = key_path(data_dir)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        handle, temporary = tempfile.mkstemp(
            dir=data_dir, prefix=".akkoord-sleutel.", suffix=".tmp"
        )
        try:
            if os.name == "posix":
                os.fchmod(handle, 0o600)
            with os.fdopen(handle, "wb") as stream:
                stream.write(pem)
                stream.flush()
                os.fsync(stream.fileno())
            try:
                os.link(temporary, target)
            except FileExistsError:
                pass  # another process was first: use its key
            except OSError:
                if not target.exists():
                    os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)
    except OSError as exc:
        raise SigningKeyError(
            f"De ondertekeningssleutel kan niet worden opgeslagen in {data_dir}: "
            f"{exc.strerror or exc}."
        ) from None
    made = load_installation_key(data_dir)
    if made is None:  # pragma: no cover - the file was removed between the two steps
        raise SigningKeyError(f"De ondertekeningssleutel in {data_dir} is verdwenen.")
    return made


# --- the signed bytes ------------------------------------------------------------------------


def canonical_bytes(value: Any) -> bytes:
    """Compact canonical JSON (sorted keys, no whitespace, UTF-8): the checksum's form too."""
    text = json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8")


def _redact_dumped(document: dict[str, Any]) -> None:
    """Apply the export's redaction to a dumped document in place (no length checks)."""
    from jbn_selfscan.exchange.merged_file import free_text_slots

    for slot in free_text_slots(document):
        slot.container[slot.key] = redact(slot.container[slot.key], slot.placeholder)


def signed_content(doc: MergedGesprek) -> dict[str, Any]:
    """What an akkoord covers: the document without `UNSIGNED_TOP_LEVEL` and
    `UNSIGNED_GESPREK`, with free text in its redacted form.

    The redacted form is signed so that one signature holds for both kinds of export (with
    suspected identifiers removed, the default, or kept): redaction is idempotent.
    """
    document = doc.model_dump(mode="json")
    _redact_dumped(document)
    for key in UNSIGNED_TOP_LEVEL:
        document.pop(key, None)
    for key in UNSIGNED_GESPREK:
        document["gesprek"].pop(key, None)
    return document


def content_digest(doc: MergedGesprek) -> str:
    return hashlib.sha256(canonical_bytes(signed_content(doc))).hexdigest()


def _moment_text(moment: dt.datetime) -> str:
    return as_utc(moment).isoformat(timespec="seconds")


def statement_bytes(
    digest: str, *, rol: str, naam: str, op: dt.datetime, sleutel: str, installatie: str
) -> bytes:
    """The bytes an akkoord's signature is made over."""
    return canonical_bytes(
        {
            "context": STATEMENT_CONTEXT,
            "inhoud_sha256": digest,
            "rol": rol,
            "naam": naam,
            "op": _moment_text(op),
            "sleutel": sleutel,
            "installatie": installatie,
        }
    )


def sign_akkoord(
    key: InstallationKey, doc: MergedGesprek, *, rol: str, naam: str, op: dt.datetime
) -> Akkoord:
    """A signed akkoord of `rol`/`naam` at `op` (whole seconds) over the content of `doc`."""
    moment = as_utc(op).replace(microsecond=0)
    message = statement_bytes(
        content_digest(doc),
        rol=rol,
        naam=naam,
        op=moment,
        sleutel=key.public_key,
        installatie=key.fingerprint,
    )
    return Akkoord.model_validate(
        {
            "rol": rol,
            "naam": naam,
            "op": moment,
            "sleutel": key.public_key,
            "handtekening": key.sign(message),
            "installatie": key.fingerprint,
        }
    )


def is_signed_with_key(akkoord: Akkoord) -> bool:
    return akkoord.handtekening is not None and akkoord.sleutel is not None


def verify_akkoord(doc: MergedGesprek, akkoord: Akkoord, digest: str | None = None) -> bool:
    """Whether `akkoord` carries a signature that holds for the content of `doc`.

    False also for an akkoord without signature (never "verified"). `digest` may be passed
    when several akkoorden of one document are checked.
    """
    if akkoord.handtekening is None or akkoord.sleutel is None or akkoord.installatie is None:
        return False
    if akkoord.installatie != fingerprint(akkoord.sleutel):
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(akkoord.sleutel, validate=True)
        )
        signature = base64.b64decode(akkoord.handtekening, validate=True)
    except (binascii.Error, ValueError):
        return False
    message = statement_bytes(
        digest or content_digest(doc),
        rol=akkoord.rol.value,
        naam=akkoord.naam,
        op=akkoord.op,
        sleutel=akkoord.sleutel,
        installatie=akkoord.installatie,
    )
    try:
        public.verify(signature, message)
    except InvalidSignature:
        return False
    return True


# --- how the akkoorden of a document stand ---------------------------------------------------


@dataclass(frozen=True)
class AkkoordState:
    """One akkoord of a document as the screen and the PDF describe it."""

    rol: Role
    naam: str
    ondertekend: bool  # carries a signature that holds for this document
    vingerafdruk: str | None  # of the key it was signed with (where it was given)
    zelfde_installatie: bool  # both akkoorden signed on one installation (a shared laptop)
    text: str  # one Dutch sentence


def describe_akkoorden(doc: MergedGesprek, own_public: str | None = None) -> list[AkkoordState]:
    """Per akkoord: whether its signature holds for `doc`, and where it was given.

    Whether a key belongs to the person is settled on import (trust on first use); this only
    checks the signature against the content and compares the installations.
    """
    if not doc.akkoord:
        return []
    digest = content_digest(doc)
    valid = {a.rol: verify_akkoord(doc, a, digest) for a in doc.akkoord}
    keys = {a.sleutel for a in doc.akkoord if valid[a.rol]}
    shared = len(doc.akkoord) == 2 and all(valid.values()) and len(keys) == 1
    states = []
    for akkoord in doc.akkoord:
        fp = fingerprint(akkoord.sleutel) if valid[akkoord.rol] and akkoord.sleutel else None
        if fp is None:
            text = (
                "handtekening klopt niet bij de inhoud"
                if is_signed_with_key(akkoord)
                else "niet ondertekend met sleutel"
            )
        elif own_public is not None and akkoord.sleutel == own_public:
            text = f"ondertekend op deze installatie (vingerafdruk {fp})"
        else:
            text = f"ondertekend op de installatie met vingerafdruk {fp}"
        if shared:
            text += "; beide akkoorden zijn op dezelfde installatie gegeven"
        states.append(AkkoordState(akkoord.rol, akkoord.naam, fp is not None, fp, shared, text))
    return states
