"""Counted Dutch nouns: "1 actie", "2 acties" (never "actie(s)")."""

from __future__ import annotations


def count_text(count: int, singular: str, plural: str) -> str:
    """`count` with the singular or the plural form of a noun (or a noun with its verb)."""
    return f"{count} {singular if count == 1 else plural}"


def as_sentence(text: str) -> str:
    """A message as a sentence: a capital first letter and a closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else f"{text}."
