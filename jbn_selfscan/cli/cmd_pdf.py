"""`jbn-selfscan pdf GESPREK -o BESTAND [--werkversie]`: the PDF of a caseloadgesprek.

Without `--werkversie` it is the personeelsdossier version (clients only as "Cliënt A", ...).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jbn_selfscan.cli.cmd_gesprekken import cli_workspace, emit, gesprek_id_from
from jbn_selfscan.cli.common import CliContext, CliError, UsageError
from jbn_selfscan.paths import PathError, require_output_file


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "pdf",
        help="maak de PDF van een caseloadgesprek (voor het personeelsdossier)",
        description=(
            "Maakt de PDF van een caseloadgesprek. Standaard de versie voor het "
            "personeelsdossier, met cliënten alleen als 'Cliënt A', 'Cliënt B', ..."
        ),
    )
    parser.add_argument("gesprek", nargs="?", metavar="GESPREK", help="nummer of code")
    parser.add_argument("-o", "--output", metavar="BESTAND", help="het PDF-bestand")
    parser.add_argument(
        "--werkversie",
        action="store_true",
        help="werkversie voor het gesprek zelf, met zaakreferenties, initialen en toelichtingen",
    )
    parser.set_defaults(handler=run_pdf)


def run_pdf(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.services.gesprekken import render_gesprek_pdf

    if not args.gesprek:
        raise UsageError("geef het caseloadgesprek op: jbn-selfscan pdf GESPREK -o BESTAND")
    if not args.output:
        raise UsageError("geef het PDF-bestand op met -o BESTAND")
    target = Path(args.output)
    try:
        require_output_file(target)
    except PathError as exc:
        raise CliError(f"geen PDF gemaakt: {exc}") from None
    with cli_workspace(context) as ws:
        gesprek_id = gesprek_id_from(ws, args.gesprek)
        try:  # a refusal (UserFacingError) is printed as one line by main()
            result = render_gesprek_pdf(ws, gesprek_id, target, werkversie=args.werkversie)
        except OSError as exc:
            raise CliError(
                f"de PDF kon niet worden opgeslagen als {target} ({exc.strerror or exc})"
            ) from None
    kind = "werkversie" if args.werkversie else "versie voor het personeelsdossier"
    emit(f"PDF ({kind}) van caseloadgesprek {gesprek_id} gemaakt: {target}")
    if result.warning:
        emit(result.warning)
    return 0
