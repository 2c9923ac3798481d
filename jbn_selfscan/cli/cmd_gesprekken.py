"""`jbn-selfscan gesprekken [--json]`: the caseloadgesprekken in this data directory.

Also the helpers the other gesprek commands share (export, import, pdf, demo): opening the data
directory with one-line errors, finding a gesprek by number or uid, and reading a password from
a file or an environment variable (never from the command line itself).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from jbn_selfscan.cli.common import CliContext, CliError, UsageError
from jbn_selfscan.domain.dutch_dates import short_date

if TYPE_CHECKING:
    from jbn_selfscan.services.gesprekken import GesprekSummary
    from jbn_selfscan.services.workspace import Workspace

MAX_PASSWORD_FILE_BYTES = 10_000


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "gesprekken",
        help="toon de caseloadgesprekken (nummer, code, versie, datum, status)",
        description="Toont alle caseloadgesprekken in deze gegevensmap, de nieuwste eerst.",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=run_gesprekken)


def run_gesprekken(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.services.gesprekken import list_gesprekken

    with cli_workspace(context) as ws:
        summaries = list_gesprekken(ws)
    if args.json:
        emit(json.dumps([as_json(s) for s in summaries], ensure_ascii=False, indent=2))
    elif not summaries:
        emit("Er zijn nog geen caseloadgesprekken.")
    else:
        emit(table(summaries))
    return 0


def as_json(summary: GesprekSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "uid": summary.uid,
        "versie": summary.versie,
        "datum": summary.datum.isoformat(),
        "status": summary.status.value,
        "medewerker": summary.medewerker,
        "praktijkbegeleider": summary.praktijkbegeleider,
        "oorspronkelijke_datum": (
            summary.oorspronkelijke_datum.isoformat() if summary.oorspronkelijke_datum else None
        ),
        "clienten": summary.clients,
        "afspraken": summary.afspraken,
        "acties": summary.acties,
    }


def table(summaries: list[GesprekSummary]) -> str:
    header = ("Nr", "Code", "Versie", "Datum", "Status", "Medewerker", "Praktijkbegeleider")
    rows = [
        (
            str(s.id),
            s.uid,
            str(s.versie),
            short_date(s.datum),
            s.status.label,
            s.medewerker,
            s.praktijkbegeleider or "—",
        )
        for s in summaries
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in (header, *rows)
    )


def emit(text: str) -> None:
    """Print, degrading characters the console cannot show (a cp1252 pipe on Windows)."""
    encoding = sys.stdout.encoding or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.encode(encoding, "replace").decode(encoding)
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `| head` closed the pipe: stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


# --------------------------------------------------------------------------- shared helpers


@contextmanager
def cli_workspace(context: CliContext) -> Iterator[Workspace]:
    """The opened data directory; problems become one Dutch line (exit 1; a UserFacingError
    such as a database that is too new is printed by main())."""
    from jbn_selfscan.services.workspace import open_workspace

    try:
        ws = open_workspace(context.paths, keys=context.keys)
    except OSError as exc:
        raise CliError(
            f"de gegevensmap {context.paths.data_dir} kan niet worden gebruikt "
            f"({exc.strerror or exc})"
        ) from None
    try:
        yield ws
    finally:
        ws.close()


def gesprek_id_from(ws: Workspace, text: str) -> int:
    """The gesprek meant by a number or a uid from `jbn-selfscan gesprekken`."""
    from jbn_selfscan.services.gesprekken import GesprekNotFoundError, find_gesprek_id

    try:
        return find_gesprek_id(ws, text)
    except GesprekNotFoundError:
        raise CliError(
            f"caseloadgesprek '{text.strip()}' bestaat niet; "
            "zie 'jbn-selfscan gesprekken' voor de nummers en codes"
        ) from None


def add_password_options(parser: argparse.ArgumentParser, purpose: str) -> None:
    parser.add_argument(
        "--wachtwoord-bestand",
        metavar="BESTAND",
        help=f"lees het wachtwoord {purpose} uit de eerste regel van dit bestand",
    )
    parser.add_argument(
        "--wachtwoord-env",
        metavar="VARIABELE",
        help=f"lees het wachtwoord {purpose} uit deze omgevingsvariabele",
    )


def read_password(args: argparse.Namespace) -> str | None:
    """The password from `--wachtwoord-bestand` or `--wachtwoord-env` (None: neither given)."""
    if args.wachtwoord_bestand and args.wachtwoord_env:
        raise UsageError("gebruik --wachtwoord-bestand of --wachtwoord-env, niet allebei")
    if args.wachtwoord_env:
        value = os.environ.get(args.wachtwoord_env, "")
        if not value:
            raise CliError(f"de omgevingsvariabele {args.wachtwoord_env} is niet gezet of leeg")
        return value
    if not args.wachtwoord_bestand:
        return None
    path = Path(args.wachtwoord_bestand)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PASSWORD_FILE_BYTES + 1)
    except OSError as exc:
        raise CliError(
            f"het wachtwoordbestand {path} kan niet worden gelezen ({exc.strerror or exc})"
        ) from None
    if len(data) > MAX_PASSWORD_FILE_BYTES:
        raise CliError(f"het wachtwoordbestand {path} is te groot voor een wachtwoord")
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise CliError(f"het wachtwoordbestand {path} is geen UTF-8-tekst") from None
    password = lines[0] if lines else ""
    if not password:
        raise CliError(f"het wachtwoordbestand {path} is leeg")
    return password
