"""The database refuses a write halfway through a caseload import: Dutch message, nothing stored.

The failure comes from SQLite itself: a trigger aborts the statement for one reference in the
middle of the file, after earlier rows of the same import were already written in the
transaction. Both a fresh import (inserts) and a merge import (updates of existing clients by
reference) are covered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from jbn_selfscan.services.caseload_import import CaseloadImportError, apply_import, plan_import
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store import cipher

TODAY = dt.date(2026, 6, 1)
HEADER = ["Zaakreferentie", "Initialen", "Maatregel", "Uitspraakdatum"]
ROWS = 40
FAILING = "Z-0025"  # well after the first rows of the same transaction


def caseload(initialen: str) -> list[Sequence[str]]:
    return [HEADER] + [[f"Z-{n:04d}", initialen, "OTS", "03-03-2025"] for n in range(ROWS)]


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    path.write_text("\r\n".join(";".join(row) for row in rows) + "\r\n", encoding="utf-8")
    return path


def dump(ws: Workspace) -> list[tuple[object, ...]]:
    """Every row of every table."""
    with cipher.connect(ws.paths.database) as conn:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return [
            (table, *row)
            for table in sorted(tables)
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        ]


def fail_on(ws: Workspace, operation: str, referentie: str) -> None:
    """Make the database abort any `operation` (INSERT/UPDATE) of the client `referentie`."""
    with cipher.connect(ws.paths.database) as conn:
        conn.execute(
            f"CREATE TRIGGER injected_failure BEFORE {operation} ON client "
            f"WHEN NEW.referentie = '{referentie}' "
            "BEGIN SELECT RAISE(ABORT, 'schijf vol (gesimuleerd)'); END"
        )


def test_a_database_failure_mid_import_stores_nothing(ws: Workspace, tmp_path: Path) -> None:
    """Planted bug: the `except SQLAlchemyError` translation removed from `apply_import`. The
    raw SQLAlchemy error then escapes instead of CaseloadImportError and this test fails (no
    test exercised that path before)."""
    path = write_csv(tmp_path / "caseload.csv", caseload("A.B."))
    plan = plan_import(path, None, TODAY, ws=ws)
    fail_on(ws, "INSERT", FAILING)
    before = dump(ws)
    with pytest.raises(CaseloadImportError) as error:
        apply_import(ws, plan)
    assert str(error.value).startswith(
        "De caseload kon niet worden opgeslagen in de database; er is niets geïmporteerd."
    )
    assert dump(ws) == before


def test_a_database_failure_mid_merge_import_changes_no_client(
    ws: Workspace, tmp_path: Path
) -> None:
    """A re-import that updates existing clients fails halfway: every client keeps its old
    data and the change log gains nothing. Same planted bug as above; fails the same way."""
    first = write_csv(tmp_path / "eerste.csv", caseload("A.B."))
    apply_import(ws, plan_import(first, None, TODAY, ws=ws))
    second = write_csv(tmp_path / "tweede.csv", caseload("X.Y."))
    plan = plan_import(second, None, TODAY, ws=ws)
    assert plan.count_updated == ROWS
    fail_on(ws, "UPDATE", FAILING)
    before = dump(ws)
    with pytest.raises(CaseloadImportError, match="er is niets geïmporteerd"):
        apply_import(ws, plan)
    assert dump(ws) == before
    with cipher.connect(ws.paths.database) as conn:
        initialen = {row[0] for row in conn.execute("SELECT initialen FROM client")}
    assert initialen == {"A.B."}
