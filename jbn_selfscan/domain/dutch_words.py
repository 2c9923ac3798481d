"""Counted Dutch nouns: "1 actie", "2 acties" (never "actie(s)")."""

from __future__ import annotations


def count_text(count: int, singular: str, plural: str) -> str:
    """`count` with the singular or the plural form of a noun (or a noun with its verb)."""
    return f"{count} {singular if count == 1 else plural}"
