"""Validating a checklist file: its pydantic schema, cross-item checks and Dutch problems.

The file format is described by the `*Spec` models below; a valid file becomes the plain objects
of `jbn_selfscan.domain.checklist` (Checklist, ChecklistItem, Choice, Condition). This module is
imported only when a file is validated: the shipped checklist normally comes prebuilt, so the
app's start-up needs no pydantic model at all (docs/benchmarks.md).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from jbn_selfscan.domain.checklist import (
    APP_TERMS,
    COUNTED_STEPS,
    DEADLINE_STEPS,
    NORM_RE,
    SLUG,
    SLUG_RE,
    STATUS_NAMES,
    AnswerType,
    Checklist,
    ChecklistError,
    ChecklistItem,
    ChecklistProblem,
    Choice,
    Condition,
    Term,
    fail,
    split_norms,
)
from jbn_selfscan.domain.types import Bron, ItemStatus, Maatregel, Theme, Unit

# --------------------------------------------------------------------------- schema


def _parse_maatregelen(value: object) -> object:
    if isinstance(value, list | tuple):
        return [Maatregel.parse(entry) if isinstance(entry, str) else entry for entry in value]
    return value


def _unique_maatregelen(value: tuple[Maatregel, ...]) -> tuple[Maatregel, ...]:
    doubles = [m.value for m, count in Counter(value).items() if count > 1]
    if doubles:
        raise ValueError(f"maatregel {', '.join(doubles)} staat er meer dan eens in")
    return value


def _norm_references(value: str) -> str:
    for part in split_norms(value):
        if not NORM_RE.match(part):
            raise ValueError(
                f"onbekende normverwijzing '{part}' (schrijf bijvoorbeeld 1a.3 of 3.5; "
                "meerdere met komma's)"
            )
    return value


def _known_step(value: str | None) -> str | None:
    if value is not None and value not in DEADLINE_STEPS:
        raise ValueError(f"onbekende stap '{value}' (kies uit: {', '.join(DEADLINE_STEPS)})")
    return value


class _Spec(BaseModel):
    # defer_build: validators are built on the first validation of a file, not at import.
    model_config = ConfigDict(
        defer_build=True,
        frozen=True,
        extra="forbid",
        coerce_numbers_to_str=True,
        validate_by_name=True,
        validate_by_alias=True,
    )


class ChoiceSpec(_Spec):
    """A choice as written in the file (becomes a `Choice`)."""

    value: str = Field(min_length=1, max_length=50, pattern=SLUG)
    label: str = Field(min_length=1, max_length=200)
    status: ItemStatus

    @field_validator("status")
    @classmethod
    def _answer_status(cls, status: ItemStatus) -> ItemStatus:
        if status is ItemStatus.NOG_NIET_INGEVULD:
            raise ValueError(
                f"een keuze kan niet 'nog niet ingevuld' zijn (kies uit: {STATUS_NAMES})"
            )
        return status


class ConditionSpec(_Spec):
    """When an item is shown: depending on the answer to another item.

    Exactly one of `in` (answer is one of these choices), `not_in` (answered, and not one of
    these) or `answered` (true: has an answer; false: has none).
    """

    item: str = Field(min_length=1, max_length=64)
    in_: tuple[str, ...] | None = Field(default=None, alias="in", min_length=1)
    not_in: tuple[str, ...] | None = Field(default=None, min_length=1)
    answered: bool | None = None

    @model_validator(mode="after")
    def _exactly_one_test(self) -> ConditionSpec:
        given = [test for test in (self.in_, self.not_in, self.answered) if test is not None]
        if len(given) != 1:
            raise ValueError("een voorwaarde heeft precies één van 'in', 'not_in' of 'answered'")
        return self


class ItemSpec(_Spec):
    """An item as written in the file (becomes a `ChecklistItem`)."""

    id: str = Field(min_length=1, max_length=64, pattern=SLUG)
    theme: Theme
    label: str = Field(default="", max_length=80)
    question: str = Field(min_length=1, max_length=1000)
    help: str = Field(min_length=1, max_length=5000)
    answer_type: AnswerType
    choices: tuple[ChoiceSpec, ...] | None = None
    maatregelen: tuple[Maatregel, ...] = Field(default=tuple(Maatregel), min_length=1)
    condition: ConditionSpec | None = None
    norm: str = Field(default="", max_length=50)
    requires_toelichting_when: tuple[ItemStatus, ...] = ()
    stap: str | None = None
    max_age_months: int | None = Field(default=None, ge=1, le=120)
    termijn: str | None = Field(default=None, min_length=1, max_length=64)
    min: Decimal | None = None
    max: Decimal | None = None

    @field_validator("maatregelen", mode="before")
    @classmethod
    def _parse_maatregelen(cls, value: object) -> object:
        return _parse_maatregelen(value)

    @field_validator("maatregelen")
    @classmethod
    def _unique_maatregelen(cls, value: tuple[Maatregel, ...]) -> tuple[Maatregel, ...]:
        return _unique_maatregelen(value)

    @field_validator("norm")
    @classmethod
    def _norm_references(cls, value: str) -> str:
        return _norm_references(value)

    @field_validator("stap")
    @classmethod
    def _known_step(cls, value: str | None) -> str | None:
        return _known_step(value)

    @field_validator("requires_toelichting_when")
    @classmethod
    def _answer_statuses(cls, value: tuple[ItemStatus, ...]) -> tuple[ItemStatus, ...]:
        if ItemStatus.NOG_NIET_INGEVULD in value:
            raise ValueError(f"'nog_niet_ingevuld' kan hier niet; kies uit: {STATUS_NAMES}")
        return tuple(dict.fromkeys(value))


class TermSpec(_Spec):
    """A term as written in the file under `termijnen` (becomes a `Term`)."""

    id: str = Field(min_length=1, max_length=64, pattern=SLUG)
    omschrijving: str = Field(min_length=1, max_length=200)
    lengte: int = Field(strict=True, ge=1, le=400)
    eenheid: Unit
    bron: Bron
    stap: str | None = None
    maatregelen: tuple[Maatregel, ...] = Field(default=tuple(Maatregel), min_length=1)
    aantal: int | None = Field(default=None, strict=True, ge=1, le=100)
    norm: str = Field(default="", max_length=50)
    toelichting: str = Field(default="", max_length=1000)

    @field_validator("maatregelen", mode="before")
    @classmethod
    def _parse_maatregelen(cls, value: object) -> object:
        return _parse_maatregelen(value)

    @field_validator("maatregelen")
    @classmethod
    def _unique_maatregelen(cls, value: tuple[Maatregel, ...]) -> tuple[Maatregel, ...]:
        return _unique_maatregelen(value)

    @field_validator("norm")
    @classmethod
    def _norm_references(cls, value: str) -> str:
        return _norm_references(value)

    @field_validator("stap")
    @classmethod
    def _known_step(cls, value: str | None) -> str | None:
        return _known_step(value)

    @field_validator("bron", mode="before")
    @classmethod
    def _checklist_source(cls, value: object) -> object:
        if value == Bron.WET.value:
            raise ValueError(
                "een wettelijke termijn staat in de app zelf, niet in de checklist "
                "(kies jbn of inspectie)"
            )
        if value not in (Bron.JBN.value, Bron.INSPECTIE.value):
            raise ValueError(f"onbekende bron {str(value)[:40]!r} (kies jbn of inspectie)")
        return value

    @model_validator(mode="after")
    def _shape(self) -> TermSpec:
        if self.aantal is not None:
            if self.stap not in COUNTED_STEPS:
                raise ValueError(
                    "'aantal' kan alleen bij een stap waarvan de app de data telt "
                    f"(stap: {', '.join(COUNTED_STEPS)})"
                )
            if self.eenheid is not Unit.MAANDEN:
                raise ValueError("een termijn met 'aantal' telt in maanden (eenheid: maanden)")
        if self.stap is None and self.eenheid is Unit.WERKDAGEN:
            raise ValueError(
                "een termijn zonder stap (hoe oud een datum mag zijn) telt in weken of "
                "maanden, niet in werkdagen"
            )
        return self


class HeaderSpec(_Spec):
    id: str = Field(min_length=1, max_length=100, pattern=SLUG)
    version: int = Field(strict=True, ge=1, le=100_000)
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)


@functools.cache
def _choice_sets_adapter() -> TypeAdapter[dict[str, tuple[ChoiceSpec, ...]]]:
    return TypeAdapter(dict[str, tuple[ChoiceSpec, ...]])


# --------------------------------------------------------------------------- to plain objects


def _choice(spec: ChoiceSpec) -> Choice:
    return Choice(value=spec.value, label=spec.label, status=spec.status)


def _condition(spec: ConditionSpec) -> Condition:
    return Condition(item=spec.item, in_=spec.in_, not_in=spec.not_in, answered=spec.answered)


def _item(spec: ItemSpec, terms: Mapping[str, Term]) -> ChecklistItem:
    values: dict[str, Any] = {name: getattr(spec, name) for name in type(spec).model_fields}
    values["choices"] = None if spec.choices is None else tuple(map(_choice, spec.choices))
    values["condition"] = None if spec.condition is None else _condition(spec.condition)
    values["termijn"] = None if spec.termijn is None else terms.get(spec.termijn)
    return ChecklistItem(**values)


def _term(spec: TermSpec) -> Term:
    return Term(**{name: getattr(spec, name) for name in type(spec).model_fields})


def _load_terms(raw_terms: object, source: str) -> tuple[list[Term], list[ChecklistProblem]]:
    """The `termijnen` of a file, with every problem of a single term or between terms."""
    if raw_terms is None:
        return [], []
    if not isinstance(raw_terms, list):
        return [], [ChecklistProblem(source, None, "'termijnen' moet een lijst zijn")]
    terms: list[Term] = []
    problems: list[ChecklistProblem] = []
    for number, raw in enumerate(raw_terms, start=1):
        term_id = raw.get("id") if isinstance(raw, dict) else None
        where = (
            f"termijn {term_id}"
            if isinstance(term_id, str) and term_id
            else f"termijn nr. {number}"
        )
        if not isinstance(raw, dict):
            message = f"{where}: moet een verzameling velden zijn (id, omschrijving, lengte, …)"
            problems.append(ChecklistProblem(source, None, message))
            continue
        try:
            terms.append(_term(TermSpec.model_validate(raw)))
        except ValidationError as exc:
            problems.extend(_dutch_errors(exc, source, None, f"{where}: "))
    for term_id, count in Counter(term.id for term in terms).items():
        if count > 1:
            message = (
                f"termijn {term_id}: dit id komt {count} keer voor; elke termijn heeft een eigen id"
            )
            problems.append(ChecklistProblem(source, None, message))
    claimed: dict[tuple[str, Maatregel], str] = {}
    for term in terms:
        if term.stap is None:
            continue
        fixed = [m.value for m in term.maatregelen if m in APP_TERMS.get(term.stap, ())]
        if fixed:
            message = (
                f"termijn {term.id}: de termijn van stap '{term.stap}' bij "
                f"{_and_list(fixed)} is een wettelijke termijn of een maatstaf die de app zelf "
                "kent; die kan de checklist niet veranderen"
            )
            problems.append(ChecklistProblem(source, None, message))
        for maatregel in term.maatregelen:
            if maatregel.value in fixed:
                continue
            if (term.stap, maatregel) in claimed:
                message = (
                    f"termijn {term.id}: stap '{term.stap}' bij {maatregel.value} heeft al een "
                    f"termijn (termijn {claimed[term.stap, maatregel]})"
                )
                problems.append(ChecklistProblem(source, None, message))
            else:
                claimed[term.stap, maatregel] = term.id
    return terms, problems


def _and_list(values: Sequence[str]) -> str:
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} en {values[-1]}"


def _item_term_problems(
    raw_items: object, terms: Mapping[str, Term], source: str
) -> list[ChecklistProblem]:
    """Items whose `termijn` names no term, or a term a date item cannot use."""
    found: list[ChecklistProblem] = []
    for raw in raw_items if isinstance(raw_items, list) else ():
        if not isinstance(raw, dict) or not isinstance(raw.get("termijn"), str):
            continue
        item_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        name = raw["termijn"]
        term = terms.get(name)
        if term is None:
            known = ", ".join(t.id for t in terms.values() if t.stap is None) or "geen"
            message = f"termijn: onbekende termijn '{name}' (termijnen zonder stap: {known})"
        elif term.stap is not None:
            message = (
                f"termijn: '{name}' is de termijn van stap '{term.stap}'; een item verwijst "
                "naar een termijn zonder stap (koppel het item met 'stap' aan de stap)"
            )
        else:
            continue
        found.append(ChecklistProblem(source, item_id, message))
    return found


def _resolve_choices(raw_item: object, sets: Mapping[Any, Any]) -> tuple[object, str | None]:
    """Replace `choices: <name of a choice set>` by that set; returns (item, unknown name)."""
    if isinstance(raw_item, Mapping) and isinstance(raw_item.get("choices"), str):
        name = raw_item["choices"]
        if name in sets:
            return {**raw_item, "choices": sets[name]}, None
        return raw_item, name
    return raw_item, None


# --------------------------------------------------------------------------- cross-item checks


def _semantic_problems(
    items: Sequence[ChecklistItem], known_ids: Collection[str]
) -> list[tuple[str | None, str]]:
    """Problems a single field cannot show: type rules, duplicates, conditions, cycles.

    `known_ids` also holds the ids of items that failed validation, so that a condition on
    such an item is not reported as pointing to an unknown item.
    """
    found: list[tuple[str | None, str]] = []
    for item_id, count in Counter(item.id for item in items).items():
        if count > 1:
            found.append((item_id, f"dit id komt {count} keer voor; elk item heeft een eigen id"))
    by_id = {item.id: item for item in items}
    for item in items:
        found.extend((item.id, message) for message in _type_rule_problems(item))
        found.extend((item.id, message) for message in _condition_problems(item, by_id, known_ids))
    found.extend(_cycle_problems(by_id))
    return found


def _type_rule_problems(item: ChecklistItem) -> list[str]:
    kind = f"dit is een {item.answer_type}-item"
    found: list[str] = []
    if item.answer_type == "keuze":
        if not item.choices:
            found.append("een keuze-item heeft 'choices' nodig (minstens twee keuzes)")
        elif len(item.choices) < 2:
            found.append("een keuze-item heeft minstens twee keuzes nodig")
        doubles = [v for v, n in Counter(c.value for c in item.choices or ()).items() if n > 1]
        if doubles:
            found.append(f"keuze '{', '.join(doubles)}' komt meer dan eens voor")
    elif item.choices is not None:
        found.append(f"'choices' hoort alleen bij een keuze-item ({kind})")
    if item.answer_type != "datum":
        for rule in ("stap", "max_age_months", "termijn"):
            if getattr(item, rule) is not None:
                found.append(f"'{rule}' hoort alleen bij een datum-item ({kind})")
    if item.answer_type != "getal":
        for rule in ("min", "max"):
            if getattr(item, rule) is not None:
                found.append(f"'{rule}' hoort alleen bij een getal-item ({kind})")
    if item.max_age_months is not None and item.termijn is not None:
        found.append("'max_age_months' en 'termijn' zeggen hetzelfde; gebruik alleen 'termijn'")
    if item.min is not None and item.max is not None and item.min > item.max:
        found.append(f"'min' ({item.min}) is groter dan 'max' ({item.max})")
    return found


def _condition_problems(
    item: ChecklistItem, by_id: Mapping[str, ChecklistItem], known_ids: Collection[str]
) -> list[str]:
    condition = item.condition
    if condition is None or condition.item == item.id:
        return []  # a condition on the item itself is reported as a cycle
    if condition.item not in known_ids:
        return [f"voorwaarde verwijst naar onbekend item '{condition.item}'"]
    target = by_id.get(condition.item)
    if target is None:
        return []  # the target itself is broken and reported on its own
    found: list[str] = []
    if condition.choice_values:
        if target.answer_type != "keuze":
            found.append(
                f"voorwaarde met 'in' of 'not_in' kan alleen op een keuze-item; "
                f"'{target.id}' is een {target.answer_type}-item (gebruik 'answered')"
            )
        else:
            valid = [c.value for c in target.choices or ()]
            for value in condition.choice_values:
                if value not in valid:
                    found.append(
                        f"voorwaarde noemt '{value}', maar dat is geen keuze van item "
                        f"'{target.id}' (keuzes: {', '.join(valid)})"
                    )
    missing = [m.value for m in item.maatregelen if m not in target.maatregelen]
    if missing:
        found.append(
            f"voorwaarde verwijst naar '{target.id}', dat niet geldt voor "
            f"{', '.join(missing)}; daar zou dit item nooit zichtbaar zijn"
        )
    return found


def _cycle_problems(by_id: Mapping[str, ChecklistItem]) -> list[tuple[str | None, str]]:
    """Conditions form a graph with at most one edge per item; report every cycle once."""
    found: list[tuple[str | None, str]] = []
    done: set[str] = set()
    for start in by_id:
        path: list[str] = []
        current: str | None = start
        while current is not None and current in by_id and current not in done:
            if current in path:
                cycle = path[path.index(current) :]
                if len(cycle) == 1:
                    found.append((current, "voorwaarde verwijst naar het item zelf"))
                else:
                    chain = " → ".join([*cycle, current])
                    found.append((cycle[0], f"voorwaarden vormen een kring: {chain}"))
                break
            path.append(current)
            condition = by_id[current].condition
            current = condition.item if condition is not None else None
        done.update(path)
    return found


# --------------------------------------------------------------------------- errors in Dutch


def _dutch_errors(
    exc: ValidationError, source: str, item_id: str | None, prefix: str = ""
) -> list[ChecklistProblem]:
    return [
        ChecklistProblem(source, item_id, prefix + _dutch_error(error))
        for error in exc.errors(include_url=False)
    ]


def _dutch_error(error: ErrorDetails) -> str:
    path = _loc_text(error["loc"])
    kind = error["type"]
    ctx = error.get("ctx", {})
    if kind == "missing":
        return f"verplicht veld '{path}' ontbreekt"
    if kind == "extra_forbidden":
        return f"onbekend veld '{path}' (tikfout?)"
    message = _message_for(kind, ctx, error.get("input"), path)
    return f"{path}: {message}" if path else message


def _message_for(kind: str, ctx: Mapping[str, Any], value: object, path: str) -> str:
    shown = _shown(value)
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", "ongeldige waarde"))
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        if path.endswith("status") or path.startswith("requires_toelichting_when"):
            expected = STATUS_NAMES
        what = "thema" if path.endswith("theme") else "waarde"
        return f"onbekend{'' if what == 'thema' else 'e'} {what} {shown} (kies uit: {expected})"
    if kind == "string_pattern_mismatch":
        return (
            f"{shown} mag alleen kleine letters, cijfers, '_' en '-' bevatten "
            "en moet met een letter beginnen"
        )
    if kind == "too_short" and path == "items":
        return "de checklist bevat geen items"
    simple = {
        "string_type": "moet tekst zijn",
        "int_type": "moet een geheel getal zijn",
        "int_parsing": "moet een geheel getal zijn",
        "int_from_float": "moet een geheel getal zijn",
        "bool_type": "moet true of false zijn",
        "bool_parsing": "moet true of false zijn",
        "decimal_type": "moet een getal zijn",
        "decimal_parsing": "moet een getal zijn",
        "finite_number": "moet een gewoon getal zijn",
        "tuple_type": "moet een lijst zijn",
        "list_type": "moet een lijst zijn",
        "dict_type": "moet een verzameling velden zijn (naam: waarde)",
        "model_type": "moet een verzameling velden zijn (naam: waarde)",
        "model_attributes_type": "moet een verzameling velden zijn (naam: waarde)",
        "string_too_short": "mag niet leeg zijn",
    }
    if kind in simple:
        return simple[kind] + (f" (nu: {shown})" if kind.endswith(("_type", "_parsing")) else "")
    bounds = {
        "greater_than_equal": "moet {ge} of hoger zijn",
        "greater_than": "moet hoger zijn dan {gt}",
        "less_than_equal": "mag hoogstens {le} zijn",
        "less_than": "moet lager zijn dan {lt}",
        "string_too_long": "is te lang (hoogstens {max_length} tekens)",
        "too_short": "moet minstens {min_length} element(en) bevatten",
        "too_long": "mag hoogstens {max_length} element(en) bevatten",
    }
    if kind in bounds:
        try:
            return bounds[kind].format(**ctx)
        except (KeyError, IndexError):
            return "waarde valt buiten de grenzen"
    return f"ongeldige waarde {shown}"


def _loc_text(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _shown(value: object) -> str:
    if isinstance(value, Mapping):
        return "een verzameling velden"
    if isinstance(value, list | tuple):
        return "een lijst"
    text = str(value)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


# --------------------------------------------------------------------------- loading


def load_data(raw: object, source: str) -> Checklist:
    """The checklist in parsed file data; raises ChecklistError with every problem found."""
    if raw is None:
        raise fail(source, "het bestand is leeg")
    if not isinstance(raw, dict):
        raise fail(
            source,
            "het bestand moet bestaan uit velden (id, version, title, description, items), "
            f"niet uit {'een lijst' if isinstance(raw, list) else 'losse tekst'}",
        )
    problems: list[ChecklistProblem] = []
    header_raw = {k: v for k, v in raw.items() if k not in ("items", "choice_sets", "termijnen")}
    header: HeaderSpec | None = None
    try:
        header = HeaderSpec.model_validate(header_raw)
    except ValidationError as exc:
        problems.extend(_dutch_errors(exc, source, None))
    sets_raw = raw.get("choice_sets", {})
    sets: dict[str, tuple[ChoiceSpec, ...]] = {}
    try:
        sets = _choice_sets_adapter().validate_python(sets_raw if sets_raw is not None else {})
    except ValidationError as exc:
        problems.extend(_dutch_errors(exc, source, None, "choice_sets: "))
    for name in sets:
        if not SLUG_RE.match(name):
            problems.append(ChecklistProblem(source, None, f"choice_sets: ongeldige naam '{name}'"))
    set_names = set(sets_raw) if isinstance(sets_raw, dict) else set()
    terms, term_problems = _load_terms(raw.get("termijnen"), source)
    problems.extend(term_problems)
    terms_by_id = {term.id: term for term in terms}
    problems.extend(_item_term_problems(raw.get("items"), terms_by_id, source))
    items, item_problems, known_ids = _load_items(
        raw.get("items"), sets, set_names, source, terms_by_id
    )
    problems.extend(item_problems)
    problems.extend(
        ChecklistProblem(source, item_id, message)
        for item_id, message in _semantic_problems(items, known_ids)
    )
    if problems or header is None:
        raise ChecklistError(problems)
    return Checklist(
        id=header.id,
        version=header.version,
        title=header.title,
        description=header.description,
        choice_sets={name: tuple(map(_choice, choices)) for name, choices in sets.items()},
        terms=tuple(terms),
        items=tuple(items),
    )


def _load_items(
    raw_items: object,
    sets: Mapping[str, tuple[ChoiceSpec, ...]],
    set_names: Collection[object],
    source: str,
    terms: Mapping[str, Term],
) -> tuple[list[ChecklistItem], list[ChecklistProblem], set[str]]:
    if raw_items is None:
        return [], [ChecklistProblem(source, None, "verplicht veld 'items' ontbreekt")], set()
    if not isinstance(raw_items, list):
        return [], [ChecklistProblem(source, None, "'items' moet een lijst zijn")], set()
    if not raw_items:
        return [], [ChecklistProblem(source, None, "de checklist bevat geen items")], set()
    items: list[ChecklistItem] = []
    problems: list[ChecklistProblem] = []
    known_ids = {
        raw["id"] for raw in raw_items if isinstance(raw, dict) and isinstance(raw.get("id"), str)
    }
    for number, raw in enumerate(raw_items, start=1):
        item_id = raw.get("id") if isinstance(raw, dict) else None
        shown_id = item_id if isinstance(item_id, str) and item_id else None
        prefix = "" if shown_id else f"item nr. {number}: "
        if not isinstance(raw, dict):
            message = "moet een verzameling velden zijn (id, theme, question, …)"
            problems.append(ChecklistProblem(source, None, prefix + message))
            continue
        resolved, unknown_set = _resolve_choices(raw, sets)
        if unknown_set is not None:
            if unknown_set not in set_names:
                message = f"onbekende keuzelijst '{unknown_set}' (zie choice_sets)"
                problems.append(ChecklistProblem(source, shown_id, prefix + message))
            continue
        try:
            items.append(_item(ItemSpec.model_validate(resolved), terms))
        except ValidationError as exc:
            problems.extend(_dutch_errors(exc, source, shown_id, prefix))
    return items, problems, known_ids
