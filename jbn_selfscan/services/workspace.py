"""The open data directory: database, settings and the current user, for one app run."""

from __future__ import annotations

from dataclasses import dataclass, field

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.deadlines import DEFAULT_START_PHASE_MONTHS, calendar_for
from jbn_selfscan.store.backup import storage_problem_nl
from jbn_selfscan.store.db import (
    Database,
    DatabaseDamagedError,
    DatabaseError,
    open_database,
    storage_failure_nl,
    verify_live_database,
)

# The errors and the storage explanation the command line and the start-up need.
__all__ = [
    "DatabaseDamagedError",
    "DatabaseError",
    "Workspace",
    "open_workspace",
    "storage_failure_nl",
]


@dataclass
class Workspace:
    """What every service needs: the database, the name of the person acting and the
    working-day calendar of the settings (passed on explicitly to every deadline count)."""

    paths: AppPaths
    db: Database
    user: str = ""
    calendar: WorkdayCalendar = field(default_factory=calendar_for)
    start_phase_months: int = DEFAULT_START_PHASE_MONTHS

    def close(self) -> None:
        self.db.dispose()


def open_workspace(paths: AppPaths, *, daily_backup: bool = True) -> Workspace:
    """Open the data directory (creating it), migrating the database after a backup.

    At the first opening of each day a verified backup is made and old ones are rotated. A
    damaged database raises `DatabaseDamagedError` before anything touches it (the GUI then
    offers to restore the newest good backup; the CLI names `jbn-selfscan restore`).
    """
    from jbn_selfscan.services.settings import apply_settings
    from jbn_selfscan.settings import load_settings

    try:
        paths.ensure()
    except OSError as exc:
        raise DatabaseError(
            f"De gegevensmap {paths.data_dir} kan niet worden gebruikt: {storage_problem_nl(exc)}."
        ) from None
    settings = load_settings(paths.settings_file)  # read once: backups and calendar
    verify_live_database(paths.database)
    if daily_backup:
        from jbn_selfscan.services.backups import daily_backup as make_daily_backup

        make_daily_backup(paths, keep=settings.backups_bewaren)
    db = open_database(paths.database, backup_dir=paths.backups, verify=False)
    workspace = Workspace(paths=paths, db=db)
    apply_settings(workspace, settings)
    from jbn_selfscan.services.profile import get_profile

    profile = get_profile(workspace)
    if profile is not None:
        workspace.user = profile.naam
    return workspace


def schema_revisions(paths: AppPaths) -> tuple[str | None, str]:
    """The database's schema revision and the newest this version of the app knows."""
    from jbn_selfscan.store.migrate import current_revision, head_revision

    return current_revision(paths.database), head_revision()
