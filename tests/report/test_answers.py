"""Stored answer values read as the checklist words them (choice labels, Dutch dates)."""

from __future__ import annotations

from jbn_selfscan.domain.checklist import shipped_checklist
from jbn_selfscan.domain.merged import ChecklistItemText, ChecklistRef, MergedGesprek
from jbn_selfscan.domain.types import Theme
from jbn_selfscan.report.answers import AnswerTexts


def _with_checklist(doc: MergedGesprek, checklist: ChecklistRef) -> MergedGesprek:
    return doc.model_copy(update={"checklist": checklist})


def test_choice_values_show_their_label_from_the_shipped_checklist(
    caseload_doc: MergedGesprek,
) -> None:
    checklist = shipped_checklist()
    answers = AnswerTexts(_with_checklist(caseload_doc, checklist.as_ref()))
    shown = 0
    for item in checklist.items:
        for choice in item.choices or ():
            assert answers.answer(item.id, choice.value) == choice.label
            shown += 1
    assert shown > 50
    contact = next(i for i in checklist.items if i.choice("contactpersoon") is not None)
    assert answers.answer(contact.id, "contactpersoon").startswith("Nee, alleen een vaste")


def test_dates_and_numbers_read_dutch_and_unknown_values_stay_as_typed(
    caseload_doc: MergedGesprek,
) -> None:
    ref = ChecklistRef(
        id="eigen-checklist",
        versie=7,
        titel="Niet meegeleverd",
        items=(
            ChecklistItemText(
                id="d", thema=Theme.PVA_STATUS, vraag="Wanneer?", antwoordtype="datum"
            ),
            ChecklistItemText(
                id="g", thema=Theme.PVA_STATUS, vraag="Hoeveel?", antwoordtype="getal"
            ),
            ChecklistItemText(id="k", thema=Theme.PVA_STATUS, vraag="Welke?", antwoordtype="keuze"),
            ChecklistItemText(id="t", thema=Theme.PVA_STATUS, vraag="Wat?", antwoordtype="tekst"),
        ),
    )
    answers = AnswerTexts(_with_checklist(caseload_doc, ref))
    assert answers.answer("d", "2026-02-27") == "27-02-2026"
    assert answers.answer("d", "27 feb") == "27 feb"  # not a stored date: shown as it is
    assert answers.answer("g", "3.5") == "3,5"
    assert answers.answer("t", "2026-02-27 gebeld") == "2026-02-27 gebeld"  # typed text
    # A checklist this installation does not ship: the label from the sender's verdict.
    assert answers.answer("k", "nee", "antwoord: Nee, maar wel nodig; toelichting ontbreekt") == (
        "Nee, maar wel nodig"
    )
    assert answers.answer("k", "nee", "volgens antwoord") == "nee"
    assert answers.answer("onbekend", "x") == "x"


def test_the_verdict_does_not_repeat_the_answer_shown_beside_it() -> None:
    verdict = AnswerTexts.verdict
    assert verdict("antwoord: Deels", answer_shown=True) == ""
    assert verdict("antwoord: Deels; toelichting ontbreekt", answer_shown=True) == (
        "toelichting ontbreekt"
    )
    assert verdict("ingevuld: 12-01-2026; toelichting ontbreekt", answer_shown=True) == (
        "toelichting ontbreekt"
    )
    assert verdict("te laat gedaan (2 werkdagen na de termijn)", answer_shown=True) == (
        "te laat gedaan (2 werkdagen na de termijn)"
    )
    assert verdict("antwoord: Deels", answer_shown=False) == "antwoord: Deels"
