"""Shared fixtures: the documented example file is the realistic sample gesprek."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jbn_selfscan.domain.merged import MergedGesprek

EXAMPLE_FILE = Path(__file__).resolve().parents[2] / "docs" / "example-caseloadgesprek.json"


@pytest.fixture
def example_bytes() -> bytes:
    return EXAMPLE_FILE.read_bytes()


@pytest.fixture
def gesprek(example_bytes: bytes) -> MergedGesprek:
    """The example gesprek, loaded without the code under test (plain json + pydantic)."""
    document = json.loads(example_bytes)
    del document["checksum"]
    return MergedGesprek.model_validate(document)
