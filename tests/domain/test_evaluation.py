"""Evaluation of a zelfscan: item verdicts, conditions, deadlines, toelichting, themes."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.checklist import Checklist, load_checklist_text, shipped_checklist
from jbn_selfscan.domain.evaluation import (
    AnswerInput,
    Progress,
    ScanEvaluation,
    evaluate_scan,
    months_before,
)
from jbn_selfscan.domain.types import DeadlineState, ItemStatus, Maatregel, Theme

TODAY = dt.date(2026, 5, 20)

CHECKLIST_YAML = textwrap.dedent(
    """\
    id: eval-test
    version: 1
    title: Test
    choice_sets:
      jdn:
        - {value: ja, label: "Ja", status: op_orde}
        - {value: deels, label: "Deels", status: aandacht}
        - {value: nee, label: "Nee", status: niet_op_orde}
        - {value: nvt, label: "Niet van toepassing", status: nvt}
    items:
      - id: kernbesluit
        theme: contactfrequentie
        label: Kernbesluit
        question: Is de contactfrequentie vastgelegd?
        help: Op orde.
        answer_type: keuze
        choices: jdn
        requires_toelichting_when: [aandacht, niet_op_orde, nvt]
      - id: nagekomen
        theme: contactfrequentie
        label: Nagekomen
        question: Is de afspraak nagekomen?
        help: Op orde.
        answer_type: keuze
        choices: jdn
        condition: {item: kernbesluit, in: [ja, deels]}
      - id: laatste_contact
        theme: contactfrequentie
        label: Laatste contact
        question: Wanneer was het laatste contact?
        help: Op orde.
        answer_type: datum
        condition: {item: nagekomen, answered: true}
        max_age_months: 3
      - id: alleen_ots
        theme: contactfrequentie
        label: Alleen OTS
        question: Alleen bij OTS?
        help: Op orde.
        answer_type: keuze
        choices: jdn
        maatregelen: [OTS]
      - id: datum_f2f
        theme: pva_status
        label: Datum 1e F2F
        question: Wanneer was de 1e F2F?
        help: Op orde.
        answer_type: datum
        stap: eerste_f2f
        requires_toelichting_when: [aandacht, niet_op_orde]
      - id: laatste_rt
        theme: pva_status
        label: Laatste risicotaxatie
        question: Wanneer was de laatste risicotaxatie?
        help: Op orde.
        answer_type: datum
        stap: risicotaxatie_actueel
        max_age_months: 3
      - id: aantal
        theme: navolgbaarheid
        label: Aantal
        question: Hoeveel?
        help: Op orde.
        answer_type: getal
        min: 0
        max: 50
      - id: notitie
        theme: navolgbaarheid
        label: Notitie
        question: Notitie?
        help: Op orde.
        answer_type: tekst
      - id: vervolg
        theme: zicht_op_veiligheid
        label: Vervolg
        question: Vervolgvraag die naar een latere vraag kijkt?
        help: Op orde.
        answer_type: keuze
        choices: jdn
        condition: {item: basis, not_in: [nee, nvt]}
      - id: basis
        theme: zicht_op_veiligheid
        label: Basis
        question: Basisvraag?
        help: Op orde.
        answer_type: keuze
        choices: jdn
    """
)


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist_text(CHECKLIST_YAML, "eval-test.yaml")


def evaluate(
    checklist: Checklist,
    answers: Mapping[str, str | tuple[str, str]] | None = None,
    maatregel: Maatregel = Maatregel.OTS,
    states: dict[str, tuple[DeadlineState, str]] | None = None,
) -> ScanEvaluation:
    inputs = {
        item_id: AnswerInput(*value) if isinstance(value, tuple) else AnswerInput(value)
        for item_id, value in (answers or {}).items()
    }
    return evaluate_scan(checklist, maatregel, inputs, TODAY, states or {})


def status_of(evaluation: ScanEvaluation, item_id: str) -> ItemStatus:
    return evaluation.items[item_id].status


# --------------------------------------------------------------------------- keuze, getal, tekst


@pytest.mark.parametrize(
    ("value", "status"),
    [("ja", ItemStatus.OP_ORDE), ("deels", ItemStatus.AANDACHT), ("nee", ItemStatus.NIET_OP_ORDE)],
)
def test_a_choice_gives_the_status_it_maps_to(
    checklist: Checklist, value: str, status: ItemStatus
) -> None:
    result = evaluate(checklist, {"basis": value})
    assert status_of(result, "basis") is status
    assert result.items["basis"].reason.startswith("antwoord: ")


def test_an_nvt_choice_is_nvt(checklist: Checklist) -> None:
    assert status_of(evaluate(checklist, {"basis": "nvt"}), "basis") is ItemStatus.NVT


@pytest.mark.parametrize("value", [None, "", "   "])
def test_no_answer_is_nog_niet_ingevuld(checklist: Checklist, value: str | None) -> None:
    result = evaluate_scan(checklist, Maatregel.OTS, {"basis": AnswerInput(value)}, TODAY)
    assert result.items["basis"].status is ItemStatus.NOG_NIET_INGEVULD
    assert result.items["basis"].reason == "nog niet ingevuld"


@pytest.mark.parametrize(
    ("item_id", "value"),
    [
        ("basis", "misschien"),
        ("datum_f2f", "31-12-2025"),
        ("datum_f2f", "2026-02-30"),
        ("aantal", "veel"),
        ("aantal", "NaN"),
        ("aantal", "Infinity"),
    ],
)
def test_an_invalid_stored_value_needs_attention(
    checklist: Checklist, item_id: str, value: str
) -> None:
    verdict = evaluate(checklist, {item_id: value}).items[item_id]
    assert verdict.status is ItemStatus.AANDACHT
    assert verdict.reason.startswith("ongeldige waarde")


@pytest.mark.parametrize("value", ["12", "12,5", "0", "50"])
def test_numbers_inside_the_range_are_fine(checklist: Checklist, value: str) -> None:
    assert status_of(evaluate(checklist, {"aantal": value}), "aantal") is ItemStatus.OP_ORDE


@pytest.mark.parametrize("value", ["-1", "50.5", "1000"])
def test_numbers_outside_the_range_need_attention(checklist: Checklist, value: str) -> None:
    verdict = evaluate(checklist, {"aantal": value}).items["aantal"]
    assert verdict.status is ItemStatus.AANDACHT
    assert "tussen 0 en 50" in verdict.reason


def test_text_answered_is_op_orde(checklist: Checklist) -> None:
    assert status_of(evaluate(checklist, {"notitie": "besproken"}), "notitie") is ItemStatus.OP_ORDE


# --------------------------------------------------------------------------- conditions


def test_a_follow_up_question_is_hidden_until_the_first_answer_allows_it(
    checklist: Checklist,
) -> None:
    for first, shown in [
        (None, False),
        ("nee", False),
        ("nvt", False),
        ("ja", True),
        ("deels", True),
    ]:
        answers = {} if first is None else {"kernbesluit": first}
        result = evaluate(checklist, answers)
        assert ("nagekomen" in result.visible_item_ids) is shown, first
        assert ("nagekomen" in result.items) is shown, first


def test_a_hidden_item_hides_what_depends_on_it(checklist: Checklist) -> None:
    stale = {"kernbesluit": "nee", "nagekomen": "ja", "laatste_contact": "2026-05-01"}
    result = evaluate(checklist, stale)
    assert "nagekomen" not in result.items
    assert "laatste_contact" not in result.items
    shown = evaluate(checklist, {**stale, "kernbesluit": "ja"})
    assert status_of(shown, "laatste_contact") is ItemStatus.OP_ORDE


def test_answered_condition(checklist: Checklist) -> None:
    result = evaluate(checklist, {"kernbesluit": "ja"})
    assert "laatste_contact" not in result.items
    result = evaluate(checklist, {"kernbesluit": "ja", "nagekomen": "deels"})
    assert "laatste_contact" in result.items


def test_not_in_condition_on_a_later_item(checklist: Checklist) -> None:
    assert "vervolg" not in evaluate(checklist, {}).items
    assert "vervolg" not in evaluate(checklist, {"basis": "nee"}).items
    result = evaluate(checklist, {"basis": "deels"})
    assert result.visible_item_ids.index("vervolg") < result.visible_item_ids.index("basis")


def test_items_of_another_maatregel_are_left_out(checklist: Checklist) -> None:
    assert "alleen_ots" in evaluate(checklist, maatregel=Maatregel.OTS).items
    assert "alleen_ots" not in evaluate(checklist, maatregel=Maatregel.JR).items


def test_hidden_items_do_not_count_in_progress(checklist: Checklist) -> None:
    result = evaluate(checklist, {"kernbesluit": "ja", "basis": "ja"}, maatregel=Maatregel.JR)
    visible = (
        "kernbesluit",
        "nagekomen",
        "datum_f2f",
        "laatste_rt",
        "aantal",
        "notitie",
        "vervolg",
        "basis",
    )
    assert result.visible_item_ids == visible
    assert result.progress == Progress(answered=2, total=8)
    answered, total = result.progress
    assert (answered, total) == (2, 8)
    assert result.theme_progress[Theme.CONTACTFREQUENTIE] == Progress(1, 2)


# --------------------------------------------------------------------------- dates and deadlines


@pytest.mark.parametrize(
    ("state", "status", "reason"),
    [
        (DeadlineState.OP_TIJD, ItemStatus.OP_ORDE, "op tijd gedaan"),
        (DeadlineState.TE_LAAT, ItemStatus.AANDACHT, "te laat gedaan"),
        (DeadlineState.OPEN, ItemStatus.OP_ORDE, "nog binnen de termijn"),
        (DeadlineState.VERLOPEN, ItemStatus.NIET_OP_ORDE, "termijn verlopen"),
    ],
)
def test_a_date_linked_to_a_step_follows_the_deadline_state(
    checklist: Checklist, state: DeadlineState, status: ItemStatus, reason: str
) -> None:
    states = {"eerste_f2f": (state, "3 werkdagen na de uitspraak")}
    verdict = evaluate(checklist, {"datum_f2f": ("2026-01-08", "uitleg")}, states=states).items[
        "datum_f2f"
    ]
    assert verdict.status is status
    assert verdict.reason == f"{reason} (3 werkdagen na de uitspraak)"


def test_a_step_not_done_yet_but_within_its_term_is_op_orde(checklist: Checklist) -> None:
    states = {"eerste_f2f": (DeadlineState.OPEN, "nog 2 werkdagen")}
    verdict = evaluate(checklist, {}, states=states).items["datum_f2f"]
    assert verdict.status is ItemStatus.OP_ORDE
    assert verdict.reason == "nog niet gedaan, nog binnen de termijn (nog 2 werkdagen)"


def test_a_step_not_done_past_its_term_is_niet_op_orde(checklist: Checklist) -> None:
    states = {"eerste_f2f": (DeadlineState.VERLOPEN, "verlopen sinds 4 dagen")}
    verdict = evaluate(checklist, {}, states=states).items["datum_f2f"]
    assert verdict.status is ItemStatus.NIET_OP_ORDE
    assert "termijn is verlopen" in verdict.reason
    assert "toelichting ontbreekt" in verdict.reason


@pytest.mark.parametrize(
    ("state", "status_text", "value", "reason"),
    [
        (
            DeadlineState.TE_LAAT,
            "te laat (8 dagen na de termijn)",
            "2026-01-08",
            "te laat gedaan (8 dagen na de termijn)",
        ),
        (DeadlineState.OP_TIJD, "op tijd", "2026-01-08", "op tijd gedaan"),
        (
            DeadlineState.OPEN,
            "open — nog 0 werkdagen (uiterlijk vandaag)",
            None,
            "nog niet gedaan, nog binnen de termijn (nog 0 werkdagen, uiterlijk vandaag)",
        ),
        (
            DeadlineState.VERLOPEN,
            "verlopen sinds 4 dagen",
            None,
            "nog niet gedaan en de termijn is verlopen (sinds 4 dagen)",
        ),
    ],
)
def test_the_reason_does_not_repeat_the_deadline_state(
    checklist: Checklist, state: DeadlineState, status_text: str, value: str | None, reason: str
) -> None:
    """The status texts as the deadline calendar writes them read well inside the reason."""
    states = {"eerste_f2f": (state, status_text)}
    answers = {"datum_f2f": (value, "staat in het verslag")}
    verdict = evaluate(checklist, answers, states=states).items["datum_f2f"]
    assert verdict.reason == reason


def test_a_step_that_does_not_apply_leaves_the_plain_date(checklist: Checklist) -> None:
    states = {"eerste_f2f": (DeadlineState.NIET_VAN_TOEPASSING, "")}
    verdict = evaluate(checklist, {"datum_f2f": "2026-01-08"}, states=states).items["datum_f2f"]
    assert verdict.status is ItemStatus.OP_ORDE
    assert verdict.reason == "ingevuld: 08-01-2026"
    # a start step that does not apply (maatregel ended, no help needed) is n.v.t. when empty
    assert status_of(evaluate(checklist, {}, states=states), "datum_f2f") is ItemStatus.NVT


def test_a_date_in_the_future_needs_attention(checklist: Checklist) -> None:
    states = {"eerste_f2f": (DeadlineState.OP_TIJD, "")}
    verdict = evaluate(checklist, {"datum_f2f": ("2026-06-01", "x")}, states=states).items[
        "datum_f2f"
    ]
    assert verdict.status is ItemStatus.AANDACHT
    assert verdict.reason == "datum 01-06-2026 ligt in de toekomst"


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("2026-05-20", ItemStatus.OP_ORDE),
        ("2026-02-20", ItemStatus.OP_ORDE),  # exactly three months ago
        ("2026-02-19", ItemStatus.NIET_OP_ORDE),
        ("2025-01-01", ItemStatus.NIET_OP_ORDE),
    ],
)
def test_max_age_months(checklist: Checklist, value: str, status: ItemStatus) -> None:
    answers: dict[str, str | tuple[str, str]] = {
        "kernbesluit": ("ja", ""),
        "nagekomen": "ja",
        "laatste_contact": value,
    }
    verdict = evaluate(checklist, answers).items["laatste_contact"]
    assert verdict.status is status
    if status is ItemStatus.NIET_OP_ORDE:
        assert "langer dan 3 maanden geleden" in verdict.reason


def test_step_and_max_age_together_give_the_worst(checklist: Checklist) -> None:
    states = {"risicotaxatie_actueel": (DeadlineState.OPEN, "volgende uiterlijk 1 juni")}
    verdict = evaluate(checklist, {"laatste_rt": "2026-01-10"}, states=states).items["laatste_rt"]
    assert verdict.status is ItemStatus.NIET_OP_ORDE
    assert "nog binnen de termijn" in verdict.reason and "langer dan 3 maanden" in verdict.reason


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 5, 31), 3, dt.date(2026, 2, 28)),
        (dt.date(2028, 5, 31), 3, dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 15), 1, dt.date(2025, 12, 15)),
        (dt.date(2026, 3, 31), 12, dt.date(2025, 3, 31)),
    ],
)
def test_months_before_clamps_to_the_end_of_short_months(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert months_before(day, months) == expected


# --------------------------------------------------------------------------- toelichting


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("deels", ItemStatus.AANDACHT),
        ("nee", ItemStatus.NIET_OP_ORDE),
        ("nvt", ItemStatus.AANDACHT),
    ],
)
def test_a_missing_toelichting_needs_at_least_attention(
    checklist: Checklist, value: str, status: ItemStatus
) -> None:
    verdict = evaluate(checklist, {"kernbesluit": (value, "  ")}).items["kernbesluit"]
    assert verdict.status is status
    assert verdict.reason.endswith("toelichting ontbreekt")


def test_with_a_toelichting_the_answer_counts_as_is(checklist: Checklist) -> None:
    verdict = evaluate(checklist, {"kernbesluit": ("nvt", "nieuw gezin, nog geen MDO")}).items[
        "kernbesluit"
    ]
    assert verdict == verdict.__class__(ItemStatus.NVT, "antwoord: Niet van toepassing")


def test_no_toelichting_needed_for_an_op_orde_answer(checklist: Checklist) -> None:
    assert status_of(evaluate(checklist, {"kernbesluit": "ja"}), "kernbesluit") is (
        ItemStatus.OP_ORDE
    )


def test_toelichting_on_a_late_step(checklist: Checklist) -> None:
    states = {"eerste_f2f": (DeadlineState.TE_LAAT, "2 werkdagen te laat")}
    late = evaluate(checklist, {"datum_f2f": "2026-01-08"}, states=states).items["datum_f2f"]
    assert late.reason == "te laat gedaan (2 werkdagen te laat); toelichting ontbreekt"


# --------------------------------------------------------------------------- themes


def test_nothing_answered_means_theme_nog_niet_ingevuld(checklist: Checklist) -> None:
    result = evaluate(checklist, {})
    navolgbaarheid = result.themes[Theme.NAVOLGBAARHEID]
    assert navolgbaarheid.status is ItemStatus.NOG_NIET_INGEVULD
    assert navolgbaarheid.reason == "nog niets ingevuld (0 van 2 vragen)"
    assert set(result.themes) == set(Theme)


def test_theme_takes_the_worst_item_and_names_it(checklist: Checklist) -> None:
    answers: dict[str, str | tuple[str, str]] = {
        "kernbesluit": ("nee", "wordt gepland"),
        "alleen_ots": "deels",
    }
    theme = evaluate(checklist, answers).themes[Theme.CONTACTFREQUENTIE]
    assert theme.status is ItemStatus.NIET_OP_ORDE
    assert theme.reason == "1 van 2 vragen niet op orde: Kernbesluit; 1 aandacht: Alleen OTS"


def test_theme_with_open_questions_left(checklist: Checklist) -> None:
    theme = evaluate(checklist, {"aantal": "3"}).themes[Theme.NAVOLGBAARHEID]
    assert theme.status is ItemStatus.NOG_NIET_INGEVULD
    assert theme.reason == "1 van 2 vragen nog niet ingevuld: Notitie"


def test_theme_all_op_orde(checklist: Checklist) -> None:
    theme = evaluate(checklist, {"aantal": "3", "notitie": "x"}).themes[Theme.NAVOLGBAARHEID]
    assert theme == theme.__class__(ItemStatus.OP_ORDE, "alle 2 vragen op orde")


def test_theme_op_orde_with_some_nvt(checklist: Checklist) -> None:
    theme = evaluate(checklist, {"basis": "ja", "vervolg": "nvt"}).themes[Theme.ZICHT_OP_VEILIGHEID]
    assert theme.status is ItemStatus.OP_ORDE
    assert theme.reason == "1 van 2 vragen op orde, 1 n.v.t."


def test_theme_all_nvt_is_nvt(checklist: Checklist) -> None:
    theme = evaluate(checklist, {"basis": "nvt"}).themes[Theme.ZICHT_OP_VEILIGHEID]
    assert theme.status is ItemStatus.NVT


def test_theme_without_items_for_the_maatregel_is_nvt() -> None:
    only_ots = load_checklist_text(
        CHECKLIST_YAML.replace(
            "theme: navolgbaarheid\n", "theme: navolgbaarheid\n    maatregelen: [OTS]\n"
        ),
        "x.yaml",
    )
    theme = evaluate(only_ots, {}, maatregel=Maatregel.JR).themes[Theme.NAVOLGBAARHEID]
    assert theme.status is ItemStatus.NVT
    assert theme.reason == "geen vragen voor deze maatregel"


def test_many_problems_are_summarised(checklist: Checklist) -> None:
    many = load_checklist_text(
        textwrap.dedent(
            """\
            id: veel
            version: 1
            title: Veel
            items:
            """
        )
        + "".join(
            f"  - {{id: v{n}, theme: pva_status, label: V{n}, question: q, help: h, "
            "answer_type: tekst}\n"
            for n in range(7)
        ),
        "veel.yaml",
    )
    theme = evaluate(many, {"v0": "x"}).themes[Theme.PVA_STATUS]
    assert theme.reason == "6 van 7 vragen nog niet ingevuld: V1, V2, V3, V4 en 2 andere"


# --------------------------------------------------------------------------- robustness


@settings(max_examples=150, deadline=None)
@given(
    values=st.dictionaries(
        st.sampled_from(
            [
                "kernbesluit",
                "nagekomen",
                "laatste_contact",
                "datum_f2f",
                "laatste_rt",
                "aantal",
                "notitie",
                "vervolg",
                "basis",
                "onbekend_item",
            ]
        ),
        st.one_of(st.none(), st.text(max_size=30), st.dates().map(dt.date.isoformat)),
    ),
    maatregel=st.sampled_from(list(Maatregel)),
    state=st.sampled_from(list(DeadlineState)),
)
def test_any_stored_values_give_verdicts_never_an_exception(
    checklist: Checklist,
    values: dict[str, str | None],
    maatregel: Maatregel,
    state: DeadlineState,
) -> None:
    answers = {key: AnswerInput(value) for key, value in values.items()}
    states = {"eerste_f2f": (state, "tekst"), "risicotaxatie_actueel": (state, "")}
    result = evaluate_scan(checklist, maatregel, answers, TODAY, states)
    assert set(result.items) == set(result.visible_item_ids)
    assert all(verdict.reason for verdict in result.items.values())
    assert result.progress.answered <= result.progress.total == len(result.items)
    worst = max((v.status for v in result.items.values()), key=lambda s: s.severity)
    assert max((t.status for t in result.themes.values()), key=lambda s: s.severity) is worst


@pytest.mark.parametrize("maatregel", list(Maatregel))
def test_the_shipped_checklist_evaluates_for_every_maatregel(maatregel: Maatregel) -> None:
    empty = evaluate_scan(shipped_checklist(), maatregel, {}, TODAY)
    assert all(v.status is ItemStatus.NOG_NIET_INGEVULD for v in empty.themes.values())
    assert empty.progress.answered == 0
    assert 25 <= empty.progress.total <= 40
