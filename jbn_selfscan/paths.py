"""Where the application keeps its data. Resolved at start-up, never at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "JBN_SELFSCAN_DATA_DIR"
DB_FILENAME = "zelfscan.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """All locations derived from one data directory."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "zelfscan.lock"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> AppPaths:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.backups.mkdir(exist_ok=True)
        return self


def default_data_dir() -> Path:
    """The local (never roaming) per-user data directory of the platform."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("JBN Zelfscan", "Jeugdbescherming Noord", roaming=False))


def default_demo_dir() -> Path:
    """Where `jbn-selfscan demo` puts its fictitious caseload unless told otherwise.

    Kept apart from the real data directory so trying the demo never mixes with real work.
    """
    from platformdirs import user_data_dir

    return Path(user_data_dir("JBN Zelfscan demo", "Jeugdbescherming Noord", roaming=False))


def data_dir_chosen(cli_data_dir: str | os.PathLike[str] | None) -> bool:
    """Whether the user picked a data directory (option or environment variable)."""
    return bool(cli_data_dir) or bool(os.environ.get(ENV_DATA_DIR))


def resolve_paths(cli_data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """`--data-dir` wins over the environment variable, which wins over the platform default."""
    if cli_data_dir:
        chosen = Path(cli_data_dir)
    elif os.environ.get(ENV_DATA_DIR):
        chosen = Path(os.environ[ENV_DATA_DIR])
    else:
        chosen = default_data_dir()
    return AppPaths(chosen.expanduser().resolve())
