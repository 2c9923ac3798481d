"""The merged caseloadgesprek file: canonical JSON with a checksum, optionally encrypted.

Format documented in docs/merged-file.md. Writing: model -> (redaction) -> canonical JSON
with checksum -> schema check -> (encryption) -> atomic write. Reading refuses bad input in a
fixed order (size, encryption, JSON, format name, format version, schema, checksum, model) and
raises a `MergedFileError` subclass with a Dutch message for the first problem found.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import importlib.resources
import itertools
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from pydantic import BaseModel
from pydantic import ValidationError as ModelValidationError

from jbn_selfscan.domain.dutch_dates import as_utc
from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.guard import (
    REDACTED,
    SHORT_REDACTED,
    Finding,
    find_identifiers,
    redact,
)
from jbn_selfscan.domain.merged import (
    FORMAT_NAME,
    FORMAT_VERSION,
    READABLE_FORMAT_VERSIONS,
    MergedGesprek,
)
from jbn_selfscan.exchange import crypto
from jbn_selfscan.exchange.files import json_path, schema_problem_nl
from jbn_selfscan.exchange.safe_json import UntrustedFileError, load_untrusted_json, shown_name
from jbn_selfscan.paths import atomic_write

SCHEMA_FILE_NAME = "caseloadgesprek.schema.json"
SCHEMA_ID = "https://jbn-zelfscan.invalid/schemas/caseloadgesprek-2.schema.json"
SUPPORTED_FORMAT_VERSIONS = READABLE_FORMAT_VERSIONS
CHECKSUM_ALGORITHM = "sha256"
MAX_FILE_BYTES = 5_000_000
# Values the app can store, compute deadlines with and print. A version of 2^63 does not fit a
# database integer; a moment in year 1 or 9999 leaves the calendar once its offset is applied.
MAX_FILE_INTEGER = 1_000_000_000
MIN_FILE_YEAR = 1900
MAX_FILE_YEAR = 2199
_MAX_PROBLEMS_SHOWN = 3


# --- errors ----------------------------------------------------------------------------------


class MergedFileError(UserFacingError):
    """A merged file could not be read or written; `message_nl` says why, in Dutch."""

    def __init__(self, message_nl: str) -> None:
        super().__init__(message_nl)


class FileAccessError(MergedFileError):
    """The file cannot be opened, read or saved."""


class FileTooLargeError(MergedFileError):
    """The file is larger than the limit."""


class PasswordRequiredError(MergedFileError):
    """The file is encrypted and no password was given."""


class WrongPasswordError(MergedFileError, crypto.WrongPasswordError):
    """The password is wrong, or the encrypted content was changed."""


class DamagedEncryptionError(MergedFileError, crypto.CryptoError):
    """The file looks encrypted but its envelope is broken or unsupported."""


class InvalidJsonError(MergedFileError, UntrustedFileError):
    """The content is not acceptable JSON (see `safe_json`)."""


class WrongFormatError(MergedFileError):
    """The JSON is not a caseloadgesprek file."""


class UnsupportedVersionError(MergedFileError):
    """The file has a `format_version` this app cannot read."""


class SchemaViolationError(MergedFileError):
    """The file does not match the JSON schema."""


class ChecksumMismatchError(MergedFileError):
    """The checksum does not match the content."""


class InvalidContentError(MergedFileError):
    """The content matches the schema but is still not valid (e.g. an impossible date)."""


class ExportError(MergedFileError):
    """The file could not be produced or saved."""


class ExportSchemaError(RuntimeError):
    """An export did not match the shipped schema: a programming error, never user input."""


# --- schema ----------------------------------------------------------------------------------

_CHECKSUM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "SHA-256 over the canonical form of the document without this key.",
    "additionalProperties": False,
    "required": ["algorithm", "value"],
    "properties": {
        "algorithm": {"const": CHECKSUM_ALGORITHM},
        "value": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    },
}


def build_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the file, generated from `MergedGesprek`."""
    generated = MergedGesprek.model_json_schema(mode="validation")
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"JBN Zelfscan caseloadgesprek (formaatversie {FORMAT_VERSION})",
        "description": (
            "Merged caseloadgesprek file: zelfscan per client plus the afspraken, acties and "
            "sign-off of the gesprek. See docs/merged-file.md."
        ),
    }
    schema.update({k: v for k, v in generated.items() if k not in ("title", "description")})
    schema["properties"] = {**generated["properties"], "checksum": _CHECKSUM_SCHEMA}
    required = [*generated.get("required", []), "format", "format_version", "checksum"]
    schema["required"] = list(dict.fromkeys(required))
    schema["additionalProperties"] = False
    for definition in schema.get("$defs", {}).values():
        if definition.get("type") == "object":
            definition["additionalProperties"] = False
    return schema


def schema_text(schema: dict[str, Any]) -> str:
    """How the schema file is written (also used by tools/generate_schema.py)."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@functools.cache
def shipped_schema() -> dict[str, Any]:
    """The schema file shipped in the package."""
    resource = importlib.resources.files("jbn_selfscan.exchange").joinpath(SCHEMA_FILE_NAME)
    loaded: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(shipped_schema())


# --- canonical form and checksum -------------------------------------------------------------


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """Compact canonical JSON: sorted keys, no whitespace, UTF-8, non-ASCII unescaped."""
    text = json.dumps(
        document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8")


def compute_checksum(document: dict[str, Any]) -> str:
    """Hex SHA-256 of the canonical form of `document` without its `checksum` key."""
    body = {key: value for key, value in document.items() if key != "checksum"}
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


# --- free text and redaction -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FreeTextFinding:
    """A suspected identifier in one free-text field of a document."""

    path: str  # where it sits in the file, e.g. "clients[2].scan.antwoorden[0].toelichting"
    plaats: str  # Dutch description for the user, e.g. "toelichting bij nav-01 (OTS-2025-0412)"
    finding: Finding


@dataclass(frozen=True, slots=True)
class _Slot:
    path: str
    plaats: str
    container: dict[str, Any]
    key: str
    placeholder: str = REDACTED


_CLIENT_TEXTS = {"regio": "regio", "team": "team", "contactpersoon": "contactpersoon"}


def free_text_slots(document: dict[str, Any]) -> Iterator[_Slot]:
    """Every free-text field of a dumped document that may hold typed-in identifiers."""
    gesprek = document["gesprek"]
    yield _Slot("gesprek.opmerkingen", "opmerkingen bij het gesprek", gesprek, "opmerkingen")
    yield _Slot(
        "gesprek.bespreekpunten_algemeen",
        "algemene bespreekpunten",
        gesprek,
        "bespreekpunten_algemeen",
    )
    yield _Slot("gesprek.wijzigingsreden", "reden van de wijziging", gesprek, "wijzigingsreden")
    if gesprek.get("praktijkbegeleider") is not None:
        yield _Slot(
            "gesprek.praktijkbegeleider.naam",
            "naam van de praktijkbegeleider",
            gesprek["praktijkbegeleider"],
            "naam",
            SHORT_REDACTED,
        )
    for i, client in enumerate(document["clients"]):
        ref = client["referentie"]
        for key, plaats in _CLIENT_TEXTS.items():
            yield _Slot(f"clients[{i}].{key}", f"{plaats} ({ref})", client, key, SHORT_REDACTED)
        scan = client["scan"]
        if scan is None:
            continue
        prefix = f"clients[{i}].scan"
        yield _Slot(f"{prefix}.bespreekpunten", f"bespreekpunten ({ref})", scan, "bespreekpunten")
        for j, antwoord in enumerate(scan["antwoorden"]):
            item = antwoord["item_id"]
            where = f"{prefix}.antwoorden[{j}]"
            yield _Slot(
                f"{where}.toelichting", f"toelichting bij {item} ({ref})", antwoord, "toelichting"
            )
            if antwoord["waarde"] is not None:
                yield _Slot(f"{where}.waarde", f"antwoord bij {item} ({ref})", antwoord, "waarde")
    for k, afspraak in enumerate(document["afspraken"]):
        yield _Slot(f"afspraken[{k}].tekst", f"afspraak {k + 1}", afspraak, "tekst")
    for k, actie in enumerate(document["acties"]):
        yield _Slot(f"acties[{k}].omschrijving", f"actie {k + 1}", actie, "omschrijving")
        yield _Slot(
            f"acties[{k}].eigenaar_naam",
            f"eigenaar van actie {k + 1}",
            actie,
            "eigenaar_naam",
            SHORT_REDACTED,
        )
        yield _Slot(
            f"acties[{k}].status_toelichting",
            f"toelichting bij de status van actie {k + 1}",
            actie,
            "status_toelichting",
        )


def find_identifiers_in(doc: MergedGesprek) -> list[FreeTextFinding]:
    """Suspected identifiers in the free-text fields, to show before asking to keep them."""
    return [
        FreeTextFinding(slot.path, slot.plaats, finding)
        for slot in free_text_slots(doc.model_dump(mode="json"))
        for finding in find_identifiers(slot.container[slot.key])
    ]


def redact_free_text(doc: MergedGesprek) -> MergedGesprek:
    """A copy of `doc` with suspected identifiers in free text replaced by a placeholder.

    Raises:
        ExportError: a text became longer than its field allows (the placeholder is longer
            than what it replaces).
    """
    document = doc.model_dump(mode="json")
    places: dict[str, str] = {}
    for slot in free_text_slots(document):
        slot.container[slot.key] = redact(slot.container[slot.key], slot.placeholder)
        places[slot.path] = slot.plaats
    try:
        return MergedGesprek.model_validate(document)
    except ModelValidationError as exc:
        path = json_path(exc.errors()[0]["loc"])
        raise ExportError(
            f"Na het weglaten van mogelijk identificerende gegevens is de tekst bij "
            f"{places.get(path, path)} te lang geworden. Kort de tekst in en exporteer opnieuw."
        ) from exc


# --- writing ---------------------------------------------------------------------------------


def to_json_bytes(doc: MergedGesprek, *, redact_identifiers: bool = True) -> bytes:
    """The file content: canonical JSON (sorted keys, 2-space indent, UTF-8) with checksum.

    Pass `redact_identifiers=False` only after the user explicitly chose to keep suspected
    identifiers in the free text.

    Raises:
        ExportError: redaction made a text too long for its field.
        ExportSchemaError: the result does not match the shipped schema (a bug).
    """
    if redact_identifiers:
        doc = redact_free_text(doc)
    document = doc.model_dump(mode="json")
    document["format_version"] = FORMAT_VERSION  # a document read from an older file
    document["checksum"] = {"algorithm": CHECKSUM_ALGORITHM, "value": compute_checksum(document)}
    problems = list(itertools.islice(_validator().iter_errors(document), _MAX_PROBLEMS_SHOWN))
    if problems:
        details = "; ".join(f"{json_path(p.absolute_path)}: {p.message}" for p in problems)
        raise ExportSchemaError(f"export does not match {SCHEMA_FILE_NAME}: {details}")
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_merged_file(
    doc: MergedGesprek,
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    redact_identifiers: bool = True,
) -> None:
    """Export `doc` to `path` atomically, encrypted when a password is given.

    Raises:
        ExportError: the password is empty, redaction made a text too long, or the file
            cannot be saved.
    """
    target = Path(path)
    data = to_json_bytes(doc, redact_identifiers=redact_identifiers)
    if password is not None:
        try:
            data = crypto.encrypt(data, password)
        except crypto.CryptoError as exc:
            raise ExportError(exc.message_nl) from exc
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise ExportError(
            f"Het bestand kon niet worden opgeslagen als {target}: {exc.strerror or exc}."
        ) from exc


# --- reading ---------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


def _too_large(size: int, max_bytes: int) -> FileTooLargeError:
    return FileTooLargeError(
        f"Het bestand is te groot ({_megabytes(size)} MB; maximaal {_megabytes(max_bytes)} MB)."
    )


def read_merged_file(
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> MergedGesprek:
    """Read and check a merged file (see `parse_merged_bytes` for the checks and errors)."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes)
        with source.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise FileAccessError(f"Het bestand {source} bestaat niet (meer).") from exc
    except OSError as exc:
        raise FileAccessError(
            f"Het bestand {source} kan niet worden geopend: {exc.strerror or exc}."
        ) from exc
    return parse_merged_bytes(data, password=password, max_bytes=max_bytes)


def parse_merged_bytes(
    data: bytes, *, password: str | None = None, max_bytes: int = MAX_FILE_BYTES
) -> MergedGesprek:
    """Check `data` in a fixed order and return the document.

    Order: size, encryption (password needed?), JSON, `format`, `format_version`, JSON schema,
    checksum, model validation. The checklist version is the caller's concern.

    Raises:
        MergedFileError: a subclass naming the first problem, with a Dutch `message_nl`.
    """
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if crypto.is_encrypted(data):
        data = _decrypt(data, password)
    try:
        document = load_untrusted_json(data, max_bytes=max_bytes)
    except UntrustedFileError as exc:
        raise InvalidJsonError(exc.message_nl) from exc
    _check_format(document)
    _check_schema(document)
    _check_checksum(document)
    body = {key: value for key, value in document.items() if key != "checksum"}
    try:
        doc = MergedGesprek.model_validate(body)
    except ModelValidationError as exc:
        raise InvalidContentError(_model_problems_nl(exc)) from exc
    _check_extremes(doc)
    return doc


def _check_extremes(doc: MergedGesprek) -> None:
    """Refuse numbers and moments outside what the app can store and compute with."""
    problems = list(itertools.islice(_extreme_values(doc, ()), _MAX_PROBLEMS_SHOWN + 1))
    if not problems:
        return
    shown = problems[:_MAX_PROBLEMS_SHOWN]
    more = " (en meer)" if len(problems) > _MAX_PROBLEMS_SHOWN else ""
    raise InvalidContentError(
        "De inhoud van het bestand klopt niet: " + "; ".join(shown) + more + "."
    )


def _extreme_values(value: object, path: tuple[str | int, ...]) -> Iterator[str]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _extreme_values(getattr(value, name), (*path, name))
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _extreme_values(item, (*path, index))
    elif isinstance(value, bool):
        return
    elif isinstance(value, int):
        if not -MAX_FILE_INTEGER <= value <= MAX_FILE_INTEGER:
            shown = (
                _short(str(value)) if value < 10**15 else f"een getal van {len(str(value))} cijfers"
            )
            yield f"{json_path(path)} is te groot ({shown}; hooguit {MAX_FILE_INTEGER:,})".replace(
                ",", "."
            )
    elif isinstance(value, dt.datetime):
        try:
            moment = as_utc(value)
        except (OverflowError, ValueError):
            moment = None
        if moment is None or not MIN_FILE_YEAR <= moment.year <= MAX_FILE_YEAR:
            yield f"{json_path(path)} ligt buiten {MIN_FILE_YEAR}–{MAX_FILE_YEAR}"
    elif isinstance(value, dt.date) and not MIN_FILE_YEAR <= value.year <= MAX_FILE_YEAR:
        yield f"{json_path(path)} ligt buiten {MIN_FILE_YEAR}–{MAX_FILE_YEAR}"


def _decrypt(data: bytes, password: str | None) -> bytes:
    if password is None:
        raise PasswordRequiredError(
            "Dit bestand is versleuteld. Vul het wachtwoord in om het te openen."
        )
    try:
        return crypto.decrypt(data, password)
    except crypto.WrongPasswordError as exc:
        raise WrongPasswordError(exc.message_nl) from exc
    except crypto.CryptoError as exc:
        raise DamagedEncryptionError(exc.message_nl) from exc


def _check_format(document: Any) -> None:
    not_ours = "Dit bestand is geen caseloadgesprek-bestand van JBN Zelfscan"
    if not isinstance(document, dict):
        raise WrongFormatError(f"{not_ours}.")
    name = document.get("format")
    if name != FORMAT_NAME:
        found = f" (formaat: {shown_name(name)})" if isinstance(name, str) else ""
        raise WrongFormatError(f"{not_ours}{found}.")
    if "format_version" not in document:
        raise UnsupportedVersionError("Het bestand vermeldt geen formaatversie (format_version).")
    version = document["format_version"]
    if type(version) is int and version in SUPPORTED_FORMAT_VERSIONS:
        return
    readable = " en ".join(str(v) for v in SUPPORTED_FORMAT_VERSIONS)
    if type(version) is int and version > max(SUPPORTED_FORMAT_VERSIONS):
        raise UnsupportedVersionError(
            f"Dit bestand heeft formaatversie {_short(str(version))}; deze versie van "
            f"JBN Zelfscan leest alleen formaatversie {readable}. Het bestand is waarschijnlijk "
            "gemaakt met een nieuwere versie van de app: werk JBN Zelfscan bij om het te openen."
        )
    shown = _short(str(version)) if type(version) is int else shown_name(json.dumps(version))
    raise UnsupportedVersionError(
        f"Dit bestand heeft een onbekende formaatversie ({shown}); deze versie van "
        f"JBN Zelfscan leest alleen formaatversie {readable}."
    )


def _short(text: str) -> str:
    return text if len(text) <= 12 else text[:10] + "…"


def _check_schema(document: dict[str, Any]) -> None:
    errors = list(itertools.islice(_validator().iter_errors(document), _MAX_PROBLEMS_SHOWN + 1))
    if not errors:
        return
    shown = [schema_problem_nl(error) for error in errors[:_MAX_PROBLEMS_SHOWN]]
    more = " (en meer)" if len(errors) > _MAX_PROBLEMS_SHOWN else ""
    raise SchemaViolationError(
        "Het bestand past niet in het formaat van een caseloadgesprek: "
        + "; ".join(shown)
        + more
        + "."
    )


def _check_checksum(document: dict[str, Any]) -> None:
    expected = document["checksum"]["value"]
    if not hmac.compare_digest(compute_checksum(document).encode(), expected.encode()):
        raise ChecksumMismatchError(
            "Het bestand is na het exporteren gewijzigd of beschadigd (controlegetal klopt niet)."
        )


# --- Dutch problem descriptions --------------------------------------------------------------

_MODEL_PROBLEMS_NL = {
    "missing": "ontbreekt",
    "extra_forbidden": "is een onbekend veld",
    "string_too_long": "is te lang",
    "string_too_short": "mag niet leeg zijn",
    "date_from_datetime_parsing": "is geen geldige datum",
    "date_parsing": "is geen geldige datum",
    "date_type": "is geen geldige datum",
    "datetime_from_date_parsing": "is geen geldig tijdstip",
    "datetime_parsing": "is geen geldig tijdstip",
    "datetime_type": "is geen geldig tijdstip",
    "too_long": "heeft te veel elementen",
}


def _model_problems_nl(exc: ModelValidationError) -> str:
    problems = [
        f"{json_path(error['loc'])} {_MODEL_PROBLEMS_NL.get(error['type'], 'is ongeldig')}"
        for error in exc.errors()[:_MAX_PROBLEMS_SHOWN]
    ]
    more = " (en meer)" if exc.error_count() > _MAX_PROBLEMS_SHOWN else ""
    return "De inhoud van het bestand klopt niet: " + "; ".join(problems) + more + "."
