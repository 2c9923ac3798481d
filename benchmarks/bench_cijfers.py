"""Caseload in cijfers at organisation scale: the team view, `cijfers combineer`, the worker's page.

Targets (issue 17): the team view with 15 workers x 25 clients x 8 quarters opens in under 1 s;
`cijfers combineer` of 60 team files under 2 s; the worker's page under 100 ms at 40 clients;
nothing grows worse than linearly.

Set-up (not timed):

- one worker installation with 25 demo clients and one signed gesprek; its frozen (signed)
  document is copied into a praktijkbegeleider's database as 15 x 8 signed gesprekken (own uid,
  worker name and date each). The copies are written straight into the tables, which is what an
  import leaves behind for a signed gesprek (a `caseloadgesprek` row and its frozen
  `gesprek_versie` document); importing 120 files would only make the set-up slow;
- 60 copies of a team's aggregate file;
- a worker installation with 40 clients, each with a complete zelfscan.

Timed, each as the median of `--repeat` runs, with a floor measured in the same run:

- team view: `team_report` with a cold cache (what opening the window costs the first time) and
  warm; floor: `json.loads` of the 120 frozen documents (reading them at all);
- the team window itself (offscreen, `CijfersWindow` in team mode, models filled);
- combineer: reading, checking (JSON Schema) and adding up 60 files and writing the result, via
  the command's own `main()`; floor: `json.loads` of the 60 files;
- the worker's page: `worker_report` (40 clients, live) and the window; floor: `list_overview`
  on the same data (the caseload overview the app already shows);
- growth: the team view at 2, 4 and 8 quarters and the worker's page at 10, 20, 40 and 80
  clients, as time per dossier.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_cijfers.py [--repeat 5]`.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 11, 20)
WORKERS, CLIENTS_PER_WORKER, QUARTERS = 15, 25, 8


def timed(
    action: Callable[[], object], repeat: int, before: Callable[[], None] | None = None
) -> float:
    """Median wall time in ms."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        gc.collect()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _clients(count: int, suffix: str) -> list[Any]:
    from jbn_selfscan.services.demo_data import CLIENTS

    return [
        dataclasses.replace(
            CLIENTS[i % len(CLIENTS)],
            referentie=f"{CLIENTS[i % len(CLIENTS)].referentie}-{suffix}{i}",
        )
        for i in range(count)
    ]


def worker_with_clients(folder: Path, count: int, *, sign: bool) -> Any:
    """A worker installation with `count` clients, each with a complete zelfscan."""
    from jbn_selfscan.domain.types import Role
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services import checklists
    from jbn_selfscan.services import gesprekken as g
    from jbn_selfscan.services.clients import add_client
    from jbn_selfscan.services.demo import _fill_scan, client_data
    from jbn_selfscan.services.demo_data import DEMO_COACH, DEMO_WORKER
    from jbn_selfscan.services.profile import save_profile
    from jbn_selfscan.services.scans import open_scan
    from jbn_selfscan.services.workspace import open_workspace

    ws = open_workspace(AppPaths(folder), daily_backup=False)
    save_profile(ws, DEMO_WORKER, Role.JEUGDBESCHERMER)
    clients = _clients(count, "B")
    checklist = checklists.current()
    ids = {c.referentie: add_client(ws, client_data(c, TODAY), today=TODAY) for c in clients}
    if sign:
        gesprek_id = g.start_gesprek(ws, TODAY, DEMO_COACH, today=TODAY)
        for point in g.gesprek_view(ws, gesprek_id, today=TODAY).clients:
            assert point.scan_id is not None
            client = next(c for c in clients if c.referentie == point.referentie)
            _fill_scan(ws, point.scan_id, client, checklist, TODAY, "compleet", current=True)
        at = dt.datetime.combine(TODAY, dt.time(14))
        g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, DEMO_WORKER, at=at)
        g.sign_gesprek(ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, DEMO_COACH, at=at)
    else:
        for c in clients:
            scan_id = open_scan(ws, ids[c.referentie], today=TODAY).scan_id
            _fill_scan(ws, scan_id, c, checklist, TODAY, "compleet", current=True)
    return ws


def team_database(folder: Path, template_doc: str, quarters: int) -> Any:
    """A praktijkbegeleider's database with WORKERS x quarters signed gesprekken."""
    from jbn_selfscan.domain.types import GesprekStatus, Role
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services.demo_data import DEMO_COACH
    from jbn_selfscan.services.profile import save_profile
    from jbn_selfscan.services.workspace import open_workspace
    from jbn_selfscan.store.models import VERSIE_GETEKEND, Caseloadgesprek, GesprekVersie

    ws = open_workspace(AppPaths(folder), daily_backup=False)
    save_profile(ws, DEMO_COACH, Role.PRAKTIJKBEGELEIDER)
    base = json.loads(template_doc)
    with ws.db.session() as session, session.begin():
        for w in range(WORKERS):
            for q in range(quarters):
                uid = uuid.uuid4().hex
                datum = TODAY - dt.timedelta(days=91 * (quarters - 1 - q) + w)
                naam = f"Medewerker {w + 1:02d}"
                doc = json.loads(json.dumps(base))
                doc["gesprek"].update(uid=uid, datum=datum.isoformat())
                doc["gesprek"]["medewerker"]["naam"] = naam
                session.add(
                    Caseloadgesprek(
                        uid=uid,
                        versie=1,
                        datum=datum,
                        status=GesprekStatus.GETEKEND.value,
                        medewerker_naam=naam,
                        praktijkbegeleider_naam=DEMO_COACH,
                    )
                )
                session.add(
                    GesprekVersie(
                        gesprek_uid=uid, versie=1, soort=VERSIE_GETEKEND, document=json.dumps(doc)
                    )
                )
    return ws


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from jbn_selfscan.cli import main as cli_main
    from jbn_selfscan.exchange.cijfers_file import write_cijfers_json
    from jbn_selfscan.services import cijfers
    from jbn_selfscan.services.cijfers_cache import CACHE_FILE_NAME
    from jbn_selfscan.services.cijfers_export import report_document
    from jbn_selfscan.services.overview import list_overview
    from jbn_selfscan.store.models import GesprekVersie
    from jbn_selfscan.ui.cijfers import CijfersWindow

    app = QApplication.instance() or QApplication(sys.argv)
    repeat = args.repeat
    print(f"{dt.date.today()}  {platform.platform()}  Python {platform.python_version()}")
    print(f"CPU: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        source = worker_with_clients(root / "bron", CLIENTS_PER_WORKER, sign=True)
        with source.db.session() as session:
            template = session.query(GesprekVersie).one().document
        source.close()

        def clear_cache() -> None:
            """As a new run of the app after new gesprekken came in: nothing kept yet."""
            cijfers._signed_cache.clear()
            for ws_dir in root.glob("team-*"):
                (ws_dir / CACHE_FILE_NAME).unlink(missing_ok=True)

        def new_run() -> None:
            """As a new run of the app: the facts file is there, the memory is empty."""
            cijfers._signed_cache.clear()

        # --- team view and its growth with the number of quarters
        results: dict[int, tuple[float, float, float, float]] = {}
        team_ws = None
        for quarters in (2, 4, QUARTERS):
            ws = team_database(root / f"team-{quarters}", template, quarters)
            with ws.db.session() as session:
                docs = [row.document for row in session.query(GesprekVersie)]
            floor = timed(lambda docs=docs: [json.loads(d) for d in docs], repeat)
            cold = timed(lambda ws=ws: cijfers.team_report(ws, TODAY), repeat, clear_cache)
            cijfers.team_report(ws, TODAY)  # writes the facts file
            rerun = timed(lambda ws=ws: cijfers.team_report(ws, TODAY), repeat, new_run)
            warm = timed(lambda ws=ws: cijfers.team_report(ws, TODAY), repeat)
            results[quarters] = (floor, cold, rerun, warm)
            if quarters == QUARTERS:
                team_ws = ws
            else:
                ws.close()
        assert team_ws is not None
        dossiers = WORKERS * CLIENTS_PER_WORKER * QUARTERS
        floor, cold, rerun, warm = results[QUARTERS]
        print(
            f"\nTeam view, {WORKERS} workers x {CLIENTS_PER_WORKER} clients x {QUARTERS} quarters"
        )
        print(f"  floor json.loads of {WORKERS * QUARTERS} documents: {floor:.0f} ms")
        print(
            f"  team_report, new gesprekken (all read): {cold:.0f} ms ({cold / floor:.1f}x floor)"
        )
        print(f"  team_report, new app run (facts file): {rerun:.0f} ms; warm: {warm:.1f} ms")

        def open_team_window() -> None:
            window = CijfersWindow(team_ws, today=TODAY)
            window.mode_combo.setCurrentIndex(1)
            window.show()
            app.processEvents()
            window.close()
            window.deleteLater()
            app.processEvents()

        window_cold = timed(open_team_window, repeat, clear_cache)
        window_rerun = timed(open_team_window, repeat, new_run)
        print(
            f"  window (own + team view, shown): all read {window_cold:.0f} ms, "
            f"new app run {window_rerun:.0f} ms"
        )
        print("  growth (quarters: ms per dossier cold, ratio to floor):")
        for quarters, (f, c, r, _w) in results.items():
            n = WORKERS * CLIENTS_PER_WORKER * quarters
            print(
                f"    {quarters}: all read {1000 * c / n:.0f} us/dossier ({c / f:.1f}x floor), "
                f"new run {1000 * r / n:.0f} us/dossier"
            )

        # --- combineer 60 team files
        team_doc = report_document(cijfers.team_report(team_ws, TODAY), aggregate=True, bron="team")
        files = []
        for i in range(60):
            path = root / f"team-{i:02d}.json"
            write_cijfers_json(path, team_doc)
            files.append(str(path))
        out = root / "organisatie.json"
        floor60 = timed(lambda: [json.loads(Path(f).read_text("utf-8")) for f in files], repeat)
        combine = timed(lambda: cli_main(["cijfers", "combineer", *files, "-o", str(out)]), repeat)
        size = os.path.getsize(files[0])
        print(
            f"\ncombineer 60 team files ({size / 1000:.0f} kB each): {combine:.0f} ms "
            f"(floor json.loads {floor60:.0f} ms, {combine / floor60:.1f}x)"
        )
        team_ws.close()

        # --- the worker's page and its growth with the caseload
        print("\nWorker's page (live caseload, complete zelfscans):")
        for count in (10, 20, 40, 80):
            ws = worker_with_clients(root / f"w{count}", count, sign=False)
            overview = timed(lambda ws=ws: list_overview(ws, TODAY), repeat)
            page = timed(
                lambda ws=ws: cijfers.worker_report(ws, TODAY), repeat, cijfers._live_cache.clear
            )
            line = (
                f"  {count} clients: worker_report {page:.1f} ms, floor list_overview "
                f"{overview:.1f} ms ({page / overview:.1f}x), {1000 * page / count:.0f} us/client"
            )
            if count == 40:

                def open_window(ws: Any = ws) -> None:
                    window = CijfersWindow(ws, today=TODAY)
                    window.show()
                    app.processEvents()
                    window.close()
                    window.deleteLater()
                    app.processEvents()

                line += f"; window shown {timed(open_window, repeat):.0f} ms"
            print(line)
            ws.close()
        print(f"\n(dossiers in the team view: {dossiers}; signed gesprekken: {WORKERS * QUARTERS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
