"""`jbn-selfscan import-caseload BESTAND [--skip-invalid]`: import a caseload CSV or XLSX file.

Uses the automatic column mapping. On success stdout gets one summary line; notes (ignored
columns, a reference that looks like a BSN) go to stderr. When rows have errors and
`--skip-invalid` is not given, every row error is printed and nothing is imported (exit 1).
The file argument is checked here, not by argparse, so a missing file gets a Dutch message.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jbn_selfscan.cli.cmd_gesprekken import cli_workspace
from jbn_selfscan.cli.common import CliContext, CliError, UsageError
from jbn_selfscan.paths import PathError, require_regular_file


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import-caseload",
        help="importeer de caseload uit een CSV- of Excel-bestand (.csv, .xlsx)",
        description=(
            "Importeer cliënten uit een CSV- of Excel-bestand. Bestaande cliënten (zelfde "
            "zaakreferentie) worden bijgewerkt. Bij fouten wordt niets geïmporteerd, tenzij "
            "--skip-invalid is gegeven."
        ),
    )
    parser.add_argument("file", nargs="?", metavar="BESTAND", help="het caseloadbestand")
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="sla rijen met fouten over en importeer de geldige rijen",
    )
    parser.set_defaults(handler=run_import_caseload)


def run_import_caseload(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.services.caseload_import import (
        DEFAULT_IMPORT_USER,
        apply_import,
        plan_import,
    )

    if not args.file:
        raise UsageError("geef het caseloadbestand op: jbn-selfscan import-caseload BESTAND")
    try:  # at once: opening a FIFO would wait forever
        require_regular_file(Path(args.file))
    except PathError as exc:
        raise CliError(f"niet geïmporteerd: {exc}") from None
    with cli_workspace(context) as ws:  # a CaseloadImportError is printed as one line by main()
        ws.user = ws.user or DEFAULT_IMPORT_USER
        plan = plan_import(Path(args.file), ws=ws)
        for note in plan.notes():
            print(f"let op: {note}", file=sys.stderr)
        prefix = "overgeslagen: " if args.skip_invalid else ""
        for error in plan.errors:
            print(f"{prefix}{error}", file=sys.stderr)
        if plan.has_errors and not args.skip_invalid:
            raise CliError(
                plan.rejection_message()
                + " Verbeter het bestand, of gebruik --skip-invalid om alleen de geldige rijen "
                "te importeren."
            )
        result = apply_import(ws, plan, skip_invalid=args.skip_invalid)
    print(result.summary())
    return 0
