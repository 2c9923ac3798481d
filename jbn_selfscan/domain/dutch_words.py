"""Dutch message wording (counted nouns are `dutch_dates.plural`: "1 actie", "2 acties")."""

from __future__ import annotations

from jbn_selfscan.domain.types import Role

# The two people of a caseloadgesprek as users name them (stored as `Role` values), and the
# owner of an actie, which can also be someone else ("anders").
ROLE_WORDS = {
    Role.JEUGDBESCHERMER: "vaste jeugdzorgwerker",
    Role.PRAKTIJKBEGELEIDER: "praktijkbegeleider",
}
OWNER_ROLE_WORDS = {role.value: word for role, word in ROLE_WORDS.items()} | {"anders": "anders"}


def as_sentence(text: str) -> str:
    """A message as a sentence: a capital first letter and a closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else f"{text}."
