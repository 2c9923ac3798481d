"""Answers as the worker chose them in the checklist, for the werkversie.

A merged file stores an answer as its value ("nee", "2026-02-27", "3.5"); the PDF shows what
the worker saw: the label of the choice ("Nee, alleen een vaste contactpersoon van het CCP of
CRT"), a Dutch date and a decimal comma. Choice labels come from the shipped checklist of the
file's id and version; for a version this installation does not ship, the label is read from
the verdict's reason ("antwoord: <label>", written by the sender's app), else the value shows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from jbn_selfscan.domain.answer_words import answer_words
from jbn_selfscan.domain.checklist import shipped_checklist_version
from jbn_selfscan.domain.merged import ChecklistItemText, MergedGesprek

# The reason of a choice verdict starts with the chosen label (domain.evaluation).
CHOICE_REASON_PREFIX = "antwoord: "
# Parts of a verdict's reason that only repeat the answer shown next to it.
_FILLED_IN = re.compile(r"ingevuld(?::.*)?")
_REASON_SEPARATOR = "; "


class AnswerTexts:
    """Shows stored answer values of one merged file as the checklist words them."""

    def __init__(self, doc: MergedGesprek) -> None:
        self._items: Mapping[str, ChecklistItemText] = {
            item.id: item for item in doc.checklist.items
        }
        checklist = shipped_checklist_version(doc.checklist.id, doc.checklist.versie)
        self._labels: dict[str, dict[str, str]] = {}
        if checklist is not None:
            for item in checklist.items:
                if item.choices:
                    self._labels[item.id] = {c.value: c.label for c in item.choices}

    def answer(self, item_id: str, value: str, reason: str = "") -> str:
        """The answer as the worker chose it: choice label, dd-mm-jjjj, 3,5 or the text."""
        item = self._items.get(item_id)
        kind = item.antwoordtype if item is not None else ""
        label = None
        if kind == "keuze":
            label = (
                self._labels.get(item_id, {}).get(value.strip())
                or _label_from_reason(reason)
                or None
            )
        return answer_words(kind, value, label)

    @staticmethod
    def verdict(reason: str, answer_shown: bool) -> str:
        """The reason without the parts that repeat the answer ('antwoord: Deels',
        'ingevuld: 12-01-2026') when the answer is shown next to it."""
        if not answer_shown:
            return reason
        parts = [part for part in reason.split(_REASON_SEPARATOR) if not _repeats(part)]
        return _REASON_SEPARATOR.join(parts)


def _repeats(part: str) -> bool:
    text = part.strip()
    return text.startswith(CHOICE_REASON_PREFIX) or _FILLED_IN.fullmatch(text) is not None


def _label_from_reason(reason: str) -> str:
    first = reason.split(_REASON_SEPARATOR, 1)[0].strip()
    return (
        first[len(CHOICE_REASON_PREFIX) :].strip() if first.startswith(CHOICE_REASON_PREFIX) else ""
    )
