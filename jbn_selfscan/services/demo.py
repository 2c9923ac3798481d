"""Fill an empty data directory with a fictitious caseload to try the app (`jbn-selfscan demo`).

What it makes, relative to `today`: the profile "Demo Jeugdbeschermer"; 15 maatregelen (see
`demo_data`); a caseloadgesprek of last quarter with its zelfscans, afspraken and acties, signed
by the worker and "Demo Praktijkbegeleider"; the worker's report on last time's acties; a new
zelfscan per client for this quarter (some complete, some half done); and a caseloadgesprek in
preparation about ten days ahead. Everything goes through the normal services, except that the
answers are written in one go per scan with their own (past) timestamps, each logged in the
change log as a worker's own answer is (so its history shows it). The same `today` always
gives the same data (only the gesprek uids and change-log times differ).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.checklist import Checklist, ChecklistItem
from jbn_selfscan.domain.dutch_dates import dutch_moment, plural
from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.types import ItemStatus, Maatregel, Role, ScanStatus
from jbn_selfscan.services import checklists
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.acties import report_actie_status
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.clients import add_client, update_client
from jbn_selfscan.services.demo_data import (
    CLIENTS,
    CURRENT_BESPREEKPUNTEN,
    DEMO_COACH,
    DEMO_WORKER,
    GOOD_NOTES,
    PREVIOUS_ACTIES,
    PREVIOUS_AFSPRAKEN,
    PREVIOUS_OPMERKINGEN,
    TOELICHTINGEN,
    DemoActie,
    DemoClient,
)
from jbn_selfscan.services.gesprek_rules import format_date
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.scans import STAP_TO_CLIENT_FIELD, open_scan
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Answer, Caseloadgesprek, Client, Profile, Zelfscan

QUARTER = dt.timedelta(days=91)
# Chance of each verdict per quality of a dossier.
_WEIGHTS = {
    "goed": (0.95, 0.04, 0.01),
    "wisselend": (0.8, 0.14, 0.06),
    "zwak": (0.62, 0.24, 0.14),
}
_STATUSES = (ItemStatus.OP_ORDE, ItemStatus.AANDACHT, ItemStatus.NIET_OP_ORDE)
_BEGUN_ITEMS = 4


class DemoError(UserFacingError, ValueError):
    """The demo cannot fill this data directory (Dutch message)."""


@dataclass(frozen=True)
class DemoSummary:
    medewerker: str
    praktijkbegeleider: str
    clients: int
    per_maatregel: dict[Maatregel, int]
    scans: int
    signed_gesprek_id: int
    signed_datum: dt.date
    preparation_gesprek_id: int
    preparation_datum: dt.date
    afspraken: int
    acties: int

    def text(self) -> str:
        kinds = ", ".join(f"{self.per_maatregel[m]} {m.value}" for m in Maatregel)
        return (
            f"Demogegevens gemaakt voor {self.medewerker}: {self.clients} cliënten ({kinds}), "
            f"{self.scans} zelfscans, een getekend caseloadgesprek van "
            f"{format_date(self.signed_datum)} met "
            f"{plural(self.afspraken, 'afspraak', 'afspraken')} en "
            f"{plural(self.acties, 'actie', 'acties')}, "
            "en een caseloadgesprek in voorbereiding op "
            f"{format_date(self.preparation_datum)}."
        )


def fill_demo(ws: Workspace, today: dt.date, worker: str = DEMO_WORKER) -> DemoSummary:
    """Fill an empty data directory with the demo caseload; raises DemoError when not empty.

    `worker` is the name of the demo worker (`demo --medewerker NAAM`).
    """
    refuse_when_filled(ws)
    previous_date = nearest_weekday(today - QUARTER, step=-1)
    next_date = nearest_weekday(today + dt.timedelta(days=10), step=1)
    save_profile(ws, worker, Role.JEUGDBESCHERMER)
    ids: dict[str, int] = {}
    for client in CLIENTS:
        if _uitspraak(client, today) <= previous_date:
            data = _of_worker(client_data(client, today, at_previous=previous_date), worker)
            ids[client.referentie] = add_client(ws, data, today=previous_date)
    signed_id, acties = _previous_gesprek(ws, ids, today, previous_date, worker)
    for client in CLIENTS:
        data = _of_worker(client_data(client, today), worker)
        if client.referentie in ids:
            update_client(ws, ids[client.referentie], data, today=today)
        else:
            ids[client.referentie] = add_client(ws, data, today=today)
    # the worker reported on last time's acties yesterday (after the signing, before today)
    reported_at = dutch_moment(today - dt.timedelta(days=1), dt.time(10, 0))
    for actie_id, demo_actie in acties:
        if demo_actie.status is not None:
            report_actie_status(
                ws, actie_id, demo_actie.status, demo_actie.status_toelichting, at=reported_at
            )
    checklist = checklists.current()
    for client in CLIENTS:
        scan_id = open_scan(ws, ids[client.referentie], today=today).scan_id
        fill_scan(
            ws, scan_id, client, checklist, today, client.progress, current=True, worker=worker
        )
    preparation_id = g.start_gesprek(
        ws, next_date, DEMO_COACH, previous_date + dt.timedelta(days=1), next_date, today=today
    )
    g.set_bespreekpunten_algemeen(ws, preparation_id, CURRENT_BESPREEKPUNTEN)
    with ws.db.session() as session:
        scans = session.scalar(select(func.count()).select_from(Zelfscan)) or 0
    return DemoSummary(
        medewerker=worker,
        praktijkbegeleider=DEMO_COACH,
        clients=len(CLIENTS),
        per_maatregel=dict(Counter(client.maatregel for client in CLIENTS)),
        scans=scans,
        signed_gesprek_id=signed_id,
        signed_datum=previous_date,
        preparation_gesprek_id=preparation_id,
        preparation_datum=next_date,
        afspraken=len(PREVIOUS_AFSPRAKEN),
        acties=len(PREVIOUS_ACTIES),
    )


def _of_worker(data: ClientData, worker: str) -> ClientData:
    """The demo worker's own clients name the worker chosen with `demo --medewerker`."""
    if data.contactpersoon != DEMO_WORKER:
        return data
    return dataclasses.replace(data, contactpersoon=worker)


def refuse_when_filled(ws: Workspace) -> None:
    with ws.db.session() as session:
        filled = any(
            session.scalar(select(func.count()).select_from(table))
            for table in (Profile, Client, Caseloadgesprek)
        )
    if filled:
        raise DemoError(
            "Deze gegevensmap bevat al gegevens (een profiel of cliënten). De demo vult alleen "
            "een lege gegevensmap; kies een nieuwe map met --data-dir. Er is niets veranderd."
        )


def nearest_weekday(day: dt.date, *, step: int) -> dt.date:
    """`day`, or the first weekday from it going `step` days at a time (+1 later, -1 earlier)."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=step)
    return day


def _uitspraak(client: DemoClient, today: dt.date) -> dt.date:
    return today - dt.timedelta(days=client.uitspraak_ago)


def client_data(
    client: DemoClient, today: dt.date, at_previous: dt.date | None = None
) -> ClientData:
    """The client as it stood today, or at the previous gesprek (`at_previous`)."""

    def ago(previous_days: int | None, now_days: int | None) -> dt.date | None:
        days = previous_days if at_previous is not None else now_days
        return None if days is None else today - dt.timedelta(days=days)

    contacts = tuple(
        sorted(
            day
            for day in (
                nearest_weekday(today - dt.timedelta(days=days), step=-1)
                for days in client.contacts_ago
            )
            if at_previous is None or day <= at_previous
        )
    )
    return demo_client_data(
        client,
        _uitspraak(client, today),
        cutoff=at_previous,
        last=ago,
        contacten=contacts if client.contacts_ago else None,
    )


def demo_client_data(
    client: DemoClient,
    uitspraak: dt.date,
    *,
    cutoff: dt.date | None,
    last: Callable[[int | None, int | None], dt.date | None],
    contacten: tuple[dt.date, ...] | None = None,
) -> ClientData:
    """The one way a demo client becomes a ClientData, its maatregel begun on `uitspraak`.

    A start step is done its `*_after` days after the uitspraak, and left out when that is
    after `cutoff` (None: no cut-off). The latest risk assessment, plan evaluation and contact
    are dated by `last(previous_days_ago, now_days_ago)` from the client's two sets of days;
    `contacten` are the recorded contact moments (None: none recorded).
    """

    def after(days: int | None) -> dt.date | None:
        if days is None:
            return None
        done = uitspraak + dt.timedelta(days=days)
        return None if cutoff is not None and done > cutoff else done

    return ClientData(
        referentie=client.referentie,
        initialen=client.initialen,
        maatregel=client.maatregel,
        uitspraakdatum=uitspraak,
        regio=client.regio,
        team=client.team,
        contact_type=client.contact_type,
        contactpersoon=client.contactpersoon,
        eerste_f2f=after(client.f2f_after),
        eerste_pva=after(client.pva_after),
        eerste_risicotaxatie=after(client.rt_after),
        hulp_gestart=after(client.hulp_after),
        laatste_risicotaxatie=last(client.prev_rt_ago, client.now_rt_ago),
        laatste_pva_evaluatie=last(client.prev_eval_ago, client.now_eval_ago),
        laatste_contact_kind=last(client.prev_contact_ago, client.now_contact_ago),
        contacten=contacten,
    )


def _previous_gesprek(
    ws: Workspace, ids: dict[str, int], today: dt.date, datum: dt.date, worker: str
) -> tuple[int, list[tuple[int, DemoActie]]]:
    """Last quarter's gesprek: scans filled at the time, afspraken, acties, both akkoorden."""
    gesprek_id = g.start_gesprek(ws, datum, DEMO_COACH, datum - QUARTER, datum, today=datum)
    checklist = checklists.current()
    by_reference = {client.referentie: client for client in CLIENTS}
    for point in g.gesprek_view(ws, gesprek_id, today=datum).clients:
        assert point.scan_id is not None
        client = by_reference[point.referentie]
        fill_scan(
            ws,
            point.scan_id,
            client,
            checklist,
            datum,
            "compleet",
            current=False,
            today=today,
            worker=worker,
        )
    g.set_opmerkingen(ws, gesprek_id, PREVIOUS_OPMERKINGEN)
    for tekst, referentie in PREVIOUS_AFSPRAKEN:
        g.add_afspraak(ws, gesprek_id, tekst, None if referentie is None else ids[referentie])
    acties = []
    for actie in PREVIOUS_ACTIES:
        actie_id = g.add_actie(
            ws,
            gesprek_id,
            actie.omschrijving,
            actie.eigenaar_rol,
            actie.eigenaar_naam,
            datum + dt.timedelta(days=actie.deadline_after),
            None if actie.referentie is None else ids[actie.referentie],
        )
        acties.append((actie_id, actie))
    signed_at = dutch_moment(datum, dt.time(14, 0))
    g.sign_gesprek(ws, gesprek_id, Role.JEUGDBESCHERMER, worker, at=signed_at)
    g.sign_gesprek(
        ws, gesprek_id, Role.PRAKTIJKBEGELEIDER, DEMO_COACH, at=signed_at + dt.timedelta(minutes=5)
    )
    return gesprek_id, acties


def fill_scan(
    ws: Workspace,
    scan_id: int,
    client: DemoClient,
    checklist: Checklist,
    phase_date: dt.date,
    progress: str,
    *,
    current: bool,
    today: dt.date | None = None,
    worker: str = DEMO_WORKER,
    data: ClientData | None = None,
) -> None:
    """Write the demo answers of one scan in one transaction, dated a few days before.

    `data` is the client as it stood at `phase_date` (default: from `client_data`).
    """
    rng = random.Random(f"{client.referentie}/{phase_date.isoformat()}")
    base_today = today or phase_date
    if data is None:
        data = client_data(client, base_today, at_previous=None if current else phase_date)
    answers = demo_answers(checklist, client, data, phase_date, progress, rng)
    start = dutch_moment(phase_date - dt.timedelta(days=rng.randint(2, 9)), dt.time(9, 0))
    with ws.db.session() as session, session.begin():
        scan = session.get_one(Zelfscan, scan_id)
        moment = start
        for item_id, waarde, toelichting in answers:
            moment += dt.timedelta(minutes=rng.randint(1, 6))
            session.add(
                Answer(
                    zelfscan_id=scan_id,
                    item_id=item_id,
                    waarde=waarde,
                    toelichting=toelichting,
                    answered_at=moment,
                    answered_by=worker,
                )
            )
            # logged as a worker's own answer is (services/scans.py), at its own moment, so
            # the history of a demo question shows who answered what and when
            for field, old, new in (("waarde", None, waarde), ("toelichting", "", toelichting)):
                record_change(
                    session,
                    user=worker,
                    entity="antwoord",
                    entity_id=f"{scan_id}/{item_id}",
                    field=field,
                    old=old,
                    new=new,
                    context=client.referentie,
                    at=moment,
                )
        scan.status = (ScanStatus.AFGEROND if progress == "compleet" else ScanStatus.CONCEPT).value
        scan.bespreekpunten = client.bespreekpunt if current else ""
        scan.updated_at = moment
        record_change(
            session,
            user=ws.user,
            entity="zelfscan",
            entity_id=scan_id,
            field="demo_antwoorden",
            old=None,
            new=len(answers),
            context=client.referentie,
        )


def demo_answers(
    checklist: Checklist,
    client: DemoClient,
    data: ClientData,
    phase_date: dt.date,
    progress: str,
    rng: random.Random,
) -> list[tuple[str, str, str]]:
    """(item id, value, toelichting) for the items a worker got to, in checklist order."""
    items = checklist.items_for(client.maatregel)
    limit = {"compleet": len(items), "half": len(items) // 2, "begonnen": _BEGUN_ITEMS}[progress]
    given: dict[str, str] = {}
    answers: list[tuple[str, str, str]] = []
    for item in items:
        if len(answers) >= limit:
            break
        if item.condition is not None and not item.condition.holds(given.get(item.condition.item)):
            continue
        answer = _answer(item, client, data, phase_date, rng)
        if answer is None:
            continue
        given[item.id] = answer[0]
        answers.append((item.id, *answer))
    return answers


def _answer(
    item: ChecklistItem,
    client: DemoClient,
    data: ClientData,
    phase_date: dt.date,
    rng: random.Random,
) -> tuple[str, str] | None:
    if item.answer_type == "datum":
        return _date_answer(item, client, data, phase_date, rng)
    if item.answer_type == "getal":
        return "2", ""
    if item.answer_type == "tekst":
        return "Zie het dossier.", ""
    status = rng.choices(_STATUSES, weights=_WEIGHTS[client.quality])[0]
    choices = item.choices or ()
    choice = next((c for c in choices if c.status is status), None) or next(
        (c for c in choices if c.status is ItemStatus.OP_ORDE), choices[0]
    )
    return choice.value, _toelichting(item, choice.status, client, rng)


def _toelichting(
    item: ChecklistItem, status: ItemStatus, client: DemoClient, rng: random.Random
) -> str:
    if status in (ItemStatus.AANDACHT, ItemStatus.NIET_OP_ORDE):
        forgotten = client.quality == "zwak" and rng.random() < 0.2
        return "" if forgotten else rng.choice(TOELICHTINGEN[item.theme])
    if status in item.requires_toelichting_when or rng.random() < 0.15:
        return rng.choice(GOOD_NOTES)
    return ""


def _date_answer(
    item: ChecklistItem,
    client: DemoClient,
    data: ClientData,
    phase_date: dt.date,
    rng: random.Random,
) -> tuple[str, str] | None:
    field = STAP_TO_CLIENT_FIELD.get(item.stap or "")
    if field is not None:
        recorded = getattr(data, field)
        return None if recorded is None else (recorded.isoformat(), "")
    spread = {"goed": (3, 40), "wisselend": (10, 80), "zwak": (20, 130)}[client.quality]
    day = phase_date - dt.timedelta(days=rng.randint(*spread))
    return max(day, data.uitspraakdatum).isoformat(), ""
