"""The caseload overview with 1,000 clients: building the model and filtering per keystroke.

Targets: building the overview model (list_overview + CaseloadModel.set_rows) under 300 ms,
and each keystroke in the search field under 50 ms.

Set-up (not timed): 1,000 clients in one transaction; 200 of them get a zelfscan with three
answers. The set-up's garbage is collected before timing (`gc.collect()`): otherwise a full
collection of the whole process (~65 ms, triggered by what the set-up left behind) tends to
land in the first build; the number of full collections during it is printed. (In the app the
first build runs during start-up, when the collector is paused: see `jbn_selfscan.startup_gc`.)
Timed:

- first build in this process (includes the one-time load of the checklist and the holiday
  table, both cached afterwards), then the median of several rebuilds (what every full
  refresh costs);
- search-as-you-type: typing "zaak-0123" into the overview's search field one character at a
  time and deleting it again (each step: the proxy filters, the view updates its count);
- the checkbox filters on and off.

Run: `.venv/bin/python benchmarks/bench_overview.py [--clients 1000] [--keep-garbage]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jbn_selfscan.services.workspace import Workspace

BUILD_TARGET_MS = 300.0
KEYSTROKE_TARGET_MS = 50.0


def fill(data_dir: Path, clients: int, with_scans: int) -> Workspace:
    from jbn_selfscan.domain.caseload import ClientData
    from jbn_selfscan.domain.types import Maatregel, Role
    from jbn_selfscan.paths import resolve_paths
    from jbn_selfscan.services import checklists, scans
    from jbn_selfscan.services.clients import list_clients, upsert_clients_in
    from jbn_selfscan.services.profile import save_profile
    from jbn_selfscan.services.workspace import open_workspace

    ws = open_workspace(resolve_paths(data_dir))
    save_profile(ws, "Benchmark Gebruiker", Role.JEUGDBESCHERMER)
    today = dt.date.today()
    kinds = list(Maatregel)
    data = []
    for i in range(clients):
        uitspraak = today - dt.timedelta(days=10 + (i * 7) % 700)
        data.append(
            ClientData(
                referentie=f"ZAAK-{i:04d}",
                initialen=f"{'ABCDEFGH'[i % 8]}.{'KLMNOP'[i % 6]}.",
                maatregel=kinds[i % 3],
                uitspraakdatum=uitspraak,
                regio=("Groningen", "Drenthe")[i % 2],
                team=f"Team {1 + i % 4}",
                contactpersoon=("Els de Vries", "Jan Bakker", "Sanne Smit")[i % 3],
                eerste_f2f=uitspraak + dt.timedelta(days=3) if i % 2 else None,
                eerste_pva=uitspraak + dt.timedelta(days=35) if i % 3 == 0 else None,
            )
        )
    with ws.db.session() as session, session.begin():
        upsert_clients_in(session, data, user=ws.user)
    keuze = [item for item in checklists.current().items if item.choices][:3]
    for record in list_clients(ws)[:with_scans]:
        snapshot = scans.open_scan(ws, record.id, today)
        for item in keuze:
            if record.data.maatregel in item.maatregelen and item.choices:
                scans.save_answer(ws, snapshot.scan_id, item.id, item.choices[0].value, "", today)
    return ws


def ms(seconds: float) -> float:
    return seconds * 1000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--keep-garbage",
        action="store_true",
        help="do not collect the set-up's garbage before the first build",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory() as tmp:
        print(f"setting up {args.clients} clients ({args.scans} with a zelfscan)…", flush=True)
        ws = fill(Path(tmp) / "data", args.clients, args.scans)
        try:
            run(ws, args.repeat, collect_first=not args.keep_garbage)
        finally:
            ws.close()
    return 0


def run(ws: Workspace, repeat: int, *, collect_first: bool = True) -> None:
    # A fresh interpreter would pay these once; measure them as part of the first build.
    from jbn_selfscan.domain import checklist, deadlines

    for cached in (checklist.load_shipped_file, deadlines._compute, deadlines.explain_term):
        clear = getattr(cached, "cache_clear", None)
        if clear is not None:
            clear()

    from PySide6.QtWidgets import QApplication

    from jbn_selfscan.services.overview import list_overview
    from jbn_selfscan.ui.caseload.view import CaseloadView

    app = QApplication.instance() or QApplication([])
    today = dt.date.today()
    view = CaseloadView()
    view.resize(1200, 800)
    view.show()
    app.processEvents()

    if collect_first:
        gc.collect()
    full_collections = gc.get_stats()[2]["collections"]
    start = time.perf_counter()
    rows = list_overview(ws, today)
    view.set_rows(rows, today)
    first = time.perf_counter() - start
    full_collections = gc.get_stats()[2]["collections"] - full_collections

    rebuilds, services_only = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        rows = list_overview(ws, today)
        middle = time.perf_counter()
        view.set_rows(rows, today)
        end = time.perf_counter()
        rebuilds.append(end - start)
        services_only.append(middle - start)
    app.processEvents()

    word = "zaak-0123"
    keystrokes = []
    for _ in range(3):
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            view.search_edit.setText(word[:n])
            keystrokes.append(time.perf_counter() - start)
        for n in range(len(word) - 1, -1, -1):
            start = time.perf_counter()
            view.search_edit.setText(word[:n])
            keystrokes.append(time.perf_counter() - start)
    toggles = []
    for check in (view.expired_check, view.unfinished_check):
        for state in (True, False):
            start = time.perf_counter()
            check.setChecked(state)
            toggles.append(time.perf_counter() - start)
    sort_times = []
    for column in range(view.model.columnCount()):
        start = time.perf_counter()
        view.proxy.sort(column)
        sort_times.append(time.perf_counter() - start)

    build = statistics.median(rebuilds)
    key_median, key_max = statistics.median(keystrokes), max(keystrokes)
    print(f"rows: {len(rows)}")
    print(
        f"overview model, first build in the process: {ms(first):.0f} ms "
        "(includes loading the checklist and the holiday table once; "
        f"full garbage collections during it: {full_collections}), "
        f"target < {BUILD_TARGET_MS:.0f} ms: {'met' if ms(first) < BUILD_TARGET_MS else 'MISSED'}"
    )
    print(
        f"overview model, rebuild: median {ms(build):.0f} ms "
        f"(list_overview {ms(statistics.median(services_only)):.0f} ms), "
        f"target < {BUILD_TARGET_MS:.0f} ms: {'met' if ms(build) < BUILD_TARGET_MS else 'MISSED'}"
    )
    print(
        f"search keystroke: median {ms(key_median):.1f} ms, max {ms(key_max):.1f} ms "
        f"over {len(keystrokes)} keystrokes, target < {KEYSTROKE_TARGET_MS:.0f} ms: "
        f"{'met' if ms(key_max) < KEYSTROKE_TARGET_MS else 'MISSED'}"
    )
    print(f"filter check box on/off: max {ms(max(toggles)):.1f} ms")
    print(
        f"sorting a column: median {ms(statistics.median(sort_times)):.1f} ms, "
        f"max {ms(max(sort_times)):.1f} ms"
    )
    view.close()


if __name__ == "__main__":
    raise SystemExit(main())
