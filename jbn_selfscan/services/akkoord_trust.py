"""Signed akkoorden in the store: this installation's key, pinned keys of counterparts, and
the check of the akkoorden in an imported file (trust on first use).

The crypto and the signed bytes live in `exchange.signing`; this module decides what a
signature is worth here. An akkoord is:

- "eigen": signed with this installation's key and valid;
- "vertrouwd": signed with the key pinned for that name (or pinned now, on first use);
- "ongetekend": no signature (older file or older akkoord): shown as "niet ondertekend met
  sleutel", never as verified;
- refused: a signature that does not hold for the content, a key other than the one pinned for
  that name, or no signature from a name whose key is pinned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from jbn_selfscan.domain import merged as m
from jbn_selfscan.domain.dutch_words import ROLE_WORDS
from jbn_selfscan.domain.types import Role
from jbn_selfscan.exchange import signing
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import AkkoordSleutel, utcnow

UNSIGNED_TEXT = "niet ondertekend met sleutel"


class Trust(StrEnum):
    EIGEN = "eigen"
    VERTROUWD = "vertrouwd"
    NIEUW = "nieuw"  # pinned by this import (trust on first use)
    ELDERS = "elders"  # in this user's own name, signed on another installation (not pinned)
    ONGETEKEND = "ongetekend"


@dataclass(frozen=True)
class AkkoordCheck:
    """How one akkoord of a file fared; `problem` is a Dutch refusal, or None."""

    akkoord: m.Akkoord
    trust: Trust | None
    problem: str | None = None

    @property
    def text(self) -> str:
        """One Dutch line for the import result."""
        who = f"Akkoord {role_text(self.akkoord.rol)} ({self.akkoord.naam})"
        if self.problem is not None:
            return f"{who}: geweigerd. {self.problem}"
        fp = "" if self.akkoord.sleutel is None else signing.fingerprint(self.akkoord.sleutel)
        if self.trust is Trust.EIGEN:
            return f"{who}: ondertekend op deze installatie (vingerafdruk {fp})."
        if self.trust is Trust.VERTROUWD:
            return f"{who}: handtekening klopt, bekende sleutel (vingerafdruk {fp})."
        if self.trust is Trust.ELDERS:
            return (
                f"{who}: handtekening klopt; in jouw naam gegeven op een andere installatie "
                f"(vingerafdruk {fp}). Klopt dat, bevestig het akkoord dan vanaf deze installatie."
            )
        if self.trust is Trust.NIEUW:
            return (
                f"{who}: handtekening klopt; eerste sleutel van {self.akkoord.naam} vastgelegd, "
                f"vingerafdruk {fp}. Vergelijk deze vingerafdruk met {self.akkoord.naam} "
                "(Help → Over JBN Zelfscan)."
            )
        return f"{who}: {UNSIGNED_TEXT}."


def role_text(rol: Role) -> str:
    return ROLE_WORDS[rol]


def name_key(naam: str) -> str:
    return " ".join(naam.split()).casefold()


def own_key(ws: Workspace) -> signing.InstallationKey:
    """This installation's key pair, made on first need (raises SigningKeyError)."""
    return signing.installation_key(ws.paths.data_dir)


def own_fingerprint(ws: Workspace) -> str | None:
    """The fingerprint of this installation's key, or None while it has none yet."""
    key = signing.load_installation_key(ws.paths.data_dir)
    return None if key is None else key.fingerprint


def own_public_key(ws: Workspace) -> str | None:
    key = signing.load_installation_key(ws.paths.data_dir)
    return None if key is None else key.public_key


def pinned_key(session: Session, naam: str) -> AkkoordSleutel | None:
    return session.scalars(
        select(AkkoordSleutel).where(AkkoordSleutel.naam_sleutel == name_key(naam))
    ).first()


@dataclass(frozen=True)
class PinnedKey:
    naam: str
    vingerafdruk: str
    vastgelegd_op: dt.datetime
    bron: str


def pinned_keys(ws: Workspace) -> list[PinnedKey]:
    """The keys pinned for counterparts, by name."""
    with ws.db.session() as session:
        rows = session.scalars(select(AkkoordSleutel).order_by(AkkoordSleutel.naam_sleutel))
        return [PinnedKey(r.naam, r.vingerafdruk, r.vastgelegd_op, r.bron) for r in rows]


def forget_pinned_key(ws: Workspace, naam: str) -> bool:
    """Forget the key pinned for `naam` (after comparing the new fingerprint with that
    person); the next signed file from them pins the new key. False when none was pinned."""
    from jbn_selfscan.services.changelog import record_change

    with ws.db.session() as session, session.begin():
        row = pinned_key(session, naam)
        if row is None:
            return False
        record_change(
            session,
            user=ws.user,
            entity="akkoord_sleutel",
            entity_id=row.naam_sleutel[:100],
            field="vingerafdruk",
            old=row.vingerafdruk,
            new=None,
            context=f"sleutel van {row.naam} vergeten",
        )
        session.delete(row)
        return True


def check_file_akkoorden(
    session: Session, doc: m.MergedGesprek, own_public: str | None, own_name: str | None = None
) -> list[AkkoordCheck]:
    """Check every akkoord of an imported document against its content and the pinned keys.

    An akkoord in the name of this installation's own user (`own_name`) that was signed on
    another installation (a shared laptop) is not pinned: that user confirms it from here.
    Nothing is written; `pin_new_keys` records the keys seen for the first time.
    """
    digest = signing.content_digest(doc)
    checks: list[AkkoordCheck] = []
    seen: dict[str, str] = {}  # keys first seen in this file, by folded name
    for akkoord in doc.akkoord:
        checks.append(_check_one(session, doc, akkoord, digest, own_public, own_name, seen))
    return checks


def _check_one(
    session: Session,
    doc: m.MergedGesprek,
    akkoord: m.Akkoord,
    digest: str,
    own_public: str | None,
    own_name: str | None,
    seen: dict[str, str],
) -> AkkoordCheck:
    pinned = pinned_key(session, akkoord.naam)
    if not signing.is_signed_with_key(akkoord):
        if pinned is not None:
            return AkkoordCheck(
                akkoord,
                None,
                f"Van {akkoord.naam} is een sleutel bekend (vingerafdruk {pinned.vingerafdruk}), "
                "maar dit akkoord is niet ondertekend. Het bestand is mogelijk gewijzigd.",
            )
        return AkkoordCheck(akkoord, Trust.ONGETEKEND)
    if not signing.verify_akkoord(doc, akkoord, digest):
        return AkkoordCheck(
            akkoord,
            None,
            "De handtekening klopt niet bij de inhoud: het bestand is na het akkoord gewijzigd "
            "of beschadigd.",
        )
    assert akkoord.sleutel is not None
    fp = signing.fingerprint(akkoord.sleutel)
    if own_public is not None and akkoord.sleutel == own_public:
        return AkkoordCheck(akkoord, Trust.EIGEN)
    if own_name and name_key(own_name) == name_key(akkoord.naam):
        return AkkoordCheck(akkoord, Trust.ELDERS)
    if pinned is not None:
        if pinned.sleutel == akkoord.sleutel:
            return AkkoordCheck(akkoord, Trust.VERTROUWD)
        return AkkoordCheck(
            akkoord,
            None,
            f"De sleutel van {akkoord.naam} is veranderd: bekend is vingerafdruk "
            f"{pinned.vingerafdruk}, dit bestand heeft {fp}. Vraag {akkoord.naam} of dat klopt "
            f"(bijvoorbeeld een nieuwe computer). Zo ja, laat de oude sleutel vergeten met "
            f"'jbn-selfscan sleutels --vergeet \"{akkoord.naam}\"' en lees het bestand opnieuw in.",
        )
    key = name_key(akkoord.naam)
    if key in seen and seen[key] != akkoord.sleutel:
        return AkkoordCheck(
            akkoord, None, f"Het bestand bevat twee verschillende sleutels van {akkoord.naam}."
        )
    seen[key] = akkoord.sleutel
    return AkkoordCheck(akkoord, Trust.NIEUW)


def pin_new_keys(session: Session, checks: list[AkkoordCheck], source: str) -> None:
    """Pin the keys the checks saw for the first time (inside the import's transaction)."""
    done: set[str] = set()
    for check in checks:
        if check.trust is not Trust.NIEUW or check.akkoord.sleutel is None:
            continue
        key = name_key(check.akkoord.naam)
        if key in done:
            continue
        done.add(key)
        session.add(
            AkkoordSleutel(
                naam_sleutel=key,
                naam=check.akkoord.naam,
                sleutel=check.akkoord.sleutel,
                vingerafdruk=signing.fingerprint(check.akkoord.sleutel),
                vastgelegd_op=utcnow(),
                bron=source[:300],
            )
        )


def refusal_text(checks: list[AkkoordCheck]) -> str | None:
    """The Dutch refusal of a file whose akkoorden do not hold, or None."""
    refused = [c for c in checks if c.problem is not None]
    if not refused:
        return None
    lines = " ".join(c.text for c in refused)
    return (
        f"{lines} Het akkoord wordt niet als ondertekend overgenomen. Wil je de inhoud toch "
        "lezen, kies dan 'inlezen als niet ondertekend' (opdrachtregel: --als-ongetekend); "
        "de geweigerde akkoorden worden dan weggelaten."
    )


def without_refused(doc: m.MergedGesprek, checks: list[AkkoordCheck]) -> m.MergedGesprek:
    """The document with the refused akkoorden left out (the user chose to read it unsigned);
    a gesprek that no longer has both akkoorden is in preparation again."""
    from jbn_selfscan.domain.types import GesprekStatus

    kept = tuple(c.akkoord for c in checks if c.problem is None)
    gesprek = doc.gesprek
    if {a.rol for a in kept} != set(Role) and gesprek.status is GesprekStatus.GETEKEND:
        gesprek = gesprek.model_copy(update={"status": GesprekStatus.IN_VOORBEREIDING})
    return doc.model_copy(update={"akkoord": kept, "gesprek": gesprek})


def akkoord_states(
    doc: m.MergedGesprek, own_public: str | None = None
) -> list[signing.AkkoordState]:
    """Per akkoord of `doc`: verified or not, where it was given, in Dutch."""
    return signing.describe_akkoorden(doc, own_public)
