"""Access to the checklist definitions a scan was made with."""

from __future__ import annotations

from jbn_selfscan.domain.checklist import Checklist, shipped_checklist, shipped_checklist_version
from jbn_selfscan.domain.errors import UserFacingError


class UnknownChecklistError(UserFacingError, LookupError):
    """A scan or file refers to a checklist version this installation cannot read."""


def current() -> Checklist:
    return shipped_checklist()


def version(checklist_id: str, checklist_version: int) -> Checklist:
    found = shipped_checklist_version(checklist_id, checklist_version)
    if found is None:
        raise UnknownChecklistError(
            f"Checklist '{checklist_id}' versie {checklist_version} is in deze installatie "
            "niet bekend. Installeer de nieuwste versie van JBN Zelfscan."
        )
    return found
