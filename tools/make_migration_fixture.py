"""Create a database at a given schema revision filled with rows in every table.

Used once per release to freeze `tests/fixtures/db-<revision>.sqlite3`; the migration tests
upgrade these files and check that every row survived. Rows are inserted with plain SQL so the
script keeps working when the ORM models move on.

    python tools/make_migration_fixture.py 0001 tests/fixtures/db-0001.sqlite3
    python tools/make_migration_fixture.py 0002 tests/fixtures/db-0002.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from jbn_selfscan.store.migrate import MIGRATIONS_DIR

ROWS_0001 = [
    "INSERT INTO profile VALUES (1, 'Fixture Jeugdbeschermer', 'jeugdbeschermer', "
    "'2026-01-02 09:00:00')",
    "INSERT INTO client VALUES (1, 'OTS-2025-0001', 'A.B.', 'OTS', 'Groningen', 'Team Stad', "
    "'Fixture Jeugdbeschermer', 'jeugdbeschermer', 'Fixture Jeugdbeschermer', '2025-09-01', NULL, "
    "'2025-09-05', '2025-10-10', '2025-10-09', '2025-11-20', '2026-01-15', NULL, '2026-02-01', 0, "
    "'2025-09-01 10:00:00', '2026-02-01 10:00:00')",
    "INSERT INTO client VALUES (2, 'VG-2024-0002', 'C.', 'Voogdij', 'Drenthe', 'Team Assen', "
    "'Fixture Jeugdbeschermer', 'ccp', 'Contactpersoon CCP', '2024-03-04', NULL, NULL, NULL, "
    "NULL, NULL, NULL, NULL, NULL, 1, '2024-03-04 10:00:00', '2026-02-01 10:00:00')",
    "INSERT INTO caseloadgesprek VALUES (1, 'gesprek-fixture-1', 1, '2026-02-10', '2025-11-01', "
    "'2026-02-10', 'getekend', 'Fixture Jeugdbeschermer', 'Fixture Praktijkbegeleider', "
    "'Goed gesprek.', 'Werkdruk', '', '', NULL, '2026-02-10 09:00:00', '2026-02-10 11:00:00')",
    "INSERT INTO zelfscan VALUES (1, 1, 1, 'jbn-dossier-zelfscan', 1, 'afgerond', "
    "'Veiligheidsplan bespreken', '2026-02-01 10:00:00', '2026-02-09 10:00:00')",
    "INSERT INTO zelfscan VALUES (2, 1, NULL, 'jbn-dossier-zelfscan', 1, 'concept', '', "
    "'2026-05-01 10:00:00', '2026-05-01 10:00:00')",
    "INSERT INTO answer VALUES (1, 1, 'fixture-item', 'ja', 'Toelichting bij het antwoord', 0, "
    "'2026-02-01 10:00:00', 'Fixture Jeugdbeschermer')",
    "INSERT INTO answer VALUES (2, 2, 'fixture-item', 'ja', 'Toelichting bij het antwoord', 1, "
    "'2026-05-01 10:00:00', 'Fixture Jeugdbeschermer')",
    "INSERT INTO afspraak VALUES (1, 'afspraak-fixture-1', 1, 1, 'Kernbesluit contactfrequentie "
    "vastleggen', '2026-02-10 10:00:00', 'Fixture Praktijkbegeleider')",
    "INSERT INTO actie VALUES (1, 'actie-fixture-1', 1, 1, 'MDO plannen met gedragswetenschapper', "
    "'jeugdbeschermer', 'Fixture Jeugdbeschermer', '2026-03-15', 'loopt', 'Datum staat', "
    "'2026-05-01 10:00:00', '2026-02-10 10:00:00', 'Fixture Praktijkbegeleider')",
    "INSERT INTO actie VALUES (2, 'actie-fixture-2', 1, NULL, 'Caseloadverdeling bespreken', "
    "'praktijkbegeleider', 'Fixture Praktijkbegeleider', NULL, 'open', '', NULL, "
    "'2026-02-10 10:00:00', 'Fixture Praktijkbegeleider')",
    "INSERT INTO akkoord VALUES (1, 1, 'jeugdbeschermer', 'Fixture Jeugdbeschermer', "
    "'2026-02-10 11:00:00')",
    "INSERT INTO akkoord VALUES (2, 1, 'praktijkbegeleider', 'Fixture Praktijkbegeleider', "
    "'2026-02-10 11:05:00')",
    "INSERT INTO gesprek_versie VALUES (1, 'gesprek-fixture-1', 1, '{}', '2026-02-10 11:05:00', "
    "'Fixture Praktijkbegeleider', '')",
    "INSERT INTO change_log VALUES (1, '2026-02-01 10:00:00', 'Fixture Jeugdbeschermer', "
    "'antwoord', '1/fixture-item', 'waarde', NULL, 'ja', 'OTS-2025-0001')",
]
# 0002 added gesprek_versie.soort (last column): the signed version, as 0001 stored it.
_VERSIE_0001 = (
    "INSERT INTO gesprek_versie VALUES (1, 'gesprek-fixture-1', 1, '{}', '2026-02-10 11:05:00', "
    "'Fixture Praktijkbegeleider', '')"
)
ROWS_0002 = [
    statement.replace(_VERSIE_0001, _VERSIE_0001[:-1] + ", 'getekend')")
    for statement in ROWS_0001
]
ROWS = {"0001": ROWS_0001, "0002": ROWS_0002}


def make_fixture(revision: str, target: Path) -> None:
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        with connection.begin():
            command.upgrade(config, revision)
            for statement in ROWS[revision]:
                connection.exec_driver_sql(statement)
    engine.dispose()


if __name__ == "__main__":
    make_fixture(sys.argv[1], Path(sys.argv[2]))
