"""`jbn-selfscan caseload [--json] [--archief]`: the caseload overview, one entry per client.

For scripts and for checking the overview: the same theme statuses, next deadline and
deadlines the main window shows, as a readable Dutch table or as JSON (docs/termijnen.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from typing import TYPE_CHECKING

from jbn_selfscan.cli.common import CliContext, UsageError

if TYPE_CHECKING:  # imported on use: the CLI starts without the services
    from jbn_selfscan.services.overview import OverviewRow

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "caseload",
        help="toon de caseload: per cliënt de thema's en de termijnen",
        usage="jbn-selfscan caseload [--json] [--archief] [--vandaag JJJJ-MM-DD]",
        description=(
            "Toont per cliënt de maatregel, de uitspraakdatum, de stand van de vier thema's en "
            "de volgende termijn, zoals het caseloadoverzicht ze laat zien."
        ),
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument("--archief", action="store_true", help="neem ook gearchiveerde cliënten op")
    parser.add_argument(
        "--vandaag",
        nargs="?",
        const="",
        metavar="JJJJ-MM-DD",
        help="peildatum voor de status (standaard: vandaag)",
    )
    parser.set_defaults(handler=run_caseload)


def run_caseload(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.cli.cmd_gesprekken import cli_workspace, emit
    from jbn_selfscan.services.overview import list_overview

    today = dt.date.today() if args.vandaag is None else _parse_today(args.vandaag)
    with cli_workspace(context) as ws:
        rows = list_overview(ws, today, include_archived=args.archief)
    if args.json:
        emit(json.dumps([caseload_entry(row) for row in rows], ensure_ascii=False, indent=2))
    else:
        emit(caseload_table(rows, today))
    return 0


def _parse_today(text: str) -> dt.date:
    value = text.strip()
    if not _ISO_DATE.match(value):
        raise UsageError(f"--vandaag: '{value}' is geen datum; gebruik JJJJ-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--vandaag: '{value}' bestaat niet als datum") from None


def caseload_entry(row: OverviewRow) -> dict[str, object]:
    """One client as `caseload --json` writes it (the shape is documented in docs/termijnen.md)."""
    from jbn_selfscan.cli.cmd_termijnen import deadline_json

    return {
        "referentie": row.referentie,
        "maatregel": row.maatregel.value,
        "uitspraak": row.uitspraakdatum.isoformat() if row.uitspraakdatum else None,
        "themas": {theme.value: status.value for theme, (status, _reason) in row.themes.items()},
        "volgende_termijn": (
            None if row.next_deadline is None else deadline_json(row.next_deadline)
        ),
        "stappen": [deadline_json(result) for result in row.deadlines],
    }


def caseload_table(rows: list[OverviewRow], today: dt.date) -> str:
    from jbn_selfscan.domain.dutch_dates import abbreviated_date
    from jbn_selfscan.domain.types import Theme

    if not rows:
        return "De caseload is leeg."
    header = (
        "Referentie",
        "Maatregel",
        "Uitspraak",
        *(theme.label for theme in Theme),
        "Volgende termijn",
    )
    table = []
    for row in rows:
        nxt = row.next_deadline
        table.append(
            (
                row.referentie + (" (archief)" if row.gearchiveerd else ""),
                row.maatregel.value,
                abbreviated_date(row.uitspraakdatum) if row.uitspraakdatum else "—",
                *(row.themes[theme][0].label for theme in Theme),
                "—"
                if nxt is None or nxt.deadline is None
                else f"{nxt.omschrijving}: {abbreviated_date(nxt.deadline)} ({nxt.status_text})",
            )
        )
    widths = [max(len(r[i]) for r in (header, *table)) for i in range(len(header))]
    lines = [f"Caseload op {abbreviated_date(today)}: {len(rows)} cliënten", ""]
    lines.extend(_row(r, widths) for r in (header, *table))
    return "\n".join(lines)


def _row(cells: tuple[str, ...], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()
