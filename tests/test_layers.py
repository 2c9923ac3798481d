"""The layer arrows of DESIGN.md and docs/architecture.md, checked on the source: who may
import whom. Every module of the package is covered: the layers, `cli/` and the shared
top-level modules (`paths`, `settings`, `resources`, `startup_gc`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "jbn_selfscan"

QT = ("PySide6", "shiboken6")
# What only the services reach: the screens and the command line go through them.
BEHIND_THE_SERVICES = (
    "sqlalchemy",
    "alembic",
    "jbn_selfscan.store",
    "jbn_selfscan.exchange",
    "jbn_selfscan.report",
)
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
    "ui": (*BEHIND_THE_SERVICES, "jbn_selfscan.cli"),
    "cli": (*BEHIND_THE_SERVICES, "jbn_selfscan.ui"),
}
# The shared modules at the top of the package sit with `domain`, below every layer.
TOP_LEVEL_FORBIDDEN = FORBIDDEN["domain"]
# Single files allowed one arrow their layer does not have.
EXCEPTIONS = {
    PACKAGE / "cli" / "start_gui.py": ("jbn_selfscan.ui",),  # starts the GUI (lazily)
    PACKAGE / "__main__.py": ("jbn_selfscan.cli",),  # `python -m jbn_selfscan`
}
# The gesprek screens call the gesprek services through `services/gesprekken.py` alone; the
# plain rows they show come from `gesprek_view`.
UI_GESPREK_SERVICES = ("jbn_selfscan.services.gesprekken", "jbn_selfscan.services.gesprek_view")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
        elif isinstance(node, ast.ImportFrom):
            names.append(_absolute(path, node.level, node.module))
    return names


def _absolute(path: Path, level: int, module: str | None) -> str:
    """The absolute name of a relative import, so `from ..store import db` is seen too."""
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    base = ".".join(package[: len(package) - (level - 1)])
    return f"{base}.{module}" if module else base


def violations(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    where = path.relative_to(PACKAGE.parent)
    return [f"{where} imports {name}" for name in violations_of(path, forbidden)]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    found: list[str] = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        allowed = EXCEPTIONS.get(path, ())
        forbidden = tuple(bad for bad in FORBIDDEN[layer] if bad not in allowed)
        found.extend(violations(path, forbidden))
    assert found == []


def test_the_shared_top_level_modules_import_only_the_domain() -> None:
    found: list[str] = []
    for path in sorted(PACKAGE.glob("*.py")):
        allowed = EXCEPTIONS.get(path, ())
        forbidden = tuple(bad for bad in TOP_LEVEL_FORBIDDEN if bad not in allowed)
        found.extend(violations(path, forbidden))
    assert found == []


def test_every_package_of_the_source_has_a_rule() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(FORBIDDEN)


def test_the_gesprek_screens_use_the_one_gesprek_import_point() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        for name in imported_modules(path)
        if name.startswith("jbn_selfscan.services.gesprek")
        and not any(name == ok or name.startswith(ok + ".") for ok in UI_GESPREK_SERVICES)
    ]
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


def test_relative_imports_are_resolved() -> None:
    assert _absolute(PACKAGE / "ui" / "scan" / "widget.py", 3, "store.db") == (
        "jbn_selfscan.store.db"
    )
    assert _absolute(PACKAGE / "ui" / "main_window.py", 1, None) == "jbn_selfscan.ui"


def violations_of(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    return [
        name
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
    ]
