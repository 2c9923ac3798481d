"""The prebuilt shipped checklist is the validated YAML file, and only used while they match."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from jbn_selfscan.domain import checklist as checklist_module
from jbn_selfscan.domain import checklist_prebuilt
from jbn_selfscan.domain.checklist import (
    load_shipped_file,
    shipped_checklist_files,
    validate_shipped_file,
)

ROOT = Path(__file__).resolve().parents[2]
REGENERATE = "regenerate with: .venv/bin/python tools/checklist_prebuilt_build.py"


def test_prebuilt_module_is_what_the_yaml_files_render(
    repo_tool: Callable[[str], ModuleType],
) -> None:
    tool = repo_tool("checklist_prebuilt_build")
    assert Path(checklist_prebuilt.__file__).resolve() == tool.PREBUILT_PATH
    assert tool.PREBUILT_PATH.read_text(encoding="utf-8") == tool.render_prebuilt(), REGENERATE


@pytest.mark.parametrize("name", shipped_checklist_files())
def test_prebuilt_checklist_equals_the_validated_file(name: str) -> None:
    data = checklist_module._read_shipped_file(name)
    built = checklist_prebuilt.prebuilt_checklist(name, hashlib.sha256(data).hexdigest())
    validated = validate_shipped_file(name)
    assert built is not None, REGENERATE
    assert built == validated
    assert dataclasses.asdict(built) == dataclasses.asdict(validated)
    # The indexes made after construction work as after validation.
    assert built.item_ids == validated.item_ids
    assert built.step_items() == validated.step_items()
    for item in validated.items:
        assert built.item(item.id) == item


def test_a_changed_file_is_not_taken_from_the_prebuilt_module() -> None:
    assert checklist_prebuilt.prebuilt_checklist("zelfscan.yaml", "0" * 64) is None
    assert checklist_prebuilt.prebuilt_checklist("onbekend.yaml", "0" * 64) is None


def test_loading_a_changed_shipped_file_validates_it(monkeypatch: pytest.MonkeyPatch) -> None:
    original = checklist_module._read_shipped_file("zelfscan.yaml")
    changed = original.replace(b"title: Dossier zelfscan", b"title: Dossier zelfscan (test)")
    assert changed != original
    monkeypatch.setattr(checklist_module, "_read_shipped_file", lambda _name: changed)
    load_shipped_file.cache_clear()
    try:
        assert load_shipped_file("zelfscan.yaml").title == "Dossier zelfscan (test)"
        broken = original.replace(b"version: 2", b"version: nul")
        monkeypatch.setattr(checklist_module, "_read_shipped_file", lambda _name: broken)
        load_shipped_file.cache_clear()
        with pytest.raises(checklist_module.ChecklistError, match="version"):
            load_shipped_file("zelfscan.yaml")
    finally:
        load_shipped_file.cache_clear()
