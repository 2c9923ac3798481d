"""`jbn-selfscan backup [-o FILE]` and `jbn-selfscan restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jbn_selfscan.cli.common import CliContext, CliError


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser("backup", help="maak nu een reservekopie van de database")
    backup.add_argument("-o", "--output", metavar="BESTAND", help="waar de kopie komt")
    old = backup.add_mutually_exclusive_group()
    old.add_argument(
        "--oude-versleutelen",
        action="store_true",
        help="versleutel de onversleutelde reservekopieën van een eerdere versie",
    )
    old.add_argument(
        "--oude-verwijderen",
        action="store_true",
        help="verwijder de onversleutelde reservekopieën van een eerdere versie",
    )
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser("restore", help="zet een reservekopie terug")
    restore.add_argument("file", metavar="BESTAND", help="de reservekopie")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.domain.errors import UserFacingError
    from jbn_selfscan.services.backups import (
        backup_now,
        encrypt_plain_backups,
        remove_plain_backups,
    )
    from jbn_selfscan.services.workspace import unlock

    if args.oude_versleutelen or args.oude_verwijderen:
        try:
            unlock(context.paths, context.keys)
            if args.oude_versleutelen:
                done = encrypt_plain_backups(context.paths)
                print(f"{len(done)} onversleutelde reservekopie(ën) versleuteld.")
            else:
                done = remove_plain_backups(context.paths)
                print(f"{len(done)} onversleutelde reservekopie(ën) verwijderd.")
        except (UserFacingError, OSError) as exc:
            raise CliError(f"oude reservekopieën: {exc}") from None
        return 0
    try:
        unlock(context.paths, context.keys)
        made = backup_now(context.paths, Path(args.output) if args.output else None)
    except (UserFacingError, OSError) as exc:
        raise CliError(f"reservekopie mislukt: {exc}") from None
    print(f"Reservekopie gemaakt en gecontroleerd: {made}")
    return 0


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.domain.errors import UserFacingError
    from jbn_selfscan.services.backups import restore
    from jbn_selfscan.services.workspace import unlock

    try:
        unlock(context.paths, context.keys)
        result = restore(context.paths, Path(args.file))
    except (UserFacingError, OSError) as exc:
        raise CliError(f"terugzetten mislukt: {exc}") from None
    print(f"Teruggezet uit {result.restored_from}.")
    if result.previous_saved_as is not None:
        print(f"De database van daarvoor is bewaard als {result.previous_saved_as}.")
    if result.damaged_kept_as is not None:
        print(
            "De beschadigde database van daarvoor is ongewijzigd bewaard als "
            f"{result.damaged_kept_as}."
        )
    return 0
