"""The caseload overview: one frozen row per client with theme statuses and next deadline."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.calendar import WorkdayCalendar, add_months
from jbn_selfscan.domain.caseload import CONTACT_TYPES
from jbn_selfscan.domain.checklist import Checklist
from jbn_selfscan.domain.deadlines import next_deadline
from jbn_selfscan.domain.dutch_dates import abbreviated_date
from jbn_selfscan.domain.evaluation import AnswerInput, evaluate_scan
from jbn_selfscan.domain.types import (
    DeadlineState,
    GesprekStatus,
    ItemStatus,
    Maatregel,
    ScanStatus,
    Theme,
)
from jbn_selfscan.services import checklists
from jbn_selfscan.services.deadlines import (
    DeadlineResult,
    client_deadlines,
    deadline_states,
)
from jbn_selfscan.services.scans import AnswerState, answer_inputs, answer_state
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Answer, Caseloadgesprek, Client, Zelfscan


@dataclass(frozen=True)
class OverviewRow:
    client_id: int
    referentie: str
    initialen: str
    maatregel: Maatregel
    regio: str
    team: str
    contact: str  # "vaste jeugdzorgwerker: naam" or "CCP: naam"
    themes: dict[Theme, tuple[ItemStatus, str]]
    next_deadline: DeadlineResult | None
    any_expired: bool
    scan_id: int | None
    scan_status: ScanStatus | None
    answered: int
    total: int
    gearchiveerd: bool
    uitspraakdatum: dt.date | None = None
    deadlines: tuple[DeadlineResult, ...] = ()
    # signals the BI-tool gave: a deadline due within DUE_SOON_WORKDAYS working days, and the
    # PvA-evaluatie due within PVA_EVALUATION_DAYS days
    due_soon: bool = False
    pva_evaluation_due: bool = False

    @property
    def scan_complete(self) -> bool:
        return self.total > 0 and self.answered >= self.total

    def days_left(self, today: dt.date) -> int | None:
        if self.next_deadline is None or self.next_deadline.deadline is None:
            return None
        return (self.next_deadline.deadline - today).days


DUE_SOON_WORKDAYS = 10
PVA_EVALUATION_DAYS = 30
GESPREK_INTERVAL_MONTHS = 3  # about 4 caseloadgesprekken a year (norm 1a.1)


def is_due_soon(
    results: Iterable[DeadlineResult], today: dt.date, calendar: WorkdayCalendar
) -> bool:
    """An open deadline falls within the next `DUE_SOON_WORKDAYS` working days."""
    return any(
        r.state is DeadlineState.OPEN
        and r.deadline is not None
        and calendar.workdays_between(today, r.deadline) <= DUE_SOON_WORKDAYS
        for r in results
    )


def is_pva_evaluation_due(results: Iterable[DeadlineResult], today: dt.date) -> bool:
    """The PvA-evaluatie is open and due within `PVA_EVALUATION_DAYS` calendar days."""
    return any(
        r.stap == "pva_evaluatie"
        and r.state is DeadlineState.OPEN
        and r.deadline is not None
        and (r.deadline - today).days <= PVA_EVALUATION_DAYS
        for r in results
    )


@dataclass(frozen=True)
class GesprekSignal:
    """When the last caseloadgesprek was signed and whether the next one is due."""

    laatst_getekend: dt.date | None
    volgende_uiterlijk: dt.date | None
    due: bool

    @property
    def text(self) -> str:
        if self.laatst_getekend is None or self.volgende_uiterlijk is None:
            return "Caseloadgesprek: nog geen getekend gesprek; plan er een"
        last = abbreviated_date(self.laatst_getekend)
        upcoming = abbreviated_date(self.volgende_uiterlijk)
        if self.due:
            return (
                f"Caseloadgesprek nodig: het laatste getekende was op {last}, "
                f"meer dan {GESPREK_INTERVAL_MONTHS} maanden geleden"
            )
        return f"Caseloadgesprek: laatste getekend {last}; volgende uiterlijk {upcoming}"


def gesprek_signal(ws: Workspace, today: dt.date) -> GesprekSignal:
    """Due when the last signed caseloadgesprek lies more than 3 months back (or none)."""
    with ws.db.session() as session:
        last = session.scalar(
            select(func.max(Caseloadgesprek.datum)).where(
                Caseloadgesprek.status == GesprekStatus.GETEKEND.value
            )
        )
    if last is None:
        return GesprekSignal(None, None, due=True)
    upcoming = add_months(last, GESPREK_INTERVAL_MONTHS)
    return GesprekSignal(last, upcoming, due=today > upcoming)


def contact_label(contact_type: str, naam: str) -> str:
    kind = CONTACT_TYPES.get(contact_type, contact_type)
    return f"{kind}: {naam}" if naam else kind


def list_overview(
    ws: Workspace, today: dt.date | None = None, *, include_archived: bool = False
) -> list[OverviewRow]:
    """All clients with the evaluation of their latest scan, in two queries plus answers."""
    today = today or dt.date.today()
    with ws.db.session() as session:
        query = select(Client).order_by(Client.referentie)
        if not include_archived:
            query = query.where(Client.gearchiveerd.is_(False))
        return _rows_for(
            session, list(session.scalars(query)), today, ws.calendar, ws.start_phase_months
        )


def overview_row(ws: Workspace, client_id: int, today: dt.date | None = None) -> OverviewRow | None:
    """The overview row of one client (archived or not), or None when it does not exist.

    Used to refresh a single row after an autosave without reloading the whole caseload.
    """
    today = today or dt.date.today()
    with ws.db.session() as session:
        client = session.get(Client, client_id)
        return (
            None
            if client is None
            else _rows_for(session, [client], today, ws.calendar, ws.start_phase_months)[0]
        )


def _rows_for(
    session: Session,
    clients: list[Client],
    today: dt.date,
    calendar: WorkdayCalendar,
    start_phase_months: int,
) -> list[OverviewRow]:
    latest_ids = select(func.max(Zelfscan.id)).group_by(Zelfscan.client_id)
    if len(clients) == 1:
        latest_ids = latest_ids.where(Zelfscan.client_id == clients[0].id)
    scans = {
        s.client_id: s for s in session.scalars(select(Zelfscan).where(Zelfscan.id.in_(latest_ids)))
    }
    answers: dict[int, dict[str, AnswerState]] = defaultdict(dict)
    scan_ids = [s.id for s in scans.values()]
    for chunk_start in range(0, len(scan_ids), 500):
        chunk = scan_ids[chunk_start : chunk_start + 500]
        for a in session.scalars(select(Answer).where(Answer.zelfscan_id.in_(chunk))):
            answers[a.zelfscan_id][a.item_id] = answer_state(a)
    rows = []
    for client in clients:
        scan = scans.get(client.id)
        checklist = (
            checklists.current()
            if scan is None
            else checklists.version(scan.checklist_id, scan.checklist_versie)
        )
        scan_answers = answers.get(scan.id, {}) if scan is not None else {}
        deadlines = client_deadlines(
            client,
            today,
            calendar,
            start_phase_months=start_phase_months,
            answers={k: a.waarde for k, a in scan_answers.items()},
        )
        maatregel = Maatregel(client.maatregel)
        themes, (answered, total) = _theme_summary(
            checklist,
            maatregel,
            answer_inputs(checklist, client, scan_answers),
            today,
            deadline_states(deadlines),
        )
        rows.append(
            OverviewRow(
                client_id=client.id,
                referentie=client.referentie,
                initialen=client.initialen,
                maatregel=maatregel,
                regio=client.regio,
                team=client.team,
                contact=contact_label(client.contact_type, client.contactpersoon),
                themes=dict(themes),
                next_deadline=next_deadline(deadlines),
                any_expired=any(d.state == DeadlineState.VERLOPEN for d in deadlines),
                scan_id=None if scan is None else scan.id,
                scan_status=None if scan is None else ScanStatus(scan.status),
                answered=answered,
                total=total,
                gearchiveerd=client.gearchiveerd,
                uitspraakdatum=client.uitspraakdatum,
                deadlines=tuple(deadlines),
                due_soon=is_due_soon(deadlines, today, calendar),
                pva_evaluation_due=is_pva_evaluation_due(deadlines, today),
            )
        )
    return rows


_ThemeSummary = tuple[tuple[tuple[Theme, tuple[ItemStatus, str]], ...], tuple[int, int]]
_SUMMARY_CACHE_SIZE = 4096
_summary_cache: dict[Hashable, _ThemeSummary] = {}


def _theme_summary(
    checklist: Checklist,
    maatregel: Maatregel,
    inputs: Mapping[str, AnswerInput],
    today: dt.date,
    states: Mapping[str, tuple[DeadlineState, str]],
) -> _ThemeSummary:
    """Theme statuses and progress of one client, memoised on the evaluation's inputs.

    A full refresh of the overview (after an import, an archive or an autosave) re-evaluates
    every client; with this cache only the clients whose answers, dates or deadline states
    changed are evaluated again (measured: 1,000 clients from ~560 ms to well under 100 ms).
    The key holds each deadline's state but not its status text ("verlopen sinds 12 dagen"):
    item statuses follow from the state, and theme verdicts and progress are made of item
    statuses and labels only (tests/services/test_overview_summary.py keeps that true).
    """
    key = (
        checklist.id,
        checklist.version,
        maatregel,
        tuple(sorted((k, a.value, a.toelichting) for k, a in inputs.items())),
        today,
        tuple(sorted((stap, state) for stap, (state, _text) in states.items())),
    )
    found = _summary_cache.get(key)
    if found is None:
        evaluation = evaluate_scan(checklist, maatregel, inputs, today, states)
        found = (
            tuple((t, (v.status, v.reason)) for t, v in evaluation.themes.items()),
            (evaluation.progress.answered, evaluation.progress.total),
        )
        if len(_summary_cache) >= _SUMMARY_CACHE_SIZE:
            _summary_cache.clear()
        _summary_cache[key] = found
    return found
