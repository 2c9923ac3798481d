"""`jbn-selfscan export GESPREK -o BESTAND`: write the merged caseloadgesprek file.

GESPREK is the number or the code (uid) shown by `jbn-selfscan gesprekken`. The file goes where
`-o` says (the user's choice). A password, if any, comes from a file or an environment variable,
never from the command line itself; identifiers typed into free text are always redacted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jbn_selfscan.cli.cmd_gesprekken import (
    add_password_options,
    cli_workspace,
    emit,
    gesprek_id_from,
    read_password,
)
from jbn_selfscan.cli.common import CliContext, CliError, UsageError
from jbn_selfscan.paths import PathError, require_output_file


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="exporteer een caseloadgesprek naar een uitwisselbestand (.json)",
        description=(
            "Schrijft het samengevoegde caseloadgesprek (zelfscan, afspraken, acties, akkoord) "
            "naar een bestand voor de praktijkbegeleider of de vaste jeugdzorgwerker. Mogelijk "
            "identificerende gegevens in vrije tekst worden weggelaten."
        ),
    )
    parser.add_argument("gesprek", nargs="?", metavar="GESPREK", help="nummer of code")
    parser.add_argument("-o", "--output", metavar="BESTAND", help="het doelbestand")
    add_password_options(parser, "om het bestand te versleutelen")
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.services.gesprekken import export_gesprek

    if not args.gesprek:
        raise UsageError("geef het caseloadgesprek op: jbn-selfscan export GESPREK -o BESTAND")
    if not args.output:
        raise UsageError("geef het doelbestand op met -o BESTAND")
    password = read_password(args)
    target = Path(args.output)
    try:
        require_output_file(target)
    except PathError as exc:
        raise CliError(f"niet geëxporteerd: {exc}") from None
    with cli_workspace(context) as ws:
        gesprek_id = gesprek_id_from(ws, args.gesprek)
        export_gesprek(ws, gesprek_id, target, password=password)  # errors: one line (main)
    extra = ", versleuteld met het wachtwoord" if password is not None else ""
    emit(f"Caseloadgesprek {gesprek_id} geëxporteerd naar {target}{extra}.")
    return 0
