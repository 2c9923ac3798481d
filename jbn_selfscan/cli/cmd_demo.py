"""`jbn-selfscan [--data-dir MAP] demo [--no-gui]`: fill an empty data directory with demo data.

Without `--data-dir` (or JBN_SELFSCAN_DATA_DIR) the demo gets its own data directory, apart from
the real one. Refuses (exit 1, nothing changed) when the data directory already holds real data
(a profile or clients); that check reads the database read-only, before anything could migrate
it. A directory filled by an earlier demo run is simply opened again. Without `--no-gui` the app
starts afterwards, as it does without a subcommand.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from jbn_selfscan.cli.cmd_gesprekken import cli_workspace, emit
from jbn_selfscan.cli.common import CliContext, CliError, UsageError
from jbn_selfscan.paths import AppPaths, data_dir_chosen, default_demo_dir

DEMO_MARKER = "demo-gegevens.txt"

ALREADY_FILLED = (
    "deze gegevensmap bevat al gegevens (een profiel of cliënten); de demo vult alleen een "
    "lege map. Kies een nieuwe map met --data-dir. Er is niets veranderd."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="vul een lege gegevensmap met een verzonnen caseload om de app uit te proberen",
        description=(
            "Maakt een verzonnen caseload van 15 cliënten met zelfscans, een getekend "
            "caseloadgesprek van vorig kwartaal en een caseloadgesprek in voorbereiding. "
            "Alleen in een lege gegevensmap; daarna start de app."
        ),
    )
    parser.add_argument("--no-gui", action="store_true", help="start de app daarna niet")
    who = parser.add_mutually_exclusive_group()
    who.add_argument(
        "--team",
        action="store_true",
        help=(
            "vul de map als praktijkbegeleider met zes medewerkers en vier kwartalen getekende "
            "caseloadgesprekken (via export en import)"
        ),
    )
    who.add_argument(
        "--medewerker", metavar="NAAM", help="maak de demo onder deze naam van een medewerker"
    )
    parser.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, context: CliContext) -> int:
    if not data_dir_chosen(args.data_dir):
        context = context.with_paths(AppPaths(default_demo_dir()))
    marker = context.paths.data_dir / DEMO_MARKER
    if holds_data(context) and marker.exists():
        emit(f"De demo staat al klaar in {context.paths.data_dir}; er is niets veranderd.")
    elif holds_data(context):
        raise CliError(ALREADY_FILLED)
    else:
        # Only to fill: it loads the gesprek services, which reopening the demo does not need.
        from jbn_selfscan.services.demo import fill_demo

        with cli_workspace(context) as ws:  # a DemoError is printed as one line by main()
            if args.team:
                from jbn_selfscan.services.demo_team import fill_team_demo

                summary: Any = fill_team_demo(ws, dt.date.today(), progress=emit)
            else:
                summary = fill_demo(ws, dt.date.today(), _worker_name(args.medewerker))
        marker.write_text(
            "Deze map is gevuld door 'jbn-selfscan demo': alle gegevens zijn verzonnen.\n",
            encoding="utf-8",
        )
        emit(summary.text())
        emit(f"Gegevensmap: {context.paths.data_dir}")
    if args.no_gui:
        return 0
    from jbn_selfscan.cli.start_gui import start_gui

    return start_gui(context, quit_when_ready=args.quit_when_ready)


def _worker_name(text: str | None) -> str:
    from jbn_selfscan.services.demo_data import DEMO_WORKER

    if text is None:
        return DEMO_WORKER
    name = " ".join(text.split())
    if not name or len(name) > 200:
        raise UsageError("--medewerker: geef een naam van 1 tot 200 tekens")
    return name


def holds_data(context: CliContext) -> bool:
    """Whether an existing database has a profile or clients (read-only; unreadable: True)."""
    from jbn_selfscan.services.workspace import database_holds_data

    database = context.paths.database
    if database.exists():
        context.keys.activate_stored_key(database)
    return database_holds_data(database)
