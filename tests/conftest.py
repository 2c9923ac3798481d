"""Test-wide set-up and shared fixtures. Qt must run offscreen before any QApplication exists."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jbn_selfscan.domain.checklist import Checklist, load_checklist_data
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import checklists
from jbn_selfscan.services.workspace import Workspace, open_workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, closed database; each test gets a copy (migrating per test is slow)."""
    paths = AppPaths(tmp_path_factory.mktemp("pristine"))
    open_workspace(paths).close()
    return paths.database


@pytest.fixture
def ws(tmp_path: Path, empty_database: Path) -> Iterator[Workspace]:
    """An open workspace on a fresh copy of the empty database, acting as Sanne de Vries."""
    paths = AppPaths(tmp_path / "data").ensure()
    shutil.copyfile(empty_database, paths.database)
    workspace = open_workspace(paths)
    workspace.user = "Sanne de Vries"
    yield workspace
    workspace.close()


# A small checklist with a getal item (0 to 52) and a tekst item.
NUMBER_CHECKLIST = {
    "id": "test-getallen",
    "version": 1,
    "title": "Test",
    "items": [
        {
            "id": "aantal_contacten",
            "theme": "contactfrequentie",
            "question": "Hoe vaak was er contact?",
            "help": "Tel de contacten.",
            "answer_type": "getal",
            "min": 0,
            "max": 52,
        },
        {
            "id": "notitie",
            "theme": "navolgbaarheid",
            "question": "Wat valt op?",
            "help": "Vrije tekst.",
            "answer_type": "tekst",
        },
    ],
}


@pytest.fixture
def number_checklist(monkeypatch: pytest.MonkeyPatch) -> Checklist:
    """NUMBER_CHECKLIST as the current checklist of every scan."""
    checklist = load_checklist_data(NUMBER_CHECKLIST, "test")
    monkeypatch.setattr(checklists, "current", lambda: checklist)
    monkeypatch.setattr(checklists, "version", lambda _id, _version: checklist)
    return checklist
