"""`jbn-selfscan check [BESTAND]`: is the database (or a backup file) whole and ours?

Reports SQLite's integrity check, the schema compared with our own migrations, the foreign keys
and the values in typed columns, in Dutch; exit 0 when all is in order, 1 on any problem. Reads
only: nothing is created, migrated or repaired.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jbn_selfscan.cli.common import CliContext, CliError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="controleer de database (integriteit, schema, verwijzingen) zonder iets te wijzigen",
        description=(
            "Controleert de database van de gegevensmap, of een reservekopie als BESTAND is "
            "gegeven: de integriteit volgens SQLite, het schema, de verwijzingen tussen tabellen "
            "en de opgeslagen waarden. Exitcode 0 als alles in orde is, anders 1."
        ),
    )
    parser.add_argument(
        "file", nargs="?", metavar="BESTAND", help="een reservekopie in plaats van de database"
    )
    parser.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace, context: CliContext) -> int:
    import os

    from jbn_selfscan.cli.cmd_gesprekken import emit
    from jbn_selfscan.paths import PathError, require_regular_file
    from jbn_selfscan.services.backups import check_file, newest_good_backup

    target = Path(args.file) if args.file else context.paths.database
    if args.file is None and not os.path.lexists(target):
        raise CliError(f"er is nog geen database in {context.paths.data_dir}")
    try:
        require_regular_file(target)
    except PathError as exc:
        raise CliError(str(exc)) from None
    context.keys.activate_stored_key(target)  # an encrypted file: read with this run's key
    report = check_file(target)
    for line in report.lines_nl():
        emit(line)
    if report.ok:
        emit("Alles in orde.")
        return 0
    if args.file is None:
        good = newest_good_backup(context.paths)
        if good is None:
            emit("Er is geen goede reservekopie in de gegevensmap gevonden.")
        else:
            emit(f"Nieuwste goede reservekopie: {good.path}")
            emit(f'Terugzetten: jbn-selfscan restore "{good.path}"')
    return 1
