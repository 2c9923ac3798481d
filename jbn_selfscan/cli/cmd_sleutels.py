"""`jbn-selfscan sleutels`: this installation's fingerprint and the keys pinned for others.

The fingerprint is compared by phone or in person: the counterpart reads theirs from Help →
Over JBN Zelfscan (or this command). `--vergeet NAAM` forgets the key pinned for a person whose
key really changed (a new computer), so their next signed file pins the new one.
"""

from __future__ import annotations

import argparse

from jbn_selfscan.cli.cmd_gesprekken import cli_workspace, emit
from jbn_selfscan.cli.common import CliContext, CliError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sleutels",
        help="toon de vingerafdruk van deze installatie en de bekende sleutels van anderen",
        description=(
            "Toont de vingerafdruk van de sleutel waarmee deze installatie akkoorden "
            "ondertekent, en de sleutels die van gesprekspartners zijn vastgelegd bij hun "
            "eerste bestand. Vergelijk vingerafdrukken telefonisch of persoonlijk."
        ),
    )
    parser.add_argument(
        "--vergeet",
        metavar="NAAM",
        help="vergeet de vastgelegde sleutel van deze persoon (na een nieuwe computer)",
    )
    parser.set_defaults(handler=run_sleutels)


def run_sleutels(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.domain.dutch_dates import moment_text
    from jbn_selfscan.services.gesprekken import forget_pinned_key, own_fingerprint, pinned_keys

    with cli_workspace(context) as ws:
        if args.vergeet is not None:
            if not forget_pinned_key(ws, args.vergeet):
                raise CliError(f"van '{args.vergeet}' is geen sleutel vastgelegd")
            emit(
                f"De sleutel van {args.vergeet} is vergeten; het volgende ondertekende bestand "
                "legt de nieuwe vast."
            )
            return 0
        mine = own_fingerprint(ws)
        emit(
            f"Deze installatie: vingerafdruk {mine}"
            if mine
            else "Deze installatie heeft nog geen sleutel; die komt bij het eerste akkoord."
        )
        keys = pinned_keys(ws)
        if not keys:
            emit("Nog geen sleutels van anderen vastgelegd.")
        for key in keys:
            emit(
                f"{key.naam}: vingerafdruk {key.vingerafdruk} (vastgelegd "
                f"{moment_text(key.vastgelegd_op)}, uit {key.bron})"
            )
    return 0
