"""Is this database file whole and ours? Integrity, foreign keys, schema and stored values.

Used by restore (a backup must pass before it replaces anything) and by `jbn-selfscan check`.
The schema is compared with a database freshly made by our own migrations at the file's
revision: every table with its columns, indexes and foreign keys, and every index, trigger and
view in `sqlite_master`. Anything extra (a trigger, a view), anything missing (the append-only
triggers of the change log) or anything changed is reported. Values in typed columns (integers,
booleans, dates, moments) must be what the app itself writes, so reading them cannot fail later.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jbn_selfscan.store import cipher
from jbn_selfscan.store.db import DatabaseError, connect_read_only, is_wrong_key

SQLITE_HEADER = cipher.SQLITE_HEADER
MAX_EXAMPLES = 5
# Internal tables SQLite itself may add (AUTOINCREMENT counters, statistics of `ANALYZE`).
_INTERNAL = re.compile(r"^sqlite_(sequence|stat\d)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")

SchemaEntry = tuple[str, ...]
Schema = dict[str, SchemaEntry]

_reference_cache: dict[str, Schema] = {}


@dataclass(frozen=True)
class HealthReport:
    """The outcome of `check_database`; every problem is one Dutch sentence."""

    path: Path
    revision: str | None = None
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    schema: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.schema or self.values)

    @property
    def problems(self) -> list[str]:
        return [*self.integrity, *self.schema, *self.foreign_keys, *self.values]

    def lines_nl(self) -> list[str]:
        """The report for people: one line per check, then the problems found."""

        def verdict(problems: list[str], skipped: bool = False) -> str:
            if skipped:
                return "niet gecontroleerd"
            return "in orde" if not problems else f"{len(problems)} probleem/problemen"

        broken = bool(self.integrity)
        unread = broken or bool(self.schema)
        lines = [
            f"Database: {self.path}",
            f"Integriteit (SQLite): {verdict(self.integrity)}",
            f"Schema (versie {self.revision or 'onbekend'}): {verdict(self.schema, broken)}",
            f"Verwijzingen (foreign keys): {verdict(self.foreign_keys, unread)}",
            f"Waarden in getypte kolommen: {verdict(self.values, unread)}",
        ]
        lines.extend(f"- {problem}" for problem in self.problems)
        return lines


def _normalise_sql(sql: str | None) -> str:
    if sql is None:
        return ""
    text = re.sub(r"[\"`\[\]]", "", sql)
    return re.sub(r"\s+", " ", text).strip().lower()


def _rows(conn: cipher.Connection, sql: str, *params: object) -> list[tuple[object, ...]]:
    return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def schema_of(conn: cipher.Connection) -> Schema:
    """Every schema object with what defines it, keyed by `type name`."""
    schema: Schema = {}
    entries = _rows(conn, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
    for kind, name, table, sql in entries:
        kind, name, table = str(kind), str(name), str(table)
        if _INTERNAL.match(name):
            continue
        parts: list[str] = [table, _normalise_sql(sql if isinstance(sql, str) else None)]
        if kind == "table":
            columns = _rows(conn, "SELECT * FROM pragma_table_xinfo(?) ORDER BY cid", name)
            keys = _rows(conn, "SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq", name)
            indexes = _rows(
                conn, "SELECT name, [unique], origin, partial FROM pragma_index_list(?)", name
            )
            parts.append(repr(columns))
            parts.append(repr(keys))
            parts.append(repr(sorted(indexes)))
        elif kind == "index":
            parts.append(repr(_rows(conn, "SELECT * FROM pragma_index_xinfo(?)", name)))
        schema[f"{kind} {name}"] = tuple(parts)
    return schema


def reference_schema(revision: str) -> Schema:
    """The schema of a database freshly made by our migrations at `revision` (cached)."""
    cached = _reference_cache.get(revision)
    if cached is not None:
        return cached
    from jbn_selfscan.store.migrate import build_database_at

    with tempfile.TemporaryDirectory(prefix="jbn-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        build_database_at(path, revision)
        with contextlib.closing(cipher.connect(path, read_only=True, key=None)) as conn:
            schema = schema_of(conn)
    _reference_cache[revision] = schema
    return schema


_KIND_NL = {"table": "tabel", "index": "index", "trigger": "trigger", "view": "view"}


def _describe(key: str) -> str:
    kind, _, name = key.partition(" ")
    return f"{_KIND_NL.get(kind, kind)} {name}"


def compare_schema(found: Schema, expected: Schema) -> list[str]:
    """Dutch problems for every object that is extra, missing or different."""
    problems = [
        f"onbekende {_describe(key)} (hoort niet bij JBN Zelfscan)"
        for key in sorted(found.keys() - expected.keys())
    ]
    problems += [f"{_describe(key)} ontbreekt" for key in sorted(expected.keys() - found.keys())]
    problems += [
        f"{_describe(key)} wijkt af van het schema van JBN Zelfscan"
        for key in sorted(found.keys() & expected.keys())
        if found[key] != expected[key]
    ]
    return problems


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _bad_values(conn: cipher.Connection, table: str, column: str, declared: str) -> Iterator[str]:
    """Why values of one column could not be read back by the app (at most a few examples)."""
    t, c = _quoted(table), _quoted(column)
    declared = declared.upper()
    where = f"{c} IS NOT NULL"
    if declared == "INTEGER":
        query = f"SELECT {c} FROM {t} WHERE {where} AND typeof({c}) <> 'integer' LIMIT 1"
        if conn.execute(query).fetchone() is not None:
            yield f"{table}.{column} bevat iets anders dan een geheel getal"
    elif declared == "BOOLEAN":
        query = (
            f"SELECT {c} FROM {t} WHERE {where} "
            f"AND ({c} NOT IN (0, 1) OR typeof({c}) <> 'integer') LIMIT 1"
        )
        if conn.execute(query).fetchone() is not None:
            yield f"{table}.{column} bevat iets anders dan ja/nee"
    elif declared in ("DATE", "DATETIME"):
        pattern = _DATE if declared == "DATE" else _DATETIME
        parse = dt.date.fromisoformat if declared == "DATE" else dt.datetime.fromisoformat
        for (value,) in conn.execute(f"SELECT {c} FROM {t} WHERE {where}"):
            try:
                if not isinstance(value, str) or not pattern.match(value):
                    raise ValueError(value)
                parse(value)
            except ValueError:
                kind = "datum" if declared == "DATE" else "tijdstip"
                yield f"{table}.{column} bevat een ongeldige {kind}: {str(value)[:40]!r}"
                return
    elif declared.startswith(("VARCHAR", "TEXT")):
        query = f"SELECT {c} FROM {t} WHERE {where} AND typeof({c}) <> 'text' LIMIT 1"
        if conn.execute(query).fetchone() is not None:
            yield f"{table}.{column} bevat iets anders dan tekst"


def check_values(conn: cipher.Connection) -> list[str]:
    """Problems with stored values, checked against each column's declared type."""
    problems: list[str] = []
    tables = [
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not _INTERNAL.match(str(row[0]))
    ]
    for table in tables:
        for _cid, column, declared, *_rest in conn.execute(
            "SELECT * FROM pragma_table_info(?)", (table,)
        ).fetchall():
            problems.extend(_bad_values(conn, table, str(column), str(declared)))
    return problems


def _open_checked(path: Path) -> cipher.Connection:
    conn = connect_read_only(path)
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def check_database(path: Path) -> HealthReport:
    """Integrity, schema, foreign keys and stored values of the database file at `path`.

    Read-only: the file is never changed. Later checks are skipped when an earlier one fails
    (a damaged file cannot be trusted to describe itself).
    """
    from jbn_selfscan.store.migrate import known_revisions

    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        return HealthReport(
            path, integrity=[f"het bestand kan niet worden gelezen ({exc.strerror or exc})"]
        )
    if header != SQLITE_HEADER and path.stat().st_size % 512 != 0:
        return HealthReport(path, integrity=["het bestand is geen SQLite-database"])
    try:
        with contextlib.closing(_open_checked(path)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                found = [str(r[0]) for r in rows[:MAX_EXAMPLES]]
                return HealthReport(path, integrity=[f"SQLite meldt: {text}" for text in found])
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except cipher.DatabaseError:
                row = None
            if row is None:
                return HealthReport(
                    path, schema=["geen versie-informatie: dit is geen database van JBN Zelfscan"]
                )
            revision = str(row[0])
            if revision not in known_revisions():
                return HealthReport(
                    path,
                    revision=revision,
                    schema=[f"schema {revision} is onbekend (gemaakt met een nieuwere versie?)"],
                )
            schema_problems = compare_schema(schema_of(conn), reference_schema(revision))
            if schema_problems:
                return HealthReport(path, revision=revision, schema=schema_problems)
            fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
            fk_problems = (
                [
                    f"{len(fk_rows)} verwijzing(en) naar rijen die niet bestaan "
                    f"(eerste in tabel {fk_rows[0][0]})"
                ]
                if fk_rows
                else []
            )
            values = check_values(conn)[: MAX_EXAMPLES * 4]
            return HealthReport(path, revision=revision, foreign_keys=fk_problems, values=values)
    except DatabaseError as exc:  # no key known for an encrypted file
        return HealthReport(path, integrity=[str(exc)])
    except cipher.DatabaseError as exc:
        if is_wrong_key(exc) and header != SQLITE_HEADER:
            return HealthReport(
                path,
                integrity=[
                    "het bestand is versleuteld met een andere sleutel dan die van deze "
                    "gebruiker, of het is geen database (SQLite: 'file is not a database')"
                ],
            )
        return HealthReport(path, integrity=[f"SQLite kan het bestand niet lezen ({exc})"])
