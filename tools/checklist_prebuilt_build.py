"""Writes `checklist_prebuilt.py`: every shipped checklist as Python, built from its YAML file.

The app needs the current checklist before its first window shows. Parsing the YAML and
validating it imports PyYAML and pydantic's model machinery and builds the validators of the
schema: ~80 ms of a start (docs/benchmarks.md). The prebuilt module makes the same objects
directly. `load_shipped_file` uses it only while the YAML file's SHA-256 equals the one recorded
with it; a changed file is validated like any other, so the YAML file stays the source.
`tests/domain/test_checklist_prebuilt.py` fails while the module differs from what this renders,
and compares its objects with the validated ones.

Regenerate after changing a shipped checklist or the checklist models (from the project root):

    .venv/bin/python tools/checklist_prebuilt_build.py
"""

from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal
from enum import Enum
from pathlib import Path

from jbn_selfscan.domain.checklist import (
    _read_shipped_file,
    shipped_checklist_files,
    validate_shipped_file,
)

PREBUILT_PATH = (
    Path(__file__).resolve().parents[1] / "jbn_selfscan" / "domain" / "checklist_prebuilt.py"
)
INDENT = "    "

_HEADER = '''"""The shipped checklists, prebuilt from their YAML files: do not edit.

Made by `python tools/checklist_prebuilt_build.py` (see that script).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jbn_selfscan.domain.checklist import Checklist, ChecklistItem, Choice, Condition, Term
from jbn_selfscan.domain.types import Bron, ItemStatus, Maatregel, Theme, Unit


def prebuilt_checklist(name: str, sha256: str) -> Checklist | None:
    """The checklist of shipped file `name`, or None unless the file is the one built from."""
    entry = _PREBUILT.get(name)
    if entry is None or entry[0] != sha256:
        return None
    return entry[1]()
'''


def render_prebuilt() -> str:
    """The text of `checklist_prebuilt.py` for the shipped checklist files as they are now."""
    parts = [_HEADER]
    table = []
    for number, name in enumerate(shipped_checklist_files(), start=1):
        digest = hashlib.sha256(_read_shipped_file(name)).hexdigest()
        function = f"_checklist_{number}"
        body = _render(validate_shipped_file(name), 1)
        parts.append(f"\n\ndef {function}() -> Checklist:  # {name}\n{INDENT}return {body}\n")
        table.append(f'{INDENT}"{name}": ("{digest}", {function}),\n')
    parts.append(
        "\n\n_PREBUILT: dict[str, tuple[str, Callable[[], Checklist]]] = {\n"
        + "".join(table)
        + "}\n"
    )
    return "".join(parts)


def _render(value: object, depth: int) -> str:
    """Python source that makes `value` again (dataclasses, tuples, dicts, enums, scalars)."""
    outer, inner = INDENT * depth, INDENT * (depth + 1)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        given = [
            (f.name, getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.init and not _is_default(f, getattr(value, f.name))
        ]
        fields = "".join(f"{inner}{n}={_render(v, depth + 1)},\n" for n, v in given)
        return f"{type(value).__name__}(\n{fields}{outer})"
    if isinstance(value, tuple):
        if not value:
            return "()"
        entries = "".join(f"{inner}{_render(entry, depth + 1)},\n" for entry in value)
        return f"(\n{entries}{outer})"
    if isinstance(value, dict):
        entries = "".join(
            f"{inner}{key!r}: {_render(entry, depth + 1)},\n" for key, entry in value.items()
        )
        return f"{{\n{entries}{outer}}}" if value else "{}"
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, Decimal):
        return f"Decimal({str(value)!r})"
    if value is None or isinstance(value, str | int | bool):
        return repr(value)
    raise TypeError(f"cannot render {type(value).__name__} in the prebuilt checklist")


def _is_default(spec: dataclasses.Field[object], value: object) -> bool:
    if spec.default is not dataclasses.MISSING:
        return bool(value == spec.default)
    if spec.default_factory is not dataclasses.MISSING:
        return bool(value == spec.default_factory())
    return False


def main() -> None:
    PREBUILT_PATH.write_text(render_prebuilt(), encoding="utf-8")
    print(f"written: {PREBUILT_PATH}")


if __name__ == "__main__":
    main()
