"""Whatever bytes arrive, reading gives a gesprek or a MergedFileError, never anything else.

And never a changed gesprek without a matching checksum: a variant is accepted only when its
JSON equals the original, or when the test itself re-signed it. The test signs with its own
implementation of the documented rule (docs/merged-file.md), not with the code under test.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.merged import FORMAT_NAME, FORMAT_VERSION, MergedGesprek
from jbn_selfscan.exchange.merged_file import (
    ChecksumMismatchError,
    MergedFileError,
    parse_merged_bytes,
)

pytestmark = pytest.mark.slow  # about 15 s for 1,300 variants

_FUZZ = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

# Plausible-looking strings that only the model (not the schema) can refuse.
LEAF_TWEAKS = st.sampled_from(
    ["2026-02-30", "2026-13-01", "12-05-2026", "2026-05-12T25:00:00", "gisteren", "", "x" * 201]
) | st.text(max_size=5)
FIELDS = [*MergedGesprek.model_fields, "checksum"]
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["2026-02-30", "2026-05-12", "2026-05-12T10:00:00", "op_orde", "OTS", ""]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def signed(document: dict[str, Any]) -> str:
    """The checksum by the documented rule, written out here (independent of the package)."""
    body = {key: value for key, value in document.items() if key != "checksum"}
    text = json.dumps(
        body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parses_or_refuses(data: bytes) -> MergedGesprek | MergedFileError:
    try:
        result = parse_merged_bytes(data, max_bytes=1_000_000)
    except MergedFileError as exc:
        assert exc.message_nl.strip()
        return exc
    assert isinstance(result, MergedGesprek)
    return result


def as_json(data: bytes) -> object:
    try:
        return json.loads(data)
    except ValueError:
        return None


@st.composite
def byte_mutations(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "truncate":
            del data[position:]
        elif kind == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        elif data:
            del data[position : position + draw(st.integers(1, 40))]
    return bytes(data)


@st.composite
def structural_mutations(draw: st.DrawFn, original: bytes) -> tuple[bytes, bool]:
    """Replace or delete one random node of the valid document; usually re-sign it (True)."""
    document = json.loads(original)
    parent: Any = None
    key: Any = None
    node: Any = document
    while isinstance(node, dict | list) and node and draw(st.integers(0, 9)) > 1:
        parent = node
        key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        node = node[key]
    replacement = draw(
        LEAF_TWEAKS if isinstance(node, str) and draw(st.booleans()) else JSON_VALUES
    )
    if parent is None:
        document = replacement
    elif isinstance(parent, dict) and draw(st.booleans()):
        del parent[key]
    else:
        parent[key] = replacement
    resigned = isinstance(document, dict) and draw(st.integers(0, 3)) > 0
    if resigned:
        document["checksum"] = {"algorithm": "sha256", "value": signed(document)}
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8"), resigned


@settings(_FUZZ, max_examples=500)
@given(data=st.data())
def test_mutated_bytes(example_bytes: bytes, data: st.DataObject) -> None:
    """Planted bug: the checksum check in `parse_merged_bytes` removed. Before, this test
    passed (any outcome was fine); now a flipped letter inside a text is accepted and this
    test fails."""
    mutated = data.draw(byte_mutations(example_bytes))
    outcome = parses_or_refuses(mutated)
    if isinstance(outcome, MergedGesprek):
        assert as_json(mutated) == json.loads(example_bytes), "changed content was accepted"


@settings(_FUZZ, max_examples=400)
@given(data=st.data())
def test_mutated_structure(example_bytes: bytes, data: st.DataObject) -> None:
    """Unsigned changes are refused; re-signed ones are never refused for their checksum."""
    mutated, resigned = data.draw(structural_mutations(example_bytes))
    outcome = parses_or_refuses(mutated)
    if resigned:
        assert not isinstance(outcome, ChecksumMismatchError), "a correct checksum was refused"
    elif isinstance(outcome, MergedGesprek):
        assert as_json(mutated) == json.loads(example_bytes), "changed content was accepted"


@settings(_FUZZ, max_examples=200)
@given(value=JSON_VALUES, fields=st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES))
def test_random_json_values(value: Any, fields: dict[str, Any]) -> None:
    parses_or_refuses(json.dumps(value).encode("utf-8"))
    envelope = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, **fields}
    parses_or_refuses(json.dumps(envelope).encode("utf-8"))
