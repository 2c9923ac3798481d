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
    assert str(error.value) == (
        "De caseload kon niet worden opgeslagen in de database; er is niets geïmporteerd. "
        "(IntegrityError)"
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


def test_a_refused_import_ends_with_what_the_user_can_do(ws: Workspace, tmp_path: Path) -> None:
    """Kills mutants of the advice at the end of the rejection (mutation testing)."""
    rows = [*caseload("A.B."), ["Z-9999", "A.B.", "OTS", "31-02-2025"]]
    plan = plan_import(write_csv(tmp_path / "fout.csv", rows), None, TODAY, ws=ws)
    with pytest.raises(CaseloadImportError) as error:
        apply_import(ws, plan)
    assert str(error.value).endswith(" Verbeter het bestand of kies 'Ongeldige rijen overslaan'.")
    assert str(error.value).startswith(plan.rejection_message())


def test_a_file_without_valid_rows_says_nothing_was_imported(ws: Workspace, tmp_path: Path) -> None:
    rows = [HEADER, ["Z-1", "A.B.", "OTS", "31-02-2025"]]
    plan = plan_import(write_csv(tmp_path / "fout.csv", rows), None, TODAY, ws=ws)
    with pytest.raises(CaseloadImportError) as error:
        apply_import(ws, plan, skip_invalid=True)
    assert str(error.value) == "Geen enkele rij is geldig; er is niets geïmporteerd."


def test_the_import_is_logged_and_signed_by_the_user(ws: Workspace, tmp_path: Path) -> None:
    """Kills mutants of `apply_import` that drop the user from the new clients, or change the
    field or context of its change-log row (mutation testing)."""
    path = write_csv(tmp_path / "team.csv", caseload("A.B.")[:3])
    apply_import(ws, plan_import(path, None, TODAY, ws=ws))
    with cipher.connect(ws.paths.database) as conn:
        workers = {row[0] for row in conn.execute("SELECT medewerker FROM client")}
        log = conn.execute(
            "SELECT user, entity, entity_id, field, context FROM change_log"
        ).fetchall()
    assert workers == {ws.user}
    assert log == [(ws.user, "caseload", "team.csv", "import", "import uit team.csv")]


@pytest.mark.parametrize(
    ("reference", "warned"),
    [
        ("111222333", True),  # nine digits passing the elfproef
        ("12345672", True),  # eight: 012345672 passes
        ("123456789", False),  # nine digits failing the elfproef
        ("1234567", False),  # seven digits
    ],
)
def test_only_references_that_could_be_a_bsn_are_warned_about(
    ws: Workspace, tmp_path: Path, reference: str, warned: bool
) -> None:
    """Kills `_looks_like_bsn` mutants: `and` → `or`, and eight digits no longer counted."""
    path = write_csv(tmp_path / "c.csv", [HEADER, [reference, "A.", "OTS", "03-03-2025"]])
    notes = plan_import(path, None, TODAY, ws=ws).notes()
    assert any("lijkt op een BSN" in note for note in notes) is warned
