"""The figures file's schema: jsonschema (the reference) and the fast check agree."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from jbn_selfscan.exchange.cijfers_file import matches_schema, schema_problems


def _valid() -> dict[str, Any]:
    step = {
        "stap": "eerste_f2f",
        "omschrijving": "1e F2F",
        "op_tijd": 12,
        "te_laat": "<3",
        "verlopen": "<3",
        "open": 3,
        "totaal": 17,
        "percentage": None,
        "norm_percentage": 80,
    }
    norm = {
        "norm": "1a.3",
        "omschrijving": "Tijdig gestart",
        "op_orde": 10,
        "aandacht": "<3",
        "niet_op_orde": 4,
        "nog_niet_ingevuld": "<3",
        "totaal": 16,
    }
    return {
        "format": "jbn-selfscan-cijfers",
        "format_version": 1,
        "periode": {"van": "2026-01", "tot": "2026-03"},
        "dossiers": 17,
        "normen": [norm],
        "tijdigheid": [step],
        "medewerkers": [{"naam": "Medewerker 1", "dossiers": 17, "normen": [norm],
                         "tijdigheid": [step]}],
    }  # fmt: skip


def _changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(_valid())
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("dossiers",), 2),  # a small count not masked
        (("dossiers",), "<4"),
        (("normen", 0, "op_orde"), 1),
        (("medewerkers", 0, "normen", 0, "aandacht"), 0),
        (("periode", "van"), "2026-01-15"),  # a date finer than a month
        (("normen", 0, "toelichting"), "vrije tekst"),  # no field for free text
        (("medewerkers", 0, "referentie"), "OTS-2026-0101"),
        (("tijdigheid", 0, "stap"), "iets"),
        (("tijdigheid", 0, "percentage"), 120),
    ],
)
def test_both_validators_refuse(path: tuple[Any, ...], value: Any) -> None:
    doc = _changed(path, value)
    assert schema_problems(doc) != []
    assert not matches_schema(doc)


def test_both_validators_accept_a_valid_file() -> None:
    assert schema_problems(_valid()) == []
    assert matches_schema(_valid())


def test_the_fast_check_leaves_the_shipped_schema_as_it_is() -> None:
    import copy

    from jbn_selfscan.exchange.cijfers_file import _fast_check, shipped_schema

    before = copy.deepcopy(shipped_schema())
    _fast_check.cache_clear()
    assert matches_schema(_valid())
    assert shipped_schema() == before
