"""`jbn-selfscan validate-checklist FILE`: check a checklist definition before shipping it.

Prints one Dutch summary line and exits 0 when the file is valid; otherwise prints one line
per problem (`FILE: item ID: message` or `FILE: message`) and exits 1.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jbn_selfscan.cli.common import CliContext
from jbn_selfscan.domain.types import Maatregel

if TYPE_CHECKING:  # the checklist schema loads when the command runs, not with the parser
    from jbn_selfscan.domain.checklist import Checklist


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "validate-checklist",
        help="controleer een checklistbestand (YAML) op fouten",
        description=(
            "Controleer een checklistbestand (YAML). Bij een goed bestand volgt één regel met "
            "een samenvatting (exitcode 0); anders één regel per probleem (exitcode 1)."
        ),
    )
    parser.add_argument("file", metavar="BESTAND", help="het checklistbestand (.yaml)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.domain.checklist import ChecklistError, load_checklist

    path = Path(args.file)
    try:
        checklist = load_checklist(path)
    except ChecklistError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    print(summary_line(args.file, checklist))
    return 0


def summary_line(file: str, checklist: Checklist) -> str:
    """E.g. `zelfscan.yaml: in orde: checklist jbn-dossier-zelfscan versie 1, 41 items (...)`."""
    per_maatregel = Counter(m for item in checklist.items for m in item.maatregelen)
    counts = ", ".join(f"{m.value} {per_maatregel[m]}" for m in Maatregel)
    return (
        f"{file}: in orde: checklist {checklist.id} versie {checklist.version}, "
        f"{len(checklist.items)} items ({counts})"
    )
