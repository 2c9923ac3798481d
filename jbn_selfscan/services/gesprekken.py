"""The caseloadgesprek: start, history, export and PDF; the one import point for its actions.

Every gesprek action a screen or the command line calls, and the errors it may raise, is
importable from here (tests/test_layers.py keeps the UI to that); the plain rows the gesprek
screen shows are the one exception: they are imported from `gesprek_view`. The work is split
over `gesprek_build` (store → merged document), `gesprek_import` (merged file →
store), `gesprek_edit` (texts, afspraken, acties), `gesprek_lifecycle` (sign-off, reopen, move,
cancel) and `gesprek_view` (what the gesprek screen shows). See docs/caseloadgesprek.md.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.exchange.merged_file import (
    PasswordRequiredError,
    WrongPasswordError,
    find_identifiers_in,
)
from jbn_selfscan.exchange.signing import AkkoordState, SigningKeyError
from jbn_selfscan.report.errors import RenderCancelled
from jbn_selfscan.report.monitor import CancelCheck, ProgressCallback
from jbn_selfscan.services.akkoord_trust import (
    forget_pinned_key,
    own_fingerprint,
    pinned_keys,
)
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.gesprek_build import build_merged, document_of
from jbn_selfscan.services.gesprek_edit import (
    add_actie,
    add_afspraak,
    delete_actie,
    delete_afspraak,
    set_bespreekpunten_algemeen,
    set_opmerkingen,
    set_praktijkbegeleider,
    update_actie,
    update_afspraak,
)
from jbn_selfscan.services.gesprek_import import (
    AkkoordRejected,
    ImportKind,
    ImportOutcome,
    ImportRejected,
    import_gesprek_document,
    import_gesprek_file,
)
from jbn_selfscan.services.gesprek_lifecycle import (
    cancel_gesprek,
    confirm_akkoord,
    move_gesprek,
    not_yet_text,
    reopen_gesprek,
    sign_gesprek,
)
from jbn_selfscan.services.gesprek_rules import (
    GesprekError,
    GesprekLockedError,
    GesprekNotFoundError,
    check_gesprek_date,
    clean_name,
    format_date,
    load_gesprek,
    log_gesprek,
    new_uid,
)
from jbn_selfscan.services.gesprek_view import GesprekView, gesprek_view
from jbn_selfscan.services.scans import latest_scan, new_scan
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import (
    Actie,
    Afspraak,
    Akkoord,
    Caseloadgesprek,
    Client,
    Profile,
    Zelfscan,
)

if TYPE_CHECKING:
    from jbn_selfscan.report.pdf import RenderResult

__all__ = [
    "AkkoordRejected",
    "AkkoordState",
    "GesprekError",
    "GesprekLockedError",
    "GesprekNotFoundError",
    "GesprekSummary",
    "GesprekView",
    "ImportKind",
    "ImportOutcome",
    "ImportRejected",
    "PasswordRequiredError",
    "RenderCancelled",
    "SigningKeyError",
    "WrongPasswordError",
    "add_actie",
    "add_afspraak",
    "akkoord_states",
    "build_merged",
    "cancel_gesprek",
    "confirm_akkoord",
    "delete_actie",
    "delete_afspraak",
    "export_gesprek",
    "find_gesprek_id",
    "find_identifiers_in",
    "forget_pinned_key",
    "gesprek_view",
    "import_gesprek_document",
    "import_gesprek_file",
    "list_gesprekken",
    "move_gesprek",
    "not_yet_text",
    "own_fingerprint",
    "pinned_keys",
    "render_gesprek_pdf",
    "reopen_gesprek",
    "set_bespreekpunten_algemeen",
    "set_opmerkingen",
    "set_praktijkbegeleider",
    "sign_gesprek",
    "start_gesprek",
    "update_actie",
    "update_afspraak",
]


@dataclass(frozen=True)
class GesprekSummary:
    """One gesprek in the worker's history."""

    id: int
    uid: str
    versie: int
    datum: dt.date
    oorspronkelijke_datum: dt.date | None
    status: GesprekStatus
    medewerker: str
    praktijkbegeleider: str
    clients: int
    afspraken: int
    acties: int
    signed_roles: frozenset[Role]


# --------------------------------------------------------------------------- start


def _profile(session: Session) -> Profile:
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    if profile is None:
        raise GesprekError(
            "Vul eerst je profiel in (naam en rol) voordat je een caseloadgesprek start."
        )
    if profile.rol != Role.JEUGDBESCHERMER.value:
        raise GesprekError(
            "Een caseloadgesprek start je vanuit de caseload van de vaste jeugdzorgwerker. "
            "Als praktijkbegeleider lees je het gesprek in met 'Gesprek importeren'."
        )
    return profile


def _refuse_second_in_preparation(session: Session, medewerker: str) -> None:
    open_one = session.scalars(
        select(Caseloadgesprek)
        .where(
            Caseloadgesprek.medewerker_naam == medewerker,
            Caseloadgesprek.status == GesprekStatus.IN_VOORBEREIDING.value,
        )
        .order_by(Caseloadgesprek.datum)
    ).first()
    if open_one is not None:
        raise GesprekError(
            f"Er is al een caseloadgesprek in voorbereiding (gepland op "
            f"{format_date(open_one.datum)}). Rond dat eerst af, of verplaats of annuleer het."
        )


def _scan_for_gesprek(
    session: Session, client: Client, gesprek: Caseloadgesprek, user: str
) -> None:
    """Attach the client's open scan to the gesprek, or a new empty one when there is none."""
    latest = latest_scan(session, client)
    if latest is None or latest.gesprek_id is not None:
        latest = new_scan(session, client, user)
    latest.gesprek_id = gesprek.id
    record_change(
        session,
        user=user,
        entity="zelfscan",
        entity_id=latest.id,
        field="gesprek",
        old=None,
        new=gesprek.uid,
        context=client.referentie,
    )


def start_gesprek(
    ws: Workspace,
    datum: dt.date,
    praktijkbegeleider: str,
    periode_van: dt.date | None = None,
    periode_tot: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Start preparing a caseloadgesprek with the latest scan of every client; returns its id.

    Clients without an open scan get a new, empty one. Only one gesprek per worker can be in
    preparation at a time.
    """
    check_gesprek_date(datum, today or dt.date.today())
    begeleider = clean_name(praktijkbegeleider, "de naam van de praktijkbegeleider", required=False)
    if periode_van is not None and periode_tot is not None and periode_van > periode_tot:
        raise GesprekError("Het begin van de periode ligt na het einde ervan.")
    with ws.db.session() as session, session.begin():
        medewerker = _profile(session).naam
        _refuse_second_in_preparation(session, medewerker)
        clients = list(
            session.scalars(
                select(Client).where(Client.gearchiveerd.is_(False)).order_by(Client.referentie)
            )
        )
        if not clients:
            raise GesprekError("Er staan nog geen cliënten in je caseload.")
        gesprek = Caseloadgesprek(
            uid=new_uid(),
            versie=1,
            datum=datum,
            periode_van=periode_van,
            periode_tot=periode_tot,
            status=GesprekStatus.IN_VOORBEREIDING.value,
            medewerker_naam=medewerker,
            praktijkbegeleider_naam=begeleider,
        )
        session.add(gesprek)
        session.flush()
        log_gesprek(session, gesprek, ws.user, "aangemaakt", None, format_date(datum))
        for client in clients:
            _scan_for_gesprek(session, client, gesprek, ws.user)
        return gesprek.id


# --------------------------------------------------------------------------- history


def _counts(session: Session, key: InstrumentedAttribute[int | None]) -> dict[int, int]:
    """Rows per gesprek of one table, keyed by its `gesprek_id` column."""
    query = select(key, func.count()).where(key.is_not(None)).group_by(key)
    return {gesprek_id: count for gesprek_id, count in session.execute(query) if gesprek_id}


def list_gesprekken(ws: Workspace) -> list[GesprekSummary]:
    """All gesprekken, newest first (the worker's history)."""
    with ws.db.session() as session:
        clients = _counts(session, Zelfscan.gesprek_id)
        afspraken = _counts(session, Afspraak.gesprek_id)
        acties = _counts(session, Actie.gesprek_id)
        signed: dict[int, set[Role]] = {}
        for gesprek_id, rol in session.execute(select(Akkoord.gesprek_id, Akkoord.rol)):
            if rol in {r.value for r in Role}:
                signed.setdefault(gesprek_id, set()).add(Role(rol))
        rows = session.scalars(
            select(Caseloadgesprek).order_by(
                Caseloadgesprek.datum.desc(), Caseloadgesprek.id.desc()
            )
        )
        return [
            GesprekSummary(
                id=row.id,
                uid=row.uid,
                versie=row.versie,
                datum=row.datum,
                oorspronkelijke_datum=row.oorspronkelijke_datum,
                status=GesprekStatus(row.status),
                medewerker=row.medewerker_naam,
                praktijkbegeleider=row.praktijkbegeleider_naam,
                clients=clients.get(row.id, 0),
                afspraken=afspraken.get(row.id, 0),
                acties=acties.get(row.id, 0),
                signed_roles=frozenset(signed.get(row.id, set())),
            )
            for row in rows
        ]


def find_gesprek_id(ws: Workspace, text: str) -> int:
    """The id of a gesprek given its number or its uid; raises GesprekNotFoundError."""
    wanted = text.strip()
    with ws.db.session() as session:
        found = session.scalar(select(Caseloadgesprek.id).where(Caseloadgesprek.uid == wanted))
        if found is None and wanted.isdigit() and len(wanted) < 12:
            found = session.scalar(
                select(Caseloadgesprek.id).where(Caseloadgesprek.id == int(wanted))
            )
    if found is None:
        raise GesprekNotFoundError(f"Caseloadgesprek '{wanted}' bestaat niet.")
    return found


# --------------------------------------------------------------------------- export and PDF


def _exportable_document(
    ws: Workspace, gesprek_id: int, today: dt.date | None = None
) -> MergedGesprek:
    with ws.db.session() as session:
        gesprek = load_gesprek(session, gesprek_id)
        if gesprek.status == GesprekStatus.GEANNULEERD.value:
            raise GesprekError("Dit caseloadgesprek is geannuleerd; er valt niets te exporteren.")
        return document_of(
            session,
            gesprek,
            today,
            calendar=ws.calendar,
            start_phase_months=ws.start_phase_months,
        )


def _log_output(ws: Workspace, gesprek_id: int, field: str, what: str) -> None:
    with ws.db.session() as session, session.begin():
        gesprek = load_gesprek(session, gesprek_id)
        log_gesprek(session, gesprek, ws.user, field, None, what)


def export_gesprek(
    ws: Workspace,
    gesprek_id: int,
    path: Path | str,
    password: str | None = None,
    include_identifiers: bool = False,
    today: dt.date | None = None,
) -> Path:
    """Write the merged file of a gesprek to `path` (the user's choice); returns the path.

    Identifiers typed into free text are redacted unless `include_identifiers`. Deadline
    statuses of an unsigned gesprek are as on `today` (default: the real date). Raises
    GesprekError, the exchange layer's `MergedFileError`, or OSError.
    """
    from jbn_selfscan.exchange.merged_file import write_merged_file

    target = Path(path)
    doc = _exportable_document(ws, gesprek_id, today)
    write_merged_file(doc, target, password=password, redact_identifiers=not include_identifiers)
    _log_output(ws, gesprek_id, "geexporteerd", f"versie {doc.gesprek.versie}: {target.name}")
    return target


def render_gesprek_pdf(
    ws: Workspace,
    gesprek_id: int,
    out: Path | BinaryIO,
    *,
    werkversie: bool = False,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> RenderResult:
    """Render the PDF of a gesprek (see `report.pdf.render_pdf`); raises RenderCancelled.

    The result carries a Dutch warning when characters could not be drawn.
    """
    from jbn_selfscan.report.pdf import render_pdf

    doc = _exportable_document(ws, gesprek_id)
    result = render_pdf(
        doc,
        out,
        werkversie=werkversie,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    name = Path(out).name if isinstance(out, str | os.PathLike) else "(stroom)"
    kind = "werkversie" if werkversie else "personeelsdossier"
    _log_output(ws, gesprek_id, "pdf_gemaakt", f"{kind}: {name}")
    return result


def akkoord_states(ws: Workspace, gesprek_id: int) -> list[AkkoordState]:
    """How the akkoorden of a gesprek stand: signature valid for the content, where given."""
    from jbn_selfscan.services.akkoord_trust import akkoord_states as states_of
    from jbn_selfscan.services.akkoord_trust import own_public_key

    doc = _exportable_document(ws, gesprek_id)
    return states_of(doc, own_public_key(ws))
