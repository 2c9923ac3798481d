"""Locate files in the top-level `resources/` folder (fonts and other shipped data).

In a source or editable checkout the folder sits next to the `jbn_selfscan` package; in a
PyInstaller bundle it is unpacked under `sys._MEIPASS` (the spec must declare it as
`("resources", "resources")`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from jbn_selfscan.domain.errors import UserFacingError

RESOURCES_DIRNAME = "resources"


class ResourceMissingError(UserFacingError, FileNotFoundError):
    """A shipped file is missing: the installation is incomplete."""


def resources_root() -> Path:
    """The `resources/` folder of this installation (bundle first, then the checkout)."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir is not None:
        candidate = Path(bundle_dir) / RESOURCES_DIRNAME
    else:
        candidate = Path(__file__).resolve().parent.parent / RESOURCES_DIRNAME
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
            f"Programmabestand ontbreekt: {RESOURCES_DIRNAME}/{'/'.join(parts)}. "
            "Installeer JBN Zelfscan opnieuw."
        )
    return path
