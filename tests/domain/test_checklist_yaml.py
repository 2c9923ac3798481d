"""The fast YAML path for shipped checklists (libyaml's C parser) reads what the strict
loader reads.

Every text the C path does not accept as plain goes to the strict loader, so refusals and
their messages are those of `tests/domain/test_checklist.py`; here: the data is the same, and
everything the strict loader refuses is indeed handed to it.
"""

from __future__ import annotations

import string

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain import checklist as checklist_module
from jbn_selfscan.domain import checklist_yaml
from jbn_selfscan.domain.checklist import (
    MAX_NESTING,
    ChecklistError,
    load_checklist_text,
    shipped_checklist_files,
)

C_PARSER = checklist_yaml._CParser
pytestmark = pytest.mark.skipif(C_PARSER is None, reason="PyYAML without libyaml")


def fast(text: str) -> object:
    assert C_PARSER is not None
    return checklist_yaml._parse_plain_yaml(text, C_PARSER)


def strict(text: str) -> object:
    return checklist_yaml._parse_yaml_strictly(text, "test.yaml")


def test_the_shipped_checklists_read_the_same_on_both_paths() -> None:
    folder = checklist_module._checklists_dir()
    for name in shipped_checklist_files():
        text = folder.joinpath(name).read_text(encoding="utf-8")
        assert repr(fast(text)) == repr(strict(text)), name


PLAIN_TEXTS = [
    "a: true\nb: True\nc: FALSE\nd: yes\ne: no\nf: on\ng: 'true'\n",
    "n: 3.10\nm: 1e3\nk: 0x10\nj: 007\ni: -0\nh: +5\ng: 12_000\nf: '12'\ne: 1:30\n",
    "a: ~\nb: null\nc:\nd: NULL\ne: ''\nf: Null\ng: nul\n",
    "1: een\ntrue: waar\n~: niets\n'2': twee\n",
    "lijst: [a, 'b', 3, {c: d}]\nleeg: []\nmap: {}\n",
    "tekst: |\n  regel een\n  regel twee\ngevouwen: >\n  een\n  twee\n",
    'lang: dit is\n  een doorlopende\n  zin\nquote: "tab\\tnl\\n\\u00eb"\n',
    "# alleen commentaar\n",
    "",
    "---\nid: x\n...\n",
    "- a\n- - b\n  - c\n- d: e\n  f: [g]\n",
    "zoë: 'één'\nsleutel met spaties: 'waarde: met dubbele punt'\n",
    "a: b\na2: b # commentaar\n",
]


@pytest.mark.parametrize("text", PLAIN_TEXTS)
def test_plain_texts_read_the_same_on_both_paths(text: str) -> None:
    assert repr(fast(text)) == repr(strict(text))


REFUSED_OR_AMBIGUOUS = [
    "id: &naam test\ntitle: *naam\n",
    "id: &naam test\n",
    "a: !!str 3\n",
    "a: !lokaal x\n",
    "a: ! x\n",
    "!!map {a: b}\n",
    "a: 1\na: 2\n",
    "a: 1\n'a': 2\n",
    "? [a, b]\n: c\n",
    "? {a: b}\n: c\n",
    "---\na: 1\n---\nb: 2\n",
    "%YAML 1.1\n---\na: 1\n",
    "%TAG !e! tag:example.com,2000:\n---\na: 1\n",
    "a: [b\n",
    "a:\tb\n\tc: d\n",
    "a: b: c\n",
    "id: " + "[" * 200 + "]" * 200,
    "a: " + "[" * MAX_NESTING + "]" * MAX_NESTING,
]


@pytest.mark.parametrize("text", REFUSED_OR_AMBIGUOUS)
def test_what_the_strict_loader_may_refuse_is_left_to_it(text: str) -> None:
    with pytest.raises(checklist_yaml._NotPlain):
        fast(text)


def test_nesting_up_to_the_limit_is_read_on_the_fast_path() -> None:
    depth = MAX_NESTING - 1  # the mapping of the document counts as one level
    text = "a: " + "[" * (depth - 1) + "x" + "]" * (depth - 1)
    assert repr(fast(text)) == repr(strict(text))


def test_refusals_keep_the_strict_loaders_dutch_message() -> None:
    with pytest.raises(ChecklistError) as caught:
        load_checklist_text("id: &naam test\nversion: 1\ntitle: *naam\nitems: []\n", "x.yaml")
    assert "anchors/aliases" in str(caught.value)
    with pytest.raises(ChecklistError) as caught:
        load_checklist_text("a: 1\na: 2\n", "x.yaml")
    assert "sleutel 'a' staat er twee keer" in str(caught.value)


_WORDS = st.sampled_from(
    ["true", "False", "yes", "no", "null", "~", "0", "-1", "+2", "007", "3.10", "1e3", "0x1f", ""]
)
_TEXT = st.one_of(
    _WORDS, st.text(string.ascii_letters + string.digits + " :-#'\"ëé\n", max_size=12)
)
_SCALARS = st.one_of(_TEXT, st.integers(-(10**6), 10**6), st.booleans(), st.none())
_DATA = st.recursive(
    _SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(_TEXT, children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(data=_DATA, flow=st.booleans())
def test_dumped_data_reads_the_same_on_both_paths(data: object, flow: bool) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    assert repr(fast(text)) == repr(strict(text))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab: -[]{},'\"\n#&*!?|>~1t", max_size=40))
def test_any_text_both_paths_read_gives_the_same_data(text: str) -> None:
    try:
        found = fast(text)
    except checklist_yaml._NotPlain:
        return
    try:
        expected = strict(text)
    except ChecklistError:
        return  # libyaml is more lenient with a few malformed texts: see the next test
    assert repr(found) == repr(expected)


def test_a_users_file_is_judged_by_the_strict_loader_even_where_libyaml_is_lenient() -> None:
    assert fast("a: |#\n") == {"a": ""}
    with pytest.raises(ChecklistError) as caught:
        load_checklist_text("a: |#\n", "x.yaml")
    assert "regel 1" in str(caught.value)
