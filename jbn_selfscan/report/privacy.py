"""What the PDF may say about clients, per version.

The personeelsdossier version concerns the worker: a client is only ever named by its
pseudonym, and any case reference or initials typed into free text are replaced by the
pseudonym before the identifier guard (`jbn_selfscan.domain.guard.redact`) runs. It leaves out
every toelichting, because a toelichting explains a single case and is about the client more
than about the work: those of answers, the reasons behind a deadline, the bespreekpunten and the
status notes of acties (`Disclosure.shows_toelichting`). The werkversie shows references,
initials and toelichtingen, but its free text still passes the guard (no BSN, ever).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from jbn_selfscan.domain.merged import Client, MergedGesprek

AMBIGUOUS_CLIENT = "[cliënt]"
UNKNOWN_CLIENT = "cliënt buiten deze caseload"
# Domain abbreviations that must not be mistaken for dotless initials ("J.R." vs "JR").
_TERMS_NOT_INITIALS = frozenset(
    {"ARIJ", "BSN", "CCP", "CRT", "F2F", "GVA", "GW", "JB", "JR", "LIJ", "MDO", "OTS", "PVA"}
)
_WORD_BEFORE = r"(?<!\w)"
_WORD_AFTER = r"(?!\w)"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

Redactor = Callable[[str], str]


def load_redactor() -> Redactor:
    """The identifier guard of the domain, imported only when a PDF is made."""
    from jbn_selfscan.domain.guard import redact

    return redact


# Between the parts of a case reference people write a hyphen, a dash, a space, a dot, a
# slash, an underscore or nothing: "OTS-2025-0412", "OTS 2025 0412", "OTS20250412".
_REFERENCE_GAP = r"[\s\-\u2010-\u2015_./]*"
_REFERENCE_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _reference_pattern(reference: str) -> str:
    """The reference in any of its usual spellings (case-insensitive)."""
    parts = _REFERENCE_PARTS.findall(reference)
    if not parts:
        return r"(?i:" + re.escape(reference) + ")"
    return r"(?i:" + _REFERENCE_GAP.join(re.escape(part) for part in parts) + ")"


def _reference_key(text: str) -> str:
    return "".join(_REFERENCE_PARTS.findall(text)).casefold()


def _initials_letters(initials: str) -> str:
    return "".join(ch for ch in initials if ch.isalnum())


def _initials_pattern(initials: str) -> str | None:
    """'M.K.' also matches 'MK', 'M. K.' and 'M.K'; a single letter only with its dot."""
    letters = _initials_letters(initials)
    if not letters:
        return None
    if len(letters) == 1:
        return re.escape(letters) + r"\."
    body = r"\.?\s?".join(re.escape(ch) for ch in letters) + r"\.?"
    if letters.upper() in _TERMS_NOT_INITIALS:
        # Not the bare term: "JR" in free text keeps meaning jeugdreclassering, "J.R." is a client.
        return r"(?!" + re.escape(letters) + r"(?!\w))" + body
    return body


@dataclass(frozen=True)
class _IdentifierIndex:
    """Case references and initials of all clients, mapped to what replaces them."""

    pattern: re.Pattern[str] | None
    by_reference: dict[str, str]
    by_initials: dict[str, str]

    @classmethod
    def build(cls, clients: Iterable[Client]) -> _IdentifierIndex:
        by_reference: dict[str, str] = {}
        by_initials: dict[str, str] = {}
        alternatives: set[str] = set()
        for client in clients:
            reference = client.referentie.strip()
            if reference:
                by_reference[_reference_key(reference)] = client.pseudoniem
                alternatives.add(_reference_pattern(reference))
            initials_pattern = _initials_pattern(client.initialen)
            if initials_pattern is not None:
                key = _initials_letters(client.initialen)
                known = by_initials.get(key)
                by_initials[key] = (
                    client.pseudoniem if known in (None, client.pseudoniem) else AMBIGUOUS_CLIENT
                )
                alternatives.add(initials_pattern)
        if not alternatives:
            return cls(None, by_reference, by_initials)
        ordered = sorted(alternatives, key=lambda alt: (-len(alt), alt))
        pattern = re.compile(_WORD_BEFORE + "(?:" + "|".join(ordered) + ")" + _WORD_AFTER)
        return cls(pattern, by_reference, by_initials)

    def _replacement(self, match: re.Match[str]) -> str:
        found = match.group(0)
        by_reference = self.by_reference.get(_reference_key(found))
        if by_reference is not None:
            return by_reference
        return self.by_initials.get(_initials_letters(found), AMBIGUOUS_CLIENT)

    def replace(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(self._replacement, text)


class Disclosure:
    """Decides how clients and free text appear in one version of the PDF."""

    def __init__(self, doc: MergedGesprek, *, werkversie: bool, redact: Redactor) -> None:
        self.werkversie = werkversie
        self._redact = redact
        self._clients = {client.referentie: client for client in doc.clients}
        self._identifiers = _IdentifierIndex.build(doc.clients)

    @property
    def shows_toelichting(self) -> bool:
        """Toelichtingen (answers, deadline reasons, bespreekpunten, status notes of acties)
        are printed in the werkversie only."""
        return self.werkversie

    def identifiers(self, client: Client) -> str:
        """'OTS-2025-0412 · J.B.' in the werkversie; nothing in the personeelsdossier."""
        if not self.werkversie:
            return ""
        return " · ".join(part for part in (client.referentie, client.initialen) if part)

    def client_name(self, client: Client) -> str:
        """Pseudonym; in the werkversie followed by reference and initials."""
        identifiers = self.identifiers(client)
        pseudonym = self.guarded(client.pseudoniem)
        return f"{pseudonym} ({identifiers})" if identifiers else pseudonym

    def client_by_reference(self, reference: str | None) -> str:
        """How an afspraak or actie names its client ('' when it concerns no client)."""
        if reference is None or not reference.strip():
            return ""
        client = self._clients.get(reference)
        if client is not None:
            return self.client_name(client)
        if self.werkversie:
            return f"{reference} ({UNKNOWN_CLIENT})"
        return UNKNOWN_CLIENT

    def free_text(self, text: str) -> str:
        """Free text as it may be printed: identifiers handled, control characters removed.

        Used for everything a person typed: toelichtingen, afspraken, acties and their status
        notes (werkversie), remarks, and also names, team, region and contact person.
        """
        cleaned = _CONTROL_CHARS.sub("", text)
        if not self.werkversie:
            cleaned = self._identifiers.replace(cleaned)
        return self._redact(cleaned)

    def guarded(self, text: str) -> str:
        """Text from the file that is not typed about clients (checklist questions, deadline
        names, pseudonyms): control characters removed and the identifier guard applied, but
        no client references replaced (a question must not change its wording)."""
        return self._redact(_CONTROL_CHARS.sub("", text))
