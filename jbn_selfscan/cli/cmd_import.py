"""`jbn-selfscan import BESTAND`: take over a merged caseloadgesprek file.

Exit 0 with one summary line (ingelezen / bijgewerkt / ongewijzigd); exit 1 with one Dutch line
when the file is refused, in which case nothing in the data directory has changed.
`--medewerker NAAM` only accepts a gesprek of that worker (it narrows what the installation
accepts, never widens it). An akkoord whose signature does not hold refuses the file; with
`--als-ongetekend` the content is read without the refused akkoorden.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jbn_selfscan.cli.cmd_gesprekken import add_password_options, cli_workspace, emit, read_password
from jbn_selfscan.cli.common import CliContext, CliError, UsageError
from jbn_selfscan.paths import PathError, require_regular_file


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="lees een caseloadgesprek in uit een uitwisselbestand (.json)",
        description=(
            "Leest een caseloadgesprek in dat de vaste jeugdzorgwerker of de praktijkbegeleider "
            "heeft geëxporteerd. Hetzelfde bestand twee keer inlezen verandert niets; een "
            "nieuwere versie vervangt de oude, die bewaard blijft."
        ),
    )
    parser.add_argument("file", nargs="?", metavar="BESTAND", help="het uitwisselbestand")
    parser.add_argument(
        "--medewerker",
        metavar="NAAM",
        help="accepteer alleen een caseloadgesprek van deze medewerker",
    )
    parser.add_argument(
        "--als-ongetekend",
        action="store_true",
        help=(
            "lees de inhoud ook als een akkoord niet klopt (handtekening of sleutel); "
            "de geweigerde akkoorden worden weggelaten"
        ),
    )
    add_password_options(parser, "van een versleuteld bestand")
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.domain.errors import UserFacingError
    from jbn_selfscan.services.gesprekken import PasswordRequiredError, import_gesprek_file

    if not args.file:
        raise UsageError("geef het bestand op: jbn-selfscan import BESTAND")
    try:  # at once: opening a FIFO would wait forever
        require_regular_file(Path(args.file))
    except PathError as exc:
        raise CliError(f"niet ingelezen: {exc}") from None
    password = read_password(args)
    with cli_workspace(context) as ws:
        try:
            outcome = import_gesprek_file(
                ws,
                Path(args.file),
                password=password,
                expected_medewerker=args.medewerker,
                accept_unsigned=args.als_ongetekend,
            )
        except PasswordRequiredError:
            raise CliError(
                "niet ingelezen: het bestand is versleuteld; geef het wachtwoord met "
                "--wachtwoord-bestand of --wachtwoord-env"
            ) from None
        except UserFacingError as exc:
            raise CliError(f"niet ingelezen: {exc}") from None
    emit(outcome.samenvatting)
    for line in outcome.akkoorden:
        emit(line)
    return 0
