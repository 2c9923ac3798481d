"""`jbn-selfscan cijfers`: caseload in cijfers, and `cijfers combineer` for several teams.

    jbn-selfscan cijfers [--team] [--periode VAN TOT] [--json] [-o BESTAND] [--pseudoniem]
    jbn-selfscan cijfers combineer BESTAND... [-o BESTAND]

On the screen the counts are exact (the user's own data). Every file written with `-o` is an
aggregate for the quality department: months instead of dates, counts below 3 as "<3", and
with `--pseudoniem` no worker names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from jbn_selfscan.cli.cmd_gesprekken import cli_workspace, emit
from jbn_selfscan.cli.common import CliContext, CliError, UsageError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OUTPUT_SUFFIXES = (".json", ".csv", ".xlsx", ".pdf")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "cijfers",
        help="toon de caseload in cijfers: per norm, tijdigheid en signalen",
        usage=(
            "jbn-selfscan cijfers [--team] [--periode VAN TOT] [--json] [-o BESTAND] "
            "[--pseudoniem]\n       jbn-selfscan cijfers combineer BESTAND... [-o BESTAND]"
        ),
        description=(
            "Toont per norm van het toetsingskader hoeveel dossiers op orde zijn, de tijdigheid "
            "van de startstappen tegen de norm van 80 % en de signalen (open stappen, verlopen "
            "termijnen). Zonder --team: je eigen caseload; met --team: per medewerker uit het "
            "laatste getekende caseloadgesprek. Een bestand (-o) bevat alleen tellingen, met "
            "aantallen onder 3 als '<3'."
        ),
    )
    parser.add_argument("--team", action="store_true", help="per medewerker en voor het team")
    parser.add_argument(
        "--periode",
        nargs=2,
        metavar=("VAN", "TOT"),
        help="alleen getekende caseloadgesprekken van VAN tot en met TOT (JJJJ-MM-DD)",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument(
        "-o",
        "--uitvoer",
        metavar="BESTAND",
        help="schrijf een aggregaat naar BESTAND (.json, .csv, .xlsx of .pdf)",
    )
    parser.add_argument(
        "--pseudoniem",
        action="store_true",
        help="vervang de namen van medewerkers door 'Medewerker 1', 'Medewerker 2', ...",
    )
    parser.add_argument("--vandaag", metavar="JJJJ-MM-DD", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run_cijfers)
    actions = parser.add_subparsers(dest="cijfers_actie", metavar="combineer")
    combine = actions.add_parser(
        "combineer",
        help="tel cijferbestanden van meerdere teams op",
        description=(
            "Telt cijferbestanden (gemaakt met 'cijfers --team -o team.json') van meerdere teams "
            "op tot één overzicht voor de organisatie. Een som met een '<3' erin is een "
            "ondergrens en staat in 'ondergrens'."
        ),
    )
    combine.add_argument("bestanden", nargs="+", metavar="BESTAND", help="cijferbestanden")
    combine.add_argument(
        "-o",
        "--uitvoer",
        metavar="BESTAND",
        help="schrijf het overzicht naar BESTAND (.json, .csv, .xlsx of .pdf)",
    )
    combine.add_argument("--json", action="store_true", help="uitvoer als JSON")
    combine.set_defaults(handler=run_combineer)


def _parse_date(option: str, text: str) -> dt.date:
    value = text.strip()
    if not _ISO_DATE.match(value):
        raise UsageError(f"{option}: '{value}' is geen datum; gebruik JJJJ-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: '{value}' bestaat niet als datum") from None


def _output_path(text: str | None) -> Path | None:
    if text is None:
        return None
    path = Path(text)
    if path.suffix.lower() not in OUTPUT_SUFFIXES:
        raise UsageError(
            f"-o: '{path.name}' heeft een onbekende extensie; kies .json, .csv, .xlsx of .pdf"
        )
    if path.is_dir():
        raise UsageError(f"-o: {path} is een map; geef een bestandsnaam")
    if not path.parent.is_dir():
        raise CliError(f"de map {path.parent} bestaat niet")
    return path


def run_cijfers(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.services.cijfers import team_report, worker_report
    from jbn_selfscan.services.cijfers_export import report_document

    today = dt.date.today() if args.vandaag is None else _parse_date("--vandaag", args.vandaag)
    van = tot = None
    if args.periode:
        van = _parse_date("--periode", args.periode[0])
        tot = _parse_date("--periode", args.periode[1])
        if tot < van:
            raise UsageError("--periode: de einddatum ligt vóór de begindatum")
    if args.pseudoniem and not args.team:
        raise UsageError("--pseudoniem hoort bij --team (alleen dan staan er namen in)")
    output = _output_path(args.uitvoer)
    with cli_workspace(context) as ws:
        report = (team_report if args.team else worker_report)(ws, today, van, tot)
    bron = "team" if args.team else "medewerker"
    if output is not None:
        document = report_document(report, aggregate=True, bron=bron, pseudonymise=args.pseudoniem)
        title = "Caseload in cijfers — team" if args.team else "Caseload in cijfers"
        _write(output, document, title)
        emit(f"Cijfers geschreven naar {output} (tellingen onder 3 als '<3').")
        return 0
    document = report_document(report, aggregate=False, bron=bron, pseudonymise=args.pseudoniem)
    if args.json:
        emit(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        emit(text_view(document))
    return 0


def run_combineer(args: argparse.Namespace, context: CliContext) -> int:
    from jbn_selfscan.services.cijfers_export import combine_documents, read_document

    output = _output_path(args.uitvoer)
    documents = []
    names: set[str] = set()
    for text in args.bestanden:
        path = Path(text)
        try:
            document = read_document(path)
        except ValueError as exc:  # the file's Dutch refusal (CijfersFileError)
            raise CliError(f"{str(exc).rstrip('.')}; er is niets geschreven") from None
        name = path.stem
        suffix = 2
        while name in names:
            name, suffix = f"{path.stem} ({suffix})", suffix + 1
        names.add(name)
        documents.append((name, document))
    combined = combine_documents(documents)
    if output is not None:
        _write(output, combined, "Caseload in cijfers — organisatie")
        emit(f"Overzicht van {len(documents)} bestanden geschreven naar {output}.")
    elif args.json:
        emit(json.dumps(combined, ensure_ascii=False, indent=2))
    else:
        emit(text_view(combined))
    return 0


def _write(path: Path, document: dict[str, Any], title: str) -> None:
    from jbn_selfscan.services.cijfers_export import write_document

    try:
        write_document(path, document, title)
    except OSError as exc:
        raise CliError(f"{path} kan niet worden geschreven ({exc.strerror or exc})") from None


def _count(value: Any) -> str:
    return str(value)


def _pct(value: Any) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")


def text_view(document: dict[str, Any]) -> str:
    """The figures as plain text tables for the terminal."""
    lines: list[str] = []

    def part(title: str, entry: dict[str, Any]) -> None:
        lines.append(title)
        lines.append(f"  Dossiers: {_count(entry['dossiers'])}")
        mean = entry.get("gemiddeld_werkdagen_eerste_f2f")
        if "gemiddeld_werkdagen_eerste_f2f" in entry:
            shown = "—" if mean is None else f"{mean:.1f}".replace(".", ",")
            lines.append(f"  Gemiddeld werkdagen tot de 1e F2F: {shown}")
        lines.append("  Norm   Op orde      Aandacht  Niet op orde  Omschrijving")
        for n in entry["normen"]:
            ok = f"{_count(n['op_orde'])} van {_count(n['totaal'])}"
            lines.append(
                f"  {n['norm']:<6} {ok:<12} {_count(n['aandacht']):<9} "
                f"{_count(n['niet_op_orde']):<13} {n['omschrijving']}"
            )
        lines.append("  Stap                    Op tijd  Te laat  Open  Op tijd % (norm 80 %)")
        for s in entry["tijdigheid"]:
            lines.append(
                f"  {s.get('omschrijving', s['stap']):<23} {_count(s['op_tijd']):<8} "
                f"{_count(s['te_laat']):<8} {_count(s['open']):<5} {_pct(s['percentage'])}"
            )
        signals = entry.get("signalen") or {}
        if signals:
            from jbn_selfscan.domain.cijfers import SIGNAL_NAMES

            lines.append(
                "  Signalen: "
                + "; ".join(f"{SIGNAL_NAMES.get(k, k)}: {_count(v)}" for k, v in signals.items())
            )
        lines.append("")

    periode = document["periode"]
    part(f"Caseload in cijfers ({periode['van']} t/m {periode['tot']})", document)
    for worker in document.get("medewerkers", []):
        part(f"Medewerker: {worker['naam']}", worker)
    for team in document.get("teams", []):
        part(f"Team: {team['naam']}", team)
    trend = document.get("trend") or []
    if trend:
        lines.append("Verloop (getekende gesprekken): maand, % normoordelen op orde")
        lines.extend(f"  {p['maand']}  {_pct(p['percentage_op_orde'])}" for p in trend)
    return "\n".join(lines).rstrip()
