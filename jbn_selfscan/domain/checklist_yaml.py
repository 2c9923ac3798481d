"""Reading checklist YAML safely: plain data only, every problem as a Dutch ChecklistProblem.

Aliases/anchors, explicit tags, duplicate keys and deep nesting are refused; only plain scalars
(text, whole numbers, true/false, null), mappings and lists exist. Imported only when a YAML
file is actually read: the shipped checklist normally comes prebuilt
(`jbn_selfscan.domain.checklist_prebuilt`), so PyYAML stays out of the app's start-up.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from jbn_selfscan.domain.checklist import MAX_NESTING, ChecklistError, ChecklistProblem


class _YamlRefused(Exception):
    def __init__(self, mark: yaml.Mark | None, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without aliases, anchors, tags, duplicate keys or deep nesting.

    Only `true`/`false`, `null`/`~`/empty and plain decimal whole numbers are resolved; every
    other plain scalar stays text (so `norm: 3.10` stays "3.10" and `no` is not false).
    """

    yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _YamlRefused(
                event.start_mark, "verwijzingen met & en * (anchors/aliases) zijn niet toegestaan"
            )
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise _YamlRefused(event.start_mark, f"YAML-tags zoals '{tag}' zijn niet toegestaan")
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise _YamlRefused(event.start_mark, "het bestand is te diep genest")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise _YamlRefused(
                        key_node.start_mark, f"sleutel '{key_node.value}' staat er twee keer"
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


# A whole number in a checklist is a version or a count; Python refuses to convert more than
# 4300 digits (with a traceback), and nothing sensible needs more than these.
MAX_INT_DIGITS = 18


def _construct_int(loader: _StrictLoader, node: yaml.ScalarNode) -> object:
    digits = len(node.value.lstrip("+-"))
    if digits > MAX_INT_DIGITS:
        raise _YamlRefused(
            node.start_mark,
            f"een getal van {digits:,} cijfers is te groot (hooguit {MAX_INT_DIGITS})".replace(
                ",", "."
            ),
        )
    return loader.construct_yaml_int(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)

_YAML_PROBLEMS_NL = {
    "mapping values are not allowed here": (
        "hier mag geen ':' staan (aanhalingstekens of inspringing vergeten?)"
    ),
    "found character '\\t' that cannot start any token": ("tab gevonden; spring in met spaties"),
    "could not find expected ':'": "':' ontbreekt",
    "found unexpected end of stream": (
        "onverwacht einde van het bestand (aanhalingsteken of haakje niet gesloten?)"
    ),
    "expected <block end>, but found '-'": "inspringing van de lijst klopt niet",
    "expected <block end>, but found '<block mapping start>'": "inspringing klopt niet",
    "expected <block end>, but found '<scalar>'": "inspringing klopt niet",
    "but found another document": (
        "het bestand bevat meer dan één YAML-document (---); zet alles in één document"
    ),
    "expected the node content, but found '<stream end>'": (
        "onverwacht einde van het bestand (haakje of aanhalingsteken niet gesloten?)"
    ),
}


def parse_yaml(text: str, source: str) -> object:
    """The data of a YAML text under the rules of `_StrictLoader`; every problem is raised as
    a ChecklistError with Dutch messages."""
    loader = None
    try:
        # The reader already refuses control characters while it is constructed.
        loader = _StrictLoader(text)
        return loader.get_single_data()
    except _YamlRefused as exc:
        raise ChecklistError([_problem_at(source, exc.mark, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        problem = str(exc.problem or exc.context or "onbekende fout")
        message = _YAML_PROBLEMS_NL.get(problem, f"ongeldige YAML ({problem})")
        raise ChecklistError([_problem_at(source, exc.problem_mark, message)]) from None
    except yaml.YAMLError:
        message = "het bestand bevat tekens die niet in een tekstbestand horen"
        raise ChecklistError([ChecklistProblem(source, None, message)]) from None
    except RecursionError:
        raise ChecklistError(
            [ChecklistProblem(source, None, "het bestand is te diep genest")]
        ) from None
    finally:
        if loader is not None:
            loader.dispose()


def _problem_at(source: str, mark: yaml.Mark | None, message: str) -> ChecklistProblem:
    if mark is None:
        return ChecklistProblem(source, None, message)
    where = f"regel {mark.line + 1}, kolom {mark.column + 1}"
    return ChecklistProblem(source, None, f"{where}: {message}")
