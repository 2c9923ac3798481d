"""Locate the files shipped inside the package in `jbn_selfscan/assets/` (fonts, their licence,
the caseload templates).

They are package data: `pyproject.toml` puts them in the wheel and the sdist, and they are found
with `importlib.resources`, so a checkout, an editable install, a regular `pip install .` and a
PyInstaller bundle (which keeps package data under its own `jbn_selfscan/assets/`) all work the
same way.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from jbn_selfscan.domain.errors import UserFacingError

PACKAGE = "jbn_selfscan"
ASSETS_DIRNAME = "assets"


class ResourceMissingError(UserFacingError, FileNotFoundError):
    """A shipped file is missing: the installation is incomplete."""


def resources_root() -> Path:
    """The `assets/` folder of the installed package."""
    candidate = Path(str(resources.files(PACKAGE).joinpath(ASSETS_DIRNAME)))
    if not candidate.is_dir():
        raise ResourceMissingError(
            f"De map met programmabestanden ontbreekt ({candidate}). "
            "Installeer JBN Zelfscan opnieuw."
        )
    return candidate


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. `resource_path("fonts", "DejaVuSans.ttf")`.

    Raises:
        ResourceMissingError: the file is not there (with a Dutch message for the user).
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissingError(
            f"Programmabestand ontbreekt: {ASSETS_DIRNAME}/{'/'.join(parts)}. "
            "Installeer JBN Zelfscan opnieuw."
        )
    return path
