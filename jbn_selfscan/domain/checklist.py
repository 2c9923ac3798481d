"""Checklists: the objects the app works with, and loading them from YAML files.

A checklist is data, not code (see docs/checklist-format.md). Loading is defensive: the file
size is checked before parsing, YAML aliases/anchors, explicit tags, duplicate keys and deep
nesting are refused (`checklist_yaml`), the content is validated against a pydantic schema
(`checklist_schema`), and every problem is reported as a Dutch `ChecklistProblem` naming the
file and the item. `ChecklistError` carries all problems found, not just the first.

The objects themselves are frozen dataclasses, so using a checklist needs neither PyYAML nor
pydantic: the shipped checklist comes prebuilt (`checklist_prebuilt`) and the app starts
without either (docs/benchmarks.md).

Shipped checklists live in `jbn_selfscan/checklists/`: `zelfscan.yaml` is the current one; an
older version that scans may still refer to is kept, unchanged, as `<id>-v<version>.yaml`.
"""

from __future__ import annotations

import functools
import hashlib
import re
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.domain.types import Bron, ItemStatus, Maatregel, Theme, Unit

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
# The terms the app itself sets, per step and maatregel: the statutory ones and the inspection's
# yardsticks (jbn_selfscan.domain.deadlines.RULES; a test keeps both equal). Every other term of
# a step is a JBN agreement or a yardstick the organisation applies, and lives in the checklist
# (`termijnen`), so that changing it is a checklist change.
_ALL = tuple(Maatregel)
APP_TERMS: dict[str, tuple[Maatregel, ...]] = {
    "eerste_f2f": _ALL,
    "eerste_pva": _ALL,
    "hulp_gestart": _ALL,
    "risicotaxatie_actueel": (Maatregel.OTS, Maatregel.VOOGDIJ),
    "pva_evaluatie": _ALL,
}
# Steps whose term can be a count ("minstens 4 keer per 12 maanden"): the app keeps a list of
# dates for them (the contact moments of a client).
COUNTED_STEPS: tuple[str, ...] = ("contact_voogdij",)

AnswerType = Literal["keuze", "datum", "getal", "tekst"]
CHOICE_STATUSES: tuple[ItemStatus, ...] = (
    ItemStatus.OP_ORDE,
    ItemStatus.AANDACHT,
    ItemStatus.NIET_OP_ORDE,
    ItemStatus.NVT,
)

SLUG = r"^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$"
SLUG_RE = re.compile(SLUG)
NORM_RE = re.compile(r"^[1-9][0-9]?[a-z]?\.[0-9]{1,2}$")
STATUS_NAMES = ", ".join(status.value for status in CHOICE_STATUSES)


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


class ChecklistError(UserFacingError):
    """A checklist could not be loaded; `problems` lists everything that is wrong."""

    def __init__(self, problems: Iterable[ChecklistProblem]) -> None:
        self.problems: tuple[ChecklistProblem, ...] = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


# --------------------------------------------------------------------------- the objects


@dataclass(frozen=True, kw_only=True)
class Choice:
    """One answer of a keuze item and the status it stands for."""

    value: str
    label: str
    status: ItemStatus


@dataclass(frozen=True, kw_only=True)
class Condition:
    """When an item is shown: depending on the answer to another item.

    Exactly one of `in` (answer is one of these choices), `not_in` (answered, and not one of
    these) or `answered` (true: has an answer; false: has none).
    """

    item: str
    in_: tuple[str, ...] | None = None
    not_in: tuple[str, ...] | None = None
    answered: bool | None = None

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


@dataclass(frozen=True, kw_only=True)
class Term:
    """A term the checklist sets: a JBN agreement (`bron` jbn) or an inspection yardstick.

    With `stap`, it is the deadline engine's term of that step for `maatregelen`: `lengte`
    `eenheid` from the step's start, or with `aantal` a count ("minstens `aantal` keer per
    `lengte` `eenheid`"). Without `stap`, date items refer to it by `id` (`termijn`): the date
    may be at most `lengte` `eenheid` old. See docs/checklist-format.md and docs/termijnen.md.
    """

    id: str
    omschrijving: str
    lengte: int
    eenheid: Unit
    bron: Bron
    stap: str | None = None
    maatregelen: tuple[Maatregel, ...] = tuple(Maatregel)
    aantal: int | None = None
    norm: str = ""
    toelichting: str = ""

    def describe(self) -> str:
        """ "3 maanden", or for a count "minstens 4 keer per 12 maanden"."""
        span = self.eenheid.describe(self.lengte)
        return span if self.aantal is None else f"minstens {self.aantal} keer per {span}"


@dataclass(frozen=True, kw_only=True)
class ChecklistItem:
    """One question of the checklist; `id` is stable: answers are stored under it."""

    id: str
    theme: Theme
    label: str = ""
    question: str
    help: str
    answer_type: AnswerType
    choices: tuple[Choice, ...] | None = None
    maatregelen: tuple[Maatregel, ...] = tuple(Maatregel)
    condition: Condition | None = None
    norm: str = ""
    requires_toelichting_when: tuple[ItemStatus, ...] = ()
    stap: str | None = None
    max_age_months: int | None = None
    # the term (without `stap`) that says how old this date may be, e.g. contact at least
    # every 3 months; `max_age_months` is the older form of the same (checklist version 1)
    termijn: Term | None = None
    min: Decimal | None = None
    max: Decimal | None = None

    @property
    def norms(self) -> tuple[str, ...]:
        """The norm references, e.g. ("3.4", "3.5")."""
        return split_norms(self.norm)

    @property
    def short_label(self) -> str:
        """A short name for overviews: `label`, or the question when there is none."""
        return self.label or self.question

    def applies_to(self, maatregel: Maatregel) -> bool:
        return maatregel in self.maatregelen

    def choice(self, value: str) -> Choice | None:
        """The choice with this value, or None (also for non-keuze items)."""
        return next((c for c in self.choices or () if c.value == value), None)


@dataclass(frozen=True, kw_only=True)
class Checklist:
    """A whole checklist of one `id` and `version`; see docs/checklist-format.md.

    Made by the loaders below (which validate) or by `checklist_prebuilt`; the constructor
    itself checks nothing.
    """

    id: str
    version: int
    title: str
    description: str = ""
    choice_sets: Mapping[str, tuple[Choice, ...]] = field(default_factory=dict)
    terms: tuple[Term, ...] = ()
    items: tuple[ChecklistItem, ...]
    _index: dict[str, ChecklistItem] = field(init=False, repr=False, compare=False)
    _by_maatregel: dict[Maatregel, tuple[ChecklistItem, ...]] = field(
        init=False, repr=False, compare=False
    )
    _step_items: tuple[ChecklistItem, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {item.id: item for item in self.items}
        by_maatregel = {
            maatregel: tuple(item for item in self.items if item.applies_to(maatregel))
            for maatregel in Maatregel
        }
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_by_maatregel", by_maatregel)
        object.__setattr__(self, "_step_items", tuple(i for i in self.items if i.stap is not None))

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

    def step_terms(self) -> tuple[Term, ...]:
        """The terms of deadline steps this checklist sets (those with a `stap`)."""
        return tuple(term for term in self.terms if term.stap is not None)

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


def split_norms(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _or_list(values: Sequence[str]) -> str:
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} of {values[-1]}"


# --------------------------------------------------------------------------- loading


def load_checklist(path: Path) -> Checklist:
    """Load and validate a checklist file; raises ChecklistError with every problem found."""
    source = str(path)
    return _load_bytes(_read_file(path, source), source)


def load_checklist_text(text: str, source: str) -> Checklist:
    """Load and validate checklist YAML given as text; `source` names it in problems."""
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
        raise ChecklistError([_too_big(source, len(text.encode("utf-8", "replace")))])
    from jbn_selfscan.domain.checklist_schema import load_data
    from jbn_selfscan.domain.checklist_yaml import parse_yaml

    return load_data(parse_yaml(text, source), source)


def load_checklist_data(data: Mapping[str, object], source: str) -> Checklist:
    """Validate a checklist given as data (the fields of the YAML file), e.g. built in code."""
    from jbn_selfscan.domain.checklist_schema import load_data

    return load_data(dict(data), source)


def fail(source: str, message: str) -> ChecklistError:
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
            raise fail(source, "dit is een map, geen bestand")
        if not stat.S_ISREG(info.st_mode):
            raise fail(source, "dit is geen gewoon bestand")
        if info.st_size > MAX_FILE_BYTES:
            raise ChecklistError([_too_big(source, info.st_size)])
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise fail(source, "bestand niet gevonden") from None
    except PermissionError:
        raise fail(source, "geen toegang tot het bestand (leesrechten?)") from None
    except OSError as exc:
        raise fail(source, f"bestand kan niet worden gelezen ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ChecklistError([_too_big(source, len(data))])
    return data


def _load_bytes(data: bytes, source: str) -> Checklist:
    if b"\x00" in data:
        raise fail(source, "dit is geen tekstbestand (binaire inhoud); verwacht YAML-tekst")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail(
            source, f"regel {line}: het bestand is geen UTF-8-tekst; sla het op als UTF-8"
        ) from None
    from jbn_selfscan.domain.checklist_schema import load_data
    from jbn_selfscan.domain.checklist_yaml import parse_yaml

    return load_data(parse_yaml(text, source), source)


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
    return _load_bytes(data, f"checklists/{name}")


def validate_shipped_file(name: str) -> Checklist:
    """Parse and validate one shipped checklist file, never using its prebuilt form."""
    return _load_bytes(_read_shipped_file(name), f"checklists/{name}")


def _read_shipped_file(name: str) -> bytes:
    source = f"checklists/{name}"
    try:
        data = _checklists_dir().joinpath(name).read_bytes()
    except OSError:
        message = "het checklistbestand ontbreekt; installeer JBN Zelfscan opnieuw"
        raise fail(source, message) from None
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
    if not SLUG_RE.match(checklist_id) or isinstance(version, bool) or version < 1:
        return None  # never build a file name from an unchecked id (it may come from a file)
    name = archived_checklist_filename(checklist_id, version)
    if not _checklists_dir().joinpath(name).is_file():
        return None
    archived = load_shipped_file(name)
    return archived if (archived.id, archived.version) == (checklist_id, version) else None
