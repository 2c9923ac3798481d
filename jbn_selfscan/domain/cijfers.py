"""Caseload in cijfers: per-dossier facts and their sums (no Qt, no database).

Every dossier is reduced to `DossierFacts`: per norm of the toetsingskader the worst judged
status of its items, per start step whether it was done on time, and a few signals. Facts carry
no case reference, initials, dates or free text, so everything summed from them is safe to
aggregate. `document_facts` reads them from a merged gesprek document (its item verdicts and
deadline entries as they were when it was made); `services.cijfers` reads them from the live
caseload with the same rules. `figures_of` sums facts into `Figures`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.domain.checklist import split_norms
from jbn_selfscan.domain.types import DeadlineState, ItemStatus, Maatregel

# The 80 % norm JBN reports timeliness against.
NORM_PERCENTAGE = 80
# A deadline within this many calendar days counts as "binnenkort" (as in the caseload view).
SOON_DAYS = 14

# The start steps whose timeliness is counted, in display order, with their Dutch names.
START_STEPS: dict[str, str] = {
    "eerste_f2f": "1e F2F",
    "eerste_pva": "1e PvA",
    "eerste_risicotaxatie": "1e risicotaxatie",
    "hulp_gestart": "passende hulp gestart",
}

# The gist of each norm of the toetsingskader that zelfscan items trace to (Dutch, short).
NORM_OMSCHRIJVING: dict[str, str] = {
    "1a.1": "Respectvol, frequent en betekenisvol contact",
    "1a.2": "Wensen, mogelijkheden en risico's samen breed in beeld",
    "1a.3": "Tijdig gestart: 1e contact en veiligheidsinschatting",
    "1b.1": "PvA samen met jeugdige en ouders opgesteld",
    "1b.2": "PvA volgt uit de analyse; doelen concreet en actueel",
    "1b.3": "1e PvA binnen 6 weken",
    "2.1": "Hulp volgt uit het plan en past bij de problemen",
    "2.2": "Hulp binnen 3 maanden gestart",
    "3.1": "Participatie van de jeugdige; genoeg contact, ook alleen",
    "3.2": "Regie: overzicht van de hulp, afspraken met ketenpartners",
    "3.3": "Evalueren met betrokkenen; actueel, volledig dossier",
    "3.4": "Actueel zicht op ontwikkeling en veiligheid",
    "3.5": "Systematische, navolgbare veiligheidsbeoordeling",
    "3.6": "Handelen op signalen van onveiligheid",
}

_JUDGED = (ItemStatus.OP_ORDE, ItemStatus.AANDACHT, ItemStatus.NIET_OP_ORDE)


class StepOutcome:
    """How one start step of one dossier counts for timeliness."""

    OP_TIJD = "op_tijd"
    TE_LAAT = "te_laat"  # done after the term, or the term passed without it being done
    OPEN = "open"  # not done, still within the term


@dataclass(frozen=True, slots=True)
class StepFact:
    outcome: str
    done: bool


@dataclass(frozen=True, slots=True)
class DossierFacts:
    """What one dossier contributes to the figures; nothing that identifies the child."""

    maatregel: Maatregel
    only_contactpersoon: bool  # a CCP/CRT contactpersoon and no vaste jeugdzorgwerker
    norms: Mapping[str, ItemStatus]  # norm -> worst status of its items (n.v.t. left out)
    steps: Mapping[str, StepFact]  # start step -> outcome (steps that do not apply left out)
    workdays_to_f2f: int | None
    overdue: int  # deadlines past their date and not done
    soon: int  # open deadlines within SOON_DAYS


@dataclass(frozen=True, slots=True)
class NormRow:
    norm: str
    omschrijving: str
    op_orde: int = 0
    aandacht: int = 0
    niet_op_orde: int = 0
    nog_niet_ingevuld: int = 0

    @property
    def totaal(self) -> int:
        """Dossiers judged on this norm (not counting those still to be filled in)."""
        return self.op_orde + self.aandacht + self.niet_op_orde


@dataclass(frozen=True, slots=True)
class StepRow:
    stap: str
    omschrijving: str
    op_tijd: int = 0
    te_laat: int = 0
    open: int = 0
    verlopen: int = 0  # of te_laat: not done yet

    @property
    def totaal(self) -> int:
        return self.op_tijd + self.te_laat + self.open

    @property
    def percentage(self) -> float | None:
        """Share on time of the dossiers whose outcome is known (done, or term passed)."""
        decided = self.op_tijd + self.te_laat
        return None if decided == 0 else round(100 * self.op_tijd / decided, 1)

    @property
    def norm_gehaald(self) -> bool | None:
        pct = self.percentage
        return None if pct is None else pct >= NORM_PERCENTAGE


@dataclass(frozen=True, slots=True)
class Signals:
    open_startstappen: int = 0
    alleen_contactpersoon: int = 0
    termijnen_verlopen: int = 0
    termijnen_binnenkort: int = 0


@dataclass(frozen=True, slots=True)
class Figures:
    """The summed figures of a set of dossiers."""

    dossiers: int
    normen: tuple[NormRow, ...]
    tijdigheid: tuple[StepRow, ...]
    tijdigheid_per_maatregel: dict[Maatregel, tuple[StepRow, ...]]
    dossiers_per_maatregel: dict[Maatregel, int]
    gemiddeld_werkdagen_f2f: float | None
    f2f_gemeten: int  # dossiers the mean is taken over
    signalen: Signals


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """The figures of one signed gesprek, for the trend."""

    datum: dt.date
    medewerker: str
    figures: Figures

    @property
    def op_orde_percentage(self) -> float | None:
        judged = sum(row.totaal for row in self.figures.normen)
        ok = sum(row.op_orde for row in self.figures.normen)
        return None if judged == 0 else round(100 * ok / judged, 1)

    def step_percentage(self, stap: str) -> float | None:
        for row in self.figures.tijdigheid:
            if row.stap == stap:
                return row.percentage
        return None


@dataclass(frozen=True, slots=True)
class WorkerFigures:
    naam: str
    figures: Figures
    datum: dt.date | None  # the gesprek the figures come from (None: the live caseload)
    trend: tuple[TrendPoint, ...] = ()


@dataclass(frozen=True, slots=True)
class CijfersReport:
    """What the page, the PDF section and the command line show."""

    van: dt.date
    tot: dt.date
    figures: Figures
    medewerkers: tuple[WorkerFigures, ...] = ()
    trend: tuple[TrendPoint, ...] = field(default=())


# --------------------------------------------------------------------------- summing


def norm_sort_key(norm: str) -> tuple[int, str, int]:
    match = re.match(r"^(\d+)([a-z]?)\.(\d+)$", norm)
    if match is None:
        return (999, norm, 0)
    return (int(match.group(1)), match.group(2), int(match.group(3)))


def figures_of(facts: Sequence[DossierFacts], norms: Iterable[str] = ()) -> Figures:
    """Sum dossier facts; `norms` are listed even when no dossier was judged on them."""
    norm_counts: dict[str, dict[ItemStatus, int]] = {n: defaultdict(int) for n in norms}
    steps: dict[str, dict[str, int]] = {s: defaultdict(int) for s in START_STEPS}
    by_maatregel: dict[Maatregel, dict[str, dict[str, int]]] = {}
    per_maatregel: dict[Maatregel, int] = defaultdict(int)
    f2f_days: list[int] = []
    open_steps = only_contact = overdue = soon = 0
    for fact in facts:
        per_maatregel[fact.maatregel] += 1
        for norm, status in fact.norms.items():
            norm_counts.setdefault(norm, defaultdict(int))[status] += 1
        own = by_maatregel.setdefault(fact.maatregel, {s: defaultdict(int) for s in START_STEPS})
        for stap, step in fact.steps.items():
            for table in (steps, own):
                table[stap][step.outcome] += 1
                if step.outcome == StepOutcome.TE_LAAT and not step.done:
                    table[stap]["verlopen"] += 1
            if not step.done:
                open_steps += 1
        if fact.workdays_to_f2f is not None:
            f2f_days.append(fact.workdays_to_f2f)
        only_contact += fact.only_contactpersoon
        overdue += fact.overdue
        soon += fact.soon
    return Figures(
        dossiers=len(facts),
        normen=tuple(
            NormRow(
                norm=norm,
                omschrijving=NORM_OMSCHRIJVING.get(norm, ""),
                op_orde=counts[ItemStatus.OP_ORDE],
                aandacht=counts[ItemStatus.AANDACHT],
                niet_op_orde=counts[ItemStatus.NIET_OP_ORDE],
                nog_niet_ingevuld=counts[ItemStatus.NOG_NIET_INGEVULD],
            )
            for norm, counts in sorted(norm_counts.items(), key=lambda kv: norm_sort_key(kv[0]))
        ),
        tijdigheid=_step_rows(steps),
        tijdigheid_per_maatregel={
            m: _step_rows(by_maatregel[m]) for m in Maatregel if m in by_maatregel
        },
        dossiers_per_maatregel={m: per_maatregel[m] for m in Maatregel if m in per_maatregel},
        gemiddeld_werkdagen_f2f=(round(sum(f2f_days) / len(f2f_days), 1) if f2f_days else None),
        f2f_gemeten=len(f2f_days),
        signalen=Signals(
            open_startstappen=open_steps,
            alleen_contactpersoon=only_contact,
            termijnen_verlopen=overdue,
            termijnen_binnenkort=soon,
        ),
    )


def _step_rows(counts: Mapping[str, Mapping[str, int]]) -> tuple[StepRow, ...]:
    return tuple(
        StepRow(
            stap=stap,
            omschrijving=naam,
            op_tijd=counts[stap].get(StepOutcome.OP_TIJD, 0),
            te_laat=counts[stap].get(StepOutcome.TE_LAAT, 0),
            open=counts[stap].get(StepOutcome.OPEN, 0),
            verlopen=counts[stap].get("verlopen", 0),
        )
        for stap, naam in START_STEPS.items()
    )


def norm_statuses(items: Iterable[tuple[Sequence[str], ItemStatus]]) -> dict[str, ItemStatus]:
    """Per norm the worst status of its items (given with their norms); n.v.t. does not count."""
    worst: dict[str, ItemStatus] = {}
    for norms, status in items:
        if status is ItemStatus.NVT:
            continue
        severity = status.severity
        for norm in norms:
            known = worst.get(norm)
            if known is None or severity > known.severity:
                worst[norm] = status
    return worst


def _step_fact(state: DeadlineState, done: bool) -> StepFact | None:
    if state is DeadlineState.OP_TIJD:
        return StepFact(StepOutcome.OP_TIJD, True)
    if state is DeadlineState.TE_LAAT:
        return StepFact(StepOutcome.TE_LAAT, True)
    if state is DeadlineState.VERLOPEN:
        return StepFact(StepOutcome.TE_LAAT, done)
    if state is DeadlineState.OPEN:
        return StepFact(StepOutcome.OPEN, done)
    return None  # n.v.t.


def dossier_facts(
    maatregel: Maatregel,
    contact_type: str,
    norms: dict[str, ItemStatus],
    deadlines: Iterable[tuple[str, DeadlineState, dt.date | None, dt.date | None]],
    uitspraak: dt.date,
    as_of: dt.date,
    calendar: WorkdayCalendar,
) -> DossierFacts:
    """Facts from deadline entries (stap, state, deadline, done on)."""
    steps: dict[str, StepFact] = {}
    workdays: int | None = None
    overdue = soon = 0
    for stap, state, deadline, done_on in deadlines:
        if state is DeadlineState.VERLOPEN:
            overdue += 1
        elif (
            state is DeadlineState.OPEN
            and deadline is not None
            and (deadline - as_of).days <= SOON_DAYS
        ):
            soon += 1
        if stap not in START_STEPS:
            continue
        step = _step_fact(state, done_on is not None)
        if step is not None:
            steps[stap] = step
        if stap == "eerste_f2f" and done_on is not None and done_on >= uitspraak:
            workdays = calendar.workdays_between(uitspraak, done_on)
    return DossierFacts(
        maatregel=maatregel,
        only_contactpersoon=contact_type in ("ccp", "crt"),
        norms=norms,
        steps=steps,
        workdays_to_f2f=workdays,
        overdue=overdue,
        soon=soon,
    )


# How the deadline engine's status texts begin ("verlopen sinds 3 dagen", "open — nog ...").
_STATE_PREFIXES = (
    ("op tijd", DeadlineState.OP_TIJD),
    ("te laat", DeadlineState.TE_LAAT),
    ("verlopen", DeadlineState.VERLOPEN),
    ("open", DeadlineState.OPEN),
)
_CONTACT_PREFIXES = ("CCP", "CRT")


def state_of_status_text(status_text: str) -> DeadlineState:
    """The state behind a deadline entry's status text in a merged document."""
    for prefix, state in _STATE_PREFIXES:
        if status_text.startswith(prefix):
            return state
    return DeadlineState.NIET_VAN_TOEPASSING


def _only_contactpersoon(contactpersoon: str) -> bool:
    """Whether the document's contact text is a CCP/CRT contactpersoon ("CCP: naam")."""
    text = contactpersoon.strip()
    return any(
        text[: len(p)].upper() == p and (len(text) == len(p) or text[len(p)] == ":")
        for p in _CONTACT_PREFIXES
    )


def _document_step_state(termijn: Mapping[str, Any]) -> DeadlineState:
    return state_of_status_text(str(termijn.get("status", "")))


_STATUS = {status.value: status for status in ItemStatus}


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def document_facts(
    doc: Mapping[str, Any], calendar: WorkdayCalendar
) -> tuple[list[DossierFacts], set[str]]:
    """Facts of every client of a merged gesprek document (JSON-shaped, as stored).

    Reads only the item verdicts and deadline entries the document was signed with, so the
    figures are the same wherever the document is read.
    """
    item_norms = {
        str(item["id"]): split_norms(str(item.get("norm", "")))
        for item in doc["checklist"]["items"]
    }
    all_norms = {n for norms in item_norms.values() for n in norms}
    as_of = _date(doc["gesprek"]["datum"]) or dt.date.min
    facts = []
    for client in doc.get("clients", ()):
        scan = client.get("scan") or {}
        norms = norm_statuses(
            (item_norms.get(str(v["item_id"]), ()), _STATUS[v["status"]])
            for v in scan.get("item_oordelen", ())
        )
        entries = [
            (
                str(t["stap"]),
                _document_step_state(t),
                _date(t.get("deadline")),
                _date(t.get("gedaan_op")),
            )
            for t in client.get("termijnen", ())
        ]
        contact_type = "ccp" if _only_contactpersoon(str(client.get("contactpersoon", ""))) else ""
        uitspraak = _date(client["uitspraakdatum"]) or as_of
        facts.append(
            dossier_facts(
                Maatregel(client["maatregel"]),
                contact_type,
                norms,
                entries,
                uitspraak,
                as_of,
                calendar,
            )
        )
    return facts, all_norms


SIGNAL_NAMES = {
    "open_startstappen": "open startstappen",
    "alleen_contactpersoon": "alleen CCP/CRT, geen vaste jeugdzorgwerker",
    "termijnen_verlopen": "termijnen verlopen",
    "termijnen_binnenkort": "termijnen binnenkort (14 dagen)",
}


# --------------------------------------------------------------------------- JSON shape
# The figures as plain JSON (the shape of the aggregate file, issue 17). `aggregate=True`
# masks counts below 3 and leaves out percentages and means built on such a count.

SMALL = "<3"
MIN_SHOWN = 3
Count = int | str


def month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


class Counts:
    """Turns counts into output values: exact, or masked below 3."""

    def __init__(self, aggregate: bool) -> None:
        self.aggregate = aggregate

    def __call__(self, value: int) -> Count:
        return SMALL if self.aggregate and value < MIN_SHOWN else value

    def share(self, value: float | None, *parts: int) -> float | None:
        """A percentage or mean; left out of an aggregate when a part of it is masked."""
        if self.aggregate and any(part < MIN_SHOWN for part in parts):
            return None
        return value


def _norm(row: NormRow, c: Counts) -> dict[str, Any]:
    return {
        "norm": row.norm,
        "omschrijving": row.omschrijving,
        "op_orde": c(row.op_orde),
        "aandacht": c(row.aandacht),
        "niet_op_orde": c(row.niet_op_orde),
        "nog_niet_ingevuld": c(row.nog_niet_ingevuld),
        "totaal": c(row.totaal),
    }


def _step(row: StepRow, c: Counts) -> dict[str, Any]:
    return {
        "stap": row.stap,
        "omschrijving": row.omschrijving,
        "op_tijd": c(row.op_tijd),
        "te_laat": c(row.te_laat),
        "verlopen": c(row.verlopen),
        "open": c(row.open),
        "totaal": c(row.totaal),
        "percentage": c.share(row.percentage, row.op_tijd, row.te_laat),
        "norm_percentage": NORM_PERCENTAGE,
    }


def _signals(signals: Signals, c: Counts) -> dict[str, Any]:
    return {
        "open_startstappen": c(signals.open_startstappen),
        "alleen_contactpersoon": c(signals.alleen_contactpersoon),
        "termijnen_verlopen": c(signals.termijnen_verlopen),
        "termijnen_binnenkort": c(signals.termijnen_binnenkort),
    }


def trend_json(points: Sequence[TrendPoint], c: Counts) -> list[dict[str, Any]]:
    result = []
    for point in points:
        normen = point.figures.normen
        ok = sum(r.op_orde for r in normen)
        attention = sum(r.aandacht for r in normen)
        not_ok = sum(r.niet_op_orde for r in normen)
        f2f = point.figures.tijdigheid[0]
        result.append(
            {
                "maand": month(point.datum),
                "dossiers": c(point.figures.dossiers),
                "op_orde": c(ok),
                "aandacht": c(attention),
                "niet_op_orde": c(not_ok),
                "percentage_op_orde": c.share(point.op_orde_percentage, ok, attention + not_ok),
                "percentage_eerste_f2f_op_tijd": c.share(f2f.percentage, f2f.op_tijd, f2f.te_laat),
            }
        )
    return result


def figures_json(figures: Figures, c: Counts) -> dict[str, Any]:
    return {
        "dossiers": c(figures.dossiers),
        "dossiers_per_maatregel": {
            m.value: c(n) for m, n in figures.dossiers_per_maatregel.items()
        },
        "gemiddeld_werkdagen_eerste_f2f": c.share(
            figures.gemiddeld_werkdagen_f2f, figures.f2f_gemeten
        ),
        "normen": [_norm(row, c) for row in figures.normen],
        "tijdigheid": [_step(row, c) for row in figures.tijdigheid],
        "tijdigheid_per_maatregel": [
            {
                "maatregel": m.value,
                "dossiers": c(figures.dossiers_per_maatregel.get(m, 0)),
                "tijdigheid": [_step(row, c) for row in rows],
            }
            for m, rows in figures.tijdigheid_per_maatregel.items()
        ],
        "signalen": _signals(figures.signalen, c),
    }
