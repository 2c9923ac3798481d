"""Pseudonyms for clients in the personeelsdossier: "Cliënt A" … "Cliënt Z", "Cliënt AA", …."""

from __future__ import annotations

from string import ascii_uppercase

PSEUDONYM_PREFIX = "Cliënt"


def _letters(index: int) -> str:
    """Bijective base-26: 0 -> A, 25 -> Z, 26 -> AA, 701 -> ZZ, 702 -> AAA."""
    letters = ""
    number = index + 1
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = ascii_uppercase[remainder] + letters
    return letters


def pseudonym_for(index: int) -> str:
    """The pseudonym of the client at position `index` (0-based) in a caseload."""
    if index < 0:
        raise ValueError(f"index must be >= 0, got {index}")
    return f"{PSEUDONYM_PREFIX} {_letters(index)}"
