"""The database refuses a gesprek import: a Dutch message, and not one row changes.

Failures come in three ways: a real lock held by another connection ("database is locked"),
an error raised by the driver in the middle of the import's writes (after earlier rows of the
same transaction were written), and an error at the commit itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store import cipher


@pytest.fixture
def pair(gesprek_pair: Any) -> Any:
    return gesprek_pair


def prepared_document(pair: Any) -> MergedGesprek:
    gesprek_id = pair.prepare()
    g.add_actie(pair.jb, gesprek_id, "Verslag bijwerken", "jeugdbeschermer")
    return g.build_merged(pair.jb, gesprek_id, today=pair.env.today)


def short_busy_timeout(ws: Workspace) -> None:
    """New connections of `ws` wait 0.1 s for a lock instead of 5 s."""

    @event.listens_for(ws.db.engine, "connect")
    def _quick(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=100")

    ws.db.engine.dispose()


@contextlib.contextmanager
def write_lock_held(ws: Workspace) -> Iterator[None]:
    """Another program holds the write lock of the database of `ws`."""
    conn = cipher.connect(ws.paths.database)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.rollback()
    finally:
        conn.close()


def test_a_locked_database_refuses_the_import_in_dutch_and_changes_nothing(pair: Any) -> None:
    """Planted bug: the `except SQLAlchemyError` branch of `import_gesprek_document` removed.
    The raw OperationalError then escapes instead of ImportRejected and this test fails."""
    doc = prepared_document(pair)
    before = pair.env.dump(pair.pb.paths.database)
    short_busy_timeout(pair.pb)
    with write_lock_held(pair.pb), pytest.raises(g.ImportRejected) as error:
        g.import_gesprek_document(pair.pb, doc)
    assert str(error.value) == (
        "Het caseloadgesprek kon niet worden opgeslagen: de database is bezet door een ander "
        "programma (staat JBN Zelfscan nog een keer open?); sluit dat en probeer het opnieuw. "
        "Er is niets veranderd."
    )
    assert pair.env.dump(pair.pb.paths.database) == before
    outcome = g.import_gesprek_document(pair.pb, doc)  # once the lock is gone, it goes in
    assert outcome.kind is g.ImportKind.NIEUW


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ("database or disk is full", "de schijf is vol; maak ruimte vrij"),
        ("database is locked", "de database is bezet door een ander programma"),
        ("disk I/O error", "de schijf gaf een fout bij lezen of schrijven"),
        ("iets onverwachts", "de database gaf een onverwachte fout (OperationalError)"),
    ],
)
def test_a_failure_halfway_through_the_writes_leaves_no_row_behind(
    pair: Any, driver_message: str, expected: str
) -> None:
    """The driver fails on the first answer row, after the gesprek, client and scan rows of
    the same transaction were written."""
    doc = prepared_document(pair)
    before = pair.env.dump(pair.pb.paths.database)
    written: list[str] = []

    @event.listens_for(pair.pb.db.engine, "before_cursor_execute")
    def _fail(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO answer"):
            raise sqlcipher.OperationalError(driver_message)
        if statement.startswith(("INSERT", "UPDATE")):
            written.append(statement.split("(")[0])

    with pytest.raises(g.ImportRejected) as error:
        g.import_gesprek_document(pair.pb, doc)
    assert {"INSERT INTO caseloadgesprek ", "INSERT INTO client "} <= set(written)
    message = str(error.value)
    assert message.startswith(f"Het caseloadgesprek kon niet worden opgeslagen: {expected}")
    assert message.endswith(". Er is niets veranderd.")
    assert pair.env.dump(pair.pb.paths.database) == before
    event.remove(pair.pb.db.engine, "before_cursor_execute", _fail)
    assert g.import_gesprek_document(pair.pb, doc).kind is g.ImportKind.NIEUW


def test_a_failing_commit_leaves_the_database_as_it_was(
    pair: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = prepared_document(pair)
    before = pair.env.dump(pair.pb.paths.database)

    def full_disk(_connection: Any) -> None:
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(pair.pb.db.engine.dialect, "do_commit", full_disk)
    with pytest.raises(g.ImportRejected, match="de schijf is vol"):
        g.import_gesprek_document(pair.pb, doc)
    monkeypatch.undo()
    assert pair.env.dump(pair.pb.paths.database) == before
