"""The open data directory: database, settings and the current user, for one app run."""

from __future__ import annotations

from dataclasses import dataclass

from jbn_selfscan.paths import AppPaths
from jbn_selfscan.store.db import Database, open_database


@dataclass
class Workspace:
    """What every service needs: the database and the name of the person acting."""

    paths: AppPaths
    db: Database
    user: str = ""

    def close(self) -> None:
        self.db.dispose()


def open_workspace(paths: AppPaths) -> Workspace:
    """Open the data directory (creating it), migrating the database after a backup."""
    paths.ensure()
    db = open_database(paths.database, backup_dir=paths.backups)
    workspace = Workspace(paths=paths, db=db)
    from jbn_selfscan.services.profile import get_profile

    profile = get_profile(workspace)
    if profile is not None:
        workspace.user = profile.naam
    return workspace
