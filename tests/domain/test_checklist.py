"""Loading and validating checklist definitions: every broken file gives clear Dutch problems."""

from __future__ import annotations

import dataclasses
import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.domain import checklist as checklist_module
from jbn_selfscan.domain.checklist import (
    DEADLINE_STEPS,
    MAX_FILE_BYTES,
    Checklist,
    ChecklistError,
    ChecklistItem,
    ChecklistProblem,
    Choice,
    Condition,
    Term,
    load_checklist,
    load_checklist_data,
    load_checklist_text,
    load_shipped_file,
    shipped_checklist,
    shipped_checklist_version,
)
from jbn_selfscan.domain.types import ItemStatus, Maatregel, Theme

JA_NEE = [
    {"value": "ja", "label": "Ja", "status": "op_orde"},
    {"value": "deels", "label": "Deels", "status": "aandacht"},
    {"value": "nee", "label": "Nee", "status": "niet_op_orde"},
]


def item(item_id: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": item_id,
        "theme": "navolgbaarheid",
        "question": f"Vraag {item_id}?",
        "help": "Op orde: ja.",
        "answer_type": "keuze",
        "choices": [dict(choice) for choice in JA_NEE],
    }
    base.update(fields)
    return {key: value for key, value in base.items() if value is not None}


def checklist_yaml(*items: dict[str, Any], **header: Any) -> str:
    """Checklist YAML (JSON is YAML too, and never contains aliases)."""
    document: dict[str, Any] = {"id": "test", "version": 1, "title": "Test"}
    document.update(header)
    document["items"] = list(items)
    return json.dumps(document, indent=2, ensure_ascii=False)


def problems_of(text: str) -> list[ChecklistProblem]:
    with pytest.raises(ChecklistError) as caught:
        load_checklist_text(text, "test.yaml")
    problems = list(caught.value.problems)
    assert problems, "a ChecklistError always carries at least one problem"
    for problem in problems:
        assert problem.file == "test.yaml"
        for raw in ("Input should", "validation error", "pydantic", "Traceback", "type="):
            assert raw not in problem.message, problem.message
    return problems


def messages(text: str) -> list[str]:
    return [str(problem) for problem in problems_of(text)]


def the_problem(text: str) -> ChecklistProblem:
    found = problems_of(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- valid files


def test_a_valid_file_loads_with_items_in_order(tmp_path: Path) -> None:
    path = tmp_path / "lijst.yaml"
    path.write_text(checklist_yaml(item("a"), item("b", answer_type="tekst", choices=None)))
    loaded = load_checklist(path)
    assert (loaded.id, loaded.version, loaded.title) == ("test", 1, "Test")
    assert loaded.item_ids == ("a", "b")
    assert loaded.item("a").choice("deels") is not None
    assert loaded.item("a").choice("deels").status is ItemStatus.AANDACHT  # type: ignore[union-attr]


def test_item_lookup_and_items_per_maatregel() -> None:
    loaded = load_checklist_text(
        checklist_yaml(item("alle"), item("alleen_jr", maatregelen=["JR"])), "x.yaml"
    )
    assert loaded.item("alleen_jr").maatregelen == (Maatregel.JR,)
    assert [i.id for i in loaded.items_for(Maatregel.OTS)] == ["alle"]
    assert [i.id for i in loaded.items_for(Maatregel.JR)] == ["alle", "alleen_jr"]
    with pytest.raises(KeyError):
        loaded.item("bestaat_niet")


def test_maatregelen_default_to_all_and_are_read_case_insensitively() -> None:
    loaded = load_checklist_text(
        checklist_yaml(item("a"), item("b", maatregelen=["ots", "voogdij"])), "x.yaml"
    )
    assert loaded.item("a").maatregelen == tuple(Maatregel)
    assert loaded.item("b").maatregelen == (Maatregel.OTS, Maatregel.VOOGDIJ)


def test_plain_yaml_scalars_stay_text() -> None:
    """`norm: 3.10` must not become the number 3.1, `no` must not become false."""
    text = textwrap.dedent(
        """\
        id: test
        version: 1
        title: Test
        items:
          - id: a
            theme: navolgbaarheid
            question: Vraag?
            help: Op orde.
            answer_type: keuze
            norm: 3.10
            choices:
              - {value: yes, label: Ja, status: op_orde}
              - {value: no, label: Nee, status: niet_op_orde}
        """
    )
    loaded = load_checklist_text(text, "x.yaml")
    assert loaded.item("a").norm == "3.10"
    assert [c.value for c in loaded.item("a").choices or ()] == ["yes", "no"]


def test_choice_sets_are_shared_by_name() -> None:
    sets = {"jdn": JA_NEE}
    loaded = load_checklist_text(
        checklist_yaml(item("a", choices="jdn"), item("b", choices="jdn"), choice_sets=sets),
        "x.yaml",
    )
    assert [c.value for c in loaded.item("b").choices or ()] == ["ja", "deels", "nee"]


def test_a_condition_may_point_to_a_later_item() -> None:
    loaded = load_checklist_text(
        checklist_yaml(item("a", condition={"item": "b", "in": ["ja"]}), item("b")), "x.yaml"
    )
    condition = loaded.item("a").condition
    assert condition is not None and condition.in_ == ("ja",)


def test_several_norms_on_one_item() -> None:
    loaded = load_checklist_text(checklist_yaml(item("a", norm="3.4, 3.5")), "x.yaml")
    assert loaded.item("a").norms == ("3.4", "3.5")


def test_as_ref_keeps_the_wording_for_the_merged_file() -> None:
    loaded = load_checklist_text(checklist_yaml(item("a", norm="1a.3")), "x.yaml")
    ref = loaded.as_ref()
    assert (ref.id, ref.versie, ref.titel) == ("test", 1, "Test")
    assert ref.items[0].vraag == "Vraag a?"
    assert ref.items[0].antwoordtype == "keuze"
    assert ref.items[0].norm == "1a.3"


def test_a_checklist_given_as_data_is_validated_too() -> None:
    with pytest.raises(ChecklistError) as caught:
        load_checklist_data(
            {
                "id": "x",
                "version": 1,
                "title": "X",
                "items": [item("a", condition={"item": "a", "answered": True})],
            },
            "in code",
        )
    assert [str(p) for p in caught.value.problems] == [
        "in code: item a: voorwaarde verwijst naar het item zelf"
    ]


def test_the_file_schema_and_the_checklist_objects_have_the_same_fields() -> None:
    # The schema validates a file field by field into these objects (checklist_schema._item).
    from jbn_selfscan.domain import checklist_schema

    pairs = [
        (checklist_schema.ChoiceSpec, Choice),
        (checklist_schema.ConditionSpec, Condition),
        (checklist_schema.ItemSpec, ChecklistItem),
        (checklist_schema.TermSpec, Term),
    ]
    for spec, plain in pairs:
        init_fields = [f.name for f in dataclasses.fields(plain) if f.init]
        assert list(spec.model_fields) == init_fields, spec.__name__
    header = list(checklist_schema.HeaderSpec.model_fields)
    checklist_fields = [f.name for f in dataclasses.fields(Checklist) if f.init]
    assert checklist_fields == [*header, "choice_sets", "terms", "items"]


# --------------------------------------------------------------------------- broken YAML / files


def test_yaml_syntax_error_names_the_line() -> None:
    text = "id: test\nversion: 1\ntitle: Test: kapot\nitems: []\n"
    problem = the_problem(text)
    assert problem.item_id is None
    assert problem.message.startswith("regel 3")


def test_unclosed_bracket_is_a_syntax_error() -> None:
    assert "regel" in the_problem("id: test\nitems: [\n").message


def test_tab_indentation_is_explained() -> None:
    assert "tab" in the_problem("id: test\nitems:\n\t- a\n").message


def test_yaml_aliases_are_refused() -> None:
    text = "id: &naam test\nversion: 1\ntitle: *naam\nitems: []\n"
    problem = the_problem(text)
    assert "niet toegestaan" in problem.message
    assert problem.message.startswith("regel 1")


def test_a_billion_laughs_file_is_refused_quickly() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    assert "niet toegestaan" in the_problem("\n".join(lines)).message


@pytest.mark.parametrize(
    "text",
    [
        "id: !!python/object/apply:os.system ['echo oeps']\n",
        "id: !!binary aGFsbG8=\n",
        "id: !!str test\n",
        "id: !lokaal test\n",
        "items: !!set {a: null}\n",
    ],
)
def test_yaml_tags_are_refused(text: str) -> None:
    assert "tags" in the_problem(text).message


def test_duplicate_keys_are_refused() -> None:
    text = "id: test\nversion: 1\nversion: 2\ntitle: T\nitems: []\n"
    problem = the_problem(text)
    assert "version" in problem.message and "twee keer" in problem.message


def test_deep_nesting_is_refused() -> None:
    assert "te diep genest" in the_problem("id: " + "[" * 200 + "]" * 200).message


def test_multiple_documents_are_refused() -> None:
    assert "meer dan één" in the_problem("id: a\n---\nid: b\n").message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.yaml"
    path.write_text("  \n# alleen commentaar\n")
    with pytest.raises(ChecklistError) as caught:
        load_checklist(path)
    assert [p.message for p in caught.value.problems] == ["het bestand is leeg"]


def test_top_level_list_is_refused() -> None:
    assert "niet uit een lijst" in the_problem("- id: a\n").message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ChecklistError) as caught:
        load_checklist(tmp_path / "weg.yaml")
    assert str(caught.value) == f"{tmp_path / 'weg.yaml'}: bestand niet gevonden"


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ChecklistError) as caught:
        load_checklist(tmp_path)
    assert "map" in caught.value.problems[0].message


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    path.write_text("# " + "x" * MAX_FILE_BYTES + "\n")
    with pytest.raises(ChecklistError) as caught:
        load_checklist(path)
    assert "te groot" in caught.value.problems[0].message


def test_huge_text_is_refused() -> None:
    assert "te groot" in the_problem("#" * (MAX_FILE_BYTES + 1)).message


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "plaatje.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ChecklistError) as caught:
        load_checklist(path)
    assert "geen tekstbestand" in caught.value.problems[0].message


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: test\ntitle: Zelfscan Geüpdatet\n".encode("latin-1"))
    with pytest.raises(ChecklistError) as caught:
        load_checklist(path)
    message = caught.value.problems[0].message
    assert "UTF-8" in message and message.startswith("regel 2")


def test_utf8_with_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + checklist_yaml(item("a")).encode())
    assert load_checklist(path).item_ids == ("a",)


# --------------------------------------------------------------------------- broken content


def test_unknown_theme() -> None:
    problem = the_problem(checklist_yaml(item("a", theme="veiligheid")))
    assert problem.item_id == "a"
    assert "onbekend thema 'veiligheid'" in problem.message
    assert "zicht_op_veiligheid" in problem.message


def test_duplicate_item_id() -> None:
    problem = the_problem(checklist_yaml(item("a"), item("a")))
    assert problem.item_id == "a" and "2 keer" in problem.message


def test_condition_on_a_missing_item() -> None:
    problem = the_problem(checklist_yaml(item("a", condition={"item": "b", "in": ["ja"]})))
    assert problem.item_id == "a" and "onbekend item 'b'" in problem.message


def test_condition_on_itself() -> None:
    problem = the_problem(checklist_yaml(item("a", condition={"item": "a", "answered": True})))
    assert "het item zelf" in problem.message


def test_cyclic_conditions_are_reported_once() -> None:
    text = checklist_yaml(
        item("a", condition={"item": "c", "in": ["ja"]}),
        item("b", condition={"item": "a", "in": ["ja"]}),
        item("c", condition={"item": "b", "answered": True}),
        item("d", condition={"item": "a", "in": ["ja"]}),  # hangs off the cycle, not in it
    )
    problem = the_problem(text)
    assert "kring" in problem.message
    assert "a → c → b → a" in problem.message


def test_condition_value_that_is_no_choice_of_the_target() -> None:
    problem = the_problem(
        checklist_yaml(item("a"), item("b", condition={"item": "a", "not_in": ["misschien"]}))
    )
    assert problem.item_id == "b"
    assert "'misschien'" in problem.message and "ja, deels, nee" in problem.message


def test_condition_with_in_on_a_date_item() -> None:
    text = checklist_yaml(
        item("datum", answer_type="datum", choices=None),
        item("b", condition={"item": "datum", "in": ["ja"]}),
    )
    assert "answered" in the_problem(text).message


def test_condition_needs_exactly_one_test() -> None:
    text = checklist_yaml(
        item("a"), item("b", condition={"item": "a", "in": ["ja"], "answered": True})
    )
    assert "precies één" in the_problem(text).message


def test_condition_on_an_item_of_another_maatregel() -> None:
    text = checklist_yaml(
        item("jr", maatregelen=["JR"]), item("b", condition={"item": "jr", "in": ["ja"]})
    )
    problem = the_problem(text)
    assert problem.item_id == "b" and "nooit zichtbaar" in problem.message
    assert "OTS" in problem.message and "Voogdij" in problem.message


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"max_age_months": 3}, "'max_age_months' hoort alleen bij een datum-item"),
        ({"stap": "eerste_f2f"}, "'stap' hoort alleen bij een datum-item"),
        ({"min": 1}, "'min' hoort alleen bij een getal-item"),
        ({"answer_type": "datum"}, "'choices' hoort alleen bij een keuze-item"),
        ({"answer_type": "getal", "min": 5, "max": 1, "choices": None}, "groter dan 'max'"),
        ({"choices": None}, "heeft 'choices' nodig"),
        ({"choices": JA_NEE[:1]}, "minstens twee keuzes"),
        ({"choices": [JA_NEE[0], JA_NEE[0]]}, "komt meer dan eens voor"),
    ],
)
def test_rules_that_do_not_fit_the_answer_type(fields: dict[str, Any], expected: str) -> None:
    problem = the_problem(checklist_yaml(item("a", **fields)))
    assert problem.item_id == "a"
    assert expected in problem.message


def test_unknown_stap() -> None:
    problem = the_problem(
        checklist_yaml(item("a", answer_type="datum", choices=None, stap="tweede_f2f"))
    )
    assert "onbekende stap 'tweede_f2f'" in problem.message
    assert "eerste_f2f" in problem.message


def test_unknown_maatregel() -> None:
    problem = the_problem(checklist_yaml(item("a", maatregelen=["OTS", "Jeugdreclassering"])))
    assert "onbekende maatregel 'Jeugdreclassering'" in problem.message


def test_unknown_choice_status() -> None:
    bad = [dict(JA_NEE[0]), {"value": "nee", "label": "Nee", "status": "slecht"}]
    problem = the_problem(checklist_yaml(item("a", choices=bad)))
    assert problem.message.startswith("choices[2].status: onbekende waarde 'slecht'")
    assert "nog_niet_ingevuld" not in problem.message


def test_nog_niet_ingevuld_is_not_an_answer_status() -> None:
    bad = [dict(JA_NEE[0]), {"value": "nee", "label": "Nee", "status": "nog_niet_ingevuld"}]
    assert "kan niet" in the_problem(checklist_yaml(item("a", choices=bad))).message


def test_bad_norm_reference() -> None:
    assert "normverwijzing" in the_problem(checklist_yaml(item("a", norm="norm drie"))).message


def test_missing_required_fields_are_all_listed() -> None:
    bare = {"id": "a", "theme": "navolgbaarheid"}
    found = messages(checklist_yaml(bare))
    assert found == [
        "test.yaml: item a: verplicht veld 'question' ontbreekt",
        "test.yaml: item a: verplicht veld 'help' ontbreekt",
        "test.yaml: item a: verplicht veld 'answer_type' ontbreekt",
    ]


def test_an_item_without_id_is_named_by_its_position() -> None:
    no_id = item("x")
    del no_id["id"]
    problem = the_problem(checklist_yaml(item("a"), no_id))
    assert problem.item_id is None
    assert problem.message == "item nr. 2: verplicht veld 'id' ontbreekt"


def test_wrong_types() -> None:
    text = checklist_yaml(
        item("a", question=["een", "lijst"], maatregelen="OTS", requires_toelichting_when="nvt"),
        version="een",
    )
    found = messages(text)
    assert "test.yaml: version: moet een geheel getal zijn (nu: 'een')" in found
    assert "test.yaml: item a: question: moet tekst zijn (nu: een lijst)" in found
    assert "test.yaml: item a: maatregelen: moet een lijst zijn (nu: 'OTS')" in found
    assert any("requires_toelichting_when: moet een lijst zijn" in line for line in found)


def test_unknown_field_is_a_typo() -> None:
    problem = the_problem(checklist_yaml(item("a", hulp="Op orde.")))
    assert problem.message == "onbekend veld 'hulp' (tikfout?)"


def test_invalid_item_id() -> None:
    problem = the_problem(checklist_yaml(item("Vraag 1")))
    assert problem.item_id == "Vraag 1"
    assert "kleine letters" in problem.message


def test_empty_checklist() -> None:
    assert the_problem(checklist_yaml()).message == "de checklist bevat geen items"


def test_missing_items() -> None:
    assert "'items' ontbreekt" in the_problem("id: test\nversion: 1\ntitle: T\n").message


@pytest.mark.parametrize("version", [0, -3])
def test_version_must_be_positive(version: int) -> None:
    assert the_problem(checklist_yaml(item("a"), version=version)).message == (
        "version: moet 1 of hoger zijn"
    )


def test_unknown_choice_set() -> None:
    problem = the_problem(checklist_yaml(item("a", choices="ja_nee")))
    assert problem.item_id == "a" and "onbekende keuzelijst 'ja_nee'" in problem.message


def test_all_problems_are_reported_not_just_the_first() -> None:
    text = checklist_yaml(
        item("a", theme="onbekend"),
        item("b", answer_type="datum", choices=None, stap="later"),
        item("c", condition={"item": "zzz", "answered": True}),
        item("d", max_age_months=2),
        item("e", condition={"item": "a", "in": ["ja"]}),  # a is broken: no extra problem
        version=0,
    )
    found = problems_of(text)
    assert [(p.item_id, p.message.split(":")[0]) for p in found] == [
        (None, "version"),
        ("a", "theme"),
        ("b", "stap"),
        ("c", "voorwaarde verwijst naar onbekend item 'zzz'"),
        ("d", "'max_age_months' hoort alleen bij een datum-item (dit is een keuze-item)"),
    ]


def test_problem_lines_read_file_item_message() -> None:
    assert str(ChecklistProblem("a.yaml", "x", "fout")) == "a.yaml: item x: fout"
    assert str(ChecklistProblem("a.yaml", None, "fout")) == "a.yaml: fout"


# --------------------------------------------------------------------------- shipped checklists


def test_the_shipped_checklist_is_valid_and_cached() -> None:
    current = shipped_checklist()
    assert (current.id, current.version, current.title) == (
        "jbn-dossier-zelfscan",
        2,
        "Dossier zelfscan",
    )
    assert shipped_checklist() is current
    assert shipped_checklist_version("jbn-dossier-zelfscan", 2) is current
    assert shipped_checklist_version("jbn-dossier-zelfscan", 1).version == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("checklist_id", "version"),
    [("jbn-dossier-zelfscan", 99), ("andere-lijst", 1), ("../../etc/passwd", 1), ("x", 0)],
)
def test_unknown_versions_are_none(checklist_id: str, version: int) -> None:
    assert shipped_checklist_version(checklist_id, version) is None


@pytest.fixture
def checklist_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A checklists folder of our own instead of the shipped one."""
    monkeypatch.setattr(checklist_module, "_checklists_dir", lambda: tmp_path)
    load_shipped_file.cache_clear()
    yield tmp_path
    load_shipped_file.cache_clear()


def test_old_versions_stay_loadable_next_to_the_current(checklist_folder: Path) -> None:
    v1 = checklist_yaml(item("a"), id="lijst", version=1)
    v2 = checklist_yaml(item("a"), item("b"), id="lijst", version=2)
    (checklist_folder / "zelfscan.yaml").write_text(v2)
    (checklist_folder / "lijst-v1.yaml").write_text(v1)
    assert shipped_checklist().version == 2
    old = shipped_checklist_version("lijst", 1)
    assert old is not None and old.item_ids == ("a",)
    assert shipped_checklist_version("lijst", 2) is shipped_checklist()


def test_an_archived_file_with_other_content_is_not_taken(checklist_folder: Path) -> None:
    (checklist_folder / "zelfscan.yaml").write_text(checklist_yaml(item("a"), version=2))
    (checklist_folder / "test-v1.yaml").write_text(checklist_yaml(item("a"), version=7))
    assert shipped_checklist_version("test", 1) is None


def test_a_missing_shipped_file_says_reinstall(checklist_folder: Path) -> None:
    with pytest.raises(ChecklistError) as caught:
        shipped_checklist()
    assert "installeer" in str(caught.value)


def test_deadline_steps_match_the_deadline_engine() -> None:
    deadlines = pytest.importorskip("jbn_selfscan.domain.deadlines")
    assert set(DEADLINE_STEPS) == set(deadlines.STEP_IDS)


def test_every_theme_value_is_accepted() -> None:
    items = [item(f"i{n}", theme=theme.value) for n, theme in enumerate(Theme)]
    loaded = load_checklist_text(checklist_yaml(*items), "x.yaml")
    assert {i.theme for i in loaded.items} == set(Theme)
