"""The deadline engine: statutory and internal terms as data, evaluated by one calendar.

Each `DeadlineRule` says how long a step may take (`term` in a `Unit`), from which date it runs
(the first known of its `start` anchors) and for which maatregelen it holds. One-off steps
(`done_field` set) are judged against the date the step was done; recurring steps run from the
last time they were done and are judged against today. Every result carries a Dutch explanation
the user can check by hand (see docs/termijnen.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from jbn_selfscan.domain.calendar import (
    WorkdayCalendar,
    add_months,
    add_weeks,
)
from jbn_selfscan.domain.dutch_dates import abbreviated_date, month_name, plural
from jbn_selfscan.domain.types import DeadlineState, Maatregel


class Unit(StrEnum):
    WERKDAGEN = "werkdagen"
    WEKEN = "weken"
    MAANDEN = "maanden"

    def describe(self, count: int) -> str:
        """ "5 werkdagen", "1 maand", "6 weken"."""
        return plural(count, _UNIT_SINGULAR[self], self.value)


_UNIT_SINGULAR = {Unit.WERKDAGEN: "werkdag", Unit.WEKEN: "week", Unit.MAANDEN: "maand"}


class Bron(StrEnum):
    """Where a term comes from: the law, the inspection's toetsingskader or a JBN agreement."""

    WET = "wet"
    INSPECTIE = "inspectie"
    JBN = "jbn"

    @property
    def label(self) -> str:
        return {
            Bron.WET: "wettelijke termijn",
            Bron.INSPECTIE: "maatstaf van de inspectie (toetsingskader)",
            Bron.JBN: "werkafspraak van JBN",
        }[self]


class Anchor(StrEnum):
    """A date a term can run from; the values are the `StepDates` field names (or uitspraak)."""

    UITSPRAAK = "uitspraak"
    EERSTE_PVA = "eerste_pva"
    EERSTE_RISICOTAXATIE = "eerste_risicotaxatie"
    LAATSTE_RISICOTAXATIE = "laatste_risicotaxatie"
    LAATSTE_PVA_EVALUATIE = "laatste_pva_evaluatie"
    LAATSTE_CONTACT_KIND = "laatste_contact_kind"

    @property
    def label(self) -> str:
        return _ANCHOR_LABELS[self]


_ANCHOR_LABELS = {
    Anchor.UITSPRAAK: "uitspraak",
    Anchor.EERSTE_PVA: "1e PvA",
    Anchor.EERSTE_RISICOTAXATIE: "1e risicotaxatie",
    Anchor.LAATSTE_RISICOTAXATIE: "laatste risicotaxatie",
    Anchor.LAATSTE_PVA_EVALUATIE: "laatste PvA-evaluatie",
    Anchor.LAATSTE_CONTACT_KIND: "laatste contact met de jeugdige",
}


ALL_MAATREGELEN = frozenset(Maatregel)


@dataclass(frozen=True, slots=True)
class StepDates:
    """When the steps of one client were done (None: not done or not known)."""

    eerste_f2f: dt.date | None = None
    eerste_pva: dt.date | None = None
    eerste_risicotaxatie: dt.date | None = None
    hulp_gestart: dt.date | None = None
    laatste_risicotaxatie: dt.date | None = None
    laatste_pva_evaluatie: dt.date | None = None
    laatste_contact_kind: dt.date | None = None
    # start-phase steps the worker marked "onbekend / vóór overdracht": (stap, reden), sorted
    onbekend: tuple[tuple[str, str], ...] = ()
    # steps an answer made n.v.t. ("er is (nog) geen hulp nodig"): (stap, reden), sorted
    niet_nodig: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """One term. `done_field` names the `StepDates` field of a one-off step; None: recurring."""

    stap: str
    omschrijving: str
    term: int
    unit: Unit
    start: tuple[Anchor, ...]
    maatregelen: frozenset[Maatregel]
    norm: str
    bron: Bron
    done_field: str | None = None
    missing_start_text: str = ""
    # said after the computation, e.g. why a JBN agreement is stricter than the norm
    note: str = ""

    @property
    def recurring(self) -> bool:
        return self.done_field is None

    @property
    def start_phase(self) -> bool:
        """One-off steps belong to the start of a maatregel (1e F2F, 1e PvA, ...)."""
        return self.done_field is not None


RULES: tuple[DeadlineRule, ...] = (
    DeadlineRule(
        stap="eerste_f2f",
        omschrijving="1e F2F met jeugdige en ouders/opvoeders",
        term=5,
        unit=Unit.WERKDAGEN,
        start=(Anchor.UITSPRAAK,),
        maatregelen=ALL_MAATREGELEN,
        norm="1a.3",
        bron=Bron.WET,
        done_field="eerste_f2f",
    ),
    DeadlineRule(
        stap="eerste_pva",
        omschrijving="1e PvA gereed",
        term=6,
        unit=Unit.WEKEN,
        start=(Anchor.UITSPRAAK,),
        maatregelen=ALL_MAATREGELEN,
        norm="1b.3",
        bron=Bron.WET,
        done_field="eerste_pva",
    ),
    DeadlineRule(
        stap="eerste_risicotaxatie",
        omschrijving="1e risicotaxatie (ARIJ/LIJ)",
        term=6,
        unit=Unit.WEKEN,
        start=(Anchor.UITSPRAAK,),
        maatregelen=ALL_MAATREGELEN,
        norm="",
        bron=Bron.JBN,
        done_field="eerste_risicotaxatie",
    ),
    DeadlineRule(
        stap="hulp_gestart",
        omschrijving="passende hulp gestart",
        term=3,
        unit=Unit.MAANDEN,
        start=(Anchor.UITSPRAAK,),
        maatregelen=ALL_MAATREGELEN,
        norm="2.2",
        bron=Bron.INSPECTIE,
        done_field="hulp_gestart",
    ),
    DeadlineRule(
        stap="risicotaxatie_actueel",
        omschrijving="risicotaxatie actueel (ARIJ, max. 3 maanden oud)",
        term=3,
        unit=Unit.MAANDEN,
        start=(Anchor.LAATSTE_RISICOTAXATIE, Anchor.EERSTE_RISICOTAXATIE),
        maatregelen=frozenset({Maatregel.OTS, Maatregel.VOOGDIJ}),
        norm="3.5",
        bron=Bron.INSPECTIE,
        missing_start_text=(
            "nog geen risicotaxatie vastgelegd; eerst geldt de termijn van de 1e risicotaxatie"
        ),
    ),
    DeadlineRule(
        stap="risicotaxatie_actueel",
        omschrijving="risicotaxatie actueel (LIJ, max. 3 maanden oud)",
        term=3,
        unit=Unit.MAANDEN,
        start=(Anchor.LAATSTE_RISICOTAXATIE, Anchor.EERSTE_RISICOTAXATIE),
        maatregelen=frozenset({Maatregel.JR}),
        norm="3.5",
        bron=Bron.JBN,
        note=(
            "werkafspraak van JBN, strenger dan het handboek: dat vraagt een LIJ bij de start, "
            "bij kernbesluiten, bij de halfjaarlijkse evaluatie en bij het afsluiten"
        ),
        missing_start_text=(
            "nog geen risicotaxatie vastgelegd; eerst geldt de termijn van de 1e risicotaxatie"
        ),
    ),
    DeadlineRule(
        stap="pva_evaluatie",
        omschrijving="PvA geëvalueerd (jaarlijks)",
        term=12,
        unit=Unit.MAANDEN,
        start=(Anchor.LAATSTE_PVA_EVALUATIE, Anchor.EERSTE_PVA),
        maatregelen=frozenset({Maatregel.OTS, Maatregel.VOOGDIJ}),
        norm="3.3",
        bron=Bron.INSPECTIE,
        missing_start_text="nog geen PvA vastgelegd; eerst geldt de termijn van het 1e PvA",
    ),
    DeadlineRule(
        stap="pva_evaluatie",
        omschrijving="PvA geëvalueerd (elk half jaar)",
        term=6,
        unit=Unit.MAANDEN,
        start=(Anchor.LAATSTE_PVA_EVALUATIE, Anchor.EERSTE_PVA),
        maatregelen=frozenset({Maatregel.JR}),
        norm="3.3",
        bron=Bron.INSPECTIE,
        missing_start_text="nog geen PvA vastgelegd; eerst geldt de termijn van het 1e PvA",
    ),
    DeadlineRule(
        stap="contact_voogdij",
        omschrijving="contact met de jeugdige (voogdij: minstens 4 keer per jaar)",
        term=3,
        unit=Unit.MAANDEN,
        start=(Anchor.LAATSTE_CONTACT_KIND, Anchor.UITSPRAAK),
        maatregelen=frozenset({Maatregel.VOOGDIJ}),
        norm="3.1",
        bron=Bron.JBN,
        note=(
            "werkafspraak van JBN: hoogstens 3 maanden tussen twee contacten, zodat het "
            "minstens 4 keer per jaar is (de norm telt 4 contacten per jaar)"
        ),
    ),
)

STEP_IDS: tuple[str, ...] = tuple(dict.fromkeys(rule.stap for rule in RULES))


def bron_of(stap: str, maatregel: Maatregel) -> Bron | None:
    """Where the term of step `stap` comes from for this maatregel (None: unknown step)."""
    for rule in RULES:
        if rule.stap == stap and maatregel in rule.maatregelen:
            return rule.bron
    return None


def bron_legend() -> str:
    """What the short source names mean, for a table's legend."""
    return "Bron: " + "; ".join(f"{bron.value} = {bron.label}" for bron in Bron) + "."


# The start-phase steps a worker can mark "onbekend / vóór overdracht", with their Dutch names.
START_PHASE_STEPS: dict[str, str] = {
    rule.stap: rule.omschrijving for rule in RULES if rule.start_phase
}


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    """One computed deadline of a client. `startdatum` is the date the term ran from."""

    stap: str
    omschrijving: str
    norm: str
    deadline: dt.date | None
    gedaan_op: dt.date | None
    state: DeadlineState
    status_text: str
    uitleg: str
    startdatum: dt.date | None = None
    bron: Bron = Bron.INSPECTIE


@functools.cache
def default_calendar() -> WorkdayCalendar:
    """The shared calendar with the default policy (Atw), created on first use."""
    return WorkdayCalendar()


def compute_deadlines(
    maatregel: Maatregel,
    uitspraak: dt.date,
    steps: StepDates,
    today: dt.date,
    calendar: WorkdayCalendar | None = None,
    einddatum: dt.date | None = None,
    start_phase_cutoff: dt.date | None = None,
) -> list[DeadlineResult]:
    """All deadlines that apply to a maatregel of this kind, in rule order.

    `start_phase_cutoff`: for a maatregel whose uitspraak lies before this date, a start-phase
    step without a date whose term has passed is "onbekend (startfase voorbij)", not "verlopen"
    (the case started before the worker's records; see docs/termijnen.md).
    """
    cal = calendar if calendar is not None else default_calendar()
    return list(_compute(maatregel, uitspraak, steps, today, cal, einddatum, start_phase_cutoff))


@functools.lru_cache(maxsize=1 << 14)
def _compute(
    maatregel: Maatregel,
    uitspraak: dt.date,
    steps: StepDates,
    today: dt.date,
    cal: WorkdayCalendar,
    einddatum: dt.date | None,
    cutoff: dt.date | None,
) -> tuple[DeadlineResult, ...]:
    """Memoised per client: all inputs are immutable, and the caseload overview recomputes
    every client on each edit, so unchanged clients cost one cache lookup."""
    ended_on = einddatum if einddatum is not None and today > einddatum else None
    long_running = cutoff is not None and uitspraak < cutoff
    return tuple(
        _evaluate(rule, uitspraak, steps, today, cal, ended_on, long_running)
        for rule in RULES
        if maatregel in rule.maatregelen
    )


def next_deadline(results: Iterable[DeadlineResult]) -> DeadlineResult | None:
    """The most urgent result: the earliest expired deadline, else the earliest open one."""
    candidates = [
        r
        for r in results
        if r.deadline is not None and r.state in (DeadlineState.VERLOPEN, DeadlineState.OPEN)
    ]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda r: (r.state is not DeadlineState.VERLOPEN, r.deadline),
    )


def _evaluate(
    rule: DeadlineRule,
    uitspraak: dt.date,
    steps: StepDates,
    today: dt.date,
    cal: WorkdayCalendar,
    ended_on: dt.date | None,
    long_running: bool,
) -> DeadlineResult:
    anchor, start = _first_known_start(rule.start, uitspraak, steps)
    if anchor is None or start is None:
        return _not_applicable(rule, rule.missing_start_text)
    if rule.recurring and ended_on is not None:
        return _not_applicable(
            rule, f"maatregel beëindigd op {abbreviated_date(ended_on)}; geen nieuwe termijn"
        )
    deadline, uitleg = explain_term(
        _ANCHOR_LABELS[anchor], start, rule.term, rule.unit, cal, atw=rule.bron is Bron.WET
    )
    if rule.note:
        uitleg = f"{uitleg} ({rule.note})"
    done_on = getattr(steps, rule.done_field) if rule.done_field else None
    marked = dict(steps.onbekend).get(rule.stap) if rule.start_phase else None
    not_needed = dict(steps.niet_nodig).get(rule.stap)
    if done_on is None and not_needed is not None:
        return _not_applicable(rule, not_needed, status=not_needed)
    if done_on is not None and done_on < uitspraak:
        state = DeadlineState.ONGELDIG
        status = "ongeldige datum (vóór de uitspraak)"
        uitleg = (
            f"gedaan op {abbreviated_date(done_on)} ligt vóór de uitspraak "
            f"{abbreviated_date(uitspraak)}; zo'n datum telt niet, verbeter hem"
        )
    elif done_on is not None:
        state, status = _judge_done(rule.unit, deadline, done_on, cal)
        uitleg = f"{uitleg}; gedaan op {abbreviated_date(done_on)}"
    elif marked is not None:
        state, status = DeadlineState.ONBEKEND, "onbekend / vóór overdracht"
        reason = marked.strip() or "geen reden opgegeven"
        uitleg = f"{uitleg}; gemarkeerd als onbekend / vóór overdracht: {reason}"
    elif ended_on is not None and deadline > ended_on:
        return _not_applicable(
            rule,
            f"maatregel beëindigd op {abbreviated_date(ended_on)}, vóór het einde van de termijn",
        )
    elif rule.start_phase and long_running and today > deadline:
        state, status = DeadlineState.ONBEKEND, "onbekend (startfase voorbij)"
        uitleg = (
            f"{uitleg}; geen datum bekend en de uitspraak ligt vóór de grens van de startfase "
            "(instellingen): niet beoordeeld"
        )
    else:
        state, status = _judge_open(deadline, today, cal)
    return DeadlineResult(
        stap=rule.stap,
        omschrijving=rule.omschrijving,
        norm=rule.norm,
        deadline=deadline,
        gedaan_op=done_on,
        state=state,
        status_text=status,
        uitleg=uitleg,
        startdatum=start,
        bron=rule.bron,
    )


def marks_from_json(text: str | None) -> dict[str, str]:
    """The stored "onbekend / vóór overdracht" marks {stap: reden}; bad or foreign data: none."""
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(stap): reason
        for stap, reason in data.items()
        if stap in START_PHASE_STEPS and isinstance(reason, str)
    }


def marks_to_json(marks: Mapping[str, str]) -> str:
    """Marks as stored: sorted JSON, "" for none; unknown steps are left out."""
    kept = {stap: marks[stap].strip() for stap in sorted(marks) if stap in START_PHASE_STEPS}
    return json.dumps(kept, ensure_ascii=False) if kept else ""


def _first_known_start(
    anchors: Sequence[Anchor], uitspraak: dt.date, steps: StepDates
) -> tuple[Anchor | None, dt.date | None]:
    for anchor in anchors:
        value = uitspraak if anchor is Anchor.UITSPRAAK else getattr(steps, anchor)
        if value is not None:
            return anchor, value
    return None, None


def _not_applicable(rule: DeadlineRule, reason: str, status: str = "n.v.t.") -> DeadlineResult:
    return DeadlineResult(
        stap=rule.stap,
        omschrijving=rule.omschrijving,
        norm=rule.norm,
        deadline=None,
        gedaan_op=None,
        state=DeadlineState.NIET_VAN_TOEPASSING,
        status_text=status,
        uitleg=reason,
        bron=rule.bron,
    )


def _judge_done(
    unit: Unit, deadline: dt.date, done_on: dt.date, cal: WorkdayCalendar
) -> tuple[DeadlineState, str]:
    if done_on <= deadline:
        return DeadlineState.OP_TIJD, "op tijd"
    late_workdays = cal.workdays_between(deadline, done_on) if unit is Unit.WERKDAGEN else 0
    if late_workdays:
        late = plural(late_workdays, "werkdag", "werkdagen")
    else:
        late = plural((done_on - deadline).days, "dag", "dagen")
    return DeadlineState.TE_LAAT, f"te laat ({late} na de termijn)"


def _judge_open(
    deadline: dt.date, today: dt.date, cal: WorkdayCalendar
) -> tuple[DeadlineState, str]:
    if today > deadline:
        overdue = plural((today - deadline).days, "dag", "dagen")
        return DeadlineState.VERLOPEN, f"verlopen sinds {overdue}"
    left = plural(cal.workdays_between(today, deadline), "werkdag", "werkdagen")
    suffix = " (uiterlijk vandaag)" if deadline == today else ""
    return DeadlineState.OPEN, f"open — nog {left}{suffix}"


@functools.lru_cache(maxsize=1 << 16)
def explain_term(
    start_label: str,
    start: dt.date,
    term: int,
    unit: Unit,
    cal: WorkdayCalendar,
    *,
    atw: bool = False,
) -> tuple[dt.date, str]:
    """The end date of a term and how it was computed, in Dutch a user can check by hand.

    `atw`: a statutory term; when it ends on a Saturday, Sunday or holiday it runs to the next
    working day (Algemene termijnenwet art. 1). Other terms keep their calendar date.
    Memoised: a calendar never changes after it is made, and the caseload overview asks for
    the same terms again on every edit.
    """
    head = f"{start_label} {abbreviated_date(start)} + {unit.describe(term)}"
    if unit is Unit.WERKDAGEN:
        end, days_off = cal.add_workdays_explained(start, term)
        skipped = _skipped_text(days_off)
        return end, f"{head}; overgeslagen: {skipped} → uiterlijk {abbreviated_date(end)}"
    if unit is Unit.WEKEN:
        end = add_weeks(start, term)
        head = f"{head} ({plural(7 * term, 'dag', 'dagen')})"
    else:
        end = add_months(start, term)
    note = _month_end_note(start, end) if unit is Unit.MAANDEN else ""
    if atw and not cal.is_workday(end):
        moved = end
        while not cal.is_workday(moved):
            moved += dt.timedelta(days=1)
        return moved, (
            f"{head} → valt op {abbreviated_date(end)}, {_day_off_name(end, cal)}{note}; "
            f"Atw art. 1: uiterlijk {abbreviated_date(moved)}"
        )
    note += _day_off_note(end, cal)
    return end, f"{head} → uiterlijk {abbreviated_date(end)}{note}"


def _skipped_text(days_off: Sequence[tuple[dt.date, str | None]]) -> str:
    parts: list[str] = []
    if any(day.weekday() >= 5 for day, _ in days_off):
        parts.append("za/zo")
    parts.extend(
        f"{name} ({abbreviated_date(day)})"
        for day, name in days_off
        if name is not None and day.weekday() < 5
    )
    return ", ".join(parts) if parts else "niets"


def _month_end_note(start: dt.date, end: dt.date) -> str:
    if end.day == start.day:
        return ""
    month = month_name(end.month)
    return f" ({start.day} {month} {end.year} bestaat niet: de laatste dag van {month} telt)"


def _day_off_name(day: dt.date, cal: WorkdayCalendar) -> str:
    return cal.holiday_name(day) or ("zaterdag" if day.weekday() == 5 else "zondag")


def _day_off_note(end: dt.date, cal: WorkdayCalendar) -> str:
    if cal.is_workday(end):
        return ""
    name = _day_off_name(end, cal)
    return f" (valt op {name}; geen wettelijke termijn: de datum schuift niet op)"
