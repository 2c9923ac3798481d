"""Reading, saving and applying the user's settings."""

from __future__ import annotations

from jbn_selfscan.services.deadlines import calendar_for
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.settings import Settings, load_settings, save_settings


def current_settings(ws: Workspace) -> Settings:
    return load_settings(ws.paths.settings_file)


def apply_settings(ws: Workspace, settings: Settings) -> None:
    """Make every later service call count deadlines with the chosen holiday set."""
    ws.calendar = calendar_for(settings.feestdagen, tuple(sorted(settings.extra_vrije_dagen)))
    ws.start_phase_months = settings.startfase_maanden


def save_user_settings(ws: Workspace, settings: Settings) -> None:
    """Store the settings (raises OSError when the file cannot be written) and apply them."""
    save_settings(ws.paths.settings_file, settings)
    apply_settings(ws, settings)
