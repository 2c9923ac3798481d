"""Writing a merged caseloadgesprek document into the store, counting what really changes.

`DocumentApplier` makes the live tables of one gesprek equal to the document: the gesprek, its
clients (matched by case reference), their scans and answers, afspraken and acties (matched by
uid), the akkoorden, and the reported status of earlier acties. It touches a row only where a
value differs, and logs each difference, so applying the same document twice changes nothing the
second time (`changes == 0`). Consistency of the document is checked before (see
`gesprek_import`); the caller owns the transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from jbn_selfscan.domain import merged as m
from jbn_selfscan.domain.dutch_dates import as_utc
from jbn_selfscan.domain.types import ScanStatus
from jbn_selfscan.services.changelog import record_change
from jbn_selfscan.services.gesprek_build import (
    Meegenomen,
    decode_contact,
    meegenomen_of,
    previous_signed,
)
from jbn_selfscan.services.gesprek_rules import GesprekError, context_of, log_gesprek
from jbn_selfscan.services.scans import STAP_TO_CLIENT_FIELD
from jbn_selfscan.store.models import (
    Actie,
    Afspraak,
    Akkoord,
    Answer,
    Caseloadgesprek,
    Client,
    Contactmoment,
    Zelfscan,
)

NOT_CHANGED = "Er is niets veranderd."


class ImportRejected(GesprekError):
    """A merged file that cannot be taken over (Dutch message); the database is untouched."""


@dataclass
class DocumentApplier:
    session: Session
    user: str
    doc: m.MergedGesprek
    changes: int = 0
    unknown_acties: int = 0
    _from_file: list[m.Actie] = field(default_factory=list)
    _clients: dict[str, Client] = field(default_factory=dict)
    _scan_times: list[tuple[Zelfscan, dt.datetime]] = field(default_factory=list)

    # ------------------------------------------------------------------ helpers

    def _set(
        self, row: object, name: str, new: object, *, entity: str, entity_id: object, context: str
    ) -> None:
        old = getattr(row, name)
        if old == new:
            return
        self._record(entity, entity_id, name, old, new, context)
        setattr(row, name, new)

    def _created(self, entity: str, entity_id: object, new: object, context: str = "") -> None:
        self._record(entity, entity_id, "aangemaakt", None, new, context)

    def _removed(self, entity: str, entity_id: object, old: object, context: str = "") -> None:
        self._record(entity, entity_id, "verwijderd", old, None, context)

    def _record(
        self, entity: str, entity_id: object, name: str, old: object, new: object, context: str
    ) -> None:
        record_change(
            self.session,
            user=self.user,
            entity=entity,
            entity_id=entity_id,
            field=name,
            old=old,
            new=new,
            context=context,
        )
        self.changes += 1

    @property
    def bijgewerkt_op(self) -> dt.datetime:
        return as_utc(self.doc.gesprek.bijgewerkt_op)

    def _refuse_taken_uid(self, table: type[Afspraak] | type[Actie], uid: str) -> None:
        """A new afspraak/actie may not carry the uid of one in another gesprek."""
        if self.session.scalar(select(table.id).where(table.uid == uid)) is not None:
            raise ImportRejected(
                "Het bestand bevat een afspraak of actie met dezelfde code als een afspraak of "
                f"actie van een ander caseloadgesprek hier. {NOT_CHANGED}"
            )

    def client_id(self, referentie: str | None) -> int | None:
        if referentie is None:
            return None
        row = (
            self._clients.get(referentie)
            or self.session.scalars(select(Client).where(Client.referentie == referentie)).first()
        )
        if row is None:
            raise ImportRejected(
                f"Het bestand noemt cliënt '{referentie}', maar die staat er niet in. {NOT_CHANGED}"
            )
        return row.id

    # ------------------------------------------------------------------ the gesprek

    def gesprek(self, local: Caseloadgesprek | None) -> Caseloadgesprek:
        g = self.doc.gesprek
        values: dict[str, object] = {
            "versie": g.versie,
            "datum": g.datum,
            "periode_van": g.periode_van,
            "periode_tot": g.periode_tot,
            "status": g.status.value,
            "praktijkbegeleider_naam": g.praktijkbegeleider.naam if g.praktijkbegeleider else "",
            "opmerkingen": g.opmerkingen,
            "bespreekpunten_algemeen": g.bespreekpunten_algemeen,
            "wijzigingsreden": g.wijzigingsreden,
        }
        if local is None:
            local = Caseloadgesprek(
                uid=g.uid,
                medewerker_naam=g.medewerker.naam,
                updated_at=self.bijgewerkt_op,
                **values,
            )
            self.session.add(local)
            self.session.flush()
            log_gesprek(self.session, local, self.user, "aangemaakt", None, "ingelezen uit bestand")
            self.changes += 1
            return local
        if g.datum != local.datum and local.oorspronkelijke_datum is None:
            local.oorspronkelijke_datum = local.datum
        context = context_of(local)
        for name, new in values.items():
            self._set(local, name, new, entity="caseloadgesprek", entity_id=g.uid, context=context)
        return local

    # ------------------------------------------------------------------ clients

    def clients(self) -> None:
        refs = [c.referentie for c in self.doc.clients]
        existing = {
            row.referentie: row
            for row in self.session.scalars(select(Client).where(Client.referentie.in_(refs)))
        }
        for entry in self.doc.clients:
            values = _client_values(entry)
            row = existing.get(entry.referentie)
            if row is None:
                row = Client(
                    referentie=entry.referentie,
                    initialen=entry.initialen,
                    medewerker=self.doc.gesprek.medewerker.naam,
                    **values,
                )
                self.session.add(row)
                self.session.flush()
                self._created("client", row.referentie, row.referentie, row.referentie)
            else:
                if entry.initialen:
                    values["initialen"] = entry.initialen
                for name, new in values.items():
                    self._set(
                        row,
                        name,
                        new,
                        entity="client",
                        entity_id=row.referentie,
                        context=row.referentie,
                    )
            self._add_contacts(row, entry.contactmomenten)
            self._clients[entry.referentie] = row

    def _add_contacts(self, row: Client, days: tuple[dt.date, ...]) -> None:
        """The file's contact moments are added; one the file lacks stays (nothing is lost)."""
        present = {moment.datum for moment in row.contactmomenten}
        for day in sorted(set(days) - present):
            row.contactmomenten.append(Contactmoment(datum=day))
            self._record("client", row.referentie, "contactmoment", None, day, row.referentie)

    # ------------------------------------------------------------------ scans and answers

    def scans(self, gesprek: Caseloadgesprek) -> None:
        local = {
            scan.client_id: scan
            for scan in self.session.scalars(
                select(Zelfscan).where(Zelfscan.gesprek_id == gesprek.id).order_by(Zelfscan.id)
            )
        }
        wanted: set[int] = set()
        for entry in self.doc.clients:
            client = self._clients[entry.referentie]
            wanted.add(client.id)
            scan_doc = entry.scan or m.Scan(status=ScanStatus.CONCEPT)
            row = local.get(client.id)
            if row is None:
                row = Zelfscan(
                    client_id=client.id,
                    gesprek_id=gesprek.id,
                    checklist_id=self.doc.checklist.id,
                    checklist_versie=self.doc.checklist.versie,
                    status=scan_doc.status.value,
                    bespreekpunten=scan_doc.bespreekpunten,
                )
                self.session.add(row)
                self.session.flush()
                self._created("zelfscan", row.id, gesprek.uid, client.referentie)
            else:
                for name, new in (
                    ("checklist_id", self.doc.checklist.id),
                    ("checklist_versie", self.doc.checklist.versie),
                    ("status", scan_doc.status.value),
                    ("bespreekpunten", scan_doc.bespreekpunten),
                ):
                    self._set(
                        row,
                        name,
                        new,
                        entity="zelfscan",
                        entity_id=row.id,
                        context=client.referentie,
                    )
            self._answers(row, scan_doc, client.referentie)
            moment = scan_doc.bijgewerkt_op
            self._scan_times.append((row, as_utc(moment) if moment else self.bijgewerkt_op))
        for client_id, row in local.items():
            if client_id not in wanted:
                record_change(
                    self.session,
                    user=self.user,
                    entity="zelfscan",
                    entity_id=row.id,
                    field="gesprek",
                    old=gesprek.uid,
                    new=None,
                    context="",
                )
                row.gesprek_id = None
                self.changes += 1

    def _answers(self, scan: Zelfscan, scan_doc: m.Scan, referentie: str) -> None:
        existing = {
            row.item_id: row
            for row in self.session.scalars(select(Answer).where(Answer.zelfscan_id == scan.id))
        }
        for answer in scan_doc.antwoorden:
            row = existing.pop(answer.item_id, None)
            moment = as_utc(answer.ingevuld_op) if answer.ingevuld_op else self.bijgewerkt_op
            entity_id = f"{scan.id}/{answer.item_id}"
            if row is None:
                row = Answer(
                    zelfscan_id=scan.id,
                    item_id=answer.item_id,
                    waarde=answer.waarde,
                    toelichting=answer.toelichting,
                    ongewijzigd_bevestigd=False,
                    answered_at=moment,
                    answered_by=answer.ingevuld_door,
                )
                self.session.add(row)
                self._created("antwoord", entity_id, answer.waarde, referentie)
                continue
            before = self.changes
            for name, new in (("waarde", answer.waarde), ("toelichting", answer.toelichting)):
                self._set(
                    row, name, new, entity="antwoord", entity_id=entity_id, context=referentie
                )
            if self.changes != before:
                row.answered_at, row.answered_by = moment, answer.ingevuld_door
        for row in existing.values():
            self._removed("antwoord", f"{scan.id}/{row.item_id}", row.waarde, referentie)
            self.session.delete(row)

    # ------------------------------------------------------------------ afspraken, acties

    def afspraken(self, gesprek: Caseloadgesprek) -> None:
        local = {
            row.uid: row
            for row in self.session.scalars(
                select(Afspraak).where(Afspraak.gesprek_id == gesprek.id)
            )
        }
        for entry in self.doc.afspraken:
            client_id = self.client_id(entry.client_referentie)
            row = local.pop(entry.uid, None)
            if row is None:
                self._refuse_taken_uid(Afspraak, entry.uid)
                self.session.add(
                    Afspraak(
                        uid=entry.uid,
                        gesprek_id=gesprek.id,
                        client_id=client_id,
                        tekst=entry.tekst,
                        created_by=self.user[:200],
                    )
                )
                self._created("afspraak", entry.uid, entry.tekst, entry.client_referentie or "")
                continue
            for name, new in (("tekst", entry.tekst), ("client_id", client_id)):
                self._set(
                    row,
                    name,
                    new,
                    entity="afspraak",
                    entity_id=row.uid,
                    context=entry.client_referentie or "",
                )
        for row in local.values():
            self._removed("afspraak", row.uid, row.tekst)
            self.session.delete(row)

    def acties(self, gesprek: Caseloadgesprek) -> None:
        local = {
            row.uid: row
            for row in self.session.scalars(select(Actie).where(Actie.gesprek_id == gesprek.id))
        }
        for entry in self.doc.acties:
            if entry.uit_gesprek_uid != self.doc.gesprek.uid:
                self._earlier_actie(entry)
                continue
            values: dict[str, object] = {
                "omschrijving": entry.omschrijving,
                "eigenaar_rol": entry.eigenaar_rol,
                "eigenaar_naam": entry.eigenaar_naam,
                "deadline": entry.deadline,
                "status": entry.status.value,
                "status_toelichting": entry.status_toelichting,
                "client_id": self.client_id(entry.client_referentie),
            }
            row = local.pop(entry.uid, None)
            if row is None:
                self._refuse_taken_uid(Actie, entry.uid)
                self.session.add(
                    Actie(
                        uid=entry.uid, gesprek_id=gesprek.id, created_by=self.user[:200], **values
                    )
                )
                self._created("actie", entry.uid, entry.omschrijving, entry.client_referentie or "")
                continue
            for name, new in values.items():
                self._set(
                    row,
                    name,
                    new,
                    entity="actie",
                    entity_id=row.uid,
                    context=entry.client_referentie or "",
                )
        for row in local.values():
            self._removed("actie", row.uid, row.omschrijving)
            self.session.delete(row)

    def _earlier_actie(self, entry: m.Actie) -> None:
        """An actie of an earlier gesprek: take over the status the worker reported on it."""
        row = self.session.scalars(select(Actie).where(Actie.uid == entry.uid)).first()
        if row is None:  # kept as the file has it (see `meegenomen`)
            self.unknown_acties += 1
            self._from_file.append(entry)
            return
        before = self.changes
        for name, new in (
            ("status", entry.status.value),
            ("status_toelichting", entry.status_toelichting),
        ):
            self._set(
                row,
                name,
                new,
                entity="actie",
                entity_id=row.uid,
                context=entry.client_referentie or "",
            )
        if self.changes != before:
            row.status_bijgewerkt_op = self.bijgewerkt_op

    def akkoorden(self, gesprek: Caseloadgesprek) -> None:
        local = {
            row.rol: row
            for row in self.session.scalars(select(Akkoord).where(Akkoord.gesprek_id == gesprek.id))
        }
        context = context_of(gesprek)
        for entry in self.doc.akkoord:
            row = local.pop(entry.rol.value, None)
            moment = as_utc(entry.op)
            if row is None:
                self.session.add(
                    Akkoord(
                        gesprek_id=gesprek.id,
                        rol=entry.rol.value,
                        naam=entry.naam,
                        op=moment,
                        sleutel=entry.sleutel,
                        handtekening=entry.handtekening,
                        installatie=entry.installatie,
                    )
                )
                log_gesprek(
                    self.session, gesprek, self.user, f"akkoord_{entry.rol.value}", None, entry.naam
                )
                self.changes += 1
                continue
            for name, new in (
                ("naam", entry.naam),
                ("op", moment),
                ("sleutel", entry.sleutel),
                ("handtekening", entry.handtekening),
                ("installatie", entry.installatie),
            ):
                self._set(row, name, new, entity="akkoord", entity_id=gesprek.uid, context=context)
        for row in local.values():
            log_gesprek(self.session, gesprek, self.user, f"akkoord_{row.rol}", row.naam, None)
            self.session.delete(row)
            self.changes += 1

    # ------------------------------------------------------------------ finishing

    def apply_all(self, local: Caseloadgesprek | None) -> Caseloadgesprek:
        gesprek = self.gesprek(local)
        self.clients()
        self.scans(gesprek)
        self.afspraken(gesprek)
        self.acties(gesprek)
        self.akkoorden(gesprek)
        self.meegenomen(gesprek)
        return gesprek

    def meegenomen(self, gesprek: Caseloadgesprek) -> None:
        """Keep what the file carries from earlier gesprekken that this installation lacks."""
        vorig = self.doc.vorig_gesprek
        if vorig is not None and previous_signed(self.session, gesprek) is not None:
            vorig = None  # the comparison is made from our own copy of the previous gesprek
        new = Meegenomen(acties=tuple(self._from_file), vorig_gesprek=vorig)
        if gesprek.meegenomen == new.to_text():
            return
        try:
            old = meegenomen_of(gesprek).summary() if gesprek.meegenomen else None
        except GesprekError:
            old = "onleesbaar"  # replaced by what the file carries
        new_text = new.to_text()
        log_gesprek(
            self.session,
            gesprek,
            self.user,
            "meegenomen",
            old,
            new.summary() if new_text else None,
        )
        gesprek.meegenomen = new_text
        self.changes += 1

    def stamp_times(self, gesprek: Caseloadgesprek) -> None:
        """Take over the file's "last changed" moments (only after a real change)."""
        for scan, moment in self._scan_times:
            scan.updated_at = moment
            flag_modified(scan, "updated_at")  # also when equal: `onupdate` must not win
        gesprek.updated_at = self.bijgewerkt_op
        flag_modified(gesprek, "updated_at")


def _client_values(entry: m.Client) -> dict[str, object]:
    contact_type, contactpersoon = decode_contact(entry.contactpersoon)
    values: dict[str, object] = {
        "maatregel": entry.maatregel.value,
        "regio": entry.regio,
        "team": entry.team,
        "contact_type": contact_type,
        "contactpersoon": contactpersoon,
        "uitspraakdatum": entry.uitspraakdatum,
        "einddatum": entry.einddatum,
    }
    for termijn in entry.termijnen:
        name = STAP_TO_CLIENT_FIELD.get(termijn.stap)
        if name is not None:
            values[name] = termijn.gedaan_op
    return values
