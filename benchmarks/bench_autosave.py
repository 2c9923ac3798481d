"""Time of one autosave through the service (target: median below 10 ms).

Every edit on the scan screen calls `services.scans.save_answer`, which writes the answer and
its change-log rows in one transaction (WAL, synchronous=FULL: one fsync per commit) and returns
the re-evaluated scan (answers, previous answers, deadlines, evaluation). This benchmark runs it
on a file database the way typing does: the toelichting of one item grows by one character per
save, with a realistic scan around it (a previous signed scan, half of the items answered).
The parts run interleaved in blocks of ten, so a busy moment on the machine hits all alike.

It also times the parts, so a regression can be located:

- `autosave`: `save_answer_fast`, the path the scan screen uses on every edit (write, change
  log, re-evaluation; the previous scan is not read again);
- `save_full`: `save_answer`, which also rebuilds the whole snapshot (previous scan included);
- `snapshot`: `get_scan` alone (reading the scan and building the snapshot, no write);
- `commit`: one ORM write with one change-log row and its commit, nothing else;
- `evaluate`: `evaluate_scan` alone (conditions, verdicts, themes) on the same answers;
- `deadlines`: `client_deadlines` alone (memoised by the deadline engine);
- `disk_floor`: a bare sqlite3 commit of a similar write: what the disk alone costs.

Run: `.venv/bin/python benchmarks/bench_autosave.py [--saves 300] [--dir /tmp/x]`.
The data directory must be on a local disk; a tmpfs hides the fsync cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_MEDIAN_MS = 10.0
TODAY = dt.date(2026, 11, 20)


def _timed(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[int(len(ordered) * 0.9) - 1]
    return (
        f"{name:<10} median {statistics.median(times):6.2f} ms   p90 {p90:6.2f} ms   "
        f"max {max(times):6.2f} ms   (n={len(times)})"
    )


def _prepare(data_dir: Path) -> tuple[object, int, int]:
    """A workspace with one OTS client: a signed previous scan and a half-answered current one."""
    from jbn_selfscan.domain.caseload import ClientData
    from jbn_selfscan.domain.types import GesprekStatus, Maatregel
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services import scans
    from jbn_selfscan.services.clients import add_client
    from jbn_selfscan.services.workspace import open_workspace
    from jbn_selfscan.store.models import Caseloadgesprek, Zelfscan

    ws = open_workspace(AppPaths(data_dir))
    ws.user = "Benchmark"
    client = add_client(
        ws,
        ClientData(
            referentie="OTS-2026-001",
            initialen="A.B.",
            maatregel=Maatregel.OTS,
            uitspraakdatum=dt.date(2026, 3, 2),
        ),
        today=TODAY,
    )
    previous = scans.open_scan(ws, client, today=TODAY)
    keuze = [
        item
        for item in previous.checklist.items_for(previous.maatregel)
        if item.answer_type == "keuze" and item.condition is None
    ]
    for item in keuze:
        value = (item.choices or ())[0].value
        scans.save_answer(ws, previous.scan_id, item.id, value, "vorige keer", today=TODAY)
    with ws.db.session() as session, session.begin():
        gesprek = Caseloadgesprek(
            uid="bench", datum=TODAY, status=GesprekStatus.GETEKEND.value, medewerker_naam="B"
        )
        session.add(gesprek)
        session.flush()
        session.get_one(Zelfscan, previous.scan_id).gesprek_id = gesprek.id
    current = scans.open_scan(ws, client, today=TODAY)
    for item in keuze[::2]:
        scans.save_answer(ws, current.scan_id, item.id, (item.choices or ())[-1].value, "")
    scans.save_answer(ws, current.scan_id, "datum_eerste_f2f", "2026-03-04", "", today=TODAY)
    return ws, client, current.scan_id


def _disk_floor(directory: Path, repeat: int) -> list[float]:
    """A bare sqlite3 commit of the same writes (WAL, synchronous=FULL): what the disk costs."""
    import sqlite3

    conn = sqlite3.connect(directory / "floor.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, toelichting TEXT)")
    conn.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, at TEXT, new TEXT)")
    conn.execute("CREATE INDEX ix_log_at ON log (at)")
    conn.execute("INSERT INTO answer VALUES (1, '')")
    conn.commit()
    counter = iter(range(10**9))

    def write() -> None:
        n = next(counter)
        conn.execute("UPDATE answer SET toelichting = ? WHERE id = 1", (f"tekst {n}",))
        conn.execute("INSERT INTO log (at, new) VALUES (?, ?)", (f"{n:012d}", f"tekst {n}"))
        conn.commit()

    try:
        return _timed(write, repeat)
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="parent of the temporary data")
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from jbn_selfscan.domain.evaluation import evaluate_scan
    from jbn_selfscan.services import scans
    from jbn_selfscan.services.changelog import record_change
    from jbn_selfscan.services.deadlines import client_deadlines, deadline_states
    from jbn_selfscan.store.models import Answer, Client

    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        ws, client_id, scan_id = _prepare(Path(tmp) / "data")
        item_id = "actueel_beeld"
        typed = iter(range(10**9))

        def text() -> str:
            return ("Netwerk verouderd, zie verslag " * 4)[: 20 + next(typed) % 100]

        def fast() -> None:
            scans.save_answer_fast(ws, scan_id, item_id, "deels", text(), today=TODAY)  # type: ignore[arg-type]

        def full() -> None:
            scans.save_answer(ws, scan_id, item_id, "deels", text(), today=TODAY)  # type: ignore[arg-type]

        def snapshot() -> None:
            scans.get_scan(ws, scan_id, today=TODAY)  # type: ignore[arg-type]

        def commit_only() -> None:
            with ws.db.session() as session, session.begin():  # type: ignore[attr-defined]
                row = session.scalars(
                    select(Answer).where(Answer.zelfscan_id == scan_id, Answer.item_id == item_id)
                ).one()
                old, row.toelichting = row.toelichting, text()
                record_change(
                    session,
                    user="Benchmark",
                    entity="antwoord",
                    entity_id=f"{scan_id}/{item_id}",
                    field="toelichting",
                    old=old,
                    new=row.toelichting,
                )

        parts = {"autosave": fast, "save_full": full, "snapshot": snapshot, "commit": commit_only}
        for run in parts.values():
            _timed(run, 20)  # warm caches (checklist, calendar, compiled statements)
        # Interleaved in small blocks, so a busy moment on the machine hits every part alike.
        for _ in range(max(1, args.saves // 10)):
            for name, run in parts.items():
                results.setdefault(name, []).extend(_timed(run, 10))

        current = scans.get_scan(ws, scan_id, today=TODAY)  # type: ignore[arg-type]
        with ws.db.session() as session:  # type: ignore[attr-defined]
            client = session.get_one(Client, client_id)
            inputs = scans.answer_inputs(current.checklist, client, current.answers)
            calendar = ws.calendar  # type: ignore[attr-defined]
            states = deadline_states(client_deadlines(client, TODAY, calendar))
            results["evaluate"] = _timed(
                lambda: evaluate_scan(current.checklist, current.maatregel, inputs, TODAY, states),
                args.saves,
            )
            results["deadlines"] = _timed(
                lambda: client_deadlines(client, TODAY, calendar), args.saves
            )
        ws.close()  # type: ignore[attr-defined]
        results["disk_floor"] = _disk_floor(Path(tmp), args.saves)

    print(f"Autosave on a file database (WAL, synchronous=FULL), {sys.platform}")
    print("autosave = save_answer_fast (what the scan screen calls on every edit)")
    for name, times in results.items():
        print(_summary(name, times))
    median = statistics.median(results["autosave"])
    verdict = "OK" if median < TARGET_MEDIAN_MS else "TOO SLOW"
    print(f"target: median autosave < {TARGET_MEDIAN_MS:.0f} ms -> {verdict}")
    return 0 if median < TARGET_MEDIAN_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
