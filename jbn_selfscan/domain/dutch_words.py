"""Dutch message wording (counted nouns are `dutch_dates.plural`: "1 actie", "2 acties")."""

from __future__ import annotations


def as_sentence(text: str) -> str:
    """A message as a sentence: a capital first letter and a closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else f"{text}."
