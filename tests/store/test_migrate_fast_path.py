"""Starting on an up-to-date database does not load Alembic (it costs ~0.4 s of start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jbn_selfscan.store.db import open_database
from jbn_selfscan.store.migrate import head_revision, head_revision_from_files


def test_head_read_from_files_is_alembics_head() -> None:
    assert head_revision_from_files() == head_revision()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    db_path = tmp_path / "zelfscan.sqlite3"
    open_database(db_path).dispose()  # creates and migrates (Alembic runs here)
    script = (
        "import sys; from pathlib import Path; from jbn_selfscan.store.db import open_database; "
        f"open_database(Path({str(db_path)!r})).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
