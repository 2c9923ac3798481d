"""Merged caseloadgesprek file → store: the other person's version of a gesprek comes in.

Rules (docs/caseloadgesprek.md has the full table):

- The exchange layer parses and checks the file (format, schema, checksum, password). Then the
  checklist version must be known here, and the gesprek must belong to the expected worker.
- Unknown gesprek → created. Same uid and version with the same content → "ongewijzigd" and
  nothing at all changes. A newer version, or the same version now signed where ours is not,
  replaces the live data; the state it replaces is kept as a `gesprek_versie` row. An older
  version, or an unsigned copy of a version signed here, is refused.
- Same version, both unsigned, different content: taken over only when the file was changed
  later than our copy (the replaced state is kept); otherwise refused.
- Everything happens in one transaction: a refused file leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from jbn_selfscan.domain import merged as m
from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.dates import range_problem
from jbn_selfscan.domain.dutch_dates import as_utc, plural
from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.exchange.signing import is_signed_with_key, signed_content
from jbn_selfscan.services import akkoord_trust, checklists
from jbn_selfscan.services.gesprek_apply import (
    NOT_CHANGED,
    DocumentApplier,
    ImportRejected,
)
from jbn_selfscan.services.gesprek_build import document_of, gesprek_scans, last_change
from jbn_selfscan.services.gesprek_rules import (
    format_date,
    frozen_row,
    log_gesprek,
    store_version,
)
from jbn_selfscan.services.workspace import Workspace, storage_failure_nl
from jbn_selfscan.store.models import (
    VERSIE_GETEKEND,
    VERSIE_VERVANGEN,
    Caseloadgesprek,
    Profile,
)

__all__ = [
    "AkkoordRejected",
    "ImportKind",
    "ImportOutcome",
    "ImportRejected",
    "import_gesprek_document",
    "import_gesprek_file",
]

# Client checks that do not depend on "today" (a file may come from a machine a day ahead).
_NO_DATE_LIMIT = dt.date(9999, 12, 31)


class ImportKind(StrEnum):
    NIEUW = "nieuw"
    BIJGEWERKT = "bijgewerkt"
    ONGEWIJZIGD = "ongewijzigd"


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did; `samenvatting` is one Dutch line for the user."""

    kind: ImportKind
    gesprek_id: int
    uid: str
    versie: int
    vorige_versie: int | None
    samenvatting: str
    onbekende_acties: int = 0
    # One Dutch line per akkoord of the file: verified, pinned now, unsigned or refused.
    akkoorden: tuple[str, ...] = ()


class AkkoordRejected(ImportRejected):
    """An akkoord of the file does not hold (signature, changed key); the user may choose to
    read the content as not signed (`accept_unsigned`)."""


class _Mode(Enum):
    CREATE = "create"
    REPLACE = "replace"
    IF_NEWER = "if_newer"
    AKKOORDEN = "akkoorden"  # the same signed version, an akkoord confirmed elsewhere


class _Unchanged(Exception):
    """Raised inside the transaction to roll back an import that would change nothing."""

    def __init__(self, outcome: ImportOutcome) -> None:
        super().__init__(outcome.samenvatting)
        self.outcome = outcome


def import_gesprek_file(
    ws: Workspace,
    path: Path | str,
    password: str | None = None,
    expected_medewerker: str | None = None,
    *,
    accept_unsigned: bool = False,
) -> ImportOutcome:
    """Read a merged file and take it over (see the module docstring for the rules).

    Raises:
        MergedFileError: from the exchange layer (unreadable file, wrong password, ...).
        AkkoordRejected: an akkoord's signature does not hold (see `import_gesprek_document`).
        ImportRejected: the file cannot be taken over; the database is unchanged.
    """
    from jbn_selfscan.exchange.merged_file import read_merged_file

    source = Path(path)
    doc = read_merged_file(source, password=password)
    return import_gesprek_document(
        ws,
        doc,
        expected_medewerker=expected_medewerker,
        source=source.name,
        accept_unsigned=accept_unsigned,
    )


def import_gesprek_document(
    ws: Workspace,
    doc: m.MergedGesprek,
    expected_medewerker: str | None = None,
    source: str = "",
    *,
    accept_unsigned: bool = False,
) -> ImportOutcome:
    """Take over a merged document that the exchange layer has already read and checked.

    Every akkoord is checked first (`akkoord_trust`): a signature that does not hold for the
    content, a key other than the one pinned for that name, or a missing signature from a name
    whose key is pinned raises `AkkoordRejected` and nothing changes, unless `accept_unsigned`:
    then those akkoorden are left out and the content is read as not signed by them. Keys seen
    for the first time are pinned in the same transaction.

    Raises:
        ImportRejected: the document cannot be taken over, or the database refused the write
            (locked, disk full, ...); the database is unchanged.
    """
    _check_document(doc)
    own_public = akkoord_trust.own_public_key(ws)
    try:
        with ws.db.session() as session, session.begin():
            _check_worker(session, doc, expected_medewerker)
            checks = akkoord_trust.check_file_akkoorden(
                session, doc, own_public, _own_name(session)
            )
            refusal = akkoord_trust.refusal_text(checks)
            if refusal is not None:
                if not accept_unsigned:
                    raise AkkoordRejected(f"{refusal} {NOT_CHANGED}")
                doc = akkoord_trust.without_refused(doc, checks)
            outcome = _import(session, ws.user, doc, source, ws.calendar, ws.start_phase_months)
            akkoord_trust.pin_new_keys(session, checks, source or "bestand")
    except _Unchanged as unchanged:
        outcome = unchanged.outcome
        with ws.db.session() as session, session.begin():  # nothing else changes
            akkoord_trust.pin_new_keys(session, checks, source or "bestand")
    except IntegrityError:
        raise ImportRejected(
            f"Het bestand past niet bij de gegevens hier (een code komt dubbel voor). {NOT_CHANGED}"
        ) from None
    except SQLAlchemyError as exc:
        # The transaction was rolled back: a locked database, a full disk, ... changed nothing.
        reason = storage_failure_nl(exc) or (
            f"de database gaf een onverwachte fout ({type(exc).__name__}); probeer het opnieuw, "
            "en kijk met 'jbn-selfscan check' of de database in orde is als het weer misgaat"
        )
        raise ImportRejected(
            f"Het caseloadgesprek kon niet worden opgeslagen: {reason}. {NOT_CHANGED}"
        ) from exc
    return replace(outcome, akkoorden=tuple(c.text for c in checks))


def _import(
    session: Session,
    user: str,
    doc: m.MergedGesprek,
    source: str,
    calendar: WorkdayCalendar,
    start_phase_months: int,
) -> ImportOutcome:
    local = session.scalars(
        select(Caseloadgesprek).where(Caseloadgesprek.uid == doc.gesprek.uid)
    ).first()
    mode = _decide(session, local, doc, calendar, start_phase_months)
    if local is not None and mode is _Mode.AKKOORDEN:
        return _take_akkoorden(session, user, local, doc, source)
    if local is not None and mode is None:
        raise _Unchanged(_outcome(ImportKind.ONGEWIJZIGD, local.id, doc, local.versie))
    before = (
        None
        if local is None
        else document_of(session, local, calendar=calendar, start_phase_months=start_phase_months)
    )
    local_last = None if local is None else last_change(local, gesprek_scans(session, local))
    previous_versie = None if local is None else local.versie
    previous_signed = local is not None and local.status == GesprekStatus.GETEKEND.value

    applier = DocumentApplier(session, user, doc)
    gesprek = applier.apply_all(local)
    if local is not None and applier.changes == 0:
        raise _Unchanged(_outcome(ImportKind.ONGEWIJZIGD, gesprek.id, doc, previous_versie))
    not_newer = local_last is not None and as_utc(doc.gesprek.bijgewerkt_op) <= local_last
    if mode is _Mode.IF_NEWER and not_newer:
        raise ImportRejected(
            "Je eigen stand van dit caseloadgesprek is recenter dan dit bestand, en geen "
            f"van beide is getekend. {NOT_CHANGED}"
        )
    applier.stamp_times(gesprek)
    if before is not None and previous_versie is not None:
        _keep_previous_state(session, user, before, previous_signed, doc, source)
    if _is_signed(doc) and frozen_row(session, doc.gesprek.uid, doc.gesprek.versie) is None:
        store_version(
            session,
            doc,
            soort=VERSIE_GETEKEND,
            user=user,
            reden=f"getekend; ingelezen uit {source or 'bestand'}",
        )
    origin = f"versie {doc.gesprek.versie}" + (f" uit {source}" if source else "")
    old = None if previous_versie is None else f"versie {previous_versie}"
    log_gesprek(session, gesprek, user, "geimporteerd", old, origin)
    kind = ImportKind.NIEUW if local is None else ImportKind.BIJGEWERKT
    return _outcome(kind, gesprek.id, doc, previous_versie, applier.unknown_acties)


def _keep_previous_state(
    session: Session,
    user: str,
    before: m.MergedGesprek,
    previous_signed: bool,
    doc: m.MergedGesprek,
    source: str,
) -> None:
    """Keep the replaced state: a signed version stays as its frozen copy."""
    versie = before.gesprek.versie
    if previous_signed:
        if frozen_row(session, before.gesprek.uid, versie) is None:
            store_version(
                session,
                before,
                soort=VERSIE_GETEKEND,
                user=user,
                reden="getekende versie, vastgelegd bij import",
            )
        return
    store_version(
        session,
        before,
        soort=VERSIE_VERVANGEN,
        user=user,
        reden=f"vervangen door versie {doc.gesprek.versie} uit {source or 'een bestand'}",
    )


# --------------------------------------------------------------------------- decisions


def _is_signed(doc: m.MergedGesprek) -> bool:
    return doc.gesprek.status is GesprekStatus.GETEKEND


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _decide(
    session: Session,
    local: Caseloadgesprek | None,
    doc: m.MergedGesprek,
    calendar: WorkdayCalendar,
    start_phase_months: int,
) -> _Mode | None:
    """How to take the file over; None: it holds what we have; raises ImportRejected."""
    if local is None:
        return _Mode.CREATE
    theirs = doc.gesprek.versie
    if not _same_person(local.medewerker_naam, doc.gesprek.medewerker.naam):
        raise ImportRejected(
            f"Hier bestaat al een caseloadgesprek met dezelfde code van een andere medewerker "
            f"({local.medewerker_naam}). {NOT_CHANGED}"
        )
    if local.status == GesprekStatus.GEANNULEERD.value:
        raise ImportRejected(
            f"Dit caseloadgesprek ({format_date(local.datum)}) is hier geannuleerd. {NOT_CHANGED}"
        )
    if theirs < local.versie:
        raise ImportRejected(
            f"Dit bestand is ouder dan wat je al hebt: het bevat versie {theirs}, hier staat al "
            f"versie {local.versie}. {NOT_CHANGED}"
        )
    if theirs > local.versie:
        return _Mode.REPLACE
    if local.status == GesprekStatus.GETEKEND.value:
        ours = document_of(session, local, calendar=calendar, start_phase_months=start_phase_months)
        if same_signed_content(ours, doc):
            return None
        if _is_signed(doc) and _confirms(ours, doc):
            return _Mode.AKKOORDEN
        if not _is_signed(doc):
            raise ImportRejected(
                f"Dit bestand is ouder dan wat je al hebt: versie {theirs} is hier al getekend. "
                f"{NOT_CHANGED}"
            )
        if signed_content(ours) == signed_content(doc) and not any(
            is_signed_with_key(akkoord) for akkoord in doc.akkoord
        ):
            raise ImportRejected(
                f"Dit bestand bevat versie {theirs} zoals die hier al getekend is, maar de "
                "akkoorden erin zijn niet met een sleutel ondertekend (een bestand van een "
                "oudere versie van de app). Hier blijft de versie met de ondertekende akkoorden "
                f"staan. {NOT_CHANGED}"
            )
        raise ImportRejected(
            f"Dit bestand bevat een andere getekende versie {theirs} van dit caseloadgesprek dan "
            f"de versie die hier al getekend is. {NOT_CHANGED}"
        )
    return _Mode.REPLACE if _is_signed(doc) else _Mode.IF_NEWER


def _confirms(ours: m.MergedGesprek, theirs: m.MergedGesprek) -> bool:
    """Whether `theirs` is our signed version with an akkoord newly signed with a key (the
    praktijkbegeleider confirmed from their own installation): same content, and no akkoord
    of ours that carries a signature is replaced by one without."""
    if signed_content(ours) != signed_content(theirs) or ours.akkoord == theirs.akkoord:
        return False
    mine = {a.rol: a for a in ours.akkoord}
    for akkoord in theirs.akkoord:
        old = mine.get(akkoord.rol)
        if old is not None and is_signed_with_key(old) and not is_signed_with_key(akkoord):
            return False
    return True


def _take_akkoorden(
    session: Session, user: str, local: Caseloadgesprek, doc: m.MergedGesprek, source: str
) -> ImportOutcome:
    """Take over the confirmed akkoorden of a signed version, in the rows and the frozen copy."""
    applier = DocumentApplier(session, user, doc)
    applier.akkoorden(local)
    row = frozen_row(session, local.uid, local.versie)
    if row is not None:
        frozen = m.MergedGesprek.model_validate_json(row.document)
        row.document = frozen.model_copy(update={"akkoord": doc.akkoord}).model_dump_json()
    origin = f"versie {doc.gesprek.versie}" + (f" uit {source}" if source else "")
    log_gesprek(session, local, user, "akkoorden_bevestigd", None, origin)
    g = doc.gesprek
    return ImportOutcome(
        kind=ImportKind.BIJGEWERKT,
        gesprek_id=local.id,
        uid=g.uid,
        versie=g.versie,
        vorige_versie=local.versie,
        samenvatting=(
            f"Caseloadgesprek van {g.medewerker.naam} op {format_date(g.datum)} (versie "
            f"{g.versie}): de akkoorden uit het bestand zijn overgenomen; de inhoud is gelijk."
        ),
    )


def content_key(doc: m.MergedGesprek) -> dict[str, object]:
    """What counts as the content of a document (not the app version that wrote it)."""
    return doc.model_dump(mode="json", exclude={"app_versie", "format_version"})


def same_signed_content(ours: m.MergedGesprek, theirs: m.MergedGesprek) -> bool:
    """Equal content, also when the file is our own export with identifiers redacted."""
    if content_key(ours) == content_key(theirs):
        return True
    from jbn_selfscan.exchange.merged_file import MergedFileError, redact_free_text

    try:
        return content_key(redact_free_text(ours)) == content_key(theirs)
    except MergedFileError:
        return False


def _own_name(session: Session) -> str | None:
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    return None if profile is None else profile.naam


def _check_worker(session: Session, doc: m.MergedGesprek, expected: str | None) -> None:
    """A jeugdbeschermer's installation takes only their own gesprekken; `expected` (the
    `--medewerker` option) narrows that further, it never widens it."""
    owner = doc.gesprek.medewerker.naam
    wanted: list[str] = []
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    if profile is not None and profile.rol == Role.JEUGDBESCHERMER.value:
        wanted.append(profile.naam)
    if expected is not None:
        wanted.append(expected)
    for name in wanted:
        if not _same_person(name, owner):
            raise ImportRejected(
                f"Dit caseloadgesprek is van {owner}, niet van {name}. {NOT_CHANGED}"
            )


# --------------------------------------------------------------------------- document checks


def _reject(message: str) -> ImportRejected:
    return ImportRejected(f"{message} {NOT_CHANGED}")


def _check_document(doc: m.MergedGesprek) -> None:
    """Checks that need no database: status, checklist, and references inside the document."""
    if doc.gesprek.status is GesprekStatus.GEANNULEERD:
        raise _reject("Dit bestand bevat een geannuleerd caseloadgesprek.")
    if _is_signed(doc) and not doc.is_signed:
        raise _reject("Volgens het bestand is het gesprek getekend, maar een akkoord ontbreekt.")
    if len({a.rol for a in doc.akkoord}) != len(doc.akkoord):
        raise _reject("Het bestand bevat twee akkoorden van dezelfde rol.")
    try:
        checklist = checklists.version(doc.checklist.id, doc.checklist.versie)
    except checklists.UnknownChecklistError:
        raise _reject(
            f"Dit bestand gebruikt checklist '{doc.checklist.id}' versie {doc.checklist.versie}, "
            "die deze installatie niet kent. Installeer de nieuwste versie van JBN Zelfscan."
        ) from None
    known_items = set(checklist.item_ids)
    _check_dates(doc)
    _check_unique([c.referentie for c in doc.clients], "cliënt")
    _check_unique([a.uid for a in doc.afspraken], "afspraak")
    _check_unique([a.uid for a in doc.acties], "actie")
    in_file = {c.referentie for c in doc.clients}
    for client in doc.clients:
        _check_client(client)
        answers = [] if client.scan is None else [a.item_id for a in client.scan.antwoorden]
        _check_unique(answers, f"antwoord bij cliënt {client.referentie}:")
        unknown = sorted(set(answers) - known_items)
        if unknown:
            raise _reject(
                f"Het bestand bevat een antwoord op een vraag die de checklist niet kent "
                f"('{unknown[0]}', cliënt {client.referentie})."
            )
    named = [a.client_referentie for a in doc.afspraken]
    named += [a.client_referentie for a in doc.acties if a.uit_gesprek_uid == doc.gesprek.uid]
    for referentie in named:
        if referentie is not None and referentie not in in_file:
            raise _reject(
                f"Een afspraak of actie noemt cliënt '{referentie}', "
                "die niet in dit caseloadgesprek staat."
            )


def _check_unique(values: list[str], what: str) -> None:
    doubles = [value for value, count in Counter(values).items() if count > 1]
    if doubles:
        raise _reject(f"Het bestand bevat dezelfde {what} '{doubles[0]}' twee keer.")


def _check_dates(doc: m.MergedGesprek) -> None:
    """The one date range of the app (`domain.dates`), as for typed and imported dates (a typo
    like 0202 would break the deadline calendar later)."""
    days: list[tuple[str, dt.date | None]] = [("datum van het gesprek", doc.gesprek.datum)]
    for client in doc.clients:
        days += [
            (f"uitspraakdatum van {client.referentie}", client.uitspraakdatum),
            (f"einddatum van {client.referentie}", client.einddatum),
        ]
        days += [(f"{t.stap} van {client.referentie}", t.gedaan_op) for t in client.termijnen]
    for field_name, day in days:
        problem = None if day is None else range_problem(day)
        if problem is not None:
            raise _reject(f"Het bestand bevat een onmogelijke datum: {field_name}: {problem}.")


def _check_client(client: m.Client) -> None:
    data = ClientData(
        referentie=client.referentie,
        initialen=client.initialen,
        maatregel=client.maatregel,
        uitspraakdatum=client.uitspraakdatum,
        regio=client.regio,
        team=client.team,
        einddatum=client.einddatum,
    )
    problems = data.problems(_NO_DATE_LIMIT)
    if problems:
        field, message = next(iter(problems.items()))
        raise _reject(f"Cliënt '{client.referentie[:50]}' in het bestand: {field}: {message}.")


def _outcome(
    kind: ImportKind,
    gesprek_id: int,
    doc: m.MergedGesprek,
    previous_versie: int | None,
    unknown_acties: int = 0,
) -> ImportOutcome:
    g = doc.gesprek
    who = f"Caseloadgesprek van {g.medewerker.naam} op {format_date(g.datum)}"
    if kind is ImportKind.NIEUW:
        own_acties = sum(1 for a in doc.acties if a.uit_gesprek_uid == g.uid)
        text = (
            f"{who} ingelezen (versie {g.versie}, {g.status.label}): "
            f"{plural(len(doc.clients), 'cliënt', 'cliënten')}, "
            f"{plural(len(doc.afspraken), 'afspraak', 'afspraken')}, "
            f"{plural(own_acties, 'actie', 'acties')}."
        )
    elif kind is ImportKind.BIJGEWERKT:
        text = (
            f"{who} bijgewerkt naar versie {g.versie} ({g.status.label}); "
            "de vorige stand is bewaard."
        )
    else:
        text = f"{who} (versie {g.versie}) is ongewijzigd; er is niets veranderd."
    if unknown_acties:
        text += (
            f" {plural(unknown_acties, 'actie', 'acties')} uit een eerder caseloadgesprek dat "
            f"hier niet bekend is, {'is' if unknown_acties == 1 else 'zijn'} meegenomen zoals "
            f"{'hij' if unknown_acties == 1 else 'ze'} in het bestand "
            f"{'staat' if unknown_acties == 1 else 'staan'}."
        )
    return ImportOutcome(
        kind=kind,
        gesprek_id=gesprek_id,
        uid=g.uid,
        versie=g.versie,
        vorige_versie=previous_versie,
        samenvatting=text,
        onbekende_acties=unknown_acties,
    )
