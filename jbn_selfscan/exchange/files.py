"""What the exchange formats share: Dutch words for a JSON Schema mismatch.

Both the merged caseloadgesprek file and the aggregate figures file word a schema mismatch
with `schema_problem_nl`; both are written with `paths.atomic_write`.
"""

from __future__ import annotations

from typing import Any

from jsonschema import ValidationError

from jbn_selfscan.exchange.safe_json import shown_name

# --- Dutch problem descriptions --------------------------------------------------------------

_TYPE_NL = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "object": "een object",
    "array": "een lijst",
    "boolean": "ja/nee (true/false)",
    "null": "leeg (null)",
}


def json_path(parts: Any) -> str:
    """A JSON location as a reader sees it: `clients[0].name`, or "het hoogste niveau"."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "het hoogste niveau"


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def schema_problem_nl(error: ValidationError) -> str:
    """One Dutch sentence for where and how a document does not match its JSON Schema."""
    where = json_path(error.absolute_path)
    if error.validator in ("anyOf", "oneOf") and error.context:
        # "a Scan or null": report what is wrong inside the branch whose type did fit.
        inside = [e for e in error.context if e.validator != "type" or e.relative_path]
        if inside:
            return schema_problem_nl(max(inside, key=lambda e: len(e.absolute_path)))
        wanted = [t for e in error.context for t in _as_list(e.validator_value)]
        return f"{where} moet {' of '.join(_TYPE_NL.get(t, t) for t in wanted)} zijn"
    keyword = error.validator
    value = error.validator_value
    instance = error.instance
    if keyword == "required" and isinstance(instance, dict):
        missing = [str(name) for name in value if name not in instance]
        return f"bij {where} ontbreekt het verplichte veld {shown_name(missing[0])}"
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {})
        extra = sorted(name for name in instance if name not in known) or ["?"]
        return f"bij {where} staat een onbekend veld {shown_name(extra[0])}"
    if keyword == "type":
        wanted = _as_list(value)
        return f"{where} moet {' of '.join(_TYPE_NL.get(t, t) for t in wanted)} zijn"
    if keyword == "maxLength":
        return f"de tekst bij {where} is te lang (maximaal {value} tekens)"
    if keyword == "minLength":
        return f"{where} mag niet leeg zijn"
    if keyword == "maxItems":
        return f"{where} heeft te veel elementen (maximaal {value})"
    if keyword == "minimum":
        return f"{where} moet minstens {value} zijn"
    if keyword in ("const", "enum"):
        allowed = [value] if keyword == "const" else list(value)
        listed = ", ".join(str(v) for v in allowed[:6])
        return f"{where} heeft een ongeldige waarde (toegestaan: {listed})"
    return f"{where} heeft een ongeldige waarde"
