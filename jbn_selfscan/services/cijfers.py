"""Caseload in cijfers from the database: the worker's page, the team view, the trend.

The figures are sums of `domain.cijfers.DossierFacts`, read from two sources with the same rules:

- the live caseload (the latest scan of every running client, deadlines as on `today`);
- a merged gesprek document (the frozen copy of a signed gesprek, made here or imported), read
  from its item verdicts and deadline entries as they were when it was signed.

The worker's page uses the live caseload plus a trend over all signed gesprekken; the team view
uses each worker's latest signed gesprek (or the latest in a chosen period). All use of the
deadline engine is in `_live_step_states` here and `domain.cijfers.state_of_status_text`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.domain.checklist import Checklist, split_norms
from jbn_selfscan.domain.cijfers import (
    NORM_OMSCHRIJVING,
    NORM_PERCENTAGE,
    SOON_DAYS,
    START_STEPS,
    CijfersReport,
    DossierFacts,
    Figures,
    NormRow,
    Signals,
    StepFact,
    StepOutcome,
    StepRow,
    TrendPoint,
    WorkerFigures,
    document_facts,
    dossier_facts,
    figures_of,
    norm_sort_key,
    norm_statuses,
)
from jbn_selfscan.domain.deadlines import DeadlineResult
from jbn_selfscan.domain.evaluation import evaluate_scan
from jbn_selfscan.domain.types import DeadlineState, GesprekStatus, Maatregel
from jbn_selfscan.services import checklists, cijfers_cache
from jbn_selfscan.services.deadlines import (
    client_deadlines,
    deadline_states,
)
from jbn_selfscan.services.gesprek_build import build_live
from jbn_selfscan.services.scans import AnswerState, answer_inputs
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import (
    VERSIE_GETEKEND,
    Answer,
    Caseloadgesprek,
    Client,
    GesprekVersie,
    Zelfscan,
)

__all__ = [
    "NORM_OMSCHRIJVING",
    "NORM_PERCENTAGE",
    "SOON_DAYS",
    "START_STEPS",
    "CijfersReport",
    "DossierFacts",
    "Figures",
    "NormRow",
    "Signals",
    "StepFact",
    "StepOutcome",
    "StepRow",
    "TrendPoint",
    "WorkerFigures",
    "figures_of",
    "norm_sort_key",
    "team_report",
    "worker_report",
]


# --------------------------------------------------------------------------- live caseload


def _live_step_states(
    client: Client, today: dt.date, calendar: WorkdayCalendar, start_phase_months: int
) -> tuple[list[DeadlineResult], list[tuple[str, DeadlineState, dt.date | None, dt.date | None]]]:
    results = client_deadlines(client, today, calendar, start_phase_months=start_phase_months)
    entries = [(r.stap, r.state, r.deadline, r.gedaan_op) for r in results]
    return results, entries


def live_facts(
    session: Session, today: dt.date, calendar: WorkdayCalendar, start_phase_months: int
) -> tuple[list[DossierFacts], set[str]]:
    """Facts of every running client from its latest scan; also the norms the checklists use."""
    clients = list(
        session.scalars(select(Client).where(Client.gearchiveerd.is_(False)).order_by(Client.id))
    )
    latest_ids = select(func.max(Zelfscan.id)).group_by(Zelfscan.client_id)
    scans = {
        s.client_id: s for s in session.scalars(select(Zelfscan).where(Zelfscan.id.in_(latest_ids)))
    }
    answers: dict[int, dict[str, AnswerState]] = defaultdict(dict)
    scan_ids = [s.id for s in scans.values()]
    # Plain rows, not ORM objects: the evaluation only reads the value and the toelichting.
    columns = (Answer.zelfscan_id, Answer.item_id, Answer.waarde, Answer.toelichting)
    for start in range(0, len(scan_ids), 500):
        chunk = scan_ids[start : start + 500]
        query = select(*columns).where(Answer.zelfscan_id.in_(chunk))
        for scan_id, item_id, waarde, toelichting in session.execute(query):
            answers[scan_id][item_id] = AnswerState(item_id, waarde, toelichting, False, None, "")
    all_norms: set[str] = set(_checklist_norms(checklists.current()))
    facts = []
    for client in clients:
        scan = scans.get(client.id)
        checklist = (
            checklists.current()
            if scan is None
            else checklists.version(scan.checklist_id, scan.checklist_versie)
        )
        all_norms.update(_checklist_norms(checklist))
        checklist_norms = _item_norms(checklist)
        maatregel = Maatregel(client.maatregel)
        results, entries = _live_step_states(client, today, calendar, start_phase_months)
        inputs = answer_inputs(checklist, client, answers.get(scan.id, {}) if scan else {})
        states = deadline_states(results)
        key = (
            checklist.id,
            checklist.version,
            maatregel,
            client.contact_type,
            client.uitspraakdatum,
            tuple(sorted((k, a.value, a.toelichting) for k, a in inputs.items())),
            tuple(entries),
            tuple(sorted((stap, state) for stap, (state, _text) in states.items())),
            today,
            id(calendar),
        )
        fact = _live_cache.get(key)
        if fact is None:
            evaluation = evaluate_scan(checklist, maatregel, inputs, today, states)
            norms = norm_statuses(
                (checklist_norms.get(item_id, ()), verdict.status)
                for item_id, verdict in evaluation.items.items()
            )
            fact = dossier_facts(
                maatregel,
                client.contact_type,
                norms,
                entries,
                client.uitspraakdatum,
                today,
                calendar,
            )
            if len(_live_cache) >= _LIVE_CACHE_SIZE:
                _live_cache.clear()
            _live_cache[key] = fact
        facts.append(fact)
    return facts, all_norms


# A client's facts follow from these inputs only, so a refresh re-evaluates what changed
# (as the caseload overview does; see services/overview.py).
_live_cache: dict[Hashable, DossierFacts] = {}
_LIVE_CACHE_SIZE = 4096


def _checklist_norms(checklist: Checklist) -> set[str]:
    return {norm for item in checklist.items for norm in split_norms(item.norm)}


_item_norms_cache: dict[tuple[str, int, int], dict[str, tuple[str, ...]]] = {}


def _item_norms(checklist: Checklist) -> dict[str, tuple[str, ...]]:
    """Each item's norms, split once per checklist object."""
    key = (checklist.id, checklist.version, id(checklist))
    found = _item_norms_cache.get(key)
    if found is None:
        if len(_item_norms_cache) > 16:
            _item_norms_cache.clear()
        found = _item_norms_cache[key] = {item.id: item.norms for item in checklist.items}
    return found


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class SignedFacts:
    uid: str
    versie: int
    datum: dt.date
    medewerker: str
    facts: tuple[DossierFacts, ...]
    norms: frozenset[str]


# Signed versions never change, so their facts are kept per (uid, versie) for the app's run.
_signed_cache: dict[tuple[str, int, int], SignedFacts] = {}
_SIGNED_CACHE_SIZE = 2048


def signed_facts(
    session: Session,
    calendar: WorkdayCalendar,
    start_phase_months: int,
    cache_file: Path | None = None,
) -> list[SignedFacts]:
    """The facts of every signed gesprek in this data directory, oldest first.

    Kept in memory for the app's run and, with `cache_file`, between runs (see
    `services.cijfers_cache`); only versions seen for the first time are read from their
    frozen documents.
    """
    rows = session.scalars(
        select(Caseloadgesprek)
        .where(Caseloadgesprek.status == GesprekStatus.GETEKEND.value)
        .order_by(Caseloadgesprek.datum, Caseloadgesprek.id)
    )
    gesprekken = list(rows)
    missing = {
        (g.uid, g.versie)
        for g in gesprekken
        if (g.uid, g.versie, id(calendar)) not in _signed_cache
    }
    kept = cijfers_cache.load(cache_file, calendar) if missing and cache_file else {}
    documents = _frozen_documents(session, missing - kept.keys())
    found = []
    computed = False
    for gesprek in gesprekken:
        key = (gesprek.uid, gesprek.versie, id(calendar))
        cached = _signed_cache.get(key)
        if cached is None:
            known = kept.get((gesprek.uid, gesprek.versie))
            if known is not None:
                _datum, _naam, facts, norms = known
            else:
                frozen = documents.get((gesprek.uid, gesprek.versie))
                if frozen is not None:
                    doc: Mapping[str, Any] = json.loads(frozen)
                else:
                    doc = build_live(
                        session,
                        gesprek,
                        gesprek.datum,
                        calendar=calendar,
                        start_phase_months=start_phase_months,
                    ).model_dump(mode="json")
                fact_list, norm_set = document_facts(doc, calendar)
                facts, norms = tuple(fact_list), frozenset(norm_set)
                computed = True
            cached = SignedFacts(
                uid=gesprek.uid,
                versie=gesprek.versie,
                datum=gesprek.datum,
                medewerker=gesprek.medewerker_naam,
                facts=facts,
                norms=norms,
            )
            if len(_signed_cache) >= _SIGNED_CACHE_SIZE:
                _signed_cache.clear()
            _signed_cache[key] = cached
        found.append(cached)
    if computed and cache_file is not None:
        cijfers_cache.save(
            cache_file,
            calendar,
            (((s.uid, s.versie), (s.datum, s.medewerker, s.facts, s.norms)) for s in found),
        )
    return found


def _frozen_documents(session: Session, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The signed copies of these versions, in one query per 500 gesprekken."""
    found: dict[tuple[str, int], str] = {}
    uids = sorted({uid for uid, _versie in wanted})
    for start in range(0, len(uids), 500):
        query = select(
            GesprekVersie.gesprek_uid, GesprekVersie.versie, GesprekVersie.document
        ).where(
            GesprekVersie.soort == VERSIE_GETEKEND,
            GesprekVersie.gesprek_uid.in_(uids[start : start + 500]),
        )
        for uid, versie, document in session.execute(query):
            if (uid, versie) in wanted:
                found[(uid, versie)] = document
    return found


# --------------------------------------------------------------------------- the views


def _cache_file(ws: Workspace) -> Path:
    return ws.paths.data_dir / cijfers_cache.CACHE_FILE_NAME


def _in_period(day: dt.date, van: dt.date | None, tot: dt.date | None) -> bool:
    return (van is None or day >= van) and (tot is None or day <= tot)


def _trend(signed: Sequence[SignedFacts]) -> tuple[TrendPoint, ...]:
    return tuple(
        TrendPoint(datum=s.datum, medewerker=s.medewerker, figures=figures_of(s.facts, s.norms))
        for s in signed
    )


def _trend_by_month(signed: Sequence[SignedFacts]) -> tuple[TrendPoint, ...]:
    """The team's trend: per month the dossiers of all gesprekken signed in that month."""
    months: dict[dt.date, list[SignedFacts]] = defaultdict(list)
    for s in signed:
        months[s.datum.replace(day=1)].append(s)
    return tuple(
        TrendPoint(
            datum=first,
            medewerker="",
            figures=figures_of(
                [f for s in group for f in s.facts], {n for s in group for n in s.norms}
            ),
        )
        for first, group in sorted(months.items())
    )


def worker_report(
    ws: Workspace,
    today: dt.date,
    van: dt.date | None = None,
    tot: dt.date | None = None,
) -> CijfersReport:
    """The worker's own figures: the live caseload, or the latest signed gesprek in a period.

    The trend covers every signed gesprek of the worker (within the period, if one is given).
    """
    with ws.db.session() as session:
        signed = [
            s
            for s in signed_facts(session, ws.calendar, ws.start_phase_months, _cache_file(ws))
            if _in_period(s.datum, van, tot)
        ]
        if van is None and tot is None:
            facts, norms = live_facts(session, today, ws.calendar, ws.start_phase_months)
            figures = figures_of(facts, norms)
            start = end = today
        else:
            latest = signed[-1] if signed else None
            figures = (
                figures_of([], set()) if latest is None else figures_of(latest.facts, latest.norms)
            )
            start = van or (signed[0].datum if signed else today)
            end = tot or today
    return CijfersReport(van=start, tot=end, figures=figures, trend=_trend(signed))


def team_report(
    ws: Workspace,
    today: dt.date,
    van: dt.date | None = None,
    tot: dt.date | None = None,
) -> CijfersReport:
    """Per worker the figures of their latest signed gesprek (in the period), and the team's.

    The team's figures sum the dossiers of those gesprekken.
    """
    with ws.db.session() as session:
        signed = [
            s
            for s in signed_facts(session, ws.calendar, ws.start_phase_months, _cache_file(ws))
            if _in_period(s.datum, van, tot)
        ]
    by_worker: dict[str, list[SignedFacts]] = defaultdict(list)
    for s in signed:
        by_worker[s.medewerker].append(s)
    workers = []
    team_facts: list[DossierFacts] = []
    team_norms: set[str] = set()
    for naam in sorted(by_worker, key=str.casefold):
        history = by_worker[naam]
        latest = history[-1]
        team_facts.extend(latest.facts)
        team_norms.update(latest.norms)
        workers.append(
            WorkerFigures(
                naam=naam,
                figures=figures_of(latest.facts, latest.norms),
                datum=latest.datum,
                trend=_trend(history),
            )
        )
    start = van or (signed[0].datum if signed else today)
    end = tot or (signed[-1].datum if signed else today)
    return CijfersReport(
        van=start,
        tot=end,
        figures=figures_of(team_facts, team_norms),
        medewerkers=tuple(workers),
        trend=_trend_by_month(signed),
    )
