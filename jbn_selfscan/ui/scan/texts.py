"""How answers, dates and deadlines read on the scan screen (Dutch, plain text)."""

from __future__ import annotations

import datetime as dt

from jbn_selfscan.domain.answer_words import answer_words
from jbn_selfscan.domain.checklist import ChecklistItem
from jbn_selfscan.domain.dutch_dates import clock_text, plural, short_date
from jbn_selfscan.services.scans import AnswerState

CLIP = 140
NAVIGATION_HINT = (
    "Pijltjestoetsen: antwoord kiezen · Ctrl+↓: volgende open vraag · Ctrl+↑: vorige vraag · "
    "Ctrl+Delete: antwoord wissen"
)


def date_text(day: dt.date | None) -> str:
    return short_date(day)


def clip(text: str, limit: int = CLIP) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def answer_text(item: ChecklistItem, waarde: str | None) -> str:
    """A stored answer as the user knows it: choice label, dd-mm-jjjj, 3,5 or the text."""
    if not waarde:
        return "niet ingevuld"
    if item.answer_type == "tekst":
        return clip(waarde, 80)
    choice = item.choice(waarde) if item.answer_type == "keuze" else None
    return answer_words(item.answer_type, waarde, choice.label if choice is not None else None)


def previous_text(item: ChecklistItem, previous: AnswerState | None) -> str:
    """'Vorige keer: Ja — toelichting…' or 'Vorige keer: niet ingevuld'."""
    if previous is None or not previous.waarde:
        return "Vorige keer: niet ingevuld"
    text = f"Vorige keer: {answer_text(item, previous.waarde)}"
    if previous.toelichting.strip():
        text += f" — {clip(previous.toelichting)}"
    return text


def saved_at_text(moment: dt.datetime) -> str:
    """'Opgeslagen 14:03:09' for a stored (UTC) moment, in Dutch time."""
    return f"Opgeslagen {clock_text(moment)}"


def reconfirm_text(taken: int, open_count: int, stale: int) -> str:
    """What "Cliënt ongewijzigd" did, in one sentence or three."""
    taken_part = (
        f"{plural(taken, 'antwoord', 'antwoorden')} van de vorige zelfscan overgenomen "
        "en vandaag als ongewijzigd bevestigd."
        if taken
        else "Er was geen antwoord meer om over te nemen."
    )
    if not open_count:
        return f"{taken_part} Alle vragen zijn ingevuld: kijk ze na en zet de zelfscan klaar."
    stale_part = (
        f" Daarvan {'is' if stale == 1 else 'zijn'} {plural(stale, 'datum', 'datums')} "
        "niet meer op orde: vul de nieuwe datum in."
        if stale
        else ""
    )
    open_part = plural(open_count, "vraag staat", "vragen staan")
    return f"{taken_part} Nog open: {open_part} hieronder.{stale_part}"
