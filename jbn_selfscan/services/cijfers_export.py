"""Caseload in cijfers as JSON, CSV and XLSX, and the sum of several teams' files.

`report_document(report, aggregate=...)` gives the JSON shape of issue 17. With
`aggregate=True` (every file written with `-o`) it is safe to hand to the quality department:
periods are months, counts below 3 become "<3", a percentage or mean built on such a count is
left out (null), and worker names can be replaced by pseudonyms. Without it (the worker's own
screen) the counts are exact.

`combine_documents` adds up aggregate files of several teams. A sum that includes a "<3" is not
exact: it is stored as the sum of the known parts and its path is listed in `ondergrens`.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from jbn_selfscan import __version__
from jbn_selfscan.domain.cijfers import (
    MIN_SHOWN,
    NORM_OMSCHRIJVING,
    NORM_PERCENTAGE,
    SIGNAL_NAMES,
    SMALL,
    START_STEPS,
    CijfersReport,
    Count,
    Counts,
    figures_json,
    month,
    norm_sort_key,
    trend_json,
)
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.exchange.cijfers_file import FORMAT_NAME, FORMAT_VERSION


def pseudonyms(names: Iterable[str], rng: random.Random | None = None) -> dict[str, str]:
    """'Medewerker 1', 'Medewerker 2', ... in a random order, so the order tells nothing."""
    ordered = sorted(set(names))
    (rng or random.SystemRandom()).shuffle(ordered)
    return {name: f"Medewerker {index}" for index, name in enumerate(ordered, start=1)}


def report_document(
    report: CijfersReport,
    *,
    aggregate: bool,
    bron: str = "medewerker",
    pseudonymise: bool = False,
    rng: random.Random | None = None,
) -> dict[str, Any]:
    """The figures in the JSON shape of the aggregate file (exact when `aggregate` is False)."""
    c = Counts(aggregate)
    names = pseudonyms([w.naam for w in report.medewerkers], rng) if pseudonymise else {}
    workers = []
    for worker in report.medewerkers:
        entry: dict[str, Any] = {"naam": names.get(worker.naam, worker.naam)}
        if worker.datum is not None:
            entry["maand"] = month(worker.datum)
        entry |= figures_json(worker.figures, c)
        del entry["dossiers_per_maatregel"], entry["tijdigheid_per_maatregel"]
        entry["trend"] = trend_json(worker.trend, c)
        workers.append(entry)
    if pseudonymise:
        workers.sort(key=lambda w: int(str(w["naam"]).rsplit(" ", 1)[-1]))
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_versie": __version__,
        "bron": bron,
        "periode": {"van": month(report.van), "tot": month(report.tot)},
        **figures_json(report.figures, c),
        "trend": trend_json(report.trend, c),
        "medewerkers": workers,
    }


# --------------------------------------------------------------------------- combining


def _value(value: Any) -> tuple[int, bool]:
    """(known part, whether a "<3" was in it)."""
    return (0, True) if value == SMALL else (int(value), False)


class _Adder:
    """Sums count fields of several files, remembering which sums include a "<3"."""

    def __init__(self) -> None:
        self.lower_bounds: set[str] = set()

    def add(self, path: str, values: Iterable[Any]) -> Count:
        total, uncertain = 0, False
        for value in values:
            known, masked = _value(value)
            total += known
            uncertain = uncertain or masked
        if uncertain:
            self.lower_bounds.add(path)
        return SMALL if total < MIN_SHOWN else total

    def exact(self, path: str, value: Count) -> int | None:
        if path in self.lower_bounds or value == SMALL:
            return None
        return int(value)


def _sum_norms(adder: _Adder, path: str, lists: Sequence[Sequence[Mapping[str, Any]]]) -> list[Any]:
    by_norm: dict[str, list[Mapping[str, Any]]] = {}
    for rows in lists:
        for row in rows:
            by_norm.setdefault(str(row["norm"]), []).append(row)
    result = []
    for index, norm in enumerate(sorted(by_norm, key=norm_sort_key)):
        rows = by_norm[norm]
        entry: dict[str, Any] = {
            "norm": norm,
            "omschrijving": NORM_OMSCHRIJVING.get(norm, str(rows[0].get("omschrijving", ""))),
        }
        for key in ("op_orde", "aandacht", "niet_op_orde", "nog_niet_ingevuld", "totaal"):
            entry[key] = adder.add(f"{path}[{index}].{key}", (row.get(key, 0) for row in rows))
        result.append(entry)
    return result


def _sum_steps(adder: _Adder, path: str, lists: Sequence[Sequence[Mapping[str, Any]]]) -> list[Any]:
    result = []
    for index, (stap, naam) in enumerate(START_STEPS.items()):
        rows = [row for rows in lists for row in rows if row["stap"] == stap]
        entry: dict[str, Any] = {"stap": stap, "omschrijving": naam}
        for key in ("op_tijd", "te_laat", "verlopen", "open", "totaal"):
            entry[key] = adder.add(f"{path}[{index}].{key}", (row.get(key, 0) for row in rows))
        on_time = adder.exact(f"{path}[{index}].op_tijd", entry["op_tijd"])
        late = adder.exact(f"{path}[{index}].te_laat", entry["te_laat"])
        decided = None if on_time is None or late is None else on_time + late
        entry["percentage"] = (
            round(100 * on_time / decided, 1) if on_time is not None and decided else None
        )
        entry["norm_percentage"] = NORM_PERCENTAGE
        result.append(entry)
    return result


def _sum_signals(adder: _Adder, path: str, items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    keys = (
        "open_startstappen",
        "alleen_contactpersoon",
        "termijnen_verlopen",
        "termijnen_binnenkort",
    )
    return {key: adder.add(f"{path}.{key}", (item.get(key, 0) for item in items)) for key in keys}


def combine_documents(documents: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, Any]:
    """The organisation view: the sum of several (team) aggregate files, and each team's total.

    `documents` are (team name, checked document) pairs.
    """
    adder = _Adder()
    teams = []
    for name, doc in documents:
        workers = doc.get("medewerkers", [])
        teams.append(
            {
                "naam": name,
                "periode": doc["periode"],
                "dossiers": doc["dossiers"],
                "medewerkers": len(workers) if len(workers) >= MIN_SHOWN else SMALL,
                "normen": doc["normen"],
                "tijdigheid": doc["tijdigheid"],
                "signalen": doc.get("signalen", _zero_signals()),
            }
        )
    per_maatregel: dict[str, Any] = {}
    for m in Maatregel:
        values = [
            d.get("dossiers_per_maatregel", {}).get(m.value)
            for _n, d in documents
            if m.value in d.get("dossiers_per_maatregel", {})
        ]
        if values:
            per_maatregel[m.value] = adder.add(f"dossiers_per_maatregel.{m.value}", values)
    step_lists: list[dict[str, Any]] = []
    for m in Maatregel:
        lists = [
            entry["tijdigheid"]
            for _n, d in documents
            for entry in d.get("tijdigheid_per_maatregel", [])
            if entry["maatregel"] == m.value
        ]
        if lists:
            index = len(step_lists)
            step_lists.append(
                {
                    "maatregel": m.value,
                    "dossiers": per_maatregel.get(m.value, SMALL),
                    "tijdigheid": _sum_steps(adder, f"tijdigheid_per_maatregel[{index}]", lists),
                }
            )
    vans = sorted(d["periode"]["van"] for _n, d in documents)
    tots = sorted(d["periode"]["tot"] for _n, d in documents)
    combined = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_versie": __version__,
        "bron": "organisatie",
        "periode": {"van": vans[0], "tot": tots[-1]},
        "dossiers": adder.add("dossiers", (d["dossiers"] for _n, d in documents)),
        "dossiers_per_maatregel": per_maatregel,
        "gemiddeld_werkdagen_eerste_f2f": None,
        "normen": _sum_norms(adder, "normen", [d["normen"] for _n, d in documents]),
        "tijdigheid": _sum_steps(adder, "tijdigheid", [d["tijdigheid"] for _n, d in documents]),
        "tijdigheid_per_maatregel": step_lists,
        "signalen": _sum_signals(
            adder, "signalen", [d.get("signalen", _zero_signals()) for _n, d in documents]
        ),
        "trend": [],
        "medewerkers": [],
        "teams": teams,
    }
    combined["ondergrens"] = sorted(adder.lower_bounds)
    return combined


def _zero_signals() -> dict[str, Any]:
    return {
        "open_startstappen": SMALL,
        "alleen_contactpersoon": SMALL,
        "termijnen_verlopen": SMALL,
        "termijnen_binnenkort": SMALL,
    }


# --------------------------------------------------------------------------- tables


CSV_HEADER = (
    "medewerker",
    "onderdeel",
    "code",
    "omschrijving",
    "op_orde",
    "aandacht",
    "niet_op_orde",
    "op_tijd",
    "te_laat",
    "open",
    "totaal",
    "percentage",
)


def table_rows(document: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """One row per norm, step and signal, for the whole and per worker or team."""
    rows: list[tuple[Any, ...]] = []

    def add(who: str, part: Mapping[str, Any]) -> None:
        rows.append((who, "dossiers", "", "dossiers", "", "", "", "", "", "", part["dossiers"], ""))
        for n in part["normen"]:
            rows.append(
                (who, "norm", n["norm"], n["omschrijving"], n["op_orde"], n["aandacht"],
                 n["niet_op_orde"], "", "", "", n["totaal"], "")
            )  # fmt: skip
        for s in part["tijdigheid"]:
            pct = "" if s["percentage"] is None else s["percentage"]
            rows.append(
                (who, "tijdigheid", s["stap"], s.get("omschrijving", ""), "", "", "",
                 s["op_tijd"], s["te_laat"], s["open"], s["totaal"], pct)
            )  # fmt: skip
        for key, value in (part.get("signalen") or {}).items():
            rows.append((who, "signaal", key, SIGNAL_NAMES.get(key, key), "", "", "", "", "", "",
                         value, ""))  # fmt: skip

    add("totaal", document)
    for worker in document.get("medewerkers", []):
        add(str(worker["naam"]), worker)
    for team in document.get("teams", []):
        add(str(team["naam"]), team)
    return rows


def _safe_cell(value: Any) -> Any:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_text(document: Mapping[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in table_rows(document):
        writer.writerow([_safe_cell(_csv_value(v)) for v in row])
    return out.getvalue()


def _csv_value(value: Any) -> Any:
    return str(value).replace(".", ",") if isinstance(value, float) else value


def write_csv(path: Path, document: Mapping[str, Any]) -> None:
    path.write_text(csv_text(document), encoding="utf-8-sig", newline="")


def write_xlsx(path: Path, document: Mapping[str, Any]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Cijfers"
    sheet.append(list(CSV_HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table_rows(document):
        sheet.append([_safe_cell(v) for v in row])
    sheet.freeze_panes = "A2"
    for column, width in zip(
        "ABCDEFGHIJKL", (22, 12, 22, 50, 9, 9, 12, 8, 8, 8, 8, 11), strict=True
    ):
        sheet.column_dimensions[column].width = width
    info = workbook.create_sheet("Toelichting")
    for line in EXPLANATION:
        info.append([line])
    workbook.save(path)


EXPLANATION = (
    "Caseload in cijfers (JBN Zelfscan)",
    f"Periode: per maand. Tellingen onder {MIN_SHOWN} staan er als '{SMALL}'.",
    "Norm: per dossier telt het slechtste oordeel over de vragen bij die norm; n.v.t. telt niet.",
    "Tijdigheid: op tijd, te laat (te laat gedaan of de termijn is verlopen) en open "
    "(nog binnen de termijn); percentage = op tijd / (op tijd + te laat), "
    f"norm {NORM_PERCENTAGE} %.",
)


def writer_for(suffix: str) -> Callable[[Path, Mapping[str, Any]], None] | None:
    return {".csv": write_csv, ".xlsx": write_xlsx}.get(suffix)


def read_document(path: Path) -> dict[str, Any]:
    """A figures file checked against its shipped schema; CijfersFileError (Dutch) otherwise."""
    from jbn_selfscan.exchange.cijfers_file import read_cijfers_file

    return read_cijfers_file(path)


def write_document(path: Path, document: dict[str, Any], title: str) -> None:
    """Write the figures as JSON, PDF, CSV or XLSX, chosen by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        from jbn_selfscan.exchange.cijfers_file import write_cijfers_json

        write_cijfers_json(path, document)
    elif suffix == ".pdf":
        from jbn_selfscan.report.cijfers import render_cijfers_pdf

        render_cijfers_pdf(document, title, path)
    else:
        writer = writer_for(suffix)
        if writer is None:
            raise ValueError(f"unsupported suffix {suffix}")
        writer(path, document)
