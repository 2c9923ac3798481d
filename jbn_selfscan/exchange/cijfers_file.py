"""The aggregate figures file (`cijfers -o team.json`) for the quality department.

The file holds counts only; its shipped JSON Schema (`cijfers.schema.json`) enforces that every
count is at least 3 or the string "<3", that periods are months and that there is no field for
free text. Writing checks the schema (a mismatch is a programming error); reading an untrusted
file refuses anything else with one Dutch message.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import json
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.exchange.files import schema_problem_nl
from jbn_selfscan.exchange.safe_json import UntrustedFileError, load_untrusted_json
from jbn_selfscan.paths import atomic_write

FORMAT_NAME = "jbn-selfscan-cijfers"
FORMAT_VERSION = 1
SCHEMA_FILE_NAME = "cijfers.schema.json"
MAX_FILE_BYTES = 20_000_000


class CijfersFileError(UserFacingError, ValueError):
    """A figures file cannot be read; the message is Dutch and names the file."""


@functools.cache
def shipped_schema() -> dict[str, Any]:
    resource = importlib.resources.files("jbn_selfscan.exchange").joinpath(SCHEMA_FILE_NAME)
    loaded: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _validator() -> Draft202012Validator:
    """The validator on the schema with its `$ref`s inlined (the schema has no recursion).

    Resolving a `$ref` costs jsonschema far more than checking the value behind it; a team
    file holds thousands of counts, so inlining makes checking one ~5 times faster.
    """
    schema = shipped_schema()
    return Draft202012Validator(_inlined(schema, schema.get("$defs", {})))


def _inlined(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inlined(defs[ref.removeprefix("#/$defs/")], defs)
        return {key: _inlined(value, defs) for key, value in node.items() if key != "$defs"}
    if isinstance(node, list):
        return [_inlined(item, defs) for item in node]
    return node


@functools.cache
def _fast_check() -> Any:
    """The same schema compiled by fastjsonschema: ~7 times faster than jsonschema on a team
    file, which counts when the quality department adds up 60 of them. jsonschema stays the
    reference: the tests check every kind of file written with it, and it words the problem
    when a file is refused."""
    # A copy: fastjsonschema rewrites the `$ref`s of the schema it is given.
    return fastjsonschema.compile(copy.deepcopy(shipped_schema()))


def matches_schema(document: Any) -> bool:
    try:
        _fast_check()(document)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def schema_problems(document: Any) -> list[str]:
    """Dutch descriptions of where `document` does not match the schema (empty: it matches)."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    return [schema_problem_nl(error) for error in errors]


def to_json_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_cijfers_json(path: Path, document: dict[str, Any]) -> None:
    """Write an aggregate file atomically, after checking it against the shipped schema."""
    if not matches_schema(document):
        problems = schema_problems(document)
        raise AssertionError(f"figures file does not match its schema: {problems[:3]}")
    atomic_write(path, to_json_text(document).encode("utf-8"))


def read_cijfers_file(path: Path) -> dict[str, Any]:
    """Read and check one aggregate file; raises CijfersFileError with a Dutch message."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CijfersFileError(f"{path.name}: het bestand is te groot voor een cijferbestand")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CijfersFileError(f"{path}: het bestand bestaat niet") from None
    except IsADirectoryError:
        raise CijfersFileError(f"{path}: dit is een map, geen bestand") from None
    except OSError as exc:
        raise CijfersFileError(f"{path}: het bestand kan niet worden gelezen ({exc})") from None
    try:
        document = load_untrusted_json(data, max_bytes=MAX_FILE_BYTES)
    except UntrustedFileError as exc:
        raise CijfersFileError(f"{path.name}: {exc.message_nl}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise CijfersFileError(
            f"{path.name}: dit is geen cijferbestand van JBN Zelfscan "
            "(maak het met 'jbn-selfscan cijfers --team -o team.json')"
        )
    if document.get("format_version") != FORMAT_VERSION:
        raise CijfersFileError(
            f"{path.name}: onbekende versie {document.get('format_version')!r} van het "
            "cijferbestand; werk JBN Zelfscan bij"
        )
    if not matches_schema(document):
        problems = schema_problems(document) or ["het bestand past niet bij het schema"]
        raise CijfersFileError(f"{path.name}: {problems[0]}")
    return document
