"""Identifier guard: spot direct identifiers in free text before it is saved or exported.

The zelfscan identifies a client by case reference and initials only. Workers still paste a
BSN, a phone number or an address into a toelichting now and then; this module finds those so
the UI can warn ("Let op: dit lijkt een BSN ...") and the exchange layer can redact them.

It recognises the spellings people use: look-alike characters (non-breaking spaces, en dashes,
a fullwidth "@"), grouped or glued numbers ("BSN:123-456-782"), Belgian and German phone
numbers, e-mail written as "jan(at)example.nl", a street and house number without postcode, and
a date of birth written out ("geboren op zaterdag 1e februari '15") or marked with "°" or "*".
The probe it is measured against is tests/domain/data/guard_probe.txt; the ordinary texts it
must leave alone (a date with a time, a bulleted list of dates, ...) are in
tests/domain/data/guard_clean_probe.txt.

Detection is deliberately conservative about ordinary text: amounts, plain dates and case
references ("OTS-2024-0153", "zaak 24-0153") are not flagged. It is a warning aid, not a
guarantee: a name written in full is not recognised.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

REDACTED = "[verwijderd: mogelijk identificerend gegeven]"
SHORT_REDACTED = "[verwijderd]"  # for short fields: names, team, region

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


# --- normalisation ---------------------------------------------------------------------------

# Look-alike characters people (or their word processor) type, each mapped to the one the
# patterns expect. Every replacement is one character for one, so offsets stay valid.
_LOOK_ALIKES = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\uff0d": "-",  # fullwidth hyphen-minus
        "\uff20": "@",  # fullwidth commercial at
        "\u2018": "'",
        "\u2019": "'",
    }
)


def _normalised(text: str) -> str:
    return text.translate(_LOOK_ALIKES)


# --- BSN -------------------------------------------------------------------------------------

# Nine digits in groups of two or more, with one kind of separator (space, dot or hyphen).
_BSN_NINE = re.compile(
    r"(?<![\w@+€])(?<!\d[.,-])(?<!€ )"
    r"\d\d+(?:(?P<sep>[. -])\d\d+(?:(?P=sep)\d\d+){0,3})?"
    r"(?!\w)(?![.,-]?\d)"
)
_BSN_KEYWORD_TEXT = r"bsn|burger\s?service-?\s?nummer|sofi-?\s?nummer|persoonsnummer"
_BSN_KEYWORD = re.compile(rf"(?<![^\W\d_])(?:{_BSN_KEYWORD_TEXT})(?![^\W\d_])", re.IGNORECASE)
# A number right after the keyword, glued or with any punctuation: "BSN:123456782", "BSN#…".
_BSN_AFTER_KEYWORD = re.compile(
    rf"(?<![^\W\d_])(?:{_BSN_KEYWORD_TEXT})(?:[ -]?(?:nr|nummer)\b\.?)?[\s:=#./-]*"
    r"(?P<number>\d(?:[ .-]?\d){7,8})(?![.,-]?\d)",
    re.IGNORECASE,
)
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


def _bsn_digits_valid(digits: str, keyword: bool) -> bool:
    if len(digits) == 9:
        return passes_elfproef(digits)
    return keyword and len(digits) == 8 and passes_elfproef("0" + digits)


_WRITTEN_DATE = re.compile(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})")


def _is_written_date(candidate: str) -> bool:
    """'03-03-2012' or '03 03 2012' is a date, not an 8-digit BSN, even with "BSN" nearby."""
    found = _WRITTEN_DATE.fullmatch(candidate.strip())
    return found is not None and _plausible_date(*found.groups())


def _plausible_date(day: str, month: str, year: str) -> bool:
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31 and 1900 <= int(year) <= 2100


def _find_bsn(text: str) -> Iterator[Finding]:
    for match in _BSN_NINE.finditer(text):
        if _is_written_date(match.group()):
            continue
        digits = _only_digits(match.group())
        if len(digits) in (8, 9) and _bsn_digits_valid(
            digits, len(digits) == 8 and _keyword_near(text, match.start(), match.end())
        ):
            yield Finding(IdentifierKind.BSN, match.start(), match.end(), match.group())
    for match in _BSN_AFTER_KEYWORD.finditer(text):
        start, end = match.span("number")
        if _bsn_digits_valid(_only_digits(match.group("number")), keyword=True):
            yield Finding(IdentifierKind.BSN, start, end, text[start:end])


# --- e-mail ----------------------------------------------------------------------------------

_LOCAL_PART = r"(?<![\w.%+\-])[\w%+\-](?:[\w.%+\-]*[\w%+\-])?"
_DOMAIN_LABEL = r"[^\W_](?:[\w\-]*[^\W_])?"
_EMAIL = re.compile(rf"{_LOCAL_PART}@{_DOMAIN_LABEL}(?:\.{_DOMAIN_LABEL})*\.[^\W\d_]{{2,}}\b")
# Written around spam filters: "jan(at)example.nl", "jan @ example .nl", "jan at example dot
# com". Only with a top-level domain people use here, so ordinary prose does not match.
_KNOWN_TLD = r"nl|be|de|com|org|net|eu|info|nu|frl|uk|fr|io|amsterdam|email"
_AT = r"(?: ?@ ?| ?[(\[{](?:at|a|apenstaartje)[)\]}] ?| (?:at|apenstaartje) )"
_DOT = r"(?: ?\. ?| ?[(\[{](?:dot|punt)[)\]}] ?| (?:dot|punt) )"
_EMAIL_SPELLED = re.compile(
    rf"{_LOCAL_PART}{_AT}{_DOMAIN_LABEL}(?:{_DOT}{_DOMAIN_LABEL})*?{_DOT}(?:{_KNOWN_TLD})(?!\w)",
    re.IGNORECASE,
)


def _find_email(text: str) -> Iterator[Finding]:
    for pattern in (_EMAIL, _EMAIL_SPELLED):
        for match in pattern.finditer(text):
            yield Finding(IdentifierKind.EMAIL, match.start(), match.end(), match.group())


# --- telephone -------------------------------------------------------------------------------

# A run of digit groups that could be a phone number; `_phone_spans` decides which part is one.
_PHONE_SEPARATOR = r"(?:\)(?: ?[-/] ?| )?| ?[-/] ?|[ .])"
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+@/,\-])(?<!\d\.)"
    r"(?:(?:\+ ?|00 ?)(?:31|32|49)[ \-]?(?:\(0\)[ \-]?)?)?"
    rf"\(?\d+(?:{_PHONE_SEPARATOR}\(?\d+)*"
)
# Country codes of the Netherlands, Belgium and Germany, with the national number lengths
# (after the trunk zero) they allow.
_COUNTRY_CODE = re.compile(r"^(?:\+ ?|00 ?)(?P<cc>31|32|49)[ \-]?(?:\(0\)[ \-]?)?")
_NATIONAL_LENGTHS = {"31": (9,), "32": (8, 9), "49": tuple(range(6, 12))}
_DIGIT_GROUP = re.compile(r"\d+")
_MAX_PHONE_GROUPS = 8
# A date inside a run of digit groups ("03 03 2025 10:30"): its groups are never part of a
# phone number, or the day, month, year and hour would read as one.
_DATE_IN_RUN = re.compile(r"(\d{1,2})(?P<sep>[ .\-/])(\d{1,2})(?P=sep)(\d{4})(?!\d)")


def _valid_phone(candidate: str) -> bool:
    """Is this exact text a phone number as people write them (NL, BE, DE)?"""
    country = _COUNTRY_CODE.match(candidate)
    rest = candidate[country.end() :] if country else candidate
    if rest.count("(") != rest.count(")"):
        return False
    separators = re.sub(r"[\d()]", "", rest)
    groups = _DIGIT_GROUP.findall(rest)
    if separators.count("/") > 1:
        return False
    # At most one hyphen or dot (after the area code), unless the rest is written in groups
    # of two or three (06-12-34-56-78, 02/123.45.67); dates like 03-03-2012 fail here.
    hyphens_or_dots = sum(separators.count(s) for s in "-.")
    grouped = all(2 <= len(g) <= 3 for g in groups[1:])
    if hyphens_or_dots > 1 and not grouped:
        return False
    digits = "".join(groups)
    if country:
        national = digits[1:] if digits.startswith("0") else digits
        return (
            national[:1] not in ("", "0")
            and len(national) in _NATIONAL_LENGTHS[country.group("cc")]
        )
    if not digits.startswith("0") or digits[1:2] in ("", "0"):
        return False
    if len(digits) == 10:
        return True
    if len(digits) == 9:  # Belgian area numbers: 09 123 45 67, 02/123.45.67
        return len(groups) >= 3 or "/" in separators
    return len(digits) in (11, 12) and len(groups) <= 2  # German: 0421 1234567


def _phone_spans(candidate: str) -> Iterator[tuple[int, int]]:
    """Longest valid phone numbers inside a candidate run, left to right.

    A number starts at the beginning of the run or after a space (or its opening
    parenthesis), and spans at most `_MAX_PHONE_GROUPS` digit groups.
    """
    country = _COUNTRY_CODE.match(candidate)
    groups = list(_DIGIT_GROUP.finditer(candidate))
    position = 0
    for index, group in enumerate(groups):
        start = 0 if index == 0 else group.start()
        if index > 0 and candidate[start - 1] == "(":
            start -= 1
        if start < position:
            continue
        date = _DATE_IN_RUN.match(candidate, group.start())
        if date is not None and _plausible_date(*date.group(1, 3, 4)):
            position = date.end()
            continue
        if index > 0 and candidate[start - 1] != " ":
            continue
        if not (country and start == 0) and not candidate.startswith(("0", "(0"), start):
            continue
        for last in reversed(groups[index : index + _MAX_PHONE_GROUPS]):
            if len(_only_digits(candidate[start : last.end()])) >= 8 and _valid_phone(
                candidate[start : last.end()]
            ):
                yield start, last.end()
                position = last.end()
                break


def _find_phone(text: str) -> Iterator[Finding]:
    for match in _PHONE_CANDIDATE.finditer(text):
        if len(_only_digits(match.group())) < 8:
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
# A lowercase postcode ("9712ab") must not be a number and a Dutch word: "in 2025 is 3 keer".
_NOT_POSTCODE_WORDS = (
    "aa|af|al|as|at|bv|ca|da|de|di|do|en|er|ex|ga|ha|he|hé|ik|in|is|je|ja|jr|ka|ma|me|mn|na|ne"
    "|nl|nr|nu|of|oh|ok|om|on|oo|op|pa|pb|re|sa|sd|ss|st|ta|te|to|tv|uw|vs|wa|we|wo|za|ze|zo|zu"
)
_POSTCODE = (
    rf"[1-9]\d{{3}} ?(?:(?!(?:{_NOT_POSTCODE_LETTERS})\b)[A-Z]{{2}}"
    rf"|(?!(?:{_NOT_POSTCODE_WORDS})\b)[a-z]{{2}})(?![\w])"
)
_POSTCODE_UPPER = rf"[1-9]\d{{3}} ?(?!(?:{_NOT_POSTCODE_LETTERS})\b)[A-Z]{{2}}(?![\w])"
_HOUSE_NUMBER = r"\d{1,5}(?:-\d{1,4}(?!\d)|(?: ?- ?[IVX]{1,4}|[a-zA-Z]{1,3}| [A-Z])(?!\w))?"
# Not a house number but a count: "Tijdpad 3 maanden".
_NOT_A_COUNT = (
    r"(?! ?(?:maanden|maand|weken|week|dagen|dag|jaar|jaren|keer|uur|uren|kinderen|jongeren"
    r"|gezinnen|zaken|cliënten|gesprekken|punten|acties|afspraken|x|%)(?!\w))"
)
# Words that end like a street but are not one ("Gerechtshof 12 december", "Veendam 2").
_NOT_A_STREET = (
    r"(?!(?:Gerechtshof|Amsterdam|Rotterdam|Schiedam|Zaandam|Appingedam|Veendam|Edam|Volendam"
    r"|Monnickendam|Spaarndam)\b)"
)
_STREET_SUFFIX = (
    r"straat|straatweg|weg|laan|plein|kade|dijk|gracht|singel|steeg|dreef|hof|park|markt|dam"
    r"|diep|pad|plantsoen|wal|boulevard|vaart"
)
_STREET = (
    rf"(?:{_NOT_A_STREET}[A-Z][\w'\-]*(?:{_STREET_SUFFIX})(?:-[A-Z][a-z]+)?"
    r"|(?<![\w-])[a-z][a-z'\-]*(?:straat|laan|plein|gracht|singel|dreef|diep)"
    r"|(?:Grote |Kleine |Oude |Nieuwe )?(?:Brink|Singel|Markt|Vaart|Wal|Dam|Kade)"
    r"(?: [NOWZ]Z)?"
    r"|Laan (?:van |der |de |den |het ){1,2}[A-Z][\w'\-]+)"
)
_ADDRESS = re.compile(
    rf"(?<![\w\-])(?:"
    rf"{_POSTCODE}[ ,]{{1,3}}(?:nr\.? ?|huisnummer )?{_HOUSE_NUMBER}(?![\d,.\-]\d){_NOT_A_COUNT}"
    rf"|{_POSTCODE_UPPER} [A-Z][a-z\-]+(?:,? (?:nr\.?|huisnummer) ?{_HOUSE_NUMBER})?"
    rf"|{_STREET} {{1,2}}{_HOUSE_NUMBER}(?!\d){_NOT_A_COUNT}(?:,? {{1,2}}{_POSTCODE})?"
    rf"|{_HOUSE_NUMBER},? {{1,2}}{_POSTCODE}"
    rf")"
)


def _find_address(text: str) -> Iterator[Finding]:
    for match in _ADDRESS.finditer(text):
        yield Finding(IdentifierKind.POSTCODE_HUISNUMMER, match.start(), match.end(), match.group())


# --- date of birth ---------------------------------------------------------------------------

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|jan|febr?|mrt|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec"
)
_YEAR = r"(?:\d{4}|'\d{2})"
_DAY = r"\d{1,2}(?:e|ste|de)?"
_DATE = (
    rf"\d{{1,2}} ?[-/.] ?\d{{1,2}} ?[-/.] ?(?:\d{{4}}|'?\d{{2}})"
    rf"|\d{{1,2}} \d{{1,2}} (?:\d{{4}}|'\d{{2}})"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|{_DAY}[ -](?:{_MONTHS})\.?,?[ -]{_YEAR}"
    rf"|(?:{_MONTHS})\.? \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} [IVX]{{1,4}} \d{{4}}"
    rf"|\d(?:e|ste|de) (?:kerstdag|paasdag|pinksterdag) \d{{4}}"
)
_DOB_KEYWORD = (
    r"geboren|geb\.?(?: ?dat(?:um|\.)?)?|gebdat|geboortedatum|geboortedag|datum geboorte"
    r"|d\.d\. geboorte|verjaardag|d\.o\.b\.?|dob|date of birth|born(?: on)?"
)
# Between the keyword and the date: at most a few words on the same sentence ("geboren in
# Groningen op", "geboren op zaterdag"), or a line break.
_DOB_GAP = r"[^\d.!?;]{0,28}?"
_DATE_OF_BIRTH = re.compile(
    rf"(?:(?<!\w)(?:{_DOB_KEYWORD})(?![^\W\d_]){_DOB_GAP}|°[ \t]?)"
    rf"(?P<date>{_DATE})(?!\w|[-/.]\d)",
    re.IGNORECASE,
)


# A "*" marks a date of birth as in a family tree: "Noor (* 03-03-2012)", "*12-11-2010".
_STARRED_DATE = re.compile(
    rf"(?<![\w*])\*[ \t]?(?P<date>{_DATE})(?!\w|[-/.]\d)",
    re.IGNORECASE,
)


_BULLET_LINE = re.compile(r"[ \t]*[*\-•][ \t]")


def _is_bullet(text: str, star: int, date_end: int) -> bool:
    """Is this "*" a list bullet ("* 03-03-2025 huisbezoek") rather than a birth mark?

    A bullet starts its line and is followed by a space, and its date has words after it on
    the line or a bulleted line next to it (a list of dates). A date alone on a bulleted line
    still counts as a date of birth ("Noor" and on the next line "* 03-03-2012").
    """
    line_start = star
    while line_start > 0 and text[line_start - 1] in " \t":
        line_start -= 1
    starts_line = line_start == 0 or text[line_start - 1] == "\n"
    if not starts_line or text[star + 1 : star + 2] not in (" ", "\t"):
        return False
    line_end = _line_end(text, date_end)
    if any(character.isalnum() for character in text[date_end:line_end]):
        return True
    previous = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start]
    following = text[line_end + 1 : _line_end(text, line_end + 1)]
    return any(_BULLET_LINE.match(line) for line in (previous, following) if line)


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _find_date_of_birth(text: str) -> Iterator[Finding]:
    for match in _DATE_OF_BIRTH.finditer(text):
        start, end = match.span("date")
        yield Finding(IdentifierKind.GEBOORTEDATUM, start, end, match.group("date"))
    for match in _STARRED_DATE.finditer(text):
        start, end = match.span("date")
        if not _is_bullet(text, match.start(), end):
            yield Finding(IdentifierKind.GEBOORTEDATUM, start, end, match.group("date"))


# --- public API ------------------------------------------------------------------------------

# When two findings overlap the longer wins; on equal length this order decides.
_PRIORITY = (
    IdentifierKind.EMAIL,
    IdentifierKind.BSN,
    IdentifierKind.TELEFOON,
    IdentifierKind.GEBOORTEDATUM,
    IdentifierKind.POSTCODE_HUISNUMMER,
)


def find_identifiers(text: str) -> list[Finding]:
    """All suspected identifiers in `text`, non-overlapping, in order of appearance."""
    source, text = text, _normalised(text)
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
    return [
        Finding(found.kind, found.start, found.end, source[found.start : found.end])
        for found in (chosen[start] for start in starts)
    ]


def redact(text: str, placeholder: str = REDACTED) -> str:
    """Replace every suspected identifier by `placeholder` until none is left.

    Every finding holds a digit, an "@" or a spelled-out "at" sign, and no pattern can match
    inside a placeholder without digits or "@" (such as `REDACTED` or `SHORT_REDACTED`), so
    each round strictly removes some of the original text; the loop ends.
    """
    findings = find_identifiers(text)
    while findings:
        for finding in reversed(findings):
            text = text[: finding.start] + placeholder + text[finding.end :]
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
