"""`jbn-selfscan sjabloon -o BESTAND`: save the caseload import template (.xlsx or .csv).

The kind follows the extension of BESTAND (.csv gives the CSV template, anything else the Excel
one, with .xlsx added when another extension was given). An existing file is never overwritten.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jbn_selfscan.cli.cmd_gesprekken import emit
from jbn_selfscan.cli.common import CliContext, CliError, UsageError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sjabloon",
        help="sla het sjabloon voor de caseload-import op (.xlsx of .csv)",
        description=(
            "Slaat het sjabloon op waarmee je je caseload invult voor import-caseload. "
            "Een bestandsnaam op .csv geeft het CSV-sjabloon, anders het Excel-sjabloon (.xlsx)."
        ),
    )
    parser.add_argument("-o", "--output", metavar="BESTAND", help="het doelbestand")
    parser.set_defaults(handler=run_sjabloon)


def run_sjabloon(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.services.caseload_files import CaseloadImportError, save_template

    if not args.output:
        raise UsageError("geef het doelbestand op: jbn-selfscan sjabloon -o BESTAND")
    target = Path(args.output)
    if target.suffix.casefold() not in {".csv", ".xlsx"}:
        target = target.with_suffix(".xlsx")
    if target.exists():
        raise CliError(f"'{target}' bestaat al; kies een andere bestandsnaam.")
    try:
        saved = save_template(target)
    except CaseloadImportError as exc:
        raise CliError(str(exc)) from None
    emit(f"Sjabloon opgeslagen als {saved}.")
    return 0
