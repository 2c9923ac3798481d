"""The zelfscan of one client: open it, autosave answers, confirm unchanged answers.

Every edit is saved at once in its own short transaction (WAL + synchronous=FULL), so nothing
typed is lost when the window, the app or the machine goes down.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.domain.checklist import Checklist, ChecklistItem
from jbn_selfscan.domain.dates import range_problem
from jbn_selfscan.domain.errors import LockedError, UserFacingError
from jbn_selfscan.domain.evaluation import AnswerInput, ScanEvaluation, evaluate_scan
from jbn_selfscan.domain.types import GesprekStatus, Maatregel, ScanStatus
from jbn_selfscan.services import checklists
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.deadlines import DeadlineResult, client_deadlines, deadline_states
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Answer, Caseloadgesprek, Client, Zelfscan, utcnow

# Date items linked to a deadline step keep the client's step date in step.
STAP_TO_CLIENT_FIELD = {
    "eerste_f2f": "eerste_f2f",
    "eerste_pva": "eerste_pva",
    "eerste_risicotaxatie": "eerste_risicotaxatie",
    "hulp_gestart": "hulp_gestart",
    "risicotaxatie_actueel": "laatste_risicotaxatie",
    "pva_evaluatie": "laatste_pva_evaluatie",
    "contact_voogdij": "laatste_contact_kind",
}
MAX_VALUE_LENGTH = 2000
MAX_TEXT_LENGTH = 20_000
LOCKED_MESSAGE = "Deze zelfscan hoort bij een getekend caseloadgesprek en kan niet meer veranderen."


class AnswerError(UserFacingError, ValueError):
    """An answer that cannot be stored (Dutch message)."""


class ScanLockedError(LockedError, AnswerError):
    """The scan belongs to a signed gesprek and can no longer change."""


@dataclass(frozen=True)
class AnswerState:
    item_id: str
    waarde: str | None
    toelichting: str
    ongewijzigd_bevestigd: bool
    answered_at: dt.datetime | None
    answered_by: str
    # The value is the client's recorded step date, not (yet) an answer given in this scan.
    from_client_record: bool = False


@dataclass(frozen=True)
class ScanSnapshot:
    """Everything the scan screen shows for one client, as plain values."""

    scan_id: int
    client_id: int
    referentie: str
    initialen: str
    maatregel: Maatregel
    checklist: Checklist
    status: ScanStatus
    bespreekpunten: str
    locked: bool
    answers: dict[str, AnswerState]
    previous: dict[str, AnswerState]
    previous_date: dt.datetime | None
    evaluation: ScanEvaluation
    deadlines: tuple[DeadlineResult, ...]


def answer_state(row: Answer) -> AnswerState:
    return AnswerState(
        item_id=row.item_id,
        waarde=row.waarde,
        toelichting=row.toelichting,
        ongewijzigd_bevestigd=row.ongewijzigd_bevestigd,
        answered_at=row.answered_at,
        answered_by=row.answered_by,
    )


def is_locked(session: Session, scan: Zelfscan) -> bool:
    if scan.gesprek_id is None:
        return False
    gesprek = session.get_one(Caseloadgesprek, scan.gesprek_id)
    return gesprek.status == GesprekStatus.GETEKEND.value


def _current_scan(session: Session, client: Client, user: str) -> Zelfscan:
    """The open scan of the client, or a new one when the last is part of a signed gesprek."""
    latest = latest_scan(session, client)
    if latest is not None and not is_locked(session, latest):
        return latest
    return new_scan(session, client, user)


def latest_scan(session: Session, client: Client) -> Zelfscan | None:
    """The client's most recent scan (whatever its state), or None."""
    return session.scalars(
        select(Zelfscan).where(Zelfscan.client_id == client.id).order_by(Zelfscan.id.desc())
    ).first()


def new_scan(session: Session, client: Client, user: str) -> Zelfscan:
    """A new empty concept scan of the client on the current checklist, in the change log."""
    checklist = checklists.current()
    scan = Zelfscan(
        client_id=client.id,
        checklist_id=checklist.id,
        checklist_versie=checklist.version,
        status=ScanStatus.CONCEPT.value,
    )
    session.add(scan)
    session.flush()
    record_change(
        session,
        user=user,
        entity="zelfscan",
        entity_id=scan.id,
        field="aangemaakt",
        old=None,
        new=client.referentie,
        context=client.referentie,
    )
    return scan


def _previous_scan(session: Session, scan: Zelfscan) -> Zelfscan | None:
    return session.scalars(
        select(Zelfscan)
        .where(Zelfscan.client_id == scan.client_id, Zelfscan.id < scan.id)
        .order_by(Zelfscan.id.desc())
    ).first()


def answer_inputs(
    checklist: Checklist, client: Client, answers: dict[str, AnswerState]
) -> dict[str, AnswerInput]:
    """Answers for evaluation; a step date item falls back to the client's recorded date."""
    inputs = {k: AnswerInput(value=a.waarde, toelichting=a.toelichting) for k, a in answers.items()}
    for item in checklist.step_items():
        field = STAP_TO_CLIENT_FIELD.get(item.stap or "")
        if field is None or (item.id in inputs and inputs[item.id].value):
            continue
        recorded = getattr(client, field)
        if recorded is not None:
            toelichting = inputs[item.id].toelichting if item.id in inputs else ""
            inputs[item.id] = AnswerInput(value=recorded.isoformat(), toelichting=toelichting)
    return inputs


def with_client_dates(
    checklist: Checklist, client: Client, answers: dict[str, AnswerState]
) -> dict[str, AnswerState]:
    """The answers of an open scan with every step date item showing the client's date.

    The client record is the one source of truth of a step date (1e F2F, 1e PvA, laatste
    risicotaxatie, …): saving the item in the scan changes the client, and changing the client
    shows here. A toelichting and who confirmed the same date are kept; a date that differs
    from the stored answer (the client was changed elsewhere) counts as not yet answered here.
    """
    shown = dict(answers)
    for item in checklist.step_items():
        field = STAP_TO_CLIENT_FIELD.get(item.stap or "")
        if field is None or not item.applies_to(Maatregel(client.maatregel)):
            continue
        recorded: dt.date | None = getattr(client, field)
        value = None if recorded is None else recorded.isoformat()
        stored = answers.get(item.id)
        if stored is not None and stored.waarde == value:
            continue
        if stored is None and value is None:
            continue
        shown[item.id] = AnswerState(
            item_id=item.id,
            waarde=value,
            toelichting="" if stored is None else stored.toelichting,
            ongewijzigd_bevestigd=False,
            answered_at=None if stored is None else stored.answered_at,
            answered_by="" if stored is None else stored.answered_by,
            from_client_record=value is not None,
        )
    return shown


def can_take_over(current: AnswerState | None, previous: AnswerState | None) -> bool:
    """Whether "ongewijzigd" may take over `previous`: nothing is answered now, or the date
    shown is the client record's and the same as last time (taking it over confirms it).
    A newer date in the client record is never replaced by an older answer."""
    if previous is None or not previous.waarde:
        return False
    if current is None or not current.waarde:
        return True
    return current.from_client_record and current.waarde == previous.waarde


def sync_step_answers(session: Session, client: Client, user: str) -> None:
    """After the client's step dates changed elsewhere (the client dialog, an import): the
    stored answers of its open scan follow, change-logged, so the scan, its history and a
    merged file say what the client record says. Signed scans keep what was signed."""
    scan = latest_scan(session, client)
    if scan is None or is_locked(session, scan):
        return
    checklist = checklists.version(scan.checklist_id, scan.checklist_versie)
    rows = _answer_rows(session, scan)
    for item in checklist.step_items():
        field = STAP_TO_CLIENT_FIELD.get(item.stap or "")
        row = rows.get(item.id)
        if field is None or row is None or not row.waarde:
            continue
        recorded: dt.date | None = getattr(client, field)
        value = None if recorded is None else recorded.isoformat()
        if row.waarde == value:
            continue
        record_change(
            session,
            user=user,
            entity="antwoord",
            entity_id=f"{scan.id}/{item.id}",
            field="waarde",
            old=row.waarde,
            new=value,
            context=client.referentie,
        )
        row.waarde, row.ongewijzigd_bevestigd = value, False
        row.answered_at, row.answered_by = utcnow(), user
        _scan_content_changed(session, scan, user)


@dataclass(frozen=True)
class ScanUpdate:
    """What one autosave changes on the scan screen (see `save_answer_fast`).

    The previous scan, the checklist and the client's details do not change while a scan is
    edited, so they are not read again; `applied_to` merges the update into a snapshot.
    """

    scan_id: int
    answers: dict[str, AnswerState]
    evaluation: ScanEvaluation
    deadlines: tuple[DeadlineResult, ...]

    def applied_to(self, snapshot: ScanSnapshot) -> ScanSnapshot:
        if snapshot.scan_id != self.scan_id:
            raise ValueError(f"update of scan {self.scan_id} applied to scan {snapshot.scan_id}")
        return replace(
            snapshot, answers=self.answers, evaluation=self.evaluation, deadlines=self.deadlines
        )


def _answer_rows(session: Session, scan: Zelfscan) -> dict[str, Answer]:
    return {
        row.item_id: row
        for row in session.scalars(select(Answer).where(Answer.zelfscan_id == scan.id))
    }


def _evaluated(
    scan: Zelfscan,
    client: Client,
    checklist: Checklist,
    answers: dict[str, AnswerState],
    today: dt.date,
    calendar: WorkdayCalendar,
    start_phase_months: int,
    *,
    locked: bool = False,
) -> ScanUpdate:
    if not locked:
        answers = with_client_dates(checklist, client, answers)
    deadlines = client_deadlines(
        client,
        today,
        calendar,
        start_phase_months=start_phase_months,
        answers={k: a.waarde for k, a in answers.items()},
    )
    evaluation = evaluate_scan(
        checklist,
        Maatregel(client.maatregel),
        answer_inputs(checklist, client, answers),
        today,
        deadline_states(deadlines),
    )
    return ScanUpdate(
        scan_id=scan.id, answers=answers, evaluation=evaluation, deadlines=tuple(deadlines)
    )


def snapshot_of(
    session: Session,
    scan: Zelfscan,
    today: dt.date,
    calendar: WorkdayCalendar,
    start_phase_months: int,
) -> ScanSnapshot:
    client = session.get_one(Client, scan.client_id)
    checklist = checklists.version(scan.checklist_id, scan.checklist_versie)
    answers = {item_id: answer_state(row) for item_id, row in _answer_rows(session, scan).items()}
    locked = is_locked(session, scan)
    update = _evaluated(
        scan, client, checklist, answers, today, calendar, start_phase_months, locked=locked
    )
    previous_scan = _previous_scan(session, scan)
    previous: dict[str, AnswerState] = {}
    if previous_scan is not None:
        previous = {
            row.item_id: answer_state(row)
            for row in session.scalars(select(Answer).where(Answer.zelfscan_id == previous_scan.id))
        }
    return ScanSnapshot(
        scan_id=scan.id,
        client_id=client.id,
        referentie=client.referentie,
        initialen=client.initialen,
        maatregel=Maatregel(client.maatregel),
        checklist=checklist,
        status=ScanStatus(scan.status),
        bespreekpunten=scan.bespreekpunten,
        locked=locked,
        answers=update.answers,
        previous=previous,
        previous_date=None if previous_scan is None else previous_scan.updated_at,
        evaluation=update.evaluation,
        deadlines=update.deadlines,
    )


def open_scan(ws: Workspace, client_id: int, today: dt.date | None = None) -> ScanSnapshot:
    """The client's current scan (made when there is none), with evaluation and deadlines."""
    with ws.db.session() as session, session.begin():
        client = session.get_one(Client, client_id)
        scan = _current_scan(session, client, ws.user)
        return snapshot_of(
            session, scan, today or dt.date.today(), ws.calendar, ws.start_phase_months
        )


def get_scan(ws: Workspace, scan_id: int, today: dt.date | None = None) -> ScanSnapshot:
    with ws.db.session() as session:
        scan = session.get_one(Zelfscan, scan_id)
        return snapshot_of(
            session, scan, today or dt.date.today(), ws.calendar, ws.start_phase_months
        )


def _item_or_error(checklist: Checklist, item_id: str) -> ChecklistItem:
    try:
        return checklist.item(item_id)
    except KeyError:
        raise AnswerError(f"Onbekende vraag '{item_id}' in deze zelfscan.") from None


def _number_text(number: Decimal) -> str:
    return format(number, "f").replace(".", ",")


def _validate_number(item: ChecklistItem, value: str) -> str:
    normalised = value.replace(",", ".")
    try:
        number = Decimal(normalised)
    except InvalidOperation:
        raise AnswerError(f"'{value}' is geen getal.") from None
    if not number.is_finite():
        raise AnswerError(f"'{value}' is geen getal.")
    if item.min is not None and number < item.min:
        raise AnswerError(f"Vul een getal van minstens {_number_text(item.min)} in.")
    if item.max is not None and number > item.max:
        raise AnswerError(f"Vul een getal van hoogstens {_number_text(item.max)} in.")
    return normalised


def _validate_value(item: ChecklistItem, value: str | None, today: dt.date) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if len(value) > MAX_VALUE_LENGTH:
        raise AnswerError(f"Het antwoord is te lang (hoogstens {MAX_VALUE_LENGTH} tekens).")
    kind = item.answer_type
    if kind == "keuze":
        allowed = [choice.value for choice in item.choices or ()]
        if value not in allowed:
            raise AnswerError(f"Kies een van: {', '.join(allowed)}.")
    elif kind == "datum":
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            raise AnswerError(f"'{value}' is geen geldige datum.") from None
        if parsed > today:
            raise AnswerError("Deze datum ligt in de toekomst.")
        problem = range_problem(parsed)
        if problem is not None:
            raise AnswerError(problem[0].upper() + problem[1:] + ".")
        return parsed.isoformat()
    elif kind == "getal":
        return _validate_number(item, value)
    return value


def _check_step_after_uitspraak(item: ChecklistItem, value: str | None, client: Client) -> None:
    """The rule of the client dialog: a step's date (except the last contact) is not before
    the uitspraak. The deadline engine calls such a stored date "ongeldig"."""
    field = STAP_TO_CLIENT_FIELD.get(item.stap or "")
    if value is None or field is None or field == "laatste_contact_kind":
        return
    if dt.date.fromisoformat(value) < client.uitspraakdatum:
        raise AnswerError("Deze datum ligt vóór de uitspraakdatum.")


def _writable_scan(session: Session, scan_id: int) -> Zelfscan:
    scan = session.get_one(Zelfscan, scan_id)
    if is_locked(session, scan):
        raise ScanLockedError(LOCKED_MESSAGE)
    return scan


def _scan_content_changed(session: Session, scan: Zelfscan, user: str) -> None:
    """A scan in a gesprek changed: an akkoord given on the old content no longer holds."""
    scan.updated_at = utcnow()
    if scan.gesprek_id is None:
        return
    from jbn_selfscan.services.gesprek_rules import touch

    gesprek = session.get_one(Caseloadgesprek, scan.gesprek_id)
    if gesprek.status == GesprekStatus.IN_VOORBEREIDING.value:
        touch(session, gesprek, user)


def _upsert_answer(
    session: Session,
    scan: Zelfscan,
    client: Client,
    item: ChecklistItem,
    row: Answer | None,
    *,
    waarde: str | None,
    toelichting: str,
    user: str,
    confirmed: bool,
    clear_recorded: bool = False,
) -> Answer:
    """Write one answer (`row`: its current row, None when new), change-logged.

    A step date goes to the client record too; an empty value clears the recorded date only
    when it replaces a stored date or `clear_recorded` says the user cleared the date shown."""
    old_value, old_text = (None, "") if row is None else (row.waarde, row.toelichting)
    if row is None:
        row = Answer(zelfscan_id=scan.id, item_id=item.id)
        session.add(row)
    row.waarde, row.toelichting = waarde, toelichting
    row.ongewijzigd_bevestigd = confirmed
    row.answered_at, row.answered_by = utcnow(), user
    _scan_content_changed(session, scan, user)
    entity_id = f"{scan.id}/{item.id}"
    ref = client.referentie
    record_change(
        session,
        user=user,
        entity="antwoord",
        entity_id=entity_id,
        field="waarde",
        old=old_value,
        new=waarde,
        context=ref,
    )
    record_change(
        session,
        user=user,
        entity="antwoord",
        entity_id=entity_id,
        field="toelichting",
        old=old_text,
        new=toelichting,
        context=ref,
    )
    field = STAP_TO_CLIENT_FIELD.get(item.stap or "")
    if field is not None and (waarde != old_value or (clear_recorded and waarde is None)):
        new_date = dt.date.fromisoformat(waarde) if waarde else None
        old_date = getattr(client, field)
        if new_date != old_date:
            setattr(client, field, new_date)
            record_change(
                session,
                user=user,
                entity="client",
                entity_id=ref,
                field=field,
                old=old_date,
                new=new_date,
                context=ref,
            )
    return row


def _save(
    session: Session,
    ws: Workspace,
    scan_id: int,
    item_id: str,
    waarde: str | None,
    toelichting: str,
    today: dt.date,
    clear_recorded: bool = False,
) -> ScanUpdate:
    """Validate and write one answer; return the re-evaluated answers (no previous scan)."""
    if len(toelichting) > MAX_TEXT_LENGTH:
        raise AnswerError(f"De toelichting is te lang (hoogstens {MAX_TEXT_LENGTH} tekens).")
    # One round trip for the scan and its client (this runs on every keystroke).
    found = session.execute(
        select(Zelfscan, Client)
        .join(Client, Client.id == Zelfscan.client_id)
        .where(Zelfscan.id == scan_id)
    ).one_or_none()
    if found is None:
        raise AnswerError("Deze zelfscan bestaat niet (meer).")
    scan, client = found
    if is_locked(session, scan):
        raise ScanLockedError(LOCKED_MESSAGE)
    checklist = checklists.version(scan.checklist_id, scan.checklist_versie)
    item = _item_or_error(checklist, item_id)
    value = _validate_value(item, waarde, today)
    _check_step_after_uitspraak(item, value, client)
    rows = _answer_rows(session, scan)
    rows[item_id] = _upsert_answer(
        session,
        scan,
        client,
        item,
        rows.get(item_id),
        waarde=value,
        toelichting=toelichting,
        user=ws.user,
        confirmed=False,
        clear_recorded=clear_recorded,
    )
    session.flush()
    answers = {key: answer_state(row) for key, row in rows.items()}
    return _evaluated(scan, client, checklist, answers, today, ws.calendar, ws.start_phase_months)


def save_answer_fast(
    ws: Workspace,
    scan_id: int,
    item_id: str,
    waarde: str | None,
    toelichting: str = "",
    today: dt.date | None = None,
    *,
    clear_recorded: bool = False,
) -> ScanUpdate:
    """Autosave one answer like `save_answer`, returning only what an edit can change.

    For saving on every keystroke: it skips re-reading the previous scan and the client's
    details. Merge the result with `ScanUpdate.applied_to(snapshot)`. `clear_recorded`: the
    user cleared a step date the scan showed from the client record (an empty value alone
    keeps that date, so a toelichting saved without the date never wipes it).
    """
    with ws.db.session() as session, session.begin():
        return _save(
            session,
            ws,
            scan_id,
            item_id,
            waarde,
            toelichting,
            today or dt.date.today(),
            clear_recorded,
        )


def save_answer(
    ws: Workspace,
    scan_id: int,
    item_id: str,
    waarde: str | None,
    toelichting: str = "",
    today: dt.date | None = None,
) -> ScanSnapshot:
    """Autosave one answer (value and toelichting) and return the re-evaluated scan."""
    today = today or dt.date.today()
    with ws.db.session() as session, session.begin():
        update = _save(session, ws, scan_id, item_id, waarde, toelichting, today)
        return snapshot_of(
            session,
            session.get_one(Zelfscan, update.scan_id),
            today,
            ws.calendar,
            ws.start_phase_months,
        )


def confirm_unchanged(
    ws: Workspace, scan_id: int, item_ids: list[str], today: dt.date | None = None
) -> ScanSnapshot:
    """Take over the previous scan's answers for `item_ids` ("ongewijzigd"), explicitly.

    Items already answered in this scan, or without a previous answer, are left alone.
    """
    today = today or dt.date.today()
    with ws.db.session() as session, session.begin():
        scan = _writable_scan(session, scan_id)
        checklist = checklists.version(scan.checklist_id, scan.checklist_versie)
        client = session.get_one(Client, scan.client_id)
        previous_scan = _previous_scan(session, scan)
        if previous_scan is not None:
            previous = {
                row.item_id: row
                for row in session.scalars(
                    select(Answer).where(Answer.zelfscan_id == previous_scan.id)
                )
            }
            rows_now = _answer_rows(session, scan)
            shown = with_client_dates(
                checklist, client, {key: answer_state(row) for key, row in rows_now.items()}
            )
            for item_id in item_ids:
                item, old = _item_or_error(checklist, item_id), previous.get(item_id)
                if old is None or not can_take_over(shown.get(item_id), answer_state(old)):
                    continue
                typed_now = rows_now[item_id].toelichting if item_id in rows_now else ""
                shown[item_id] = answer_state(old)  # an item named twice is taken once
                rows_now[item_id] = _upsert_answer(
                    session,
                    scan,
                    client,
                    item,
                    rows_now.get(item_id),
                    waarde=old.waarde,
                    toelichting=typed_now if typed_now.strip() else old.toelichting,
                    user=ws.user,
                    confirmed=True,
                )
        session.flush()
        return snapshot_of(session, scan, today, ws.calendar, ws.start_phase_months)


def set_bespreekpunten(ws: Workspace, scan_id: int, text: str) -> None:
    if len(text) > MAX_TEXT_LENGTH:
        raise AnswerError(f"De bespreekpunten zijn te lang (hoogstens {MAX_TEXT_LENGTH} tekens).")
    with ws.db.session() as session, session.begin():
        scan = _writable_scan(session, scan_id)
        client = session.get_one(Client, scan.client_id)
        record_change(
            session,
            user=ws.user,
            entity="zelfscan",
            entity_id=scan.id,
            field="bespreekpunten",
            old=scan.bespreekpunten,
            new=text,
            context=client.referentie,
        )
        scan.bespreekpunten = text
        _scan_content_changed(session, scan, ws.user)


def set_scan_status(ws: Workspace, scan_id: int, status: ScanStatus) -> None:
    with ws.db.session() as session, session.begin():
        scan = _writable_scan(session, scan_id)
        client = session.get_one(Client, scan.client_id)
        record_change(
            session,
            user=ws.user,
            entity="zelfscan",
            entity_id=scan.id,
            field="status",
            old=scan.status,
            new=status.value,
            context=client.referentie,
        )
        scan.status = status.value
        _scan_content_changed(session, scan, ws.user)
