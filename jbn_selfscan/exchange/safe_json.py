"""Parse JSON from an untrusted file without surprises.

Python's `json` module accepts things a file exchanged between colleagues must not contain:
duplicate keys (the last one silently wins), `NaN`/`Infinity`, numbers that overflow to
infinity, strings with lone surrogates, and nesting so deep that it raises `RecursionError`.
`load_untrusted_json` refuses all of these with one error type and a Dutch message.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
from typing import Any, NoReturn

from jbn_selfscan.domain.errors import UserFacingError

DEFAULT_MAX_DEPTH = 64

_UTF8_BOM = b"\xef\xbb\xbf"
_NAME_SHOWN_LIMIT = 40
_STRING_LITERAL = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_OPENER_TABLE = bytes.maketrans(b"[{]}", b"\x01\x01\x00\x00")
_NOT_BRACKET_BYTES = bytes(b for b in range(256) if b not in b"[]{}")
# A lone surrogate can only come from a \uD800-\uDFFF escape; raw ones fail UTF-8 decoding.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")

_JSON_REASONS_NL = (
    ("Expecting value", "hier werd een waarde verwacht"),
    ("Expecting ',' delimiter", "hier werd een komma verwacht"),
    ("Expecting ':' delimiter", "hier werd een dubbele punt verwacht"),
    (
        "Expecting property name enclosed in double quotes",
        "hier werd een naam tussen aanhalingstekens verwacht",
    ),
    ("Unterminated string", "een tekst is niet afgesloten met een aanhalingsteken"),
    ("Invalid control character", "een tekst bevat een ongeldig stuurteken"),
    ("Invalid \\escape", "een tekst bevat een ongeldige escape-reeks"),
    ("Invalid \\uXXXX escape", "een tekst bevat een ongeldige \\u-code"),
    ("Extra data", "na het einde van de gegevens staat nog tekst"),
    ("Illegal trailing comma", "er staat een komma te veel"),
)


class UntrustedFileError(UserFacingError, ValueError):
    """A file's content was refused; `message_nl` says why, in Dutch, for the user."""

    def __init__(self, message_nl: str) -> None:
        super().__init__(message_nl)


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _ForbiddenConstantError(Exception):
    def __init__(self, constant: str) -> None:
        super().__init__(constant)
        self.constant = constant


def shown_name(name: str) -> str:
    """A key or value from an untrusted file, made safe and short enough to quote to the user."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in name)
    if len(printable) > _NAME_SHOWN_LIMIT:
        printable = printable[: _NAME_SHOWN_LIMIT - 1] + "…"
    return f"'{printable}'"


def _refuse(message_nl: str) -> NoReturn:
    raise UntrustedFileError(message_nl)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


def _pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _refuse_constant(constant: str) -> NoReturn:
    raise _ForbiddenConstantError(constant)


def _decode(data: bytes) -> str:
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        _refuse(
            "Het bestand is geen tekstbestand in UTF-8 "
            f"(ongeldige tekens op regel {line}, byte {exc.start + 1})."
        )


def _too_deep(text: str, max_depth: int) -> bool:
    """Does bracket nesting outside strings exceed `max_depth`? Exact for valid JSON.

    Uses only C-level operations, so a hostile 20 MB file costs about a second, not minutes:
    remove strings, keep brackets as bytes (1 = opener, 0 = closer), then strip innermost
    pairs `max_depth` times; a balanced text that is not empty by then is too deep. Anything
    else (unbalanced, i.e. invalid JSON) is measured exactly: depth = openers - closers so far.
    """
    if text.count("[") + text.count("{") <= max_depth:
        return False
    without_strings = _STRING_LITERAL.sub("", text).encode("utf-8")
    brackets = without_strings.translate(_OPENER_TABLE, _NOT_BRACKET_BYTES)
    remainder = brackets
    for _ in range(max_depth):
        shorter = remainder.replace(b"\x01\x00", b"")
        if len(shorter) == len(remainder):
            break
        remainder = shorter
    if not remainder:
        return False
    # After k brackets of which o are openers the depth is o - (k - o) = 2 * o - k.
    depths = map(
        operator.sub,
        map(operator.mul, itertools.accumulate(brackets), itertools.repeat(2)),
        itertools.count(1),
    )
    return any(map(max_depth.__lt__, depths))


def _refuse_too_deep(max_depth: int) -> NoReturn:
    _refuse(f"Het bestand is te diep genest (meer dan {max_depth} niveaus) en wordt niet gelezen.")


def _reason_nl(message: str) -> str:
    for english, dutch in _JSON_REASONS_NL:
        if message.startswith(english):
            return dutch
    return "de opbouw klopt hier niet"


def _refuse_lone_surrogates(value: Any) -> None:
    """Walk the parsed value without recursion and refuse strings with lone surrogates."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                _check_text(key)
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            _check_text(item)


def _finite_float(literal: str) -> float:
    number = float(literal)
    if not math.isfinite(number):
        raise _ForbiddenConstantError(literal)
    return number


def _check_text(text: str) -> None:
    if _SURROGATE.search(text):
        _refuse("Het bestand bevat een tekst met een ongeldige tekencode (\\ud800-\\udfff).")


def load_untrusted_json(data: bytes, *, max_bytes: int, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """Parse `data` as strict JSON and return plain Python (dict, list, str, int, float, ...).

    Raises:
        UntrustedFileError: the data is too big, empty, not UTF-8, not valid JSON, has a key
            twice in one object, contains NaN/Infinity or a number too large for a float,
            contains an invalid Unicode escape, or nests deeper than `max_depth`.
    """
    if len(data) > max_bytes:
        _refuse(
            f"Het bestand is te groot ({_megabytes(len(data))} MB; "
            f"maximaal {_megabytes(max_bytes)} MB)."
        )
    text = _decode(data)
    if not text.strip():
        _refuse("Het bestand is leeg.")
    if _too_deep(text, max_depth):
        _refuse_too_deep(max_depth)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs_to_dict,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as exc:
        _refuse(
            f"Het bestand is geen geldige JSON: {_reason_nl(exc.msg)} "
            f"(regel {exc.lineno}, kolom {exc.colno})."
        )
    except _DuplicateKeyError as exc:
        _refuse(f"Het bestand bevat de naam {shown_name(exc.key)} twee keer in hetzelfde object.")
    except _ForbiddenConstantError as exc:
        _refuse(f"Het bestand bevat de ongeldige getalwaarde {shown_name(exc.constant)}.")
    except RecursionError:
        _refuse_too_deep(max_depth)
    except ValueError:  # e.g. an integer with more digits than Python converts
        _refuse("Het bestand bevat een getal dat te groot is.")
    if _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(value)
    return value
