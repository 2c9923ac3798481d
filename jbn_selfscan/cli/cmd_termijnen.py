"""`jbn-selfscan termijnen`: the deadlines of a new maatregel, as a table or as JSON.

Options are checked here rather than by argparse so every mistake gets one Dutch line
(argparse's own messages are English). That is also why the value options take `nargs="?"`:
an option given without a value arrives as None and gets the Dutch "geef ... op" message.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys

from jbn_selfscan.cli.common import CliContext, UsageError
from jbn_selfscan.domain.calendar import HolidayPolicy, WorkdayCalendar
from jbn_selfscan.domain.dates import range_problem
from jbn_selfscan.domain.deadlines import (
    DeadlineResult,
    StepDates,
    bron_legend,
    compute_deadlines,
)
from jbn_selfscan.domain.dutch_dates import abbreviated_date
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.services.caseload_import import parse_maatregel

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_POLICY_CHOICES = ", ".join(policy.value for policy in HolidayPolicy)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "termijnen",
        help="toon de termijnen van een nieuwe maatregel",
        usage=(
            "jbn-selfscan termijnen --maatregel {OTS,Voogdij,JR} --uitspraak JJJJ-MM-DD\n"
            "       [--vandaag JJJJ-MM-DD] [--feestdagen {atw,publiek,geen}]\n"
            "       [--vrije-dag JJJJ-MM-DD] [--json]"
        ),
        description=(
            "Toont de termijnen (1e F2F, 1e PvA, 1e risicotaxatie, passende hulp, ...) van een "
            "nieuwe maatregel waarin nog geen stap is gezet, met per termijn de berekening."
        ),
    )
    parser.add_argument(
        "--maatregel",
        nargs="?",
        const="",
        metavar="{OTS,Voogdij,JR}",
        help=(
            "soort maatregel (verplicht): OTS, Voogdij of JR, ook voluit "
            "(ondertoezichtstelling, jeugdreclassering); hoofdletters maken niet uit"
        ),
    )
    parser.add_argument(
        "--uitspraak",
        nargs="?",
        const="",
        metavar="JJJJ-MM-DD",
        help="datum van de uitspraak (verplicht)",
    )
    parser.add_argument(
        "--vandaag",
        nargs="?",
        const="",
        metavar="JJJJ-MM-DD",
        help="peildatum voor de status (standaard: vandaag)",
    )
    parser.add_argument(
        "--feestdagen",
        nargs="?",
        const="",
        metavar="{" + _POLICY_CHOICES.replace(", ", ",") + "}",
        default=HolidayPolicy.ATW.value,
        help="welke feestdagen niet meetellen (standaard: atw, de Algemene termijnenwet)",
    )
    parser.add_argument(
        "--vrije-dag",
        nargs="?",
        const="",
        metavar="JJJJ-MM-DD",
        action="append",
        default=[],
        help="extra dag die niet meetelt, zoals een brugdag (mag vaker)",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=run_termijnen)


def run_termijnen(args: argparse.Namespace, context: CliContext) -> int:
    if not args.maatregel:
        raise UsageError("geef de maatregel op met --maatregel (OTS, Voogdij of JR)")
    if not args.uitspraak:
        raise UsageError("geef de datum van de uitspraak op met --uitspraak JJJJ-MM-DD")
    try:
        maatregel = parse_maatregel(args.maatregel)
    except ValueError as exc:
        raise UsageError(f"--maatregel: {exc}") from None
    uitspraak = _parse_date("--uitspraak", args.uitspraak)
    today = dt.date.today() if args.vandaag is None else _parse_date("--vandaag", args.vandaag)
    extra_days = {_parse_date("--vrije-dag", text): "extra vrije dag" for text in args.vrije_dag}
    calendar = WorkdayCalendar(_parse_policy(args.feestdagen), extra_days)
    results = compute_deadlines(maatregel, uitspraak, StepDates(), today, calendar)
    if args.json:
        _emit_json([deadline_json(result) for result in results])
    else:
        _emit(_table(maatregel, uitspraak, today, calendar, results))
    return 0


def _parse_date(option: str, text: str | None) -> dt.date:
    if not text:
        raise UsageError(f"geef bij {option} een datum op (JJJJ-MM-DD)")
    value = text.strip()
    if not _ISO_DATE.match(value):
        raise UsageError(f"{option}: '{value}' is geen datum; gebruik JJJJ-MM-DD")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: '{value}' bestaat niet als datum") from None
    problem = range_problem(day)
    if problem is not None:
        raise UsageError(f"{option}: {problem}")
    return day


def _parse_policy(text: str | None) -> HolidayPolicy:
    if not text:
        raise UsageError(f"geef bij --feestdagen een keuze op ({_POLICY_CHOICES})")
    try:
        return HolidayPolicy(text.strip().casefold())
    except ValueError:
        raise UsageError(
            f"--feestdagen: onbekende keuze '{text}' (kies {_POLICY_CHOICES})"
        ) from None


def deadline_json(result: DeadlineResult) -> dict[str, str | None]:
    """One deadline as `termijnen --json` and `caseload --json` write it."""
    return {
        "stap": result.stap,
        "omschrijving": result.omschrijving,
        "norm": result.norm,
        "bron": result.bron.value,
        "deadline": result.deadline.isoformat() if result.deadline else None,
        "gedaan_op": result.gedaan_op.isoformat() if result.gedaan_op else None,
        "status": result.status_text,
        "toestand": result.state.value,
        "uitleg": result.uitleg,
    }


def _table(
    maatregel: Maatregel,
    uitspraak: dt.date,
    today: dt.date,
    calendar: WorkdayCalendar,
    results: list[DeadlineResult],
) -> str:
    header = ("Termijn", "Uiterlijk", "Status", "Norm", "Bron")
    rows = [
        (
            r.omschrijving,
            abbreviated_date(r.deadline) if r.deadline else "—",
            r.status_text,
            r.norm or "—",
            r.bron.value,
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = [
        f"Termijnen van een nieuwe maatregel: {maatregel.label}",
        f"uitspraak:  {abbreviated_date(uitspraak)}",
        f"peildatum:  {abbreviated_date(today)}",
        f"feestdagen: {calendar.policy.label}",
        "",
        _row(header, widths),
    ]
    for row, result in zip(rows, results, strict=True):
        lines.append(_row(row, widths))
        lines.append(f"    {result.uitleg}")
    lines.extend(["", bron_legend()])
    return "\n".join(lines)


def _row(cells: tuple[str, ...], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def _emit(text: str) -> None:
    """Print, degrading characters the console cannot show (a cp1252 pipe on Windows)."""
    encoding = sys.stdout.encoding or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.replace("→", "->").encode(encoding, "replace").decode(encoding)
    print(text)


def _emit_json(data: list[dict[str, str | None]]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, indent=2)
    print(text)
