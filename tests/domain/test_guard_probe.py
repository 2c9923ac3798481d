"""The identifier guard against a broad probe of how people write identifiers, and against
the app's own texts (checklist and demo), which must raise no false alarm."""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.domain.guard import Finding, IdentifierKind, find_identifiers
from jbn_selfscan.store import cipher

PROBE_FILE = Path(__file__).parent / "data" / "guard_probe.txt"
CLEAN_PROBE_FILE = Path(__file__).parent / "data" / "guard_clean_probe.txt"
REQUIRED_CATCH_RATE = 0.95
PACKAGE = Path(__file__).parents[2] / "jbn_selfscan"
_MARK = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


@dataclass(frozen=True)
class ProbeCase:
    kind: IdentifierKind
    text: str
    marks: tuple[tuple[int, int], ...]


def load_probe(path: Path = PROBE_FILE) -> list[ProbeCase]:
    cases: list[ProbeCase] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind_name, _, marked = line.partition(" | ")
        marked = marked.replace("\\n", "\n")
        text, marks, position = "", [], 0
        for match in _MARK.finditer(marked):
            text += marked[position : match.start()]
            marks.append((len(text), len(text) + len(match.group(1))))
            text += match.group(1)
            position = match.end()
        text += marked[position:]
        cases.append(ProbeCase(IdentifierKind(_KIND_NAMES[kind_name]), text, tuple(marks)))
    return cases


_KIND_NAMES = {
    "bsn": "bsn",
    "telefoon": "telefoon",
    "email": "email",
    "adres": "postcode_huisnummer",
    "geboortedatum": "geboortedatum",
}


def _mark_caught(text: str, start: int, end: int, findings: list[Finding]) -> bool:
    covered = [False] * len(text)
    for finding in findings:
        for index in range(finding.start, finding.end):
            covered[index] = True
    if not any(covered[start:end]):
        return False
    return all(covered[i] for i in range(start, end) if text[i].isdigit() or text[i] in "@＠")


def is_caught(case: ProbeCase) -> bool:
    findings = find_identifiers(case.text)
    return all(_mark_caught(case.text, start, end, findings) for start, end in case.marks)


def catch_rate(cases: list[ProbeCase]) -> tuple[int, list[ProbeCase]]:
    missed = [case for case in cases if not is_caught(case)]
    return len(cases) - len(missed), missed


def load_clean_probe(path: Path = CLEAN_PROBE_FILE) -> list[str]:
    """Ordinary texts without an identifier (see the head of the file)."""
    return [
        line.replace("\\n", "\n")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return []


def checklist_texts() -> list[str]:
    import yaml

    texts: list[str] = []
    for path in sorted((PACKAGE / "checklists").glob("*.yaml")):
        texts += _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


def demo_source_texts() -> list[str]:
    """Every string literal of the demo's modules (templates of its toelichtingen included)."""
    texts: list[str] = []
    for name in ("demo.py", "demo_data.py"):
        tree = ast.parse((PACKAGE / "services" / name).read_text(encoding="utf-8"))
        texts += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
    return texts


def test_probe_is_broad() -> None:
    cases = load_probe()
    assert len(cases) > 148
    kinds = {case.kind for case in cases}
    assert kinds == set(IdentifierKind)
    for kind in IdentifierKind:
        assert sum(case.kind is kind for case in cases) >= 25, kind


def test_probe_catch_rate_is_at_least_95_percent() -> None:
    cases = load_probe()
    caught, missed = catch_rate(cases)
    shown = "\n".join(repr(case.text) for case in missed)
    assert caught / len(cases) >= REQUIRED_CATCH_RATE, f"{caught}/{len(cases)}; missed:\n{shown}"


def test_probe_marks_are_what_the_guard_reports() -> None:
    """A caught case is caught as its own kind (an address is not 'found' as a phone number)."""
    wrong: list[str] = []
    for case in load_probe():
        kinds = {f.kind for f in find_identifiers(case.text)}
        if is_caught(case) and case.kind not in kinds:
            wrong.append(f"{case.text!r}: {sorted(kinds)}")
    assert len(wrong) <= len(load_probe()) // 50, wrong


def demo_database_texts(data_dir: Path) -> list[str]:
    """Every text value in a database filled by the demo (what the demo PDF and export show)."""
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services.demo import fill_demo
    from jbn_selfscan.services.workspace import open_workspace

    workspace = open_workspace(AppPaths(data_dir), daily_backup=False)
    try:
        fill_demo(workspace, dt.date(2026, 11, 20))
    finally:
        workspace.close()
    texts: set[str] = set()
    for database in data_dir.rglob("*.sqlite3"):
        with contextlib.closing(cipher.connect(database)) as connection:
            tables = [
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            for table in tables:
                for row in connection.execute(f'SELECT * FROM "{table}"'):
                    texts.update(value for value in row if isinstance(value, str))
    return sorted(texts)


def _alarms(corpus: list[str]) -> list[tuple[str, list[Finding]]]:
    return [(text, findings) for text in corpus if (findings := find_identifiers(text))]


@pytest.mark.parametrize("texts", [checklist_texts, demo_source_texts], ids=["checklist", "demo"])
def test_no_false_alarm_on_the_apps_own_texts(texts: Any) -> None:
    corpus = texts()
    assert len(corpus) > 150
    assert _alarms(corpus) == []


def test_no_false_alarm_on_ordinary_texts_that_look_like_identifiers() -> None:
    """Dates with a time ("03 03 2025 10:30" is no phone number), bulleted dates, sums."""
    corpus = load_clean_probe()
    assert len(corpus) >= 30
    assert any("\n" in text for text in corpus)
    assert _alarms(corpus) == []


def test_no_false_alarm_on_the_demo_database(tmp_path: Path) -> None:
    corpus = demo_database_texts(tmp_path)
    assert len(corpus) > 500
    assert _alarms(corpus) == []
