"""How the gesprek screens write dates, people and statuses (Dutch, plain text)."""

from __future__ import annotations

import datetime as dt

from jbn_selfscan.domain.dutch_dates import moment_text, short_date
from jbn_selfscan.domain.dutch_words import OWNER_ROLE_WORDS, ROLE_WORDS
from jbn_selfscan.domain.types import ActieStatus, GesprekStatus
from jbn_selfscan.services.gesprek_view import ActieRow, GesprekView

OWNER_LABELS = OWNER_ROLE_WORDS
ROLE_LABELS = {role: word[:1].upper() + word[1:] for role, word in ROLE_WORDS.items()}
GENERAL = "Algemeen (geen cliënt)"


def date_text(day: dt.date | None) -> str:
    return short_date(day)


def owner_text(rol: str, naam: str) -> str:
    label = OWNER_LABELS.get(rol, rol)
    if rol == "anders" and naam:
        return naam
    return f"{label} ({naam})" if naam else label


def client_text(referentie: str | None) -> str:
    return referentie if referentie else "algemeen"


def actie_status_text(actie: ActieRow, today: dt.date) -> str:
    text = actie.status.label
    still_open = actie.status in (ActieStatus.OPEN, ActieStatus.LOOPT)
    if still_open and actie.deadline is not None and actie.deadline < today:
        text += " (deadline verstreken)"
    return text


def gesprek_title(view: GesprekView) -> str:
    return f"Caseloadgesprek {date_text(view.datum)}"


def gesprek_subtitle(view: GesprekView) -> str:
    parts = [f"versie {view.versie}", view.status.label, f"medewerker: {view.medewerker}"]
    parts.append(f"praktijkbegeleider: {view.praktijkbegeleider or 'nog niet ingevuld'}")
    if view.periode_van is not None or view.periode_tot is not None:
        parts.append(f"periode {date_text(view.periode_van)} t/m {date_text(view.periode_tot)}")
    if view.oorspronkelijke_datum is not None:
        parts.append(f"eerst gepland op {date_text(view.oorspronkelijke_datum)}")
    return " · ".join(parts)


def banner_text(view: GesprekView) -> str:
    """The read-only banner, or '' for a gesprek that can still change."""
    if view.status is GesprekStatus.GETEKEND:
        names = ", ".join(f"{s.naam} ({moment_text(s.op)})" for s in view.akkoorden)
        return (
            "Dit caseloadgesprek is getekend en kan niet meer veranderen"
            + (f": {names}." if names else ".")
            + " Moet er toch iets veranderen? Kies ‘Wijzigen na ondertekening…’; er komt dan "
            "een nieuwe versie."
        )
    if view.status is GesprekStatus.GEANNULEERD:
        reason = f" Reden: {view.annuleringsreden}" if view.annuleringsreden else ""
        return f"Dit caseloadgesprek is geannuleerd en kan niet meer veranderen.{reason}"
    return ""
