"""The layer arrows of DESIGN.md, checked on the source: who may import whom."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "jbn_selfscan"

QT = ("PySide6", "shiboken6")
FORBIDDEN = {
    "domain": (
        *QT,
        "sqlalchemy",
        "alembic",
        "jbn_selfscan.store",
        "jbn_selfscan.services",
        "jbn_selfscan.ui",
        "jbn_selfscan.exchange",
        "jbn_selfscan.report",
        "jbn_selfscan.cli",
    ),
    "store": (*QT, "jbn_selfscan.services", "jbn_selfscan.ui", "jbn_selfscan.cli"),
    "services": (*QT, "jbn_selfscan.ui", "jbn_selfscan.cli"),
    "exchange": (
        *QT,
        "sqlalchemy",
        "jbn_selfscan.store",
        "jbn_selfscan.services",
        "jbn_selfscan.ui",
    ),
    "report": (*QT, "sqlalchemy", "jbn_selfscan.store", "jbn_selfscan.services", "jbn_selfscan.ui"),
    "ui": ("sqlalchemy", "jbn_selfscan.store"),
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def violations(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    where = path.relative_to(PACKAGE.parent)
    return [f"{where} imports {name}" for name in violations_of(path, forbidden)]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    found: list[str] = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        found.extend(violations(path, FORBIDDEN[layer]))
    assert found == []


def test_no_qt_outside_ui() -> None:
    allowed = {PACKAGE / "cli" / "start_gui.py"}  # starts the GUI, importing Qt lazily
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "ui") in path.parents or path in allowed:
            continue
        found.extend(violations(path, QT))
    assert found == []


def test_the_check_itself_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert violations_of(bad, QT) == ["PySide6.QtWidgets"]
    assert violations_of(bad, ("sqlalchemy",)) == ["sqlalchemy.orm"]


def violations_of(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    return [
        name
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
    ]
