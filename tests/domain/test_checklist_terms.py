"""JBN's terms live in the checklist (`termijnen`): validation in Dutch, the deadline engine
reads them, and the voogdij contact norm counts contacts (dates worked out by hand)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from jbn_selfscan.domain.checklist import (
    APP_TERMS,
    ChecklistError,
    load_checklist_text,
    shipped_checklist,
)
from jbn_selfscan.domain.deadlines import (
    RULES,
    StepDates,
    bron_of,
    compute_deadlines,
    rules_for,
)
from jbn_selfscan.domain.types import Bron, DeadlineState, Maatregel, Unit

D = dt.date

DATE_ITEM: dict[str, Any] = {
    "id": "laatste_contact",
    "theme": "contactfrequentie",
    "question": "Wanneer was het laatste contact?",
    "help": "Op orde: recent.",
    "answer_type": "datum",
}
LIJ: dict[str, Any] = {
    "id": "lij_actueel",
    "stap": "risicotaxatie_actueel",
    "maatregelen": ["JR"],
    "omschrijving": "risicotaxatie actueel (LIJ)",
    "lengte": 3,
    "eenheid": "maanden",
    "bron": "jbn",
}
MINIMUM: dict[str, Any] = {
    "id": "contact_minimum",
    "omschrijving": "contact minstens elke 3 maanden",
    "lengte": 3,
    "eenheid": "maanden",
    "bron": "jbn",
}


def checklist_text(terms: list[Any], **item_fields: Any) -> str:
    item = {**DATE_ITEM, **item_fields}
    document = {"id": "test", "version": 1, "title": "Test", "termijnen": terms, "items": [item]}
    return json.dumps(document, ensure_ascii=False)


def messages(text: str) -> list[str]:
    with pytest.raises(ChecklistError) as caught:
        load_checklist_text(text, "test.yaml")
    found = [str(problem) for problem in caught.value.problems]
    for message in found:
        for raw in ("Input should", "validation error", "pydantic", "type="):
            assert raw not in message, message
    return found


# ------------------------------------------------------------------------ where terms live


def test_the_app_itself_holds_only_statutory_terms_and_inspection_yardsticks() -> None:
    assert {rule.bron for rule in RULES} <= {Bron.WET, Bron.INSPECTIE}
    pairs = {(rule.stap, m) for rule in RULES for m in rule.maatregelen}
    assert pairs == {(stap, m) for stap, ms in APP_TERMS.items() for m in ms}


def test_every_jbn_term_comes_from_the_shipped_checklist() -> None:
    checklist = shipped_checklist()
    by_id = {term.id: term for term in checklist.terms}
    assert {t.id for t in checklist.terms if t.stap is not None} == {
        "eerste_risicotaxatie",
        "lij_actueel",
        "contact_voogdij",
    }
    assert all(term.bron is Bron.JBN for term in checklist.terms)
    assert (by_id["lij_actueel"].lengte, by_id["lij_actueel"].eenheid) == (3, Unit.MAANDEN)
    voogdij = by_id["contact_voogdij"]
    assert (voogdij.aantal, voogdij.lengte, voogdij.eenheid) == (4, 12, Unit.MAANDEN)
    assert voogdij.describe() == "minstens 4 keer per 12 maanden"
    # the 3-month minimums of the date items are checklist terms too, with their source
    for item_id in ("laatste_contact_jeugdige", "laatste_contact_ouders"):
        term = checklist.item(item_id).termijn
        assert term is not None and (term.lengte, term.bron) == (3, Bron.JBN), item_id
    # every step and maatregel has exactly one term, from the app or from the checklist
    pairs = [(rule.stap, m) for rule in rules_for() for m in rule.maatregelen]
    assert len(pairs) == len(set(pairs))
    assert bron_of("contact_voogdij", Maatregel.VOOGDIJ) is Bron.JBN
    assert bron_of("risicotaxatie_actueel", Maatregel.JR) is Bron.JBN
    assert bron_of("risicotaxatie_actueel", Maatregel.OTS) is Bron.INSPECTIE
    assert bron_of("eerste_pva", Maatregel.JR) is Bron.WET


def test_changing_a_werkafspraak_is_a_checklist_change() -> None:
    # the LIJ every 6 months instead of 3: only the checklist data changes
    text = checklist_text([{**LIJ, "lengte": 6}])
    terms = load_checklist_text(text, "test.yaml").step_terms()
    steps = StepDates(laatste_risicotaxatie=D(2026, 1, 31))
    results = compute_deadlines(Maatregel.JR, D(2025, 6, 2), steps, D(2026, 2, 1), terms=terms)
    lij = next(r for r in results if r.stap == "risicotaxatie_actueel")
    assert lij.deadline == D(2026, 7, 31)  # 31 Jan 2026 + 6 months
    assert lij.omschrijving == "risicotaxatie actueel (LIJ)"
    assert lij.bron is Bron.JBN
    # without the term the checklist sets no LIJ term, and the app has none of its own
    bare = compute_deadlines(Maatregel.JR, D(2025, 6, 2), steps, D(2026, 2, 1), terms=())
    assert "risicotaxatie_actueel" not in {r.stap for r in bare}


def test_a_date_item_judges_its_age_by_the_term_it_names() -> None:
    from jbn_selfscan.domain.evaluation import AnswerInput, evaluate_item

    checklist = load_checklist_text(
        checklist_text([{**MINIMUM, "lengte": 6}], termijn="contact_minimum"), "test.yaml"
    )
    item = checklist.item("laatste_contact")
    today = D(2026, 12, 4)
    recent = evaluate_item(item, AnswerInput("2026-06-04"), today)  # exactly 6 months
    old = evaluate_item(item, AnswerInput("2026-06-03"), today)
    assert recent.reason == "04-06-2026, binnen 6 maanden"
    assert old.reason == "03-06-2026 is langer dan 6 maanden geleden (werkafspraak van JBN)"


# ------------------------------------------------------------------------ validation in Dutch


@pytest.mark.parametrize(
    ("terms", "item_fields", "expected"),
    [
        (
            [{**LIJ, "bron": "wet"}],
            {},
            "termijn lij_actueel: bron: een wettelijke termijn staat in de app zelf",
        ),
        (
            [{**LIJ, "maatregelen": ["OTS"]}],
            {},
            "de termijn van stap 'risicotaxatie_actueel' bij OTS is een wettelijke termijn "
            "of een maatstaf die de app zelf kent",
        ),
        (
            [LIJ, {**LIJ, "id": "nog_een"}],
            {},
            "termijn nog_een: stap 'risicotaxatie_actueel' bij JR heeft al een termijn "
            "(termijn lij_actueel)",
        ),
        ([LIJ, LIJ], {}, "termijn lij_actueel: dit id komt 2 keer voor"),
        ([{**LIJ, "stap": "tweede_lij"}], {}, "stap: onbekende stap 'tweede_lij'"),
        ([{**LIJ, "eenheid": "jaren"}], {}, "eenheid: onbekende waarde 'jaren'"),
        ([{**LIJ, "lengte": 0}], {}, "lengte: moet 1 of hoger zijn"),
        ([{**LIJ, "lengte": "3"}], {}, "lengte: moet een geheel getal zijn"),
        (
            [{**LIJ, "aantal": 2}],
            {},
            "'aantal' kan alleen bij een stap waarvan de app de data telt",
        ),
        (
            [
                {
                    **LIJ,
                    "stap": "contact_voogdij",
                    "maatregelen": ["Voogdij"],
                    "aantal": 4,
                    "eenheid": "weken",
                }
            ],
            {},
            "een termijn met 'aantal' telt in maanden",
        ),
        ([{**MINIMUM, "eenheid": "werkdagen"}], {}, "telt in weken of maanden, niet in werkdagen"),
        ([{**LIJ, "lengtte": 3}], {}, "termijn lij_actueel: onbekend veld 'lengtte' (tikfout?)"),
        ([{k: v for k, v in LIJ.items() if k != "bron"}], {}, "verplicht veld 'bron' ontbreekt"),
        ([MINIMUM], {"termijn": "contact_minimun"}, "onbekende termijn 'contact_minimun'"),
        ([LIJ], {"termijn": "lij_actueel"}, "is de termijn van stap 'risicotaxatie_actueel'"),
        (
            [MINIMUM],
            {"termijn": "contact_minimum", "max_age_months": 3},
            "'max_age_months' en 'termijn' zeggen hetzelfde",
        ),
        ({"lij": LIJ}, {}, "'termijnen' moet een lijst zijn"),
    ],
)
def test_a_wrong_term_gets_a_dutch_message(
    terms: Any, item_fields: dict[str, Any], expected: str
) -> None:
    found = messages(checklist_text(terms, **item_fields))
    assert any(expected in message for message in found), found


def test_a_term_on_a_choice_item_is_refused() -> None:
    text = checklist_text(
        [MINIMUM],
        termijn="contact_minimum",
        answer_type="keuze",
        choices=[
            {"value": "ja", "label": "Ja", "status": "op_orde"},
            {"value": "nee", "label": "Nee", "status": "niet_op_orde"},
        ],
    )
    assert any("'termijn' hoort alleen bij een datum-item" in m for m in messages(text))


# ------------------------------------------------------------------------ voogdij: counting

UITSPRAAK_OUD = D(2019, 5, 6)  # long past its first year
UITSPRAAK_JONG = D(2026, 3, 2)


def _voogdij(
    contacten: tuple[dt.date, ...],
    today: dt.date,
    uitspraak: dt.date = UITSPRAAK_OUD,
    laatste: dt.date | None = None,
    einddatum: dt.date | None = None,
) -> Any:
    steps = StepDates(contacten=contacten, laatste_contact_kind=laatste)
    results = compute_deadlines(Maatregel.VOOGDIJ, uitspraak, steps, today, einddatum=einddatum)
    return next(r for r in results if r.stap == "contact_voogdij")


# (contacts, today, state, deadline, status) worked out by hand:
# a contact on day c counts on the days d with c <= d < c + 12 months; the norm is 4, and in
# the first year after the uitspraak 1 per whole 3 months (pro rata).
COUNT_CASES = [
    # 4 in the last 12 months; the oldest (10 Jan 2026) stops counting on 10 Jan 2027; working
    # days after fri 4 Dec 2026 up to sun 10 Jan 2027: 5 + 5 + 4 (25 Dec) + 4 + 5 (1 Jan) = 23
    (
        (D(2026, 1, 10), D(2026, 4, 2), D(2026, 7, 15), D(2026, 10, 1)),
        D(2026, 12, 4),
        DeadlineState.OPEN,
        D(2027, 1, 10),
        "open — nog 23 werkdagen",
    ),
    # 1 Dec 2025 stopped counting on 1 Dec 2026, so on 4 Dec 2026 4 count and the next one to
    # stop is 10 Jan 2026
    (
        (D(2025, 12, 1), D(2026, 1, 10), D(2026, 4, 2), D(2026, 7, 15), D(2026, 10, 1)),
        D(2026, 12, 4),
        DeadlineState.OPEN,
        D(2027, 1, 10),
        "open — nog 23 werkdagen",
    ),
    # only 2 in the last 12 months (3 Mar 2025 no longer counts), below the norm for years:
    # the deadline is at most 12 months back, 4 Dec 2025
    (
        (D(2025, 3, 3), D(2026, 5, 20), D(2026, 9, 8)),
        D(2026, 12, 4),
        DeadlineState.VERLOPEN,
        D(2025, 12, 4),
        "verlopen — 2 contacten in de laatste 12 maanden; norm: minstens 4",
    ),
    # 4 until 2 Nov 2025 stopped counting on 2 Nov 2026: below the norm since that day
    (
        (D(2025, 11, 2), D(2026, 2, 2), D(2026, 6, 1), D(2026, 9, 1)),
        D(2026, 12, 4),
        DeadlineState.VERLOPEN,
        D(2026, 11, 2),
        "verlopen — 3 contacten in de laatste 12 maanden; norm: minstens 4",
    ),
    # the last day: 10 Jan 2026 still counts on 9 Jan 2027 (deadline 10 Jan 2027, a Sunday)
    (
        (D(2026, 1, 10), D(2026, 4, 2), D(2026, 7, 15), D(2026, 10, 1)),
        D(2027, 1, 9),
        DeadlineState.OPEN,
        D(2027, 1, 10),
        "open — nog 0 werkdagen",
    ),
]


@pytest.mark.parametrize(("contacten", "today", "state", "deadline", "status"), COUNT_CASES)
def test_voogdij_counts_contacts_in_the_last_12_months(
    contacten: tuple[dt.date, ...],
    today: dt.date,
    state: DeadlineState,
    deadline: dt.date,
    status: str,
) -> None:
    result = _voogdij(contacten, today)
    assert (result.state, result.deadline, result.status_text) == (state, deadline, status)
    assert result.bron is Bron.JBN


def test_the_explanation_names_the_count_and_the_contact_that_drops_out() -> None:
    contacten = (D(2026, 1, 10), D(2026, 4, 2), D(2026, 7, 15), D(2026, 10, 1))
    result = _voogdij(contacten, D(2026, 12, 4))
    assert result.uitleg.startswith(
        "4 contacten in de laatste 12 maanden (za 10 januari 2026, do 2 april 2026, "
        "wo 15 juli 2026, do 1 oktober 2026); norm: minstens 4 per 12 maanden; het contact van "
        "za 10 januari 2026 telt na 12 maanden niet meer mee → volgende contact uiterlijk "
        "zo 10 januari 2027 (valt op zondag; geen wettelijke termijn: de datum schuift niet op)"
    )
    assert "werkafspraak van JBN" in result.uitleg


def test_the_last_contact_of_the_client_counts_too() -> None:
    contacten = (D(2026, 1, 10), D(2026, 4, 2), D(2026, 7, 15))
    assert _voogdij(contacten, D(2026, 12, 4)).state is DeadlineState.VERLOPEN
    with_last = _voogdij(contacten, D(2026, 12, 4), laatste=D(2026, 11, 30))
    assert with_last.state is DeadlineState.OPEN
    assert with_last.deadline == D(2027, 1, 10)


@pytest.mark.parametrize(
    ("contacten", "today", "state", "deadline", "status"),
    [
        # uitspraak 2 Mar 2026; after 3 months (2 Jun) 1 contact, after 6 (2 Sep) 2, 9 (2 Dec) 3
        ((), D(2026, 5, 1), DeadlineState.OPEN, D(2026, 6, 2), None),
        ((D(2026, 3, 20),), D(2026, 6, 2), DeadlineState.OPEN, D(2026, 9, 2), None),
        (
            (D(2026, 3, 20),),
            D(2026, 9, 3),
            DeadlineState.VERLOPEN,
            D(2026, 9, 2),
            "verlopen — 1 contact sinds de uitspraak; norm: minstens 2",
        ),
        (
            (D(2026, 3, 20), D(2026, 8, 1), D(2026, 11, 4)),
            D(2026, 12, 4),
            DeadlineState.OPEN,
            D(2027, 3, 2),  # at 12 months 4 are needed
            None,
        ),
        # a contact before the uitspraak does not count
        ((D(2026, 2, 27),), D(2026, 6, 3), DeadlineState.VERLOPEN, D(2026, 6, 2), None),
    ],
)
def test_in_the_first_year_the_norm_is_pro_rata(
    contacten: tuple[dt.date, ...],
    today: dt.date,
    state: DeadlineState,
    deadline: dt.date,
    status: str | None,
) -> None:
    # the first row has no contact moments: the gap rule (uitspraak + 3 months) gives the
    # same 2 Jun 2026
    result = _voogdij(contacten, today, uitspraak=UITSPRAAK_JONG)
    assert (result.state, result.deadline) == (state, deadline)
    if status is not None:
        assert result.status_text == status


def test_after_the_einddatum_nothing_is_counted() -> None:
    result = _voogdij((D(2026, 1, 10),), D(2026, 12, 4), einddatum=D(2026, 6, 1))
    assert result.state is DeadlineState.NIET_VAN_TOEPASSING


def test_a_count_below_the_norm_reads_as_verlopen_in_the_scan_and_in_a_document() -> None:
    from jbn_selfscan.domain.cijfers import state_of_status_text
    from jbn_selfscan.domain.evaluation import AnswerInput, evaluate_item
    from jbn_selfscan.domain.types import ItemStatus

    result = _voogdij((D(2025, 3, 3), D(2026, 5, 20), D(2026, 9, 8)), D(2026, 12, 4))
    assert state_of_status_text(result.status_text) is DeadlineState.VERLOPEN
    item = shipped_checklist().item("laatste_contact_jeugdige_voogdij")
    verdict = evaluate_item(
        item,
        AnswerInput("2026-09-08", "gezin verhuisd"),
        D(2026, 12, 4),
        {"contact_voogdij": (result.state, result.status_text)},
    )
    assert verdict.status is ItemStatus.NIET_OP_ORDE
    assert verdict.reason == (
        "termijn verlopen (2 contacten in de laatste 12 maanden; norm: minstens 4)"
    )
