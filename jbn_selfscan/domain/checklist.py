"""Checklist definitions: the YAML format, its pydantic schema, a safe loader and validation.

A checklist is data, not code (see docs/checklist-format.md). Loading is defensive: the file
size is checked before parsing, YAML aliases/anchors, explicit tags, duplicate keys and deep
nesting are refused, only plain scalars (text, whole numbers, true/false, null), mappings and
lists exist, and every problem is reported as a Dutch `ChecklistProblem` naming the file and the
item. `ChecklistError` carries all problems found, not just the first.

Shipped checklists live in `jbn_selfscan/checklists/`: `zelfscan.yaml` is the current one; an
older version that scans may still refer to is kept, unchanged, as `<id>-v<version>.yaml`.
"""

from __future__ import annotations

import functools
import hashlib
import re
import stat
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from jbn_selfscan.domain.types import ItemStatus, Maatregel, Theme

if TYPE_CHECKING:
    from jbn_selfscan.domain.merged import ChecklistRef

MAX_FILE_BYTES = 1_000_000
MAX_NESTING = 40
CURRENT_CHECKLIST_FILE = "zelfscan.yaml"

# Step ids of the deadline engine (jbn_selfscan.domain.deadlines); kept here so that checklist
# validation does not depend on the engine. A test keeps both lists equal.
DEADLINE_STEPS: tuple[str, ...] = (
    "eerste_f2f",
    "eerste_pva",
    "eerste_risicotaxatie",
    "hulp_gestart",
    "risicotaxatie_actueel",
    "pva_evaluatie",
    "contact_voogdij",
)

AnswerType = Literal["keuze", "datum", "getal", "tekst"]
CHOICE_STATUSES: tuple[ItemStatus, ...] = (
    ItemStatus.OP_ORDE,
    ItemStatus.AANDACHT,
    ItemStatus.NIET_OP_ORDE,
    ItemStatus.NVT,
)

_SLUG = r"^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$"
_SLUG_RE = re.compile(_SLUG)
_NORM_RE = re.compile(r"^[1-9][0-9]?[a-z]?\.[0-9]{1,2}$")
_STATUS_NAMES = ", ".join(status.value for status in CHOICE_STATUSES)


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class ChecklistProblem:
    """One problem in a checklist file, in Dutch, for the person who maintains the file."""

    file: str
    item_id: str | None
    message: str

    def __str__(self) -> str:
        if self.item_id is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}: item {self.item_id}: {self.message}"


class ChecklistError(Exception):
    """A checklist could not be loaded; `problems` lists everything that is wrong."""

    def __init__(self, problems: Iterable[ChecklistProblem]) -> None:
        self.problems: tuple[ChecklistProblem, ...] = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


# --------------------------------------------------------------------------- schema


class _Model(BaseModel):
    # defer_build: validators are built on the first validation of a file, not at import; the
    # shipped checklist comes prebuilt and needs none (see `load_shipped_file`).
    model_config = ConfigDict(
        defer_build=True,
        frozen=True,
        extra="forbid",
        coerce_numbers_to_str=True,
        validate_by_name=True,
        validate_by_alias=True,
    )


class Choice(_Model):
    """One answer of a keuze item and the status it stands for."""

    value: str = Field(min_length=1, max_length=50, pattern=_SLUG)
    label: str = Field(min_length=1, max_length=200)
    status: ItemStatus

    @field_validator("status")
    @classmethod
    def _answer_status(cls, status: ItemStatus) -> ItemStatus:
        if status is ItemStatus.NOG_NIET_INGEVULD:
            raise ValueError(
                f"een keuze kan niet 'nog niet ingevuld' zijn (kies uit: {_STATUS_NAMES})"
            )
        return status


class Condition(_Model):
    """When an item is shown: depending on the answer to another item.

    Exactly one of `in` (answer is one of these choices), `not_in` (answered, and not one of
    these) or `answered` (true: has an answer; false: has none).
    """

    item: str = Field(min_length=1, max_length=64)
    in_: tuple[str, ...] | None = Field(default=None, alias="in", min_length=1)
    not_in: tuple[str, ...] | None = Field(default=None, min_length=1)
    answered: bool | None = None

    @model_validator(mode="after")
    def _exactly_one_test(self) -> Condition:
        given = [test for test in (self.in_, self.not_in, self.answered) if test is not None]
        if len(given) != 1:
            raise ValueError("een voorwaarde heeft precies één van 'in', 'not_in' of 'answered'")
        return self

    @property
    def choice_values(self) -> tuple[str, ...]:
        """The choice values the condition names (empty for `answered`)."""
        return self.in_ or self.not_in or ()

    def holds(self, value: str | None) -> bool:
        """Whether the condition holds for this answer of the target item (None: no answer)."""
        answer = (value or "").strip()
        if self.answered is not None:
            return bool(answer) == self.answered
        if not answer:
            return False
        if self.in_ is not None:
            return answer in self.in_
        return answer not in (self.not_in or ())

    def describe(self) -> str:
        """Dutch summary, e.g. "antwoord op 'x' is ja of deels"."""
        if self.answered is not None:
            return f"'{self.item}' is {'' if self.answered else 'niet '}ingevuld"
        if self.in_ is not None:
            return f"antwoord op '{self.item}' is {_or_list(self.in_)}"
        return f"antwoord op '{self.item}' is niet {_or_list(self.not_in or ())}"


class ChecklistItem(_Model):
    """One question of the checklist; `id` is stable: answers are stored under it."""

    id: str = Field(min_length=1, max_length=64, pattern=_SLUG)
    theme: Theme
    label: str = Field(default="", max_length=80)
    question: str = Field(min_length=1, max_length=1000)
    help: str = Field(min_length=1, max_length=5000)
    answer_type: AnswerType
    choices: tuple[Choice, ...] | None = None
    maatregelen: tuple[Maatregel, ...] = Field(default=tuple(Maatregel), min_length=1)
    condition: Condition | None = None
    norm: str = Field(default="", max_length=50)
    requires_toelichting_when: tuple[ItemStatus, ...] = ()
    stap: str | None = None
    max_age_months: int | None = Field(default=None, ge=1, le=120)
    min: Decimal | None = None
    max: Decimal | None = None

    @field_validator("maatregelen", mode="before")
    @classmethod
    def _parse_maatregelen(cls, value: object) -> object:
        if isinstance(value, list | tuple):
            return [Maatregel.parse(entry) if isinstance(entry, str) else entry for entry in value]
        return value

    @field_validator("maatregelen")
    @classmethod
    def _unique_maatregelen(cls, value: tuple[Maatregel, ...]) -> tuple[Maatregel, ...]:
        doubles = [m.value for m, count in Counter(value).items() if count > 1]
        if doubles:
            raise ValueError(f"maatregel {', '.join(doubles)} staat er meer dan eens in")
        return value

    @field_validator("norm")
    @classmethod
    def _norm_references(cls, value: str) -> str:
        for part in _split_norms(value):
            if not _NORM_RE.match(part):
                raise ValueError(
                    f"onbekende normverwijzing '{part}' (schrijf bijvoorbeeld 1a.3 of 3.5; "
                    "meerdere met komma's)"
                )
        return value

    @field_validator("stap")
    @classmethod
    def _known_step(cls, value: str | None) -> str | None:
        if value is not None and value not in DEADLINE_STEPS:
            raise ValueError(f"onbekende stap '{value}' (kies uit: {', '.join(DEADLINE_STEPS)})")
        return value

    @field_validator("requires_toelichting_when")
    @classmethod
    def _answer_statuses(cls, value: tuple[ItemStatus, ...]) -> tuple[ItemStatus, ...]:
        if ItemStatus.NOG_NIET_INGEVULD in value:
            raise ValueError(f"'nog_niet_ingevuld' kan hier niet; kies uit: {_STATUS_NAMES}")
        return tuple(dict.fromkeys(value))

    @property
    def norms(self) -> tuple[str, ...]:
        """The norm references, e.g. ("3.4", "3.5")."""
        return _split_norms(self.norm)

    @property
    def short_label(self) -> str:
        """A short name for overviews: `label`, or the question when there is none."""
        return self.label or self.question

    def applies_to(self, maatregel: Maatregel) -> bool:
        return maatregel in self.maatregelen

    def choice(self, value: str) -> Choice | None:
        """The choice with this value, or None (also for non-keuze items)."""
        return next((c for c in self.choices or () if c.value == value), None)


class _ChecklistHeader(_Model):
    id: str = Field(min_length=1, max_length=100, pattern=_SLUG)
    version: int = Field(strict=True, ge=1, le=100_000)
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)


@functools.cache
def _choice_sets_adapter() -> TypeAdapter[dict[str, tuple[Choice, ...]]]:
    return TypeAdapter(dict[str, tuple[Choice, ...]])


class Checklist(_ChecklistHeader):
    """A whole checklist of one `id` and `version`; see docs/checklist-format.md."""

    choice_sets: dict[str, tuple[Choice, ...]] = Field(default_factory=dict)
    items: tuple[ChecklistItem, ...] = Field(min_length=1)
    _index: dict[str, ChecklistItem] = PrivateAttr(default_factory=dict)
    _by_maatregel: dict[Maatregel, tuple[ChecklistItem, ...]] = PrivateAttr(default_factory=dict)
    _step_items: tuple[ChecklistItem, ...] = PrivateAttr(default=())

    @model_validator(mode="before")
    @classmethod
    def _resolve_choice_sets(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and isinstance(data.get("items"), list | tuple):
            sets = data.get("choice_sets")
            if isinstance(sets, Mapping):
                items = [_resolve_choices(item, sets)[0] for item in data["items"]]
                return {**data, "items": items}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Checklist:
        found = _semantic_problems(self.items, {item.id for item in self.items})
        if found:
            raise ValueError("; ".join(f"item {item_id}: {msg}" for item_id, msg in found))
        return self

    def model_post_init(self, context: Any, /) -> None:
        self._index = {item.id: item for item in self.items}
        self._by_maatregel = {
            maatregel: tuple(item for item in self.items if item.applies_to(maatregel))
            for maatregel in Maatregel
        }
        self._step_items = tuple(item for item in self.items if item.stap is not None)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(self._index)

    def item(self, item_id: str) -> ChecklistItem:
        """The item with this id; raises KeyError when the checklist has no such item."""
        try:
            return self._index[item_id]
        except KeyError:
            raise KeyError(
                f"checklist {self.id} versie {self.version} heeft geen item '{item_id}'"
            ) from None

    def find(self, item_id: str) -> ChecklistItem | None:
        """The item with this id, or None."""
        return self._index.get(item_id)

    def step_items(self) -> tuple[ChecklistItem, ...]:
        """The items linked to a deadline step (`stap`), in checklist order."""
        return self._step_items

    def items_for(self, maatregel: Maatregel) -> tuple[ChecklistItem, ...]:
        """The items that apply to this maatregel, in checklist order."""
        found = self._by_maatregel.get(maatregel)
        if found is None:
            return tuple(item for item in self.items if item.applies_to(maatregel))
        return found

    def as_ref(self) -> ChecklistRef:
        """The wording of this checklist as stored in the merged caseloadgesprek file."""
        from jbn_selfscan.domain.merged import ChecklistItemText, ChecklistRef  # not at start-up

        return ChecklistRef(
            id=self.id,
            versie=self.version,
            titel=self.title,
            items=tuple(
                ChecklistItemText(
                    id=item.id,
                    thema=item.theme,
                    vraag=item.question,
                    norm=item.norm,
                    antwoordtype=item.answer_type,
                )
                for item in self.items
            ),
        )


def _split_norms(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _or_list(values: Sequence[str]) -> str:
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} of {values[-1]}"


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
        for rule in ("stap", "max_age_months"):
            if getattr(item, rule) is not None:
                found.append(f"'{rule}' hoort alleen bij een datum-item ({kind})")
    if item.answer_type != "getal":
        for rule in ("min", "max"):
            if getattr(item, rule) is not None:
                found.append(f"'{rule}' hoort alleen bij een getal-item ({kind})")
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
            expected = _STATUS_NAMES
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


def load_checklist(path: Path) -> Checklist:
    """Load and validate a checklist file; raises ChecklistError with every problem found."""
    source = str(path)
    return _load_bytes(_read_file(path, source), source)


def load_checklist_text(text: str, source: str) -> Checklist:
    """Load and validate checklist YAML given as text; `source` names it in problems."""
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
        raise ChecklistError([_too_big(source, len(text.encode("utf-8", "replace")))])
    from jbn_selfscan.domain.checklist_yaml import parse_yaml

    return _load_data(parse_yaml(text, source), source)


def _fail(source: str, message: str) -> ChecklistError:
    return ChecklistError([ChecklistProblem(source, None, message)])


def _too_big(source: str, size: int) -> ChecklistProblem:
    megabytes = f"{size / 1_000_000:.1f}".replace(".", ",")
    limit = f"{MAX_FILE_BYTES / 1_000_000:g}".replace(".", ",")
    message = f"bestand is te groot ({megabytes} MB; maximaal {limit} MB)"
    return ChecklistProblem(source, None, message)


def _read_file(path: Path, source: str) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _fail(source, "dit is een map, geen bestand")
        if not stat.S_ISREG(info.st_mode):
            raise _fail(source, "dit is geen gewoon bestand")
        if info.st_size > MAX_FILE_BYTES:
            raise ChecklistError([_too_big(source, info.st_size)])
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(source, "bestand niet gevonden") from None
    except PermissionError:
        raise _fail(source, "geen toegang tot het bestand (leesrechten?)") from None
    except OSError as exc:
        raise _fail(source, f"bestand kan niet worden gelezen ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ChecklistError([_too_big(source, len(data))])
    return data


def _load_bytes(data: bytes, source: str, *, shipped: bool = False) -> Checklist:
    if b"\x00" in data:
        raise _fail(source, "dit is geen tekstbestand (binaire inhoud); verwacht YAML-tekst")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(
            source, f"regel {line}: het bestand is geen UTF-8-tekst; sla het op als UTF-8"
        ) from None
    from jbn_selfscan.domain.checklist_yaml import parse_yaml

    return _load_data(parse_yaml(text, source, shipped=shipped), source)


def _load_data(raw: object, source: str) -> Checklist:
    if raw is None:
        raise _fail(source, "het bestand is leeg")
    if not isinstance(raw, dict):
        raise _fail(
            source,
            "het bestand moet bestaan uit velden (id, version, title, description, items), "
            f"niet uit {'een lijst' if isinstance(raw, list) else 'losse tekst'}",
        )
    problems: list[ChecklistProblem] = []
    header_raw = {k: v for k, v in raw.items() if k not in ("items", "choice_sets")}
    try:
        _ChecklistHeader.model_validate(header_raw)
    except ValidationError as exc:
        problems.extend(_dutch_errors(exc, source, None))
    sets_raw = raw.get("choice_sets", {})
    sets: dict[str, tuple[Choice, ...]] = {}
    try:
        sets = _choice_sets_adapter().validate_python(sets_raw if sets_raw is not None else {})
    except ValidationError as exc:
        problems.extend(_dutch_errors(exc, source, None, "choice_sets: "))
    for name in sets:
        if not _SLUG_RE.match(name):
            problems.append(ChecklistProblem(source, None, f"choice_sets: ongeldige naam '{name}'"))
    set_names = set(sets_raw) if isinstance(sets_raw, dict) else set()
    items, item_problems, known_ids = _load_items(raw.get("items"), sets, set_names, source)
    problems.extend(item_problems)
    problems.extend(
        ChecklistProblem(source, item_id, message)
        for item_id, message in _semantic_problems(items, known_ids)
    )
    if problems:
        raise ChecklistError(problems)
    try:
        return Checklist.model_validate({**header_raw, "choice_sets": sets, "items": items})
    except ValidationError as exc:  # pragma: no cover - every check above runs first
        raise ChecklistError(_dutch_errors(exc, source, None)) from None


def _load_items(
    raw_items: object,
    sets: Mapping[str, tuple[Choice, ...]],
    set_names: Collection[object],
    source: str,
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
            items.append(ChecklistItem.model_validate(resolved))
        except ValidationError as exc:
            problems.extend(_dutch_errors(exc, source, shown_id, prefix))
    return items, problems, known_ids


# --------------------------------------------------------------------------- shipped checklists


def _checklists_dir() -> Traversable:
    return resources.files("jbn_selfscan").joinpath("checklists")


def archived_checklist_filename(checklist_id: str, version: int) -> str:
    """File name under which an older version is kept, e.g. `jbn-dossier-zelfscan-v1.yaml`."""
    return f"{checklist_id}-v{version}.yaml"


def shipped_checklist_files() -> tuple[str, ...]:
    """Names of all checklist files shipped with the app, sorted."""
    return tuple(sorted(f.name for f in _checklists_dir().iterdir() if f.name.endswith(".yaml")))


@functools.lru_cache(maxsize=16)
def load_shipped_file(name: str) -> Checklist:
    """Load one shipped checklist file by name (cached); raises ChecklistError.

    The prebuilt form (`checklist_prebuilt`) is used while the file is byte for byte the one it
    was built from; any other content is parsed and validated like a user's file.
    """
    from jbn_selfscan.domain.checklist_prebuilt import prebuilt_checklist

    data = _read_shipped_file(name)
    prebuilt = prebuilt_checklist(name, hashlib.sha256(data).hexdigest())
    if prebuilt is not None:
        return prebuilt
    return _load_bytes(data, f"checklists/{name}", shipped=True)


def validate_shipped_file(name: str) -> Checklist:
    """Parse and validate one shipped checklist file, never using its prebuilt form."""
    return _load_bytes(_read_shipped_file(name), f"checklists/{name}", shipped=True)


def _read_shipped_file(name: str) -> bytes:
    source = f"checklists/{name}"
    try:
        data = _checklists_dir().joinpath(name).read_bytes()
    except OSError:
        message = "het checklistbestand ontbreekt; installeer JBN Zelfscan opnieuw"
        raise _fail(source, message) from None
    if len(data) > MAX_FILE_BYTES:
        raise ChecklistError([_too_big(source, len(data))])
    return data


def shipped_checklist() -> Checklist:
    """The current checklist (cached after the first call)."""
    return load_shipped_file(CURRENT_CHECKLIST_FILE)


def shipped_checklist_version(checklist_id: str, version: int) -> Checklist | None:
    """The shipped checklist with exactly this id and version, or None when not shipped."""
    current = shipped_checklist()
    if (current.id, current.version) == (checklist_id, version):
        return current
    if not _SLUG_RE.match(checklist_id) or isinstance(version, bool) or version < 1:
        return None  # never build a file name from an unchecked id (it may come from a file)
    name = archived_checklist_filename(checklist_id, version)
    if not _checklists_dir().joinpath(name).is_file():
        return None
    archived = load_shipped_file(name)
    return archived if (archived.id, archived.version) == (checklist_id, version) else None
