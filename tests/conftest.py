"""Test-wide set-up and shared fixtures. Qt must run offscreen before any QApplication exists."""

import atexit
import importlib.util
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from jbn_selfscan.domain.checklist import Checklist, load_checklist_data
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import checklists
from jbn_selfscan.services.workspace import Workspace, open_workspace
from jbn_selfscan.store.keys import ENV_KEY_FILE, KeyStore, new_key

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The database key of the whole run lives in a key file (never the user's credential store);
# subprocesses inherit it. Encryption is on, as for every user.
if ENV_KEY_FILE not in os.environ:
    _key_dir = tempfile.mkdtemp(prefix="jbn-key-")
    atexit.register(shutil.rmtree, _key_dir, ignore_errors=True)
    os.environ[ENV_KEY_FILE] = os.path.join(_key_dir, "databasesleutel")
if not os.path.exists(os.environ[ENV_KEY_FILE]):
    KeyStore(Path(os.environ[ENV_KEY_FILE])).save(new_key())
os.environ.setdefault("LANG", "C.UTF-8")


REQUIRE_TOOLS = "JBN_REQUIRE_TOOLS"
REPO_ROOT = Path(__file__).resolve().parents[1]


def find_tool(name: str, package: str) -> str:
    """The path of an external program the tests need (e.g. pdftotext).

    Missing, the test is skipped on a developer's machine, but fails where JBN_REQUIRE_TOOLS=1
    (set by .ci/run): there a skip would hide checks such as the PDF privacy tests.
    """
    tool = shutil.which(name)
    if tool is not None:
        return tool
    message = f"{name} ({package}) is not installed"
    if os.environ.get(REQUIRE_TOOLS) == "1":
        pytest.fail(f"{message}, and {REQUIRE_TOOLS}=1 requires it")
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _key_of_the_run() -> None:
    """Every test starts with no key remembered in the process (the key options of a run live
    in its `KeySource`; without options the run's own key file is found)."""
    from jbn_selfscan.store import cipher

    cipher.set_active_key(None)


@pytest.fixture(autouse=True)
def _fresh_deadline_memo_under_mutation() -> None:
    """Under mutation testing (mutmut sets MUTANT_UNDER_TEST) every test starts with empty
    deadline caches; otherwise results memoised by an earlier test would hide the mutant."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        from jbn_selfscan.domain import deadlines

        deadlines._compute.cache_clear()
        deadlines.explain_term.cache_clear()


@pytest.fixture(scope="session")
def required_tool() -> Callable[[str, str], str]:
    """`find_tool` for fixtures in other folders (conftest modules cannot be imported)."""
    return find_tool


@pytest.fixture(scope="session")
def repo_tool() -> Callable[[str], ModuleType]:
    """Loads a generator script of `tools/` by its name (`"holiday_table_build"`) as a module,
    fresh on every call, so a test can compare what it renders with the committed file."""
    return load_repo_tool


def load_repo_tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


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
