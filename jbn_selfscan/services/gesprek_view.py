"""Everything the gesprek screen shows, as frozen dataclasses (no ORM objects).

The view is made from the same merged document that is exported and printed, so the screen
shows exactly what the file and the PDF will say; local ids are added so the screen can edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.domain import merged as m
from jbn_selfscan.domain.types import (
    ActieStatus,
    DeadlineState,
    GesprekStatus,
    ItemStatus,
    Maatregel,
    Role,
    ScanStatus,
    Theme,
)
from jbn_selfscan.exchange.signing import AkkoordState, describe_akkoorden
from jbn_selfscan.report.tally import current_counts, theme_statuses
from jbn_selfscan.services.akkoord_trust import own_public_key
from jbn_selfscan.services.gesprek_build import document_of
from jbn_selfscan.services.gesprek_rules import load_gesprek
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Actie, Afspraak, Client, Zelfscan

# Item verdicts worth discussing, worst first.
DISCUSSED_STATUSES = (ItemStatus.NIET_OP_ORDE, ItemStatus.AANDACHT, ItemStatus.NOG_NIET_INGEVULD)
_STATE_PREFIXES = (
    ("op tijd", DeadlineState.OP_TIJD),
    ("te laat", DeadlineState.TE_LAAT),
    ("open", DeadlineState.OPEN),
    ("verlopen", DeadlineState.VERLOPEN),
)


@dataclass(frozen=True)
class ItemPoint:
    """A checklist item of one client that is not op orde, with the worker's answer."""

    item_id: str
    thema: Theme
    vraag: str
    norm: str
    status: ItemStatus
    reden: str
    waarde: str | None
    toelichting: str


@dataclass(frozen=True)
class TermijnRow:
    stap: str
    omschrijving: str
    deadline: dt.date | None
    gedaan_op: dt.date | None
    state: DeadlineState
    status_text: str
    uitleg: str


@dataclass(frozen=True)
class AfspraakRow:
    id: int | None
    uid: str
    tekst: str
    client_id: int | None
    client_referentie: str | None


@dataclass(frozen=True)
class ActieRow:
    """An actie; `from_previous` for last time's acties (status as the worker reported it)."""

    id: int | None
    uid: str
    omschrijving: str
    eigenaar_rol: str
    eigenaar_naam: str
    deadline: dt.date | None
    status: ActieStatus
    status_toelichting: str
    client_id: int | None
    client_referentie: str | None
    from_previous: bool


@dataclass(frozen=True)
class ClientPoint:
    """One client in the gesprek."""

    client_id: int | None
    scan_id: int | None
    referentie: str
    initialen: str
    pseudoniem: str
    maatregel: Maatregel
    scan_status: ScanStatus | None
    themes: dict[Theme, ItemStatus]
    theme_reasons: dict[Theme, str]
    items: tuple[ItemPoint, ...]
    termijnen: tuple[TermijnRow, ...]
    bespreekpunten: str
    previous_acties: tuple[ActieRow, ...]
    answered: int
    total: int


@dataclass(frozen=True)
class SignOff:
    rol: Role
    naam: str
    op: dt.datetime
    herkomst: str = ""  # signed or not, and where it was given (exchange.signing)
    eigen: bool = False  # signed on this installation, valid for the content


@dataclass(frozen=True)
class GesprekView:
    id: int
    uid: str
    versie: int
    datum: dt.date
    oorspronkelijke_datum: dt.date | None
    periode_van: dt.date | None
    periode_tot: dt.date | None
    status: GesprekStatus
    locked: bool
    medewerker: str
    praktijkbegeleider: str
    opmerkingen: str
    bespreekpunten_algemeen: str
    wijzigingsreden: str
    annuleringsreden: str
    bijgewerkt_op: dt.datetime
    clients: tuple[ClientPoint, ...]
    previous_general_acties: tuple[ActieRow, ...]
    afspraken: tuple[AfspraakRow, ...]
    acties: tuple[ActieRow, ...]
    akkoorden: tuple[SignOff, ...]
    summary: tuple[m.ThemaTelling, ...]
    vorig: m.VorigGesprek | None

    @property
    def signed_roles(self) -> frozenset[Role]:
        return frozenset(signoff.rol for signoff in self.akkoorden)

    @property
    def is_signed(self) -> bool:
        return self.signed_roles == frozenset(Role)


def deadline_state(status_text: str) -> DeadlineState:
    """The state behind a deadline status text of the deadline engine ("verlopen sinds ...")."""
    for prefix, state in _STATE_PREFIXES:
        if status_text.startswith(prefix):
            return state
    return DeadlineState.NIET_VAN_TOEPASSING


def gesprek_view(ws: Workspace, gesprek_id: int, today: dt.date | None = None) -> GesprekView:
    with ws.db.session() as session:
        gesprek = load_gesprek(session, gesprek_id)
        doc = document_of(
            session,
            gesprek,
            today,
            calendar=ws.calendar,
            start_phase_months=ws.start_phase_months,
        )
        ids = _LocalIds.load(session, gesprek.id, doc)
        status = GesprekStatus(gesprek.status)
        acties = tuple(ids.actie_row(a, a.uit_gesprek_uid != doc.gesprek.uid) for a in doc.acties)
        previous = [a for a in acties if a.from_previous]
        return GesprekView(
            id=gesprek.id,
            uid=gesprek.uid,
            versie=doc.gesprek.versie,
            datum=doc.gesprek.datum,
            oorspronkelijke_datum=gesprek.oorspronkelijke_datum,
            periode_van=doc.gesprek.periode_van,
            periode_tot=doc.gesprek.periode_tot,
            status=status,
            locked=status is not GesprekStatus.IN_VOORBEREIDING,
            medewerker=doc.gesprek.medewerker.naam,
            praktijkbegeleider=(
                doc.gesprek.praktijkbegeleider.naam if doc.gesprek.praktijkbegeleider else ""
            ),
            opmerkingen=doc.gesprek.opmerkingen,
            bespreekpunten_algemeen=doc.gesprek.bespreekpunten_algemeen,
            wijzigingsreden=doc.gesprek.wijzigingsreden,
            annuleringsreden=gesprek.annuleringsreden,
            bijgewerkt_op=doc.gesprek.bijgewerkt_op,
            clients=tuple(_client_point(doc, client, ids, previous) for client in doc.clients),
            previous_general_acties=tuple(a for a in previous if a.client_referentie is None),
            afspraken=tuple(ids.afspraak_row(a) for a in doc.afspraken),
            acties=tuple(a for a in acties if not a.from_previous),
            akkoorden=_signoffs(ws, doc),
            summary=current_counts(doc),
            vorig=doc.vorig_gesprek,
        )


# The states of signed versions, whose content is frozen: checking costs a redaction pass over
# all free text (~0.7 s for 300 clients), and the screen reloads often.
_SIGNED_STATES: dict[tuple[object, ...], dict[Role, AkkoordState]] = {}


def _signoffs(ws: Workspace, doc: m.MergedGesprek) -> tuple[SignOff, ...]:
    if not doc.akkoord:
        return ()
    own = own_public_key(ws)
    key = (ws.paths.data_dir, doc.gesprek.uid, doc.gesprek.versie, doc.akkoord, own)
    frozen = doc.gesprek.status is GesprekStatus.GETEKEND
    states = _SIGNED_STATES.get(key) if frozen else None
    if states is None:
        states = {state.rol: state for state in describe_akkoorden(doc, own)}
        if frozen:
            if len(_SIGNED_STATES) > 64:
                _SIGNED_STATES.clear()
            _SIGNED_STATES[key] = states
    return tuple(
        SignOff(
            rol=a.rol,
            naam=a.naam,
            op=a.op,
            herkomst=states[a.rol].text,
            eigen=states[a.rol].ondertekend and own is not None and a.sleutel == own,
        )
        for a in doc.akkoord
    )


@dataclass(frozen=True)
class _LocalIds:
    clients: dict[str, int]
    scans: dict[int, int]
    afspraken: dict[str, int]
    acties: dict[str, int]

    @classmethod
    def load(cls, session: Session, gesprek_id: int, doc: m.MergedGesprek) -> _LocalIds:
        refs = {c.referentie for c in doc.clients}
        refs |= {a.client_referentie for a in doc.acties if a.client_referentie}
        refs |= {a.client_referentie for a in doc.afspraken if a.client_referentie}
        clients = dict(
            session.execute(
                select(Client.referentie, Client.id).where(Client.referentie.in_(refs))
            ).all()
        )
        scans = dict(
            session.execute(
                select(Zelfscan.client_id, Zelfscan.id).where(Zelfscan.gesprek_id == gesprek_id)
            ).all()
        )
        afspraak_uids = [a.uid for a in doc.afspraken]
        actie_uids = [a.uid for a in doc.acties]
        afspraken = dict(
            session.execute(
                select(Afspraak.uid, Afspraak.id).where(Afspraak.uid.in_(afspraak_uids))
            ).all()
        )
        acties = dict(
            session.execute(select(Actie.uid, Actie.id).where(Actie.uid.in_(actie_uids))).all()
        )
        return cls(clients=clients, scans=scans, afspraken=afspraken, acties=acties)

    def client_id(self, referentie: str | None) -> int | None:
        return None if referentie is None else self.clients.get(referentie)

    def actie_row(self, actie: m.Actie, from_previous: bool) -> ActieRow:
        return ActieRow(
            id=self.acties.get(actie.uid),
            uid=actie.uid,
            omschrijving=actie.omschrijving,
            eigenaar_rol=actie.eigenaar_rol,
            eigenaar_naam=actie.eigenaar_naam,
            deadline=actie.deadline,
            status=actie.status,
            status_toelichting=actie.status_toelichting,
            client_id=self.client_id(actie.client_referentie),
            client_referentie=actie.client_referentie,
            from_previous=from_previous,
        )

    def afspraak_row(self, afspraak: m.Afspraak) -> AfspraakRow:
        return AfspraakRow(
            id=self.afspraken.get(afspraak.uid),
            uid=afspraak.uid,
            tekst=afspraak.tekst,
            client_id=self.client_id(afspraak.client_referentie),
            client_referentie=afspraak.client_referentie,
        )


def _client_point(
    doc: m.MergedGesprek, client: m.Client, ids: _LocalIds, previous: list[ActieRow]
) -> ClientPoint:
    items_by_id = {item.id: item for item in doc.checklist.items}
    order = {item.id: index for index, item in enumerate(doc.checklist.items)}
    scan = client.scan
    answers = {} if scan is None else {a.item_id: a for a in scan.antwoorden}
    verdicts = () if scan is None else scan.item_oordelen
    points = []
    for verdict in sorted(verdicts, key=lambda v: order.get(v.item_id, len(order))):
        item = items_by_id.get(verdict.item_id)
        if verdict.status not in DISCUSSED_STATUSES or item is None:
            continue
        answer = answers.get(verdict.item_id)
        points.append(
            ItemPoint(
                item_id=item.id,
                thema=item.thema,
                vraag=item.vraag,
                norm=item.norm,
                status=verdict.status,
                reden=verdict.reden,
                waarde=None if answer is None else answer.waarde,
                toelichting="" if answer is None else answer.toelichting,
            )
        )
    client_id = ids.client_id(client.referentie)
    reasons = {} if scan is None else {o.thema: o.reden for o in scan.thema_oordelen}
    return ClientPoint(
        client_id=client_id,
        scan_id=None if client_id is None else ids.scans.get(client_id),
        referentie=client.referentie,
        initialen=client.initialen,
        pseudoniem=client.pseudoniem,
        maatregel=client.maatregel,
        scan_status=None if scan is None else scan.status,
        themes=theme_statuses(client),
        theme_reasons={theme: reasons.get(theme, "") for theme in Theme},
        items=tuple(points),
        termijnen=tuple(
            TermijnRow(
                stap=t.stap,
                omschrijving=t.omschrijving,
                deadline=t.deadline,
                gedaan_op=t.gedaan_op,
                state=deadline_state(t.status),
                status_text=t.status,
                uitleg=t.uitleg,
            )
            for t in client.termijnen
        ),
        bespreekpunten="" if scan is None else scan.bespreekpunten,
        previous_acties=tuple(a for a in previous if a.client_referentie == client.referentie),
        answered=sum(1 for v in verdicts if v.status is not ItemStatus.NOG_NIET_INGEVULD),
        total=len(verdicts),
    )
