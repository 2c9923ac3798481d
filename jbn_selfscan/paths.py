"""Where the application keeps its data. Resolved at start-up, never at import time."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.domain.errors import UserFacingError

ENV_DATA_DIR = "JBN_SELFSCAN_DATA_DIR"
DB_FILENAME = "zelfscan.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class PathError(UserFacingError, ValueError):
    """A path the app cannot use, explained in Dutch for the user."""


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

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        """Faults of the program for functioneel beheer (see `jbn_selfscan.logfile`)."""
        return self.logs / "jbn-selfscan.log"

    @property
    def damaged(self) -> Path:
        """Where a damaged database is kept aside, unchanged, when a backup replaces it."""
        return self.data_dir / "beschadigd"

    def ensure(self) -> AppPaths:
        """Create the data and backup folders, readable by the owner only (POSIX 0700)."""
        if os.path.lexists(self.data_dir) and not self.data_dir.exists():
            raise PathError(
                f"De gegevensmap {self.data_dir} is een snelkoppeling naar iets dat niet bestaat."
            )
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise PathError(f"De gegevensmap {self.data_dir} is geen map.")
        # A folder the user named that holds no database of ours (their home folder, say) keeps
        # its rights; a folder that is ours is made private.
        make_private_dir(self.data_dir, tighten_existing=self.database.exists())
        make_private_dir(self.backups)
        return self


def _strip_group_and_other(path: Path | int) -> None:
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode & 0o077:
        os.chmod(path, mode & ~0o077)


def make_private_dir(path: Path, *, tighten_existing: bool = True) -> None:
    """Create `path` (and parents) as 0700 on POSIX, whatever the umask.

    An existing folder only loses the rights of group and others (when `tighten_existing`): a
    folder the owner made read-only stays read-only.
    """
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":
        return
    if existed:
        if tighten_existing:
            _strip_group_and_other(path)
    else:
        os.chmod(path, PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    """Make sure `path` exists as a regular file, mode 0600 on POSIX whatever the umask.

    An existing file keeps its content and only loses the rights of group and others. SQLite
    gives the `-wal` and `-shm` files the mode of the database file, so this covers those too.
    """
    if path.is_file():
        if os.name == "posix":
            _strip_group_and_other(path)
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to a private (0600) temporary file beside `target`, fsync, rename it over
    `target` and fsync the folder: a reader sees the old file or the whole new one."""
    import tempfile  # only when writing: keeps it out of the start-up imports

    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if os.name == "posix":
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _kind_nl(mode: int) -> str | None:
    """A Dutch name for a file that is not a regular file, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een pijp (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    if stat.S_ISSOCK(mode):
        return "een socket"
    return "geen gewoon bestand"


def require_regular_file(path: Path) -> None:
    """Refuse at once anything to read that is not an existing regular file.

    Only `stat` is used, never `open`: opening a FIFO would wait forever for a writer.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.lexists(path):
            raise PathError(f"{path} is een snelkoppeling naar iets dat niet bestaat.") from None
        raise PathError(f"Het bestand {path} bestaat niet.") from None
    except OSError as exc:
        raise PathError(
            f"Het bestand {path} kan niet worden gelezen ({exc.strerror or exc})."
        ) from None
    kind = _kind_nl(mode)
    if kind is not None:
        raise PathError(f"{path} is {kind}, geen bestand; kies een gewoon bestand.")


def require_output_file(path: Path) -> None:
    """Refuse an output path that exists and is not a regular file (a map, device, FIFO, ...).

    Writing goes through a temporary file that is renamed over the target; renaming over a
    device or pipe would replace it, so that is refused before anything is written.
    """
    if str(path) == "":
        raise PathError("Geef een bestandsnaam op.")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.lexists(path):
            raise PathError(f"{path} is een snelkoppeling naar iets dat niet bestaat.") from None
        return
    except OSError as exc:
        raise PathError(f"{path} kan niet worden gebruikt ({exc.strerror or exc}).") from None
    kind = _kind_nl(mode)
    if kind is not None:
        raise PathError(f"{path} is {kind}; geef een bestandsnaam op. Er is niets geschreven.")


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
    return cli_data_dir is not None or bool(os.environ.get(ENV_DATA_DIR))


def resolve_paths(cli_data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """`--data-dir` wins over the environment variable, which wins over the platform default.

    An empty `--data-dir` is an error (it would silently mean the current folder).
    """
    if cli_data_dir is not None and not str(cli_data_dir).strip():
        raise PathError("--data-dir is leeg; geef een map op.")
    chosen_text = str(cli_data_dir or os.environ.get(ENV_DATA_DIR) or "")
    if "\x00" in chosen_text:
        raise PathError("De naam van de gegevensmap bevat een ongeldig teken.")
    if cli_data_dir:
        chosen = Path(cli_data_dir)
    elif os.environ.get(ENV_DATA_DIR):
        chosen = Path(os.environ[ENV_DATA_DIR])
    else:
        chosen = default_data_dir()
    if os.path.lexists(chosen) and not chosen.exists():
        raise PathError(f"De gegevensmap {chosen} is een snelkoppeling naar iets dat niet bestaat.")
    try:
        return AppPaths(chosen.expanduser().resolve())
    except (OSError, RuntimeError) as exc:  # a link loop, an unknown ~user, a name too long
        raise PathError(f"De gegevensmap {chosen} kan niet worden gebruikt ({exc}).") from None
