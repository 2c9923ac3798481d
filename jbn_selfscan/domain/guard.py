"""Identifier guard: spot direct identifiers in free text before it is saved or exported.

The zelfscan identifies a client by case reference and initials only. Workers still paste a
BSN, a phone number or an address into a toelichting now and then; this module finds those so
the UI can warn ("Let op: dit lijkt een BSN ...") and the exchange layer can redact them.

Detection is deliberately conservative about ordinary text: amounts, plain dates and case
references ("OTS-2024-0153", "zaak 24-0153") are not flagged. It is a warning aid, not a
guarantee: a name written in full is not recognised.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

REDACTED = "[verwijderd: mogelijk identificerend gegeven]"

_CONTACT_ADVICE = "Contactgegevens horen in het dossier, niet in de zelfscan."
_ADDRESS_ADVICE = "Een adres hoort in het dossier, niet in de zelfscan."
_MAX_SHOWN_IN_WARNING = 5
_SHOWN_TEXT_LIMIT = 40


class IdentifierKind(StrEnum):
    """The kinds of direct identifier the guard recognises."""

    BSN = "bsn"
    EMAIL = "email"
    TELEFOON = "telefoon"
    POSTCODE_HUISNUMMER = "postcode_huisnummer"
    GEBOORTEDATUM = "geboortedatum"

    @property
    def label(self) -> str:
        """Dutch noun for the warning ("dit lijkt een <label>")."""
        return {
            IdentifierKind.BSN: "BSN",
            IdentifierKind.EMAIL: "e-mailadres",
            IdentifierKind.TELEFOON: "telefoonnummer",
            IdentifierKind.POSTCODE_HUISNUMMER: "adres",
            IdentifierKind.GEBOORTEDATUM: "geboortedatum",
        }[self]

    @property
    def advice(self) -> str:
        """Dutch advice on what to write instead."""
        return {
            IdentifierKind.BSN: "Gebruik liever initialen of de zaakreferentie.",
            IdentifierKind.EMAIL: _CONTACT_ADVICE,
            IdentifierKind.TELEFOON: _CONTACT_ADVICE,
            IdentifierKind.POSTCODE_HUISNUMMER: _ADDRESS_ADVICE,
            IdentifierKind.GEBOORTEDATUM: "Noem liever de leeftijd.",
        }[self]


@dataclass(frozen=True, slots=True)
class Finding:
    """One suspected identifier: `text` is `source[start:end]`."""

    kind: IdentifierKind
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return self.kind.label


# --- BSN -------------------------------------------------------------------------------------

# Nine digits, optionally grouped 3-3-3 or 4-2-3 with one consistent separator (dot or space).
_BSN_NINE = re.compile(
    r"(?<![\w@+€])(?<!\d[.,-])(?<!€ )"
    r"(?:\d{3}(?P<s1>[. ]?)\d{3}(?P=s1)\d{3}|\d{4}(?P<s2>[. ]?)\d{2}(?P=s2)\d{3})"
    r"(?!\w)(?![.,-]?\d)"
)
# Eight digits (a BSN missing its leading zero), only counted with "BSN" nearby.
_BSN_EIGHT = re.compile(
    r"(?<![\w@+€])(?<!\d[.,-])(?<!€ )"
    r"(?:\d{8}|\d{4}(?P<s>[. ])\d{4}|\d{2}\.\d{3}\.\d{3})"
    r"(?!\w)(?![.,-]?\d)"
)
_BSN_KEYWORD = re.compile(r"\b(?:bsn|burger\s?service-?\s?nummer|sofi-?\s?nummer)\b", re.IGNORECASE)
_KEYWORD_BEFORE = 40
_KEYWORD_AFTER = 20


def passes_elfproef(digits: str) -> bool:
    """The BSN "elfproef": 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (not all zeros)."""
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    if set(digits) == {"0"}:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11 == 0


def _only_digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


def _keyword_near(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - _KEYWORD_BEFORE) : end + _KEYWORD_AFTER]
    return _BSN_KEYWORD.search(window) is not None


def _find_bsn(text: str) -> Iterator[Finding]:
    for match in _BSN_NINE.finditer(text):
        if passes_elfproef(_only_digits(match.group())):
            yield Finding(IdentifierKind.BSN, match.start(), match.end(), match.group())
    for match in _BSN_EIGHT.finditer(text):
        padded = "0" + _only_digits(match.group())
        if passes_elfproef(padded) and _keyword_near(text, match.start(), match.end()):
            yield Finding(IdentifierKind.BSN, match.start(), match.end(), match.group())


# --- e-mail ----------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.%+\-])[\w%+\-](?:[\w.%+\-]*[\w%+\-])?"
    r"@[^\W_](?:[\w\-]*[^\W_])?(?:\.[^\W_](?:[\w\-]*[^\W_])?)*\.[^\W\d_]{2,}\b"
)


def _find_email(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        yield Finding(IdentifierKind.EMAIL, match.start(), match.end(), match.group())


# --- telephone -------------------------------------------------------------------------------

# A run of digit groups that could be a phone number; `_phone_spans` decides which part is one.
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+@/,\-])(?<!\d\.)"
    r"(?:(?:\+|00)31[ \-]?(?:\(0\)[ \-]?)?)?"
    r"\(?\d+(?:(?:\)[ \-]?|[ \-.])\d+)*"
)
_COUNTRY_CODE = re.compile(r"^(?:\+|00)31[ \-]?(?:\(0\)[ \-]?)?")
_DIGIT_GROUP = re.compile(r"\d+")
_MAX_PHONE_GROUPS = 6
_PHONE_OPENINGS = ("0", "(0", "+31")


def _valid_phone(candidate: str) -> bool:
    """Is this exact text a Dutch phone number as people write them?"""
    if candidate.count("(") != candidate.count(")"):
        return False
    country = _COUNTRY_CODE.match(candidate)
    rest = candidate[country.end() :] if country else candidate
    separators = re.sub(r"[\d()]", "", rest)
    groups = _DIGIT_GROUP.findall(rest)
    # A phone number has at most one hyphen or dot (after the area code), unless it is written
    # in pairs (06-12-34-56-78); dates like 03-03-2012 fail here.
    hyphens_or_dots = sum(separators.count(s) for s in "-.")
    pairs = all(len(g) == 2 for g in groups[1:])
    if hyphens_or_dots > 1 and not pairs:
        return False
    digits = "".join(groups)
    if country:
        if len(digits) == 10 and digits.startswith("0"):  # "+31 06 ..." is a common slip
            digits = digits[1:]
        return len(digits) == 9 and digits[0] != "0"
    return len(digits) == 10 and digits[0] == "0" and digits[1] != "0"


def _phone_spans(candidate: str) -> Iterator[tuple[int, int]]:
    """Longest valid phone numbers inside a candidate run, left to right.

    A number starts at the beginning of the run or after a space, and spans at most
    `_MAX_PHONE_GROUPS` digit groups ("+31 (0)6 12 34 56 78" has five after the country code).
    """
    country = _COUNTRY_CODE.match(candidate)
    groups = list(_DIGIT_GROUP.finditer(candidate, country.end() if country else 0))
    position = 0
    for index, group in enumerate(groups):
        start = 0 if index == 0 else group.start()
        if start < position or (index > 0 and candidate[start - 1] != " "):
            continue
        if not candidate.startswith(_PHONE_OPENINGS, start):
            continue
        window = groups[index : index + _MAX_PHONE_GROUPS]
        digit_counts = list(itertools.accumulate(len(g.group()) for g in window))
        for last, digit_count in reversed(list(zip(window, digit_counts, strict=True))):
            if digit_count in (9, 10) and _valid_phone(candidate[start : last.end()]):
                yield start, last.end()
                position = last.end()
                break


def _find_phone(text: str) -> Iterator[Finding]:
    for match in _PHONE_CANDIDATE.finditer(text):
        if len(_only_digits(match.group())) < 9:
            continue
        for start, end in _phone_spans(match.group()):
            if end == len(match.group()) and re.match(r"\w", text[match.end() : match.end() + 1]):
                continue
            first, last = match.start() + start, match.start() + end
            yield Finding(IdentifierKind.TELEFOON, first, last, text[first:last])


# --- postcode and house number ---------------------------------------------------------------

# Letter pairs never used (SA, SD, SS) or common abbreviations in this domain (JR, OM, ...)
# that would otherwise turn "in 2025 JR 3 keer" into an address.
_NOT_POSTCODE_LETTERS = "SA|SD|SS|JR|OM|GW|JB|PB|TM|VT|GI"
_POSTCODE = rf"[1-9]\d{{3}} ?(?!(?:{_NOT_POSTCODE_LETTERS})\b)[A-Z]{{2}}(?![\w])"
_HOUSE_NUMBER = r"\d{1,5}(?:-\d{1,4}(?!\d)|(?: ?- ?[IVX]{1,4}|[a-zA-Z]{1,3}| [A-Z])(?!\w))?"
_STREET = (
    r"[A-Z][\w'\-]*(?:straat|weg|laan|plein|kade|dijk|gracht|singel|steeg|dreef|hof|park"
    r"|ring|markt|dam)"
)
_ADDRESS = re.compile(
    rf"(?<![\w\-])(?:"
    rf"{_POSTCODE}[ ,]{{1,3}}(?:nr\.? ?|huisnummer )?{_HOUSE_NUMBER}(?![\d,.\-]\d)"
    rf"|{_STREET} {{1,2}}{_HOUSE_NUMBER}(?!\d)(?:,? {{1,2}}{_POSTCODE})?"
    rf"|{_HOUSE_NUMBER},? {{1,2}}{_POSTCODE}"
    rf")"
)


def _find_address(text: str) -> Iterator[Finding]:
    for match in _ADDRESS.finditer(text):
        yield Finding(IdentifierKind.POSTCODE_HUISNUMMER, match.start(), match.end(), match.group())


# --- date of birth ---------------------------------------------------------------------------

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec"
)
_DATE = (
    rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}} (?:{_MONTHS})\.? \d{{4}}"
)
_DOB_KEYWORD = (
    r"geboren|geb\.?(?: ?datum)?|geboortedatum|geboortedag|d\.o\.b\.?|dob|date of birth"
    r"|born(?: on)?"
)
_DATE_OF_BIRTH = re.compile(
    rf"(?<!\w)(?:{_DOB_KEYWORD})(?!\w)[ \t]*[:=]?[ \t]*(?:op[ \t]+)?"
    rf"(?P<date>{_DATE})(?!\w|[-/.]\d)",
    re.IGNORECASE,
)


def _find_date_of_birth(text: str) -> Iterator[Finding]:
    for match in _DATE_OF_BIRTH.finditer(text):
        start, end = match.span("date")
        yield Finding(IdentifierKind.GEBOORTEDATUM, start, end, match.group("date"))


# --- public API ------------------------------------------------------------------------------

# When two findings overlap the longer wins; on equal length this order decides.
_PRIORITY = (
    IdentifierKind.EMAIL,
    IdentifierKind.TELEFOON,
    IdentifierKind.BSN,
    IdentifierKind.GEBOORTEDATUM,
    IdentifierKind.POSTCODE_HUISNUMMER,
)


def find_identifiers(text: str) -> list[Finding]:
    """All suspected identifiers in `text`, non-overlapping, in order of appearance."""
    candidates = [
        *_find_email(text),
        *_find_phone(text),
        *_find_bsn(text),
        *_find_date_of_birth(text),
        *_find_address(text),
    ]
    candidates.sort(key=lambda f: (f.start - f.end, _PRIORITY.index(f.kind), f.start))
    starts: list[int] = []  # starts and ends of the chosen findings, sorted by start
    ends: list[int] = []
    chosen: dict[int, Finding] = {}
    for candidate in candidates:
        index = bisect.bisect_right(starts, candidate.start)
        overlaps_before = index > 0 and ends[index - 1] > candidate.start
        overlaps_after = index < len(starts) and starts[index] < candidate.end
        if not (overlaps_before or overlaps_after):
            starts.insert(index, candidate.start)
            ends.insert(index, candidate.end)
            chosen[candidate.start] = candidate
    return [chosen[start] for start in starts]


def redact(text: str) -> str:
    """Replace every suspected identifier by `REDACTED` until none is left.

    Every finding contains a digit or an "@" and the placeholder contains neither, so each
    round strictly removes some; the loop ends.
    """
    findings = find_identifiers(text)
    while findings:
        for finding in reversed(findings):
            text = text[: finding.start] + REDACTED + text[finding.end :]
        findings = find_identifiers(text)
    return text


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _SHOWN_TEXT_LIMIT:
        return flat[: _SHOWN_TEXT_LIMIT - 1] + "…"
    return flat


def _join_dutch(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]


def warning_text(findings: Sequence[Finding]) -> str:
    """A Dutch warning for the user, or "" when there is nothing to warn about.

    Example: "Let op: dit lijkt een BSN (123.456.782). Gebruik liever initialen of de
    zaakreferentie."
    """
    if not findings:
        return ""
    shown = [f"een {f.label} ({_shown(f.text)})" for f in findings[:_MAX_SHOWN_IN_WARNING]]
    hidden = len(findings) - len(shown)
    if hidden:
        shown.append(
            f"nog {hidden} ander{'e' if hidden > 1 else ''} gegeven{'s' if hidden > 1 else ''}"
        )
    advice: list[str] = []
    for finding in findings:
        if finding.kind.advice not in advice:
            advice.append(finding.kind.advice)
    return f"Let op: dit lijkt {_join_dutch(shown)}. " + " ".join(advice)
