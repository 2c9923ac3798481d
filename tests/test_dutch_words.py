"""Counted words read as Dutch: "1 afspraak, 1 actie", never "actie(s)"."""

from __future__ import annotations

import re
from pathlib import Path

import jbn_selfscan
from jbn_selfscan.domain.dutch_dates import plural
from jbn_selfscan.domain.dutch_words import as_sentence

# a counted noun with a bracketed plural ending inside a user-facing string: "zelfscan(s)"
_BRACKET_PLURAL = re.compile(r"\}\s\w+\((s|en)\)")
# left for their own layers: the database check, the self-test and the checklist-schema messages
_NOT_YET = {"store/health.py", "cli/self_test.py", "domain/checklist_schema.py"}


def test_plural_picks_singular_or_plural() -> None:
    assert plural(1, "afspraak", "afspraken") == "1 afspraak"
    assert plural(0, "actie", "acties") == "0 acties"
    assert plural(5, "zelfscan gaat", "zelfscans gaan") == "5 zelfscans gaan"


def test_no_counted_word_with_a_bracketed_plural() -> None:
    root = Path(jbn_selfscan.__file__).parent
    found = [
        f"{path.relative_to(root)}: {match.group(0)}"
        for path in root.rglob("*.py")
        if path.relative_to(root).as_posix() not in _NOT_YET
        for match in _BRACKET_PLURAL.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_as_sentence_capitalises_and_closes() -> None:
    assert as_sentence("vul een zaakreferentie in") == "Vul een zaakreferentie in."
    assert as_sentence("Klopt dit?") == "Klopt dit?"
    assert as_sentence("") == ""
