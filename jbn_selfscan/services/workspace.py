"""The open data directory: database, settings and the current user, for one app run."""

from __future__ import annotations

from dataclasses import dataclass, field

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.deadlines import calendar_for
from jbn_selfscan.store.db import Database, open_database


@dataclass
class Workspace:
    """What every service needs: the database, the name of the person acting and the
    working-day calendar of the settings (passed on explicitly to every deadline count)."""

    paths: AppPaths
    db: Database
    user: str = ""
    calendar: WorkdayCalendar = field(default_factory=calendar_for)

    def close(self) -> None:
        self.db.dispose()


def open_workspace(paths: AppPaths, *, daily_backup: bool = True) -> Workspace:
    """Open the data directory (creating it), migrating the database after a backup.

    At the first opening of each day a verified backup is made and old ones are rotated.
    """
    from jbn_selfscan.services.settings import apply_settings
    from jbn_selfscan.settings import load_settings

    paths.ensure()
    settings = load_settings(paths.settings_file)  # read once: backups and calendar
    if daily_backup:
        from jbn_selfscan.services.backups import daily_backup as make_daily_backup

        make_daily_backup(paths, keep=settings.backups_bewaren)
    db = open_database(paths.database, backup_dir=paths.backups)
    workspace = Workspace(paths=paths, db=db)
    apply_settings(workspace, settings)
    from jbn_selfscan.services.profile import get_profile

    profile = get_profile(workspace)
    if profile is not None:
        workspace.user = profile.naam
    return workspace
