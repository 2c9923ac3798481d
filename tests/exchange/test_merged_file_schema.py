"""The shipped JSON schema is current, valid draft 2020-12, and accepts every export."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.exchange.merged_file import (
    SCHEMA_FILE_NAME,
    build_json_schema,
    schema_text,
    to_json_bytes,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "jbn_selfscan" / "exchange" / SCHEMA_FILE_NAME


@pytest.fixture(scope="module")
def committed_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def test_committed_schema_matches_the_model() -> None:
    """Fails when merged.py changed without running tools/generate_schema.py."""
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(build_json_schema())


def test_schema_is_valid_draft_2020_12_with_identity(committed_schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(committed_schema)
    assert committed_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert committed_schema["$id"].endswith("caseloadgesprek-2.schema.json")
    assert {"format", "format_version", "checksum"} <= set(committed_schema["required"])


def test_every_object_refuses_unknown_fields(committed_schema: dict[str, Any]) -> None:
    objects = [committed_schema, committed_schema["properties"]["checksum"]] + [
        d for d in committed_schema["$defs"].values() if d.get("type") == "object"
    ]
    assert all(o["additionalProperties"] is False for o in objects)


def test_model_limits_are_in_the_schema(committed_schema: dict[str, Any]) -> None:
    defs = committed_schema["$defs"]
    assert defs["Antwoord"]["properties"]["toelichting"]["maxLength"] == 20_000
    assert committed_schema["properties"]["clients"]["maxItems"] == 2000
    assert committed_schema["properties"]["akkoord"]["maxItems"] == 2


def test_export_validates_with_an_independent_validator(
    gesprek: MergedGesprek, committed_schema: dict[str, Any]
) -> None:
    minimal = MergedGesprek(
        app_versie="0.1.0", gesprek=gesprek.gesprek, checklist=gesprek.checklist
    )
    validator = Draft202012Validator(committed_schema)
    for doc in (gesprek, minimal):
        assert list(validator.iter_errors(json.loads(to_json_bytes(doc)))) == []


def test_documented_example_and_schema_are_up_to_date(
    repo_tool: Callable[[str], ModuleType],
) -> None:
    assert repo_tool("generate_schema").main(["--check"]) == 0
