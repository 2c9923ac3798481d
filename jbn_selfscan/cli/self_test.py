"""`jbn-selfscan --self-test`: prove that this installation (a checkout, a wheel or the frozen
bundle) has everything it reads at run time and that every main path works.

In a temporary data directory it runs the migrations, loads every shipped checklist, computes the
deadlines of each maatregel (from the shipped holiday table), imports the caseload template,
fills the demo, exports a gesprek and imports it into a second data directory, renders both PDFs,
and opens and closes the main window offscreen. One Dutch line per step; exit code 0 only when
every step passed. No user data is read or written.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.paths import AppPaths

if TYPE_CHECKING:
    from jbn_selfscan.services.workspace import KeySource

# The day the steps take as "today": a fixed day after every date in the caseload template, so
# the result says something about the installation and nothing about the system clock.
SELF_TEST_DAY = dt.date(2026, 6, 1)


class SelfTestError(UserFacingError):
    """A step did not produce what it should (Dutch message)."""


@dataclass
class _Run:
    base: Path
    today: dt.date
    demo: AppPaths
    gesprek_id: int | None = None
    export_file: Path | None = None

    @property
    def key_file(self) -> str:
        """A key of its own in the temporary folder: the user's key is never read or made."""
        return str(self.base / "databasesleutel")

    def keys(self) -> KeySource:
        from jbn_selfscan.services.workspace import KeySource

        return KeySource(key_file=self.key_file)


def _migrations(run: _Run) -> str:
    from jbn_selfscan.services.workspace import open_workspace, schema_revisions

    paths = AppPaths(run.base / "leeg")
    ws = open_workspace(paths, keys=run.keys(), daily_backup=False)
    ws.close()
    found, expected = schema_revisions(paths)
    if found != expected:
        raise SelfTestError(f"databaseversie {found}, verwacht {expected}")
    return f"database gemaakt en bijgewerkt tot versie {expected}"


def _checklists(run: _Run) -> str:
    from importlib import resources

    from jbn_selfscan.domain.checklist import load_checklist
    from jbn_selfscan.services import checklists

    folder = resources.files("jbn_selfscan").joinpath("checklists")
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)
    if not files:
        raise SelfTestError("geen checklistbestanden gevonden")
    items = 0
    for file in files:
        items += len(load_checklist(Path(str(file))).items)
    current = checklists.current()
    return f"{len(files)} checklist(s) geladen ({items} items); in gebruik: {current.id}"


def _deadlines(run: _Run) -> str:
    from jbn_selfscan.domain.calendar import holiday_table_in_use
    from jbn_selfscan.domain.deadlines import StepDates, compute_deadlines
    from jbn_selfscan.domain.types import Maatregel

    if not holiday_table_in_use():
        raise SelfTestError(
            "de feestdagentabel (assets/holiday_table.json) ontbreekt, is beschadigd of hoort "
            "bij een andere versie van het pakket holidays; termijnen worden dan trager berekend"
        )
    counts = []
    for maatregel in Maatregel:
        results = compute_deadlines(
            maatregel, run.today - dt.timedelta(days=30), StepDates(), run.today
        )
        if not results:
            raise SelfTestError(f"geen termijnen voor {maatregel.value}")
        counts.append(f"{maatregel.value} {len(results)}")
    return "termijnen berekend: " + ", ".join(counts)


def _template(run: _Run) -> str:
    from jbn_selfscan.services.caseload_files import template_path
    from jbn_selfscan.services.caseload_import import (
        DEFAULT_IMPORT_USER,
        apply_import,
        plan_import,
    )
    from jbn_selfscan.services.workspace import open_workspace

    summaries = []
    for kind in ("xlsx", "csv"):
        ws = open_workspace(
            AppPaths(run.base / f"sjabloon-{kind}"), keys=run.keys(), daily_backup=False
        )
        try:
            ws.user = DEFAULT_IMPORT_USER
            plan = plan_import(template_path(kind), today=run.today, ws=ws)
            result = apply_import(ws, plan)
        finally:
            ws.close()
        if result.added < 1:
            raise SelfTestError(f"het {kind}-sjabloon leverde geen cliënt op")
        summaries.append(kind)
    return f"caseload-sjabloon ingelezen ({' en '.join(summaries)})"


def _demo(run: _Run) -> str:
    from jbn_selfscan.services.demo import fill_demo
    from jbn_selfscan.services.workspace import open_workspace

    ws = open_workspace(run.demo, keys=run.keys(), daily_backup=False)
    try:
        summary = fill_demo(ws, run.today)
    finally:
        ws.close()
    run.gesprek_id = summary.signed_gesprek_id
    return f"demo gevuld: {summary.clients} cliënten, {summary.scans} zelfscans"


def _need_gesprek(run: _Run) -> int:
    if run.gesprek_id is None:
        raise SelfTestError("overgeslagen: de demo is niet gelukt")
    return run.gesprek_id


def _exchange(run: _Run) -> str:
    from jbn_selfscan.services.gesprekken import export_gesprek, import_gesprek_file
    from jbn_selfscan.services.workspace import open_workspace

    gesprek_id = _need_gesprek(run)
    target = run.base / "gesprek.json"
    ws = open_workspace(run.demo, keys=run.keys(), daily_backup=False)
    try:
        export_gesprek(ws, gesprek_id, target)
    finally:
        ws.close()
    other = open_workspace(
        AppPaths(run.base / "andere-laptop"), keys=run.keys(), daily_backup=False
    )
    try:
        outcome = import_gesprek_file(other, target)
    finally:
        other.close()
    run.export_file = target
    return f"gesprek geëxporteerd en elders ingelezen: {outcome.samenvatting}"


def _pdfs(run: _Run) -> str:
    from jbn_selfscan.services.gesprekken import render_gesprek_pdf
    from jbn_selfscan.services.workspace import open_workspace

    gesprek_id = _need_gesprek(run)
    sizes = []
    ws = open_workspace(run.demo, keys=run.keys(), daily_backup=False)
    try:
        for werkversie in (False, True):
            target = run.base / f"gesprek-{'werk' if werkversie else 'dossier'}.pdf"
            render_gesprek_pdf(ws, gesprek_id, target, werkversie=werkversie)
            data = target.read_bytes()
            if not data.startswith(b"%PDF-") or b"DejaVuSans" not in data:
                raise SelfTestError(f"{target.name} is geen PDF met de meegeleverde letters")
            sizes.append(f"{len(data) // 1024} kB")
    finally:
        ws.close()
    return f"beide PDF's gemaakt (personeelsdossier {sizes[0]}, werkversie {sizes[1]})"


def _main_window(run: _Run) -> str:
    from jbn_selfscan.cli.common import CliContext
    from jbn_selfscan.cli.start_gui import start_gui

    _need_gesprek(run)
    code = start_gui(CliContext(paths=run.demo, key_file=run.key_file), quit_when_ready=True)
    if code != 0:
        raise SelfTestError(f"het hoofdvenster stopte met code {code}")
    return "hoofdvenster geopend en gesloten (zonder scherm)"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("migraties", _migrations),
    ("checklists", _checklists),
    ("termijnen", _deadlines),
    ("sjabloon", _template),
    ("demo", _demo),
    ("uitwisselen", _exchange),
    ("pdf", _pdfs),
    ("venster", _main_window),
)


def run_self_test(
    today: dt.date | None = None,
    out: TextIO | None = None,
    steps: tuple[tuple[str, Callable[[_Run], str]], ...] = STEPS,
) -> int:
    """Run every step in a temporary directory; 0 when all passed, else 1.

    `today` defaults to SELF_TEST_DAY (not the system clock).
    """
    stream = out or sys.stdout
    # the main window opens without a screen, before Qt is loaded
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    failures = 0
    with tempfile.TemporaryDirectory(prefix="jbn-selfscan-zelftest-") as tmp:
        base = Path(tmp)
        run = _Run(base=base, today=today or SELF_TEST_DAY, demo=AppPaths(base / "demo"))
        for name, step in steps:
            try:
                message = step(run)
            except Exception as exc:  # every failure is reported as one line, then the next step
                failures += 1
                detail = str(exc) or type(exc).__name__
                print(f"FOUT  {name}: {detail}", file=stream, flush=True)
                if os.environ.get("JBN_SELFSCAN_DEBUG"):
                    traceback.print_exc()
            else:
                print(f"OK    {name}: {message}", file=stream, flush=True)
    verdict = (
        "Zelftest geslaagd."
        if failures == 0
        else f"Zelftest mislukt: {failures} van {len(steps)} stappen."
    )
    print(verdict, file=stream, flush=True)
    return 0 if failures == 0 else 1
