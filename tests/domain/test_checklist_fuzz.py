"""Hostile checklist files: every one loads or is rejected with Dutch problems, nothing else.

Over 1,000 generated files: mutations of the shipped checklist (bytes flipped, lines dropped or
duplicated, truncations) and arbitrary YAML-shaped documents.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.checklist import Checklist, ChecklistError, load_checklist

SHIPPED = (
    Path(__file__).resolve().parents[2] / "jbn_selfscan" / "checklists" / "zelfscan.yaml"
).read_bytes()
FUZZ = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
VERSION_LINE = next(line for line in SHIPPED.decode().splitlines() if line.startswith("version: "))


def outcome(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "checklist.yaml"
    path.write_bytes(data)
    try:
        result = load_checklist(path)
    except ChecklistError as error:
        assert error.problems, "a rejection names at least one problem"
        for problem in error.problems:
            assert problem.message.strip()
            assert "Traceback" not in problem.message
        return "rejected"
    assert isinstance(result, Checklist)
    return "loaded"


@st.composite
def mutated_shipped(draw: st.DrawFn) -> bytes:
    lines = SHIPPED.splitlines(keepends=True)
    kind = draw(st.sampled_from(["flip", "drop", "duplicate", "truncate", "swap"]))
    if kind == "flip":
        data = bytearray(SHIPPED)
        for _ in range(draw(st.integers(1, 5))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    index = draw(st.integers(0, len(lines) - 1))
    if kind == "drop":
        return b"".join(lines[:index] + lines[index + 1 :])
    if kind == "duplicate":
        return b"".join(lines[: index + 1] + lines[index:])
    if kind == "swap":
        other = draw(st.integers(0, len(lines) - 1))
        lines[index], lines[other] = lines[other], lines[index]
        return b"".join(lines)
    return SHIPPED[: draw(st.integers(0, len(SHIPPED)))]


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
item_keys = st.sampled_from(
    [
        "id",
        "theme",
        "question",
        "help",
        "answer_type",
        "choices",
        "maatregelen",
        "condition",
        "norm",
        "stap",
        "max_age_months",
        "min",
        "max",
        "requires_toelichting_when",
        "label",
    ]
)
items = st.lists(st.dictionaries(item_keys, yaml_values, max_size=8), max_size=5)


@settings(FUZZ, max_examples=700)
@given(data=mutated_shipped())
def test_mutated_shipped_checklist(tmp_path: Path, data: bytes) -> None:
    assert outcome(tmp_path, data) in ("loaded", "rejected")


@settings(FUZZ, max_examples=400)
@given(
    top=st.dictionaries(
        st.sampled_from(["id", "version", "title", "description", "items", "choice_sets"]),
        yaml_values,
        max_size=6,
    ),
    generated_items=items,
)
def test_generated_checklist_documents(
    tmp_path: Path, top: dict[str, object], generated_items: list[dict[str, object]]
) -> None:
    document = {"id": "fuzz", "version": 1, "title": "Fuzz", **top, "items": generated_items}
    data = yaml.safe_dump(document, allow_unicode=True).encode("utf-8")
    result = outcome(tmp_path, data)
    if not generated_items:
        assert result == "rejected", "an empty checklist is never valid"


def test_the_fuzzer_starts_from_a_valid_file(tmp_path: Path) -> None:
    assert outcome(tmp_path, SHIPPED) == "loaded"


@FUZZ
@given(
    digits=st.integers(min_value=1, max_value=100_000),
    where=st.sampled_from([VERSION_LINE, 'norm: "1a.2"', "min: 0", "max: 10"]),
    sign=st.sampled_from(["", "-", "+"]),
)
def test_numbers_of_any_length_load_or_get_a_dutch_refusal(
    tmp_path: Path, digits: int, where: str, sign: str
) -> None:
    key = where.split(":")[0]
    number = sign + "9" * digits
    data = SHIPPED.replace(where.encode(), f"{key}: {number}".encode(), 1)
    assert outcome(tmp_path, data) in ("loaded", "rejected")


def test_a_100000_digit_version_is_refused_in_dutch(tmp_path: Path) -> None:
    data = SHIPPED.replace(VERSION_LINE.encode(), b"version: " + b"9" * 100_000, 1)
    assert data != SHIPPED
    path = tmp_path / "checklist.yaml"
    path.write_bytes(data)
    try:
        load_checklist(path)
    except ChecklistError as error:
        assert "een getal van 100.000 cijfers is te groot" in str(error.problems[0].message)
    else:
        raise AssertionError("a 100,000-digit version was accepted")
