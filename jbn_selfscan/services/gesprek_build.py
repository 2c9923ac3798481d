"""Store → merged caseloadgesprek document (`MergedGesprek`), the shape of the file and the PDF.

The document is deterministic: the same data (and the same "today") give the same document;
`bijgewerkt_op` is the gesprek's last change (its own or one of its scans'), never "now".
A signed gesprek is represented by the frozen copy made when it was signed, so later changes to
a client's data never rewrite what was signed. Deadline statuses of an unsigned gesprek are
computed for `today`; a signed gesprek was frozen with its own date as "today".
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from jbn_selfscan import __version__
from jbn_selfscan.domain import merged as m
from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.domain.checklist import Checklist
from jbn_selfscan.domain.dutch_dates import plural, short_date
from jbn_selfscan.domain.evaluation import evaluate_scan
from jbn_selfscan.domain.types import (
    ActieStatus,
    GesprekStatus,
    Maatregel,
    Role,
    ScanStatus,
)
from jbn_selfscan.report.pseudonyms import pseudonym_for
from jbn_selfscan.report.tally import current_counts
from jbn_selfscan.services import checklists
from jbn_selfscan.services.deadlines import client_deadlines, deadline_states
from jbn_selfscan.services.gesprek_rules import (
    GesprekError,
    frozen_document,
    load_gesprek,
)
from jbn_selfscan.services.scans import STAP_TO_CLIENT_FIELD, answer_inputs, answer_state
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import (
    Actie,
    Afspraak,
    Akkoord,
    Answer,
    Caseloadgesprek,
    Client,
    Zelfscan,
)

OwnerRole = Literal["jeugdbeschermer", "praktijkbegeleider", "anders"]
OWNER_ROLES: dict[str, OwnerRole] = {
    "jeugdbeschermer": "jeugdbeschermer",
    "vaste jeugdzorgwerker": "jeugdbeschermer",
    "jeugdzorgwerker": "jeugdbeschermer",
    "praktijkbegeleider": "praktijkbegeleider",
    "anders": "anders",
}
# The merged file has one `contactpersoon` text; a CCP/CRT contactpersoon carries its prefix.
CONTACT_PREFIXES = {"ccp": "CCP", "crt": "CRT"}
STILL_OPEN = (ActieStatus.OPEN.value, ActieStatus.LOOPT.value)
_ROLE_ORDER = {role.value: index for index, role in enumerate(Role)}


def encode_contact(contact_type: str, naam: str) -> str:
    """'CCP: naam' for a CCP/CRT contactpersoon; the name alone for a vaste jeugdzorgwerker."""
    prefix = CONTACT_PREFIXES.get(contact_type)
    if prefix is None:
        return naam
    return f"{prefix}: {naam}" if naam else prefix


def decode_contact(text: str) -> tuple[str, str]:
    """Inverse of `encode_contact`: (contact_type, naam)."""
    stripped = text.strip()
    for contact_type, prefix in CONTACT_PREFIXES.items():
        head = stripped[: len(prefix)]
        rest = stripped[len(prefix) :]
        if head.upper() == prefix and (not rest or rest.startswith(":")):
            return contact_type, rest.removeprefix(":").strip()
    return "jeugdbeschermer", stripped


def build_merged(ws: Workspace, gesprek_id: int, today: dt.date | None = None) -> m.MergedGesprek:
    """The merged document of one gesprek (the frozen copy when it is signed)."""
    with ws.db.session() as session:
        gesprek = load_gesprek(session, gesprek_id)
        return document_of(
            session,
            gesprek,
            today,
            calendar=ws.calendar,
            start_phase_months=ws.start_phase_months,
        )


def document_of(
    session: Session,
    gesprek: Caseloadgesprek,
    today: dt.date | None = None,
    *,
    calendar: WorkdayCalendar,
    start_phase_months: int,
) -> m.MergedGesprek:
    if gesprek.status == GesprekStatus.GETEKEND.value:
        frozen = frozen_document(session, gesprek.uid, gesprek.versie)
        if frozen is not None:
            return frozen
        return build_live(
            session,
            gesprek,
            gesprek.datum,
            calendar=calendar,
            start_phase_months=start_phase_months,
        )
    # Once someone gave an akkoord the document is the one signed: deadline statuses as on the
    # day of the gesprek, as in the frozen copy both akkoorden make (exchange.signing).
    signed_once = session.scalar(
        select(Akkoord.id).where(Akkoord.gesprek_id == gesprek.id).limit(1)
    )
    return build_live(
        session,
        gesprek,
        gesprek.datum if signed_once is not None else (today or dt.date.today()),
        calendar=calendar,
        start_phase_months=start_phase_months,
    )


def build_live(
    session: Session,
    gesprek: Caseloadgesprek,
    today: dt.date,
    *,
    calendar: WorkdayCalendar,
    start_phase_months: int,
    with_history: bool = True,
) -> m.MergedGesprek:
    """The document from the live tables, deadline statuses as on `today`."""
    scans = gesprek_scans(session, gesprek)
    answers = _answers_by_scan(session, [scan.id for scan, _client in scans])
    previous = previous_signed(session, gesprek) if with_history else None
    carried = meegenomen_of(gesprek) if with_history else Meegenomen()
    try:
        return m.MergedGesprek(
            app_versie=__version__,
            gesprek=_gesprek_entry(gesprek, last_change(gesprek, scans)),
            checklist=doc_checklist(scans).as_ref(),
            clients=tuple(
                _client_entry(
                    client,
                    scan,
                    answers[scan.id],
                    pseudonym_for(index),
                    today,
                    calendar,
                    start_phase_months,
                )
                for index, (scan, client) in enumerate(scans)
            ),
            afspraken=_afspraken(session, gesprek),
            acties=_acties(session, gesprek, previous, carried.acties),
            akkoord=_akkoorden(session, gesprek),
            vorig_gesprek=(
                carried.vorig_gesprek
                if previous is None
                else _vorig(session, previous, calendar, start_phase_months)
            ),
        )
    except ValidationError as exc:
        raise GesprekError(
            "Het caseloadgesprek kan niet worden samengesteld: "
            + "; ".join(_problem_text(error) for error in exc.errors(include_url=False)[:3])
        ) from None


def _problem_text(error: object) -> str:
    assert isinstance(error, dict)
    where = ".".join(str(part) for part in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'ongeldige waarde')}"


def gesprek_scans(session: Session, gesprek: Caseloadgesprek) -> list[tuple[Zelfscan, Client]]:
    """The scans of the gesprek with their clients, one per client, by case reference."""
    rows = session.execute(
        select(Zelfscan, Client)
        .join(Client, Client.id == Zelfscan.client_id)
        .where(Zelfscan.gesprek_id == gesprek.id)
        .order_by(Client.referentie, Zelfscan.id)
    )
    latest: dict[int, tuple[Zelfscan, Client]] = {}
    for scan, client in rows:
        latest[client.id] = (scan, client)
    return sorted(latest.values(), key=lambda pair: pair[1].referentie)


def last_change(gesprek: Caseloadgesprek, scans: Sequence[tuple[Zelfscan, Client]]) -> dt.datetime:
    return max([gesprek.updated_at, *(scan.updated_at for scan, _client in scans)])


def doc_checklist(scans: Sequence[tuple[Zelfscan, Client]]) -> Checklist:
    """The newest checklist version among the scans (the current one when there are none)."""
    keys = {(scan.checklist_id, scan.checklist_versie) for scan, _client in scans}
    if not keys:
        return checklists.current()
    checklist_id, version = max(keys, key=lambda key: (key[1], key[0]))
    return checklists.version(checklist_id, version)


def _answers_by_scan(session: Session, scan_ids: list[int]) -> dict[int, list[Answer]]:
    found: dict[int, list[Answer]] = defaultdict(list)
    for start in range(0, len(scan_ids), 500):
        chunk = scan_ids[start : start + 500]
        for answer in session.scalars(select(Answer).where(Answer.zelfscan_id.in_(chunk))):
            found[answer.zelfscan_id].append(answer)
    return found


def _gesprek_entry(gesprek: Caseloadgesprek, bijgewerkt_op: dt.datetime) -> m.Gesprek:
    begeleider = gesprek.praktijkbegeleider_naam.strip()
    return m.Gesprek(
        uid=gesprek.uid,
        versie=gesprek.versie,
        datum=gesprek.datum,
        periode_van=gesprek.periode_van,
        periode_tot=gesprek.periode_tot,
        status=GesprekStatus(gesprek.status),
        medewerker=m.Persoon(naam=gesprek.medewerker_naam, rol=Role.JEUGDBESCHERMER),
        praktijkbegeleider=(
            m.Persoon(naam=begeleider, rol=Role.PRAKTIJKBEGELEIDER) if begeleider else None
        ),
        opmerkingen=gesprek.opmerkingen,
        bespreekpunten_algemeen=gesprek.bespreekpunten_algemeen,
        wijzigingsreden=gesprek.wijzigingsreden,
        bijgewerkt_op=bijgewerkt_op,
    )


def step_date(client: Client, stap: str) -> dt.date | None:
    """The date a deadline step was (last) done, as recorded on the client."""
    field = STAP_TO_CLIENT_FIELD.get(stap)
    value = None if field is None else getattr(client, field)
    return value if isinstance(value, dt.date) else None


def _client_entry(
    client: Client,
    scan: Zelfscan,
    answers: list[Answer],
    pseudoniem: str,
    today: dt.date,
    calendar: WorkdayCalendar,
    start_phase_months: int,
) -> m.Client:
    checklist = checklists.version(scan.checklist_id, scan.checklist_versie)
    maatregel = Maatregel(client.maatregel)
    states = {a.item_id: answer_state(a) for a in answers}
    deadlines = client_deadlines(
        client,
        today,
        calendar,
        start_phase_months=start_phase_months,
        answers={k: a.waarde for k, a in states.items()},
    )
    evaluation = evaluate_scan(
        checklist,
        maatregel,
        answer_inputs(checklist, client, states),
        today,
        deadline_states(deadlines),
    )
    order = {item_id: index for index, item_id in enumerate(checklist.item_ids)}
    antwoorden = tuple(
        m.Antwoord(
            item_id=a.item_id,
            waarde=a.waarde,
            toelichting=a.toelichting,
            ingevuld_op=a.answered_at,
            ingevuld_door=a.answered_by,
        )
        for a in sorted(answers, key=lambda a: (order.get(a.item_id, len(order)), a.item_id))
    )
    return m.Client(
        referentie=client.referentie,
        initialen=client.initialen,
        pseudoniem=pseudoniem,
        maatregel=maatregel,
        regio=client.regio,
        team=client.team,
        contactpersoon=encode_contact(client.contact_type, client.contactpersoon),
        uitspraakdatum=client.uitspraakdatum,
        einddatum=client.einddatum,
        scan=m.Scan(
            status=ScanStatus(scan.status),
            antwoorden=antwoorden,
            item_oordelen=tuple(
                m.ItemOordeel(item_id=item_id, status=v.status, reden=v.reason[:2000])
                for item_id, v in evaluation.items.items()
            ),
            thema_oordelen=tuple(
                m.ThemaOordeel(thema=theme, status=v.status, reden=v.reason[:2000])
                for theme, v in evaluation.themes.items()
            ),
            bespreekpunten=scan.bespreekpunten,
            bijgewerkt_op=scan.updated_at,
        ),
        termijnen=tuple(
            m.Termijn(
                stap=r.stap,
                omschrijving=r.omschrijving,
                deadline=r.deadline,
                gedaan_op=step_date(client, r.stap),
                status=r.status_text,
                uitleg=r.uitleg,
            )
            for r in deadlines
        ),
        contactmomenten=tuple(moment.datum for moment in client.contactmomenten),
    )


def _references(session: Session, client_ids: set[int]) -> dict[int, str]:
    if not client_ids:
        return {}
    rows = session.execute(select(Client.id, Client.referentie).where(Client.id.in_(client_ids)))
    return {client_id: referentie for client_id, referentie in rows}


def _afspraken(session: Session, gesprek: Caseloadgesprek) -> tuple[m.Afspraak, ...]:
    rows = list(
        session.scalars(
            select(Afspraak).where(Afspraak.gesprek_id == gesprek.id).order_by(Afspraak.id)
        )
    )
    refs = _references(session, {row.client_id for row in rows if row.client_id is not None})
    return tuple(
        m.Afspraak(
            uid=row.uid,
            tekst=row.tekst,
            client_referentie=None if row.client_id is None else refs[row.client_id],
        )
        for row in rows
    )


def previous_signed(session: Session, gesprek: Caseloadgesprek) -> Caseloadgesprek | None:
    """The last signed gesprek of the same worker before this one (by date, then id)."""
    earlier = or_(
        Caseloadgesprek.datum < gesprek.datum,
        and_(Caseloadgesprek.datum == gesprek.datum, Caseloadgesprek.id < gesprek.id),
    )
    return session.scalars(
        select(Caseloadgesprek)
        .where(
            Caseloadgesprek.medewerker_naam == gesprek.medewerker_naam,
            Caseloadgesprek.status == GesprekStatus.GETEKEND.value,
            Caseloadgesprek.id != gesprek.id,
            earlier,
        )
        .order_by(Caseloadgesprek.datum.desc(), Caseloadgesprek.id.desc())
    ).first()


def previous_acties(
    session: Session, previous: Caseloadgesprek
) -> list[tuple[Actie, Caseloadgesprek]]:
    """Acties that come back in the next gesprek after `previous`.

    All acties of `previous`, and from older signed gesprekken of the same worker those still
    open or running, or reported on since `previous` was signed.
    """
    signed_at = (
        session.scalar(select(func.max(Akkoord.op)).where(Akkoord.gesprek_id == previous.id))
        or previous.updated_at
    )
    not_later = or_(
        Caseloadgesprek.datum < previous.datum,
        and_(Caseloadgesprek.datum == previous.datum, Caseloadgesprek.id <= previous.id),
    )
    rows = session.execute(
        select(Actie, Caseloadgesprek)
        .join(Caseloadgesprek, Caseloadgesprek.id == Actie.gesprek_id)
        .where(
            Caseloadgesprek.medewerker_naam == previous.medewerker_naam,
            Caseloadgesprek.status == GesprekStatus.GETEKEND.value,
            not_later,
            or_(
                Actie.gesprek_id == previous.id,
                Actie.status.in_(STILL_OPEN),
                Actie.status_bijgewerkt_op >= signed_at,
            ),
        )
        .order_by(Caseloadgesprek.datum, Caseloadgesprek.id, Actie.id)
    )
    return list(rows)


def _actie_entry(actie: Actie, gesprek_uid: str, refs: dict[int, str]) -> m.Actie:
    role = OWNER_ROLES.get(actie.eigenaar_rol)
    if role is None:
        raise GesprekError(f"Actie '{actie.omschrijving[:40]}' heeft een onbekende eigenaar.")
    return m.Actie(
        uid=actie.uid,
        omschrijving=actie.omschrijving,
        eigenaar_rol=role,
        eigenaar_naam=actie.eigenaar_naam,
        deadline=actie.deadline,
        status=ActieStatus(actie.status),
        status_toelichting=actie.status_toelichting,
        client_referentie=None if actie.client_id is None else refs[actie.client_id],
        uit_gesprek_uid=gesprek_uid,
    )


def _acties(
    session: Session,
    gesprek: Caseloadgesprek,
    previous: Caseloadgesprek | None,
    from_file: Sequence[m.Actie] = (),
) -> tuple[m.Actie, ...]:
    """Last time's acties (with their reported status) first, then this gesprek's own.

    Last time's acties this installation does not hold come from the imported file
    (`from_file`, see `Meegenomen`), after the ones it holds.
    """
    carried = [] if previous is None else previous_acties(session, previous)
    own = list(
        session.scalars(select(Actie).where(Actie.gesprek_id == gesprek.id).order_by(Actie.id))
    )
    refs = _references(
        session, {a.client_id for a in [*(a for a, _g in carried), *own] if a.client_id is not None}
    )
    earlier = [_actie_entry(actie, owner.uid, refs) for actie, owner in carried]
    mine = [_actie_entry(actie, gesprek.uid, refs) for actie in own]
    known = {a.uid for a in [*earlier, *mine]}
    return (*earlier, *(a for a in from_file if a.uid not in known), *mine)


class Meegenomen(BaseModel):
    """What an imported file carried from earlier gesprekken this installation does not hold.

    Last time's acties (with the status the worker reported) and the tally of the previous
    gesprek, exactly as in the file; kept in `caseloadgesprek.meegenomen` so the next export
    carries them again. Acties and a previous gesprek this installation holds come from its
    own tables instead.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    acties: tuple[m.Actie, ...] = ()
    vorig_gesprek: m.VorigGesprek | None = None

    def to_text(self) -> str | None:
        """Canonical JSON for the column; None when nothing is carried."""
        if not self.acties and self.vorig_gesprek is None:
            return None
        data = self.model_dump(mode="json")
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def summary(self) -> str:
        """A short Dutch description for the change log."""
        parts = [f"{plural(len(self.acties), 'actie', 'acties')} van vorige keer"]
        if self.vorig_gesprek is not None:
            parts.append(f"vergelijking met het gesprek van {short_date(self.vorig_gesprek.datum)}")
        return ", ".join(parts)


def meegenomen_of(gesprek: Caseloadgesprek) -> Meegenomen:
    if not gesprek.meegenomen:
        return Meegenomen()
    try:
        return Meegenomen.model_validate_json(gesprek.meegenomen)
    except ValidationError:
        raise GesprekError(
            "De acties van vorige keer bij dit caseloadgesprek zijn beschadigd opgeslagen. "
            "Lees het bestand van het gesprek opnieuw in."
        ) from None


def _akkoorden(session: Session, gesprek: Caseloadgesprek) -> tuple[m.Akkoord, ...]:
    rows = session.scalars(select(Akkoord).where(Akkoord.gesprek_id == gesprek.id))
    ordered = sorted((row for row in rows if row.rol in _ROLE_ORDER), key=_role_position)
    return tuple(
        m.Akkoord(
            rol=Role(row.rol),
            naam=row.naam,
            op=row.op,
            sleutel=row.sleutel,
            handtekening=row.handtekening,
            installatie=row.installatie,
        )
        for row in ordered
    )


def _role_position(row: Akkoord) -> int:
    return _ROLE_ORDER[row.rol]


def _vorig(
    session: Session,
    previous: Caseloadgesprek,
    calendar: WorkdayCalendar,
    start_phase_months: int,
) -> m.VorigGesprek:
    frozen = frozen_document(session, previous.uid, previous.versie)
    doc = frozen or build_live(
        session,
        previous,
        previous.datum,
        calendar=calendar,
        start_phase_months=start_phase_months,
        with_history=False,
    )
    return m.VorigGesprek(uid=previous.uid, datum=previous.datum, telling=current_counts(doc))
